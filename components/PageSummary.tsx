import type { PageRecord } from '../lib/types';
import { formatDate, plural } from './format';

export interface PageSummaryProps {
  record: PageRecord;
}

/** Title, site, byline, date and counts of a saved article. */
export function PageSummary({ record }: PageSummaryProps) {
  const { meta, analysis } = record;
  const content = analysis.repeats.filter((r) => !r.boilerplate).length;
  const furniture = analysis.repeats.length - content;
  const facts = [meta.siteName ?? record.site, meta.byline, formatDate(meta.publishedTime)].filter(Boolean);
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
        <p class="note">{plural(record.unmapped, 'paragraph')} could not be found on the page and {record.unmapped === 1 ? 'is' : 'are'} not marked.</p>
      )}
    </header>
  );
}
