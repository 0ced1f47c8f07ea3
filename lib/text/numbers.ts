/**
 * A count as people read it in English, with thousands grouped by commas ("2,000,000"). Not
 * `toLocaleString('en')`: its first call in a script's world sets up the browser's number formatting, which
 * took 60 ms on the page in Chromium (a page declined for its size was then held up by its own message).
 */
export function grouped(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = String(Math.abs(n)).split('.');
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
