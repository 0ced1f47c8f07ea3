import { useState } from 'preact/hooks';
import { personIsSure } from '../lib/data/name-evidence';
import type { Organization, Person } from '../lib/types';
import { plural } from './format';

export type EntityKind = 'person' | 'organization';

export interface EntityListProps {
  people: Person[];
  organizations: Organization[];
  /** Show one mention of an entity on the page. */
  onShow: (kind: EntityKind, id: string, index: number) => void;
}

interface RowProps {
  kind: EntityKind;
  id: string;
  name: string;
  detail: string | null;
  count: number;
  official?: boolean;
  onShow: EntityListProps['onShow'];
}

/** One person or organisation: click the name for the first mention, arrows to step through the others. */
function EntityRow({ kind, id, name, detail, count, official, onShow }: RowProps) {
  const [at, setAt] = useState(0);
  const go = (i: number) => {
    const next = (i + count) % count;
    setAt(next);
    onShow(kind, id, next);
  };
  return (
    <li class="entity" data-kind={kind} data-official={official ? 'true' : undefined}>
      <div class="entity-main">
        <button type="button" class="link entity-name" onClick={() => go(0)} title="Show the first mention on the page">
          {name}
        </button>
        {detail && <span class="entity-detail">{detail}</span>}
      </div>
      <div class="entity-steps">
        <span class="entity-count">{count > 1 ? `${at + 1} / ${count}` : plural(count, 'mention')}</span>
        {count > 1 && (
          <>
            <button type="button" class="step" aria-label={`Previous mention of ${name}`} onClick={() => go(at - 1)}>
              ‹
            </button>
            <button type="button" class="step" aria-label={`Next mention of ${name}`} onClick={() => go(at + 1)}>
              ›
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** Rows a long section shows before folding the rest. */
const FOLD_AFTER = 4;

const role = (p: Person) => [p.title, p.affiliation].filter(Boolean).join(' · ') || null;

/**
 * The people and organisations an article names: officials first, then other people, then the names that are
 * perhaps people's (folded), then organisations.
 */
export function EntityList({ people, organizations, onShow }: EntityListProps) {
  const officials = people.filter((p) => p.official);
  const others = people.filter((p) => !p.official && personIsSure(p));
  // Names the engine is not sure are people's (lib/data/name-evidence.ts): listed apart, folded.
  const perhaps = people.filter((p) => !p.official && !personIsSure(p));
  if (people.length === 0 && organizations.length === 0) return <p class="empty">No people or organisations named.</p>;
  // A long list shows its first names and folds the rest under a count: the popup reads at a glance. Officials
  // are never folded: they are what the reader looks for first.
  const section = (title: string, cls: string, rows: preact.ComponentChildren[], fold = true) =>
    rows.length > 0 && (
      <section class={cls}>
        <h2>
          {title} <span class="count">{rows.length}</span>
        </h2>
        {fold && rows.length > FOLD_AFTER + 1 ? (
          <>
            <ul class="entity-list">{rows.slice(0, FOLD_AFTER)}</ul>
            <details class="furniture">
              <summary>{rows.length - FOLD_AFTER} more</summary>
              <ul class="entity-list">{rows.slice(FOLD_AFTER)}</ul>
            </details>
          </>
        ) : (
          <ul class="entity-list">{rows}</ul>
        )}
      </section>
    );
  return (
    <div class="entities">
      {section(
        'Officials',
        'officials',
        officials.map((p) => (
          <EntityRow key={p.id} kind="person" id={p.id} name={p.name} detail={role(p)} count={p.mentions.length} official onShow={onShow} />
        )),
        false,
      )}
      {section(
        officials.length ? 'Other people' : 'People',
        'people',
        others.map((p) => <EntityRow key={p.id} kind="person" id={p.id} name={p.name} detail={role(p)} count={p.mentions.length} onShow={onShow} />),
      )}
      {perhaps.length > 0 && (
        <section class="people perhaps">
          <details class="furniture">
            <summary>
              Perhaps people <span class="count">{perhaps.length}</span>
            </summary>
            <ul class="entity-list">
              {perhaps.map((p) => (
                <EntityRow key={p.id} kind="person" id={p.id} name={p.name} detail={role(p)} count={p.mentions.length} onShow={onShow} />
              ))}
            </ul>
          </details>
        </section>
      )}
      {section(
        'Organisations',
        'organizations',
        organizations.map((o) => <EntityRow key={o.id} kind="organization" id={o.id} name={o.name} detail={null} count={o.mentions.length} onShow={onShow} />),
      )}
    </div>
  );
}
