/**
 * The key a page is saved under: its canonical URL (the page's <link rel="canonical"> when it is sound), else
 * its URL without the fragment and without tracking parameters. Visiting the same story through a
 * newsletter link, a share link or an anchor finds the same record.
 */

/**
 * Only parameters that are unambiguously trackers: named by the vendor that adds them (Google, Meta,
 * Microsoft, Mailchimp, HubSpot, Matomo…), never generic words. A site may use `cid`, `src`, `share`, `via`,
 * `rss`, `cmp` or `referrer` to choose the story itself (`/article?cid=42`), and dropping those would merge two
 * stories into one record; keeping a tracker only costs a second record for the same story.
 */
const TRACKING_PREFIXES = ['utm_', 'hsa_', 'mtm_'];
const TRACKING_PARAMS = new Set([
  // Click identifiers of ad platforms.
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'gad_source',
  'srsltid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'epik',
  'rdt_cid',
  // Mail and marketing tools.
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'vero_conv',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  '_openstat',
  // Analytics linkers and vendor-specific campaign names.
  '_ga',
  '_gl',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  '__twitter_impression',
  'ref_src',
  's_cid',
  'wt_mc',
  'wt.mc_id',
  'ns_source',
  'ns_mchannel',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'xtor',
  'pk_campaign',
  'pk_kwd',
  'pk_keyword',
  'pk_source',
  'pk_medium',
  'pk_content',
  'pk_cid',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/** The URL without fragment and tracking parameters, or null when it is not an http(s) URL. */
export function cleanUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  // Collected with forEach, not by iterating keys(): Firefox's content-script sandbox cannot iterate a page
  // realm's URLSearchParams iterator ("keys() is not iterable").
  const names = new Set<string>();
  u.searchParams.forEach((_value, name) => {
    names.add(name);
  });
  for (const name of names) if (isTrackingParam(name)) u.searchParams.delete(name);
  return u.href.replace(/\?$/, '');
}

/**
 * The page key. A canonical link is used when it is sound:
 * - it is an http(s) URL (relative links are resolved against the page);
 * - it is on the page's own origin, or the https form of the page's http origin (keysOf): a canonical link to
 *   another origin is ignored. Any page can name any URL there, and taking one on another origin would let a
 *   page claim (and read, or overwrite) the record and highlights of a page it does not own: another port,
 *   another subdomain, another tenant of a shared host. A story reached under two hosts of one site is then
 *   saved under its own URL on each, which costs only a second record;
 * - it does not point at the site's front page from a deeper page: some sites put their home page in every
 *   page's canonical link, which would merge all their stories into one.
 */
export function pageKey(pageUrl: string, canonicalHref?: string | null): string {
  const page = cleanUrl(pageUrl);
  if (canonicalHref && page) {
    const canonical = cleanUrl(canonicalHref, pageUrl);
    if (canonical && keyBelongsTo(canonical, page)) {
      const c = new URL(canonical);
      const p = new URL(page);
      if (c.pathname !== '/' || p.pathname === '/') return canonical;
    }
  }
  return page ?? pageUrl;
}

/**
 * The origins whose keys a page at `pageUrl` may use: its own, and for an http page the https form of the same
 * host (a page's canonical link often names it). Empty when `pageUrl` is not an http(s) address.
 */
export function keyOriginsOf(pageUrl: string): string[] {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return [];
  }
  if (u.protocol === 'https:') return [u.origin];
  if (u.protocol !== 'http:') return [];
  // The default port of http is not the default of https: only then is it the same host's https form.
  return u.port === '' ? [u.origin, `https://${u.host}`] : [u.origin];
}

/** Whether a key (or any address) is on one of the origins a page at `pageUrl` may use (keyOriginsOf). */
export function keyBelongsTo(key: string, pageUrl: string): boolean {
  let origin: string;
  try {
    const u = new URL(key);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    origin = u.origin;
  } catch {
    return false;
  }
  return keyOriginsOf(pageUrl).includes(origin);
}

/** The site a page belongs to, for grouping: host name without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Two addresses of the same article as far as the address tells: the same but for the fragment and tracking
 * parameters (an anchor followed, a `replaceState` that tidies the query). The canonical link is not asked: a
 * single-page site changes it with the story.
 */
export function sameArticleAddress(a: string, b: string): boolean {
  const ca = cleanUrl(a);
  return ca !== null && ca === cleanUrl(b);
}
