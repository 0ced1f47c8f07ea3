import type { ComponentChildren } from 'preact';

export type Status = 'loading' | 'not-analysed' | 'not-article' | 'error';

export interface StatusPanelProps {
  status: Status;
  /** Overrides the status's usual heading. */
  title?: string;
  message?: string;
  /** An action the reader can take (e.g. "Analyse this page"). */
  action?: { label: string; onClick: () => void };
  children?: ComponentChildren;
}

const TITLE: Record<Status, string> = {
  loading: 'Reading…',
  'not-analysed': 'Not analysed yet',
  'not-article': 'Not an article',
  error: 'Something went wrong',
};

/** A state of the popup other than "here is the article". */
export function StatusPanel({ status, title, message, action, children }: StatusPanelProps) {
  return (
    <section class={`status status-${status}`} role={status === 'error' ? 'alert' : 'status'}>
      <h2>{title ?? TITLE[status]}</h2>
      {message && <p>{message}</p>}
      {children}
      {action && (
        <button type="button" class="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
