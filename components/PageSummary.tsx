import type { PageRecord } from '../lib/types';
import { formatDate, plural } from './format';

export interface PageSummaryProps {
  record: PageRecord;
}

/** Nothing but a date: digits, separators, month and day names, "updated", "am", time zones (not a name). */
const DATE_WORDS_ONLY = (s: string): boolean =>
  s
    .toLowerCase()
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/g, '')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/g, '')
    .replace(/\b(updated|published|posted|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt)\b/g, '')
    .replace(/(\d)[tz]/g, '$1')
    .replace(/[\d\s,.:/\-–+()|]/g, '') === '';

/**
 * The header's line: the site once, the byline only when it is one (not the site's name again, not a date), the
 * date in the reader's locale. Compared without case or spacing.
 */
export function headerFacts(site: string | null, byline: string | null, date: string | null): string[] {
  const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();
  const looksLikeDate = (s: string) => /\d/.test(s) && DATE_WORDS_ONLY(s);
  const facts: string[] = [];
  if (site) facts.push(site);
  if (byline && !(site && same(byline, site)) && !looksLikeDate(byline) && !(date && same(byline, date))) facts.push(byline);
  if (date) facts.push(date);
  return facts;
}

/** Title, site, byline, date and counts of a saved article. */
export function PageSummary({ record }: PageSummaryProps) {
  const { meta, analysis } = record;
  const content = analysis.repeats.filter((r) => !r.boilerplate).length;
  const furniture = analysis.repeats.length - content;
  const facts = headerFacts(meta.siteName ?? record.site, meta.byline, formatDate(meta.publishedTime));
  return (
    <header class="summary">
      <h1 class="title" dir={meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : 'auto'} lang={meta.lang ?? undefined}>
        {meta.title ?? record.url}
      </h1>
      {facts.length > 0 && <p class="facts">{facts.join(' · ')}</p>}
      <p class="counts">
        {plural(analysis.paragraphs.length, 'paragraph')} · {plural(content, 'repeat')}
        {furniture > 0 && <> · {plural(furniture, 'repeated line')} of page furniture</>}
      </p>
      {record.unmapped > 0 && (
        <p class="note">
          {plural(record.unmapped, 'paragraph')} could not be found on the page and {record.unmapped === 1 ? 'is' : 'are'} not marked.
        </p>
      )}
    </header>
  );
}
