import { useState } from 'preact/hooks';

export type ForgetWhat = 'page' | 'site' | 'everything';

export interface ForgetControlsProps {
  /** The page's site, as the library groups pages ("news.example"). */
  site: string;
  onForget(what: ForgetWhat): void | Promise<void>;
}

const label = (what: ForgetWhat, site: string) =>
  what === 'page' ? 'Forget this page' : what === 'site' ? `Forget everything from ${site}` : 'Forget everything Newsmark kept';

/** The reader deletes a page (its record and highlights), a site, or everything: each asked once more first. */
export function ForgetControls({ site, onForget }: ForgetControlsProps) {
  const [asking, setAsking] = useState<ForgetWhat | null>(null);
  return (
    <section class="forget" aria-label="Forget">
      {asking ? (
        <p role="alertdialog" aria-label="Confirm">
          {asking === 'page'
            ? 'Forget this page and its highlights?'
            : asking === 'site'
              ? `Forget every page and highlight from ${site}?`
              : 'Forget every page and highlight Newsmark kept?'}{' '}
          <button
            type="button"
            class="danger"
            onClick={() => {
              const what = asking;
              setAsking(null);
              void onForget(what);
            }}
          >
            Yes, forget
          </button>{' '}
          <button type="button" onClick={() => setAsking(null)}>
            No
          </button>
        </p>
      ) : (
        (['page', 'site', 'everything'] as const).map((what) => (
          <button type="button" class="link" key={what} onClick={() => setAsking(what)}>
            {label(what, site)}
          </button>
        ))
      )}
    </section>
  );
}
