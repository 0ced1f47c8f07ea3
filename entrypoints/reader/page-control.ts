import { createOverlay, type Overlay } from '../../lib/highlight/overlay';
import { MARK_KINDS, type DisplaySettings, type MarkKind } from '../../lib/mark-kinds';
import controlCss from './page-control.css?inline';

/**
 * The small control Newsmark puts on an article it marked: a faint round button in the window's lower right
 * corner that opens a panel of the marks (one switch per kind of mark, lib/mark-kinds.ts, each with a sample of
 * its line) and "Turn Newsmark off on <site>". Plain DOM in a closed shadow root of its own (no Preact: it is on
 * every article the reader reads, and made after the marks are painted, in an idle moment; its panel is built when
 * first opened). It acts only on the
 * reader's own input (the shadow root stops events a page makes, lib/highlight/overlay.ts, and every handler
 * checks `isTrusted`); the switches change what is marked on every page (setMarks), the site button only this
 * page's site (setSiteOff). Escape or a click elsewhere closes the panel.
 */

export interface PageControl {
  /** What the reader now wants marked (told by the background), and whether this site is off: the switches follow. */
  update(display: DisplaySettings, siteOff?: boolean): void;
  dispose(): void;
}

export interface ControlActions {
  setMarks(kind: MarkKind, shown: boolean): Promise<unknown>;
  setSiteOff(off: boolean): Promise<unknown>;
}

export function pageControl(doc: Document, site: string, display: DisplaySettings, actions: ControlActions): PageControl {
  const overlay: Overlay = createOverlay(doc, controlCss, 'newsmark-control');
  const life = new AbortController();
  const { signal } = life;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const root = el('div', 'nm-control');
  const panel = el('div', 'nm-control-panel');
  panel.id = 'nm-control-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-labelledby', 'nm-control-title');

  // What the switches show, kept until the panel is first opened (it is built then: most readers never open it).
  let marks = display;
  let off = false;
  // A change under way: the button stays focusable (disabling it would drop the focus to the page) but does nothing.
  let pending = false;
  let built: { boxes: Map<MarkKind, HTMLInputElement>; siteButton: HTMLButtonElement; status: HTMLElement } | null = null;

  const say = (text: string) => {
    if (built) built.status.textContent = text;
  };
  // Off on this site: nothing is marked, and the switches (what every other page marks) wait until it is on again.
  const showState = () => {
    if (!built) return;
    for (const [kind, box] of built.boxes) {
      box.checked = marks[kind];
      box.disabled = off;
    }
    built.siteButton.textContent = off ? `Turn Newsmark back on for ${site}` : `Turn Newsmark off on ${site}`;
    say(off ? `Off on ${site}: its pages are not read or marked. Your own highlights still come back.` : '');
  };

  const build = () => {
    const title = el('p', 'nm-control-title', 'Marks on this page');
    title.id = 'nm-control-title';
    panel.append(title);
    const boxes = new Map<MarkKind, HTMLInputElement>();
    for (const { kind, label } of MARK_KINDS) {
      const row = el('label', 'nm-control-kind');
      const box = el('input');
      box.type = 'checkbox';
      box.addEventListener(
        'change',
        (e) => {
          if (!e.isTrusted) return;
          const shown = box.checked;
          actions.setMarks(kind, shown).catch(() => {
            box.checked = !shown;
            say('That could not be changed. Try again from the Newsmark button in the toolbar.');
          });
        },
        { signal },
      );
      boxes.set(kind, box);
      const swatch = el('span', `nm-swatch nm-swatch-${kind}`);
      swatch.setAttribute('aria-hidden', 'true');
      row.append(box, el('span', undefined, label), swatch);
      panel.append(row);
    }
    const siteButton = el('button', 'nm-control-site');
    siteButton.type = 'button';
    siteButton.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || pending) return;
        const next = !off;
        pending = true;
        siteButton.setAttribute('aria-busy', 'true');
        actions
          .setSiteOff(next)
          .then(
            () => {
              off = next;
              showState();
            },
            () => say('That could not be changed. Try again from the Newsmark button in the toolbar.'),
          )
          .finally(() => {
            pending = false;
            siteButton.removeAttribute('aria-busy');
          });
      },
      { signal },
    );
    const status = el('p', 'nm-control-status');
    status.setAttribute('role', 'status');
    panel.append(siteButton, status);
    built = { boxes, siteButton, status };
    showState();
  };

  const toggle = el('button', 'nm-control-toggle', 'N');
  toggle.type = 'button';
  toggle.title = 'Newsmark: marks on this page';
  toggle.setAttribute('aria-label', 'Newsmark: marks on this page');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panel.id);
  const open = (next: boolean) => {
    if (next && !built) build();
    panel.hidden = !next;
    toggle.setAttribute('aria-expanded', String(next));
  };
  toggle.addEventListener(
    'click',
    (e) => {
      if (e.isTrusted) open(panel.hidden);
    },
    { signal },
  );
  // The button first, then its panel (shown above it by the stylesheet): Tab goes from the one into the other.
  root.append(toggle, panel);
  overlay.mount.append(root);

  // Escape closes the panel (and gives the focus back to its button); so does a click anywhere else.
  // (On the document: the focus may be anywhere, as after a button of the panel was pressed and disabled.)
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.key !== 'Escape' || panel.hidden) return;
      open(false);
      // The focus back on the button when it was in the control, or nowhere (on the page's body).
      const active = doc.activeElement;
      if (active === overlay.host || active === doc.body || active === null) toggle.focus();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'mousedown',
    (e) => {
      if (e.isTrusted && !panel.hidden && e.target !== overlay.host) open(false);
    },
    { capture: true, passive: true, signal },
  );

  return {
    update(next, siteOff) {
      marks = next;
      if (siteOff !== undefined) off = siteOff;
      showState();
    },
    dispose() {
      life.abort();
      overlay.dispose();
    },
  };
}
