import type { Organization, Person } from '../lib/types';
import { plural } from './format';

export interface MentionCardProps {
  entity: { kind: 'person'; person: Person } | { kind: 'organization'; organization: Organization };
  /** Which mention the card is for (0-based). */
  index: number;
  top: number;
  left: number;
}

/** The small card over a name on the page: who it is and how often the article names them. */
export function MentionCard({ entity, index, top, left }: MentionCardProps) {
  const mentions = entity.kind === 'person' ? entity.person.mentions.length : entity.organization.mentions.length;
  return (
    <div class="nm-card" role="tooltip" style={{ top: `${top}px`, left: `${left}px` }} data-kind={entity.kind}>
      {entity.kind === 'person' ? (
        <>
          <div class="nm-card-name">
            {entity.person.name}
            {entity.person.official && <span class="nm-badge">official</span>}
          </div>
          {(entity.person.title || entity.person.affiliation) && (
            <div class="nm-card-role">{[entity.person.title, entity.person.affiliation].filter(Boolean).join(' · ')}</div>
          )}
        </>
      ) : (
        <>
          <div class="nm-card-name">{entity.organization.name}</div>
          <div class="nm-card-role">Organisation</div>
        </>
      )}
      <div class="nm-card-count">
        {plural(mentions, 'mention')} in this article{mentions > 1 ? ` · this is the ${ordinal(index + 1)}` : ''}
      </div>
    </div>
  );
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}
