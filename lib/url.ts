/**
 * The key a page is saved under: its canonical URL (the page's <link rel="canonical"> when it is sound), else
 * its URL without the fragment and without tracking parameters. Visiting the same story through a
 * newsletter link, a share link or an anchor finds the same record.
 */

const TRACKING_PREFIXES = ['utm_', 'at_', 'hsa_', 'pk_', 'mtm_', 'ga_', 'oly_', 'vero_'];
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'smid',
  'smtyp', 'sr_share', 'taid', 'spm', 'ito', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'ncid',
  'soc_src', 'soc_trk', 's_cid', 'cmp', 'wt_mc', 'wt.mc_id', 'rss', 'share', 'src', 'referrer', 'via',
  '__twitter_impression', 'campaign_id', 'cid', 'ns_source', 'ns_mchannel', 'ns_campaign', 'ns_linkname',
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
  u.searchParams.forEach((_value, name) => names.add(name));
  for (const name of names) if (isTrackingParam(name)) u.searchParams.delete(name);
  return u.href.replace(/\?$/, '');
}

/**
 * The page key. A canonical link is used unless it points at a site's front page from a deeper page: some
 * sites put their home page in every page's canonical link, which would merge all their stories into one.
 */
export function pageKey(pageUrl: string, canonicalHref?: string | null): string {
  const page = cleanUrl(pageUrl);
  if (canonicalHref) {
    const canonical = cleanUrl(canonicalHref, pageUrl);
    if (canonical) {
      const cPath = new URL(canonical).pathname;
      const pPath = page ? new URL(page).pathname : '/';
      if (cPath !== '/' || pPath === '/') return canonical;
    }
  }
  return page ?? pageUrl;
}

/** The site a page belongs to, for grouping: host name without a leading "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
