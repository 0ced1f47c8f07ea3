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
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'gad_source', 'srsltid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'epik', 'rdt_cid',
  // Mail and marketing tools.
  'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'vero_conv', 'vero_id',
  'oly_anon_id', 'oly_enc_id', '_openstat',
  // Analytics linkers and vendor-specific campaign names.
  '_ga', '_gl', 'guccounter', 'guce_referrer', 'guce_referrer_sig', '__twitter_impression', 'ref_src', 's_cid', 'wt_mc',
  'wt.mc_id', 'ns_source', 'ns_mchannel', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign', 'xtor',
  'pk_campaign', 'pk_kwd', 'pk_keyword', 'pk_source', 'pk_medium', 'pk_content', 'pk_cid',
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
 * The page key. A canonical link is used when it is sound:
 * - it is an http(s) URL (relative links are resolved against the page);
 * - it is on the page's own site: the same registrable domain ("www.news.example", "amp.news.example" and
 *   "news.example" are one site; http and https count as one). A canonical link to another site is ignored:
 *   any page can name any URL there, and taking it would let one site's page overwrite (or merge into) the
 *   record of another site's story. A syndicated copy is then saved under its own URL, which costs only a
 *   second record;
 * - it does not point at the site's front page from a deeper page: some sites put their home page in every
 *   page's canonical link, which would merge all their stories into one.
 */
export function pageKey(pageUrl: string, canonicalHref?: string | null): string {
  const page = cleanUrl(pageUrl);
  if (canonicalHref && page) {
    const canonical = cleanUrl(canonicalHref, pageUrl);
    if (canonical) {
      const c = new URL(canonical);
      const p = new URL(page);
      const sameSite = registrableDomain(c.hostname) === registrableDomain(p.hostname);
      if (sameSite && (c.pathname !== '/' || p.pathname === '/')) return canonical;
    }
  }
  return page ?? pageUrl;
}

/**
 * Second-level labels under which a country code domain sells names ("bbc.co.uk", "abc.net.au"). Without the
 * full public suffix list this is an approximation. Where it is wrong one way ("a.example.xx.yy" under a suffix
 * it does not know) it takes two sites for one; the hosting platforms below, where every subdomain is someone
 * else's site, are listed so that one blog's canonical link cannot claim another's record.
 */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'gob', 'gouv', 'edu', 'ac', 'or', 'ne', 'go', 'nic', 'mil', 'nom', 'ltd', 'plc']);
const HOSTING_SUFFIXES = new Set([
  'github.io', 'gitlab.io', 'substack.com', 'blogspot.com', 'wordpress.com', 'tumblr.com', 'medium.com', 'wixsite.com',
  'squarespace.com', 'weebly.com', 'netlify.app', 'vercel.app', 'pages.dev', 'herokuapp.com', 'web.app', 'firebaseapp.com',
  'neocities.org', 'ghost.io', 'beehiiv.com', 'gc.ca', 'gov.uk', 'canalblog.com', 'over-blog.com', 'livejournal.com',
]);

/** The registrable domain of a host name ("news.bbc.co.uk" → "bbc.co.uk"); an IP address or a single label is itself. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  if (HOSTING_SUFFIXES.has(labels.slice(-2).join('.'))) return labels.slice(-3).join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
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
