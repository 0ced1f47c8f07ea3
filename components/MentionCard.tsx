import { personIsSure } from '../lib/data/name-evidence';
import type { Person, Quote } from '../lib/types';
import type { CardView } from '../lib/highlight/overlay-view';
import { plural, snippet } from './format';
import { speakerIsSure } from '../lib/data/attribution';

export type { CardEntity } from '../lib/highlight/overlay-view';
/** The card's props are the painter's card view (lib/highlight/overlay-view.ts). */
export type MentionCardProps = CardView;

const role = (p: Person) => [p.title, p.affiliation].filter(Boolean).join(' · ');

/** The small card over a name or a quote on the page: who it is, or who said it. */
export function MentionCard({ entity, index, top, left, above = false }: MentionCardProps) {
  return (
    <div class={above ? 'nm-card nm-card-above' : 'nm-card'} role="tooltip" style={{ top: `${top}px`, left: `${left}px` }} data-kind={entity.kind}>
      {entity.kind === 'person' && <PersonBody person={entity.person} quotes={entity.quotes} index={index} />}
      {entity.kind === 'organization' && (
        <>
          <div class="nm-card-name">{entity.organization.name}</div>
          <div class="nm-card-role">Organisation</div>
          <Count n={entity.organization.mentions.length} index={index} />
        </>
      )}
      {entity.kind === 'quote' && <QuoteBody quote={entity.quote} speaker={entity.speaker} />}
    </div>
  );
}

function PersonBody({ person, quotes, index }: { person: Person; quotes: number; index: number }) {
  return (
    <>
      <div class="nm-card-name">
        {person.name}
        {person.official && <span class="nm-badge">official</span>}
      </div>
      {role(person) && <div class="nm-card-role">{role(person)}</div>}
      {!personIsSure(person) && <div class="nm-card-role">Perhaps a person: Newsmark is not sure of this name.</div>}
      <Count n={person.mentions.length} index={index} />
      {quotes > 0 && <div class="nm-card-count">{plural(quotes, 'quote')} in this article</div>}
    </>
  );
}

function QuoteBody({ quote, speaker }: { quote: Quote; speaker: Person | null }) {
  const who = speaker?.name ?? quote.speaker?.name ?? null;
  // A guessed speaker is said to be one: never shown as the speaker.
  if (who && !speakerIsSure(quote.speaker)) {
    return (
      <>
        <div class="nm-card-quote">“{snippet(quote.text, 140)}”</div>
        <div class="nm-card-role">Speaker unclear (perhaps {who})</div>
        {quote.occurrences && <div class="nm-card-count">Quoted {quote.occurrences.length} times in this article</div>}
      </>
    );
  }
  return (
    <>
      <div class="nm-card-quote">“{snippet(quote.text, 140)}”</div>
      {who ? (
        <div class="nm-card-name">
          — {who}
          {speaker?.official && <span class="nm-badge">official</span>}
        </div>
      ) : (
        <div class="nm-card-role">{quote.scare ? 'Quotation marks, no speaker' : 'Speaker not named'}</div>
      )}
      {speaker && role(speaker) && <div class="nm-card-role">{role(speaker)}</div>}
      {quote.occurrences && <div class="nm-card-count">Quoted {quote.occurrences.length} times in this article</div>}
    </>
  );
}

function Count({ n, index }: { n: number; index: number }) {
  return (
    <div class="nm-card-count">
      {plural(n, 'mention')} in this article{n > 1 ? ` · this is the ${ordinal(index + 1)}` : ''}
    </div>
  );
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${s}`;
}
