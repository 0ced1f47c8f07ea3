import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Person, Quote } from '../lib/types';
import { snippet } from './format';
import { speakerIsSure } from '../lib/data/attribution';

export interface QuoteListProps {
  quotes: Quote[];
  people: Person[];
  /** Show one occurrence of a quote on the page. */
  onShow: (id: string, occurrence: number) => void;
  /** Copy a quote as a citation; resolves when it is on the clipboard. */
  onCopy: (quote: Quote) => Promise<void>;
}

interface Group {
  key: string;
  name: string;
  person: Person | null;
  quotes: Quote[];
}

/** The group of quotes whose speaker is a guess (lib/detect/attribution.ts). */
const UNCLEAR = '\u0000unclear';

function groupBySpeaker(quotes: Quote[], people: Person[]): Group[] {
  const groups = new Map<string, Group>();
  for (const q of quotes) {
    // A guessed speaker is not grouped as the speaker: its quotes stand under "Speaker unclear".
    const sure = speakerIsSure(q.speaker);
    const person = sure && q.speaker?.personId ? (people.find((p) => p.id === q.speaker!.personId) ?? null) : null;
    const key = !q.speaker ? '' : !sure ? UNCLEAR : (person?.id ?? q.speaker.name.toLowerCase());
    const name = !q.speaker ? 'Speaker not named' : !sure ? 'Speaker unclear' : (person?.name ?? q.speaker.name);
    const g = groups.get(key) ?? { key, name, person, quotes: [] };
    g.quotes.push(q);
    groups.set(key, g);
  }
  // Named speakers first, in the order the article quotes them; the unclear, then the unnamed, last.
  const rank = (g: Group) => (g.key === '' ? 2 : g.key === UNCLEAR ? 1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

function QuoteItem({ quote, onShow, onCopy }: { quote: Quote; onShow: QuoteListProps['onShow']; onCopy: QuoteListProps['onCopy'] }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await onCopy(quote);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 2000);
  };
  return (
    <li class="quote" data-scare={quote.scare ? 'true' : undefined}>
      <button type="button" class="quote-text" onClick={() => onShow(quote.id, 0)} title="Show this quote on the page">
        “{snippet(quote.text, 220)}”
      </button>
      {quote.speaker && !speakerIsSure(quote.speaker) && <div class="entity-detail quote-guess">Perhaps {quote.speaker.name}</div>}
      <div class="quote-actions">
        {quote.occurrences && <span class="entity-count">quoted {quote.occurrences.length}×</span>}
        <button type="button" class="small" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Could not copy' : 'Copy as citation'}
        </button>
      </div>
    </li>
  );
}

/** A quote of a word or two ("deliver"): not a statement to cite, folded apart. */
const MAX_SHORT_WORDS = 2;
const isShort = (q: Quote) =>
  q.text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= MAX_SHORT_WORDS;

/**
 * The article's quotes, grouped by who said them (an official's title shown); quotes of a word or two, and scare
 * quotes, folded away apart.
 */
export function QuoteList({ quotes, people, onShow, onCopy }: QuoteListProps) {
  const direct = quotes.filter((q) => !q.scare && !isShort(q));
  const short = quotes.filter((q) => !q.scare && isShort(q));
  const scare = quotes.filter((q) => q.scare);
  if (quotes.length === 0) return <p class="empty">No quotes.</p>;
  return (
    <div class="quotes">
      {groupBySpeaker(direct, people).map((g) => (
        <section key={g.key} class="speaker-group">
          <h3>
            <span class="speaker-name">{g.name}</span>
            {g.person?.official && (g.person.title || g.person.affiliation) && (
              <span class="entity-detail"> {[g.person.title, g.person.affiliation].filter(Boolean).join(' · ')}</span>
            )}
          </h3>
          <ul class="quote-list">
            {g.quotes.map((q) => (
              <QuoteItem key={q.id} quote={q} onShow={onShow} onCopy={onCopy} />
            ))}
          </ul>
        </section>
      ))}
      {short.length > 0 && (
        <details class="furniture">
          <summary>A word or two quoted ({short.length})</summary>
          <p class="short-quotes">
            {short.map((q, i) => (
              <Fragment key={q.id}>
                {i > 0 && ' · '}
                <button type="button" class="link" onClick={() => onShow(q.id, 0)} title="Show this quote on the page">
                  “{q.text.trim()}”
                </button>
                {q.speaker?.name && <span class="entity-detail"> {speakerIsSure(q.speaker) ? q.speaker.name : 'speaker unclear'}</span>}
              </Fragment>
            ))}
          </p>
        </details>
      )}
      {scare.length > 0 && (
        <details class="furniture">
          <summary>Words in quotation marks, nobody quoted ({scare.length})</summary>
          <ul class="quote-list">
            {scare.map((q) => (
              <QuoteItem key={q.id} quote={q} onShow={onShow} onCopy={onCopy} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
