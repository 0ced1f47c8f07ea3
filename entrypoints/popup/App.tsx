import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { AnnotationList } from '../../components/AnnotationList';
import { NoteParserContext } from '../../components/Markdown';
import { parseNote } from '../../lib/markdown';
import { EntityList, type EntityKind } from '../../components/EntityList';
import { PageSummary } from '../../components/PageSummary';
import { ForgetControls, type ForgetWhat } from '../../components/ForgetControls';
import { plural } from '../../components/format';
import { QuoteList } from '../../components/QuoteList';
import { citation } from '../../lib/citation';
import { RepeatList } from '../../components/RepeatList';
import { AlsoInList } from '../../components/AlsoInList';
import { StatusPanel } from '../../components/StatusPanel';
import { Toggle } from '../../components/Toggle';
import type { AlsoIn, Annotation, AnnotationPatch, AnnotationStatus, PageRecord, TabView } from '../../lib/types';
import { MARK_KINDS, type DisplaySettings, type MarkKind } from '../../lib/mark-kinds';
import { siteOf } from '../../lib/url';
import type { PopupApi } from './api';

export interface AppProps {
  tabId: number | null;
  api: PopupApi;
}

type Load = { status: 'loading' } | { status: 'ready'; view: TabView } | { status: 'failed'; message: string };

/** The reader's highlights of the tab's page: from the background, placed (or not) by the page. */
interface Highlights {
  pageKey: string;
  status: AnnotationStatus | null;
  annotations: Annotation[];
}

/** How often the popup asks again about a tab it knows nothing of yet. */
const ASK_AGAIN_MS = 1_000;
const ASK_AGAIN_TIMES = 30;

const CANNOT_READ =
  'Newsmark cannot read this tab. Browser pages and extension stores are off limits; a page that was open before Newsmark was installed needs a reload.';

/** The popup: the structured context of one tab's article, from the store. */
export function App({ tabId, api }: AppProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [display, setDisplay] = useState<DisplaySettings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // What the reader just asked to forget, said until the page is read again.
  const [forgotten, setForgotten] = useState<string | null>(null);
  const [highlights, setHighlights] = useState<Highlights | null>(null);
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [elsewhere, setElsewhere] = useState<AlsoIn[]>([]);
  useEffect(() => void api.highlightShortcut?.().then(setShortcut, () => setShortcut(null)), [api]);

  /** Where the page's highlights stand (from the page), then the highlights themselves (from the background). */
  const loadHighlights = useCallback(
    async (view: TabView) => {
      if (tabId === null) return;
      const status = await api.annotationStatus(tabId).catch(() => null);
      // The page knows its key even when it is not an article; the record's key serves when the page is out of reach.
      const pageKey = status?.pageKey ?? (view.state?.status === 'analysed' ? view.state.key : null);
      if (!pageKey) return setHighlights(null);
      try {
        setHighlights({ pageKey, status, annotations: await api.listAnnotations(pageKey) });
      } catch {
        setHighlights(null);
      }
    },
    [api, tabId],
  );

  const refresh = useCallback(async () => {
    if (tabId === null) return setLoad({ status: 'failed', message: 'There is no tab to show.' });
    let view: TabView;
    try {
      view = await api.getTabView(tabId);
    } catch (e) {
      return setLoad({ status: 'failed', message: (e as Error).message });
    }
    setLoad({ status: 'ready', view });
    // Which paragraphs stand in other saved pages: found after the popup has shown the rest.
    if (view.record && api.alsoIn) void api.alsoIn(view.record).then(setElsewhere, () => setElsewhere([]));
    else setElsewhere([]);
    await loadHighlights(view);
  }, [api, tabId, loadHighlights]);

  useEffect(() => {
    void refresh();
    void api.getDisplay().then(setDisplay);
    return tabId === null ? undefined : api.onTabChange(tabId, () => void refresh());
  }, [api, tabId, refresh]);

  // Nothing known of the tab yet: a page still loading has not had its first look, and a page that is not an
  // article tells nobody until asked (getTabView asks it). Ask again while the popup is open.
  // (A tab Newsmark cannot read, such as the browser's own pages, is given up on after a while.)
  const unknown = load.status === 'ready' && load.view.state === null;
  const asked = useRef(0);
  useEffect(() => {
    if (!unknown || asked.current >= ASK_AGAIN_TIMES) return undefined;
    const timer = setTimeout(() => {
      asked.current++;
      void refresh();
    }, ASK_AGAIN_MS);
    return () => clearTimeout(timer);
  }, [unknown, load, refresh]);

  const jump = async (paragraph: number) => {
    if (tabId === null) return;
    const ok = await api.scrollTo(tabId, paragraph).catch(() => false);
    setNotice(ok ? null : `Paragraph ${paragraph + 1} could not be found on the page; it may have changed since it was read.`);
  };
  const showMention = async (kind: EntityKind | 'quote', id: string, index: number) => {
    if (tabId === null) return;
    const ok = await api.showMention(tabId, kind, id, index).catch(() => false);
    setNotice(ok ? null : 'That mention could not be found on the page; it may have changed since it was read.');
  };
  const jumpToAnnotation = async (id: string) => {
    if (tabId === null) return;
    const ok = await api.showAnnotation(tabId, id).catch(() => false);
    setNotice(ok ? null : 'That highlight could not be found on the page; its text may have changed since it was made.');
  };
  /** After a change: the list again (the background tells the page itself). */
  const relist = async (pageKey: string) => {
    const annotations = await api.listAnnotations(pageKey).catch(() => null);
    if (annotations) setHighlights((h) => (h && h.pageKey === pageKey ? { ...h, annotations } : h));
  };
  const updateAnnotation = async (id: string, patch: Required<AnnotationPatch>) => {
    if (!highlights) return;
    // The version the reader edited: if it changed elsewhere meanwhile, the save is refused and the reader asked.
    const base = highlights.annotations.find((a) => a.id === id)?.updatedAt;
    try {
      await api.updateAnnotation(id, patch, base);
    } catch (e) {
      if ((e as Error).name === 'AnnotationConflictError') {
        // The list shows the other version now; the editor keeps the reader's words: Save keeps them, Cancel the other.
        setNotice('This note was changed elsewhere since you opened it. Save again to keep yours, or Cancel to keep the one saved.');
        await relist(highlights.pageKey);
      } else setNotice(`The highlight could not be saved: ${(e as Error).message}`);
      throw e; // the editor stays open with the reader's words
    }
    setNotice(null);
    await relist(highlights.pageKey);
  };
  const deleteAnnotation = async (id: string) => {
    if (!highlights) return;
    try {
      await api.deleteAnnotation(id);
    } catch (e) {
      return setNotice(`The highlight could not be deleted: ${(e as Error).message}`);
    }
    setNotice(null);
    await relist(highlights.pageKey);
  };
  const reanalyse = async (anyway = false) => {
    if (tabId === null) return;
    setForgotten(null);
    setLoad({ status: 'loading' });
    try {
      await api.reanalyse(tabId, anyway);
    } catch {
      return setLoad({ status: 'failed', message: CANNOT_READ });
    }
    await refresh();
  };
  const forget = async (what: ForgetWhat, record: PageRecord) => {
    try {
      const done = await api.forget(what === 'page' ? { what, key: record.key } : what === 'site' ? { what, site: record.site } : { what });
      setForgotten(`Forgotten: ${plural(done.pages, 'page')} and ${plural(done.highlights, 'highlight')}.`);
    } catch (e) {
      setNotice(`Nothing was forgotten: ${(e as Error).message}`);
    }
  };
  const mark = (kind: MarkKind, shown: boolean) => {
    setDisplay((d) => (d ? { ...d, [kind]: shown } : d));
    void api.setMarked(kind, shown);
  };
  /** Newsmark off (or on again) on a site: the page is read again, and shows what the site now gets. */
  const siteOff = async (site: string, off: boolean) => {
    try {
      await api.setSiteOff(site, off);
    } catch (e) {
      return setNotice(`The setting could not be saved: ${(e as Error).message}`);
    }
    await reanalyse();
  };

  const noticeLine = notice && (
    <p class="notice" role="status">
      {notice}
    </p>
  );
  const highlightsSection = highlights && (
    <NoteParserContext.Provider value={parseNote}>
      <AnnotationList
        annotations={highlights.annotations}
        status={highlights.status}
        onJump={(id) => void jumpToAnnotation(id)}
        onUpdate={updateAnnotation}
        onDelete={deleteAnnotation}
        shortcut={shortcut}
      />
    </NoteParserContext.Provider>
  );

  if (load.status === 'loading') return <StatusPanel status="loading" />;
  if (load.status === 'failed') return <StatusPanel status="error" message={load.message} />;
  const { state, record } = load.view;
  if (!state) {
    return (
      <StatusPanel
        status="not-analysed"
        message="Newsmark reads articles when they finish loading."
        action={{ label: 'Analyse this page', onClick: () => void reanalyse() }}
      />
    );
  }
  if (state.status === 'not-article') {
    const title = state.reason === 'too-large' ? 'Too large to analyse' : state.reason === 'site-off' ? 'Off on this site' : undefined;
    // A page that does not look like one may be an article all the same: the reader can have it read. A site
    // the reader turned off can be turned on again from here.
    const site = siteOf(state.url);
    const action =
      state.reason === 'not-readerable'
        ? { label: 'Read this page anyway', onClick: () => void reanalyse(true) }
        : state.reason === 'site-off'
          ? { label: `Turn Newsmark on for ${site}`, onClick: () => void siteOff(site, false) }
          : undefined;
    const panel = <StatusPanel status="not-article" title={title} message={state.message} action={action} />;
    if (!highlights?.annotations.length) return panel;
    return (
      <>
        {panel}
        <main>
          {noticeLine}
          {highlightsSection}
        </main>
      </>
    );
  }
  if (state.status === 'private') {
    return (
      <StatusPanel
        status="not-analysed"
        message="This page is in a private window: Newsmark marks it, and keeps nothing of it."
        action={{
          label: 'Keep what I read in private windows',
          onClick: () => void api.setKeepPrivate(true).then(() => reanalyse()),
        }}
      />
    );
  }
  if (state.status === 'error') {
    return <StatusPanel status="error" message={state.message} action={{ label: 'Try again', onClick: () => void reanalyse() }} />;
  }
  if (forgotten) {
    return <StatusPanel status="not-analysed" message={forgotten} action={{ label: 'Read this page again', onClick: () => void reanalyse() }} />;
  }
  if (!record) {
    return (
      <StatusPanel
        status="error"
        message="This article's record is missing from the library."
        action={{ label: 'Analyse again', onClick: () => void reanalyse() }}
      />
    );
  }
  return (
    <main>
      <PageSummary record={record} />
      <details class="toggles">
        <summary>Marks on the page</summary>
        {display && MARK_KINDS.map((k) => <Toggle key={k.kind} label={k.label} checked={display[k.kind]} onChange={(v) => mark(k.kind, v)} />)}
        <Toggle label={`Newsmark on ${record.site}`} checked onChange={(on) => void siteOff(record.site, !on)} />
      </details>
      {noticeLine}
      {highlightsSection}
      <EntityList people={record.analysis.people} organizations={record.analysis.organizations} onShow={(k, id, i) => void showMention(k, id, i)} />
      <section class="quotes-section">
        <h2>
          Quotes <span class="count">{record.analysis.quotes.filter((q) => !q.scare).length}</span>
        </h2>
        <QuoteList
          quotes={record.analysis.quotes}
          people={record.analysis.people}
          onShow={(id, i) => void showMention('quote', id, i)}
          onCopy={(q) => api.copy(citation(q, record.analysis.people.find((p) => p.id === q.speaker?.personId) ?? null, record.meta, record.url, record.site))}
        />
      </section>
      <section class="repeats-section">
        <h2>Repeated paragraphs</h2>
        <AlsoInList analysis={record.analysis} alsoIn={elsewhere} onJump={(p) => void jump(p)} kinds={record.kinds} />
        <RepeatList analysis={record.analysis} onJump={(p) => void jump(p)} kinds={record.kinds} />
      </section>
      <ForgetControls site={record.site} onForget={(what) => forget(what, record)} />
    </main>
  );
}
