import type { Matcher } from '../matcher';
import { applyMarks, selectMentions, visibleFirst, type Selection } from './apply';
import { BATCH_MS, changedNodes, outermost, removedSomething } from './mutations';
import { entityCounts, showMention, type EntityCount, type ShownMention } from './mentions';
import { SubtreeScanner, type Found } from './scan';
import { createSlicer, SLICE_MS } from './slices';
import { applyHighlightStyle, type HighlightStyle } from './style';
import { unwrapMarked, type MarkedNode } from './wrap';

/** Where the annotator is: still working, finished, stopped early on a giant page, or switched off. */
export type AnnotatorStatus = 'scanning' | 'done' | 'gave-up' | 'stopped';

export interface AnnotatorOptions {
  matcher: Matcher;
  /** Whether an entity's mentions are marked (the entity-types setting); all by default. */
  accept?: (entityId: string) => boolean;
  firstMentionOnly?: boolean;
  highlightStyle?: HighlightStyle;
  /** What to annotate; the document's body by default. */
  root?: Element;
  /** Watch the page for text added later; on by default. */
  observe?: boolean;
  /** Work budget: past this much text read or this many milliseconds worked, the annotator gives up gracefully. */
  budget?: { chars?: number; ms?: number };
  sliceMs?: number;
}

/** The work budget an annotator ran out of: megabytes of text read, or milliseconds of work. */
export type AnnotatorLimit = { kind: 'text'; megabytes: string } | { kind: 'time'; ms: number };

/** What the content script and other behaviours (hover card, keyboard navigation) get to work with. */
export interface Annotator {
  readonly status: AnnotatorStatus;
  /** Why the annotator gave up, when it did (in English, for logs and tools). */
  readonly note: string | undefined;
  /** The budget it ran out of, when it gave up, for a reader-facing note in the reader's language. */
  readonly limit: AnnotatorLimit | undefined;
  /** Every mark on the page, in page order. */
  marks(): HTMLElement[];
  /** Calls `listener` whenever marks were added or removed, or the status changed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Resolves once all work started so far (including pending page changes) is finished. */
  whenIdle(): Promise<void>;
  setHighlightStyle(style: HighlightStyle): void;
  /** Entities mentioned, in order of first mention, with mention counts. */
  report(): EntityCount[];
  /** Scrolls to and flashes the `index`-th mention of `entityId` (wrapping around); null when it has none. */
  showMention(entityId: string, index: number): ShownMention | null;
  /** Removes every mark, restoring the page's DOM exactly, and stops watching. Also runs when `signal` aborts. */
  stop(): void;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const DEFAULT_BUDGET = { chars: 3_000_000, ms: 5_000 };

/** Starts annotating `doc` in slices; everything is undone when `signal` aborts or `stop()` is called. */
export function createAnnotator(doc: Document, options: AnnotatorOptions, signal?: AbortSignal): Annotator {
  const root = options.root ?? doc.body;
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const selection: Selection = {
    accept: options.accept ?? (() => true),
    firstMentionOnly: options.firstMentionOnly ?? false,
    seen: new Set(),
  };
  const slicer = createSlicer(options.sliceMs ?? SLICE_MS);
  const listeners = new Set<() => void>();
  let records: MarkedNode[] = [];
  /** Records of the job being applied, not yet in `records`. */
  let inFlight: (MarkedNode | null)[] = [];
  let ordered = true;
  let cache: HTMLElement[] | null = null;
  let status: AnnotatorStatus = 'scanning';
  let note: string | undefined;
  let limit: AnnotatorLimit | undefined;
  let chars = 0;
  let queue: Node[] = [root];
  let running: Promise<void> | null = null;
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let highlightStyle = options.highlightStyle ?? 'underline';
  // Added with the first mark, not before: a new stylesheet makes the browser restyle the page, and the layout reads
  // that put what is in view first would then pay for it.
  let removeStyle: (() => void) | null = null;

  const emit = () => {
    cache = null;
    for (const l of listeners) l();
  };
  const stopped = () => status === 'stopped';
  const gaveUp = () => status === 'gave-up';
  let initial = true;

  const observer = options.observe === false ? null : new MutationObserver((recs) => take(recs));
  const take = (recs: MutationRecord[]) => {
    if (stopped() || gaveUp()) return;
    queue.push(...changedNodes(recs));
    if (removedSomething(recs)) emit();
    if (queue.length && batchTimer === undefined)
      batchTimer = setTimeout(() => {
        batchTimer = undefined;
        start();
      }, BATCH_MS);
  };
  // Our own writes are bracketed: page changes queued before are taken, the records of ours are dropped.
  const around = (write: () => void) => {
    removeStyle ??= applyHighlightStyle(doc, highlightStyle);
    if (observer) take(observer.takeRecords());
    // Not watching while we write: the browser then need not record our own changes at all.
    observer?.disconnect();
    try {
      write();
    } finally {
      if (!stopped()) observer?.observe(root, OBSERVED);
    }
  };

  const work = async () => {
    while (queue.length && !stopped()) {
      status = 'scanning';
      const roots = initial ? queue.splice(0) : outermost(queue.splice(0), root);
      const found: Found[] = [];
      for (const r of roots) {
        const scanner = new SubtreeScanner(r, options.matcher);
        while (!scanner.done) {
          const before = scanner.chars;
          scanner.run(found, slicer.expired);
          chars += scanner.chars - before;
          if (chars > budget.chars || slicer.worked > budget.ms) {
            giveUp(
              chars > budget.chars
                ? { kind: 'text', megabytes: (chars / 1e6).toFixed(1) }
                : { kind: 'time', ms: budget.ms },
            );
            break;
          }
          if (!scanner.done) await slicer.pause();
          if (stopped()) return;
        }
        if (gaveUp()) break;
      }
      const chosen = selectMentions(found, selection);
      const order = visibleFirst(chosen, { width: innerWidth, height: innerHeight });
      inFlight = new Array<MarkedNode | null>(chosen.length).fill(null);
      await applyMarks(chosen, order, inFlight, slicer, around, stopped);
      if (stopped()) return;
      const made = inFlight.filter((r): r is MarkedNode => r !== null);
      inFlight = [];
      if (!initial && made.length) ordered = false;
      records = records.concat(made);
      initial = false;
      if (gaveUp()) break;
      emit();
    }
    if (status === 'scanning') status = 'done';
    emit();
  };
  const giveUp = (reached: AnnotatorLimit) => {
    status = 'gave-up';
    limit = reached;
    const what = reached.kind === 'text' ? `${reached.megabytes} MB of text` : `${reached.ms} ms of work`;
    note = `This page is very large: Backstory stopped after ${what}. Names found so far stay marked.`;
    queue = [];
  };
  const start = () => {
    if (running || stopped()) return;
    running = work().finally(() => {
      running = null;
      if (queue.length && batchTimer === undefined) start();
    });
  };

  const marks = () => {
    if (cache) return cache;
    records = records.filter((r) => r.marks.some((m) => m.isConnected));
    const all = records.flatMap((r) => r.marks).filter((m) => m.isConnected);
    if (!ordered) all.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return (cache = all);
  };

  const stop = () => {
    if (stopped()) return;
    status = 'stopped';
    observer?.disconnect();
    clearTimeout(batchTimer);
    for (const r of [...records, ...inFlight].reverse()) if (r) unwrapMarked(r);
    records = [];
    inFlight = [];
    removeStyle?.();
    removeStyle = null;
    emit();
  };

  observer?.observe(root, OBSERVED);
  signal?.addEventListener('abort', stop, { once: true });
  start();

  return {
    get status() {
      return status;
    },
    get note() {
      return note;
    },
    get limit() {
      return limit;
    },
    marks,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async whenIdle() {
      if (observer && !stopped()) take(observer.takeRecords());
      while ((running || batchTimer !== undefined) && !stopped()) {
        if (batchTimer !== undefined && !running) await new Promise((r) => setTimeout(r, BATCH_MS));
        await running;
      }
    },
    setHighlightStyle(style) {
      highlightStyle = style;
      if (!stopped() && removeStyle) removeStyle = applyHighlightStyle(doc, style);
    },
    report: () => entityCounts(marks()),
    showMention: (entityId, index) => showMention(marks(), entityId, index),
    stop,
  };
}
