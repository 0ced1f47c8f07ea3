import { visibleText } from './text/visible';
import type { ArticleMeta, Person, Quote } from './types';
import { speakerIsSure } from './data/attribution';

/**
 * A quote as a reader would cite it: the words, who said them (with their title), where and when it was
 * published, and the link. Plain text, one line per part.
 */
export function citation(quote: Quote, speaker: Person | null, meta: ArticleMeta, url: string, site: string): string {
  // A guessed speaker ("speaker unclear") is never named in a citation.
  const sure = speakerIsSure(quote.speaker);
  const who = !sure
    ? null
    : speaker
      ? [speaker.name, [speaker.title, speaker.affiliation].filter(Boolean).join(', ')].filter(Boolean).join(', ')
      : (quote.speaker?.name ?? null);
  const outlet = meta.siteName ?? site;
  const date = formatCitationDate(meta.publishedTime);
  // The comma that handed over to "she said" in the article does not belong to the quote on its own.
  const words = quote.text.replace(/\s*\n\s*\n\s*/g, ' ').replace(/[,;:]$/, '');
  const lines = [`“${words}”`];
  if (who) lines.push(`— ${who}`);
  lines.push(`Quoted in ${[outlet, meta.title ? `“${meta.title}”` : null, date].filter(Boolean).join(', ')}.`);
  lines.push(url);
  // Copied elsewhere, it reads as it looked: nothing invisible that reorders or hides a part.
  return visibleText(lines.join('\n'));
}

function formatCitationDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return new Date(t).toISOString().slice(0, 10);
}
