import type { Matcher } from '../matcher';
import { applyMarks, selectMentions, type Selection } from './apply';
import { ENTITY_ATTR, PART_ATTR } from './constants';
import { BATCH_MS, outermost } from './mutations';
import { entityCounts, type EntityCount } from './mentions';
import { watchPage, type PageChange, type PageWatch } from './page-watch';
import { MarkedNodes } from './repair';
import { SubtreeScanner, type Found } from './scan';
import { isSkipped } from './skip';
import { createSlicer, SLICE_MS } from './slices';
import { applyHighlightStyle, type HighlightStyle } from './style';
import { visibleOrder } from './visible-order';
import { unwrapMarked, type MarkedNode } from './wrap';

/** Where the annotator is: still working, finished, stopped early on a giant page, or switched off. */
export type AnnotatorStatus = 'scanning' | 'done' | 'gave-up' | 'stopped';

export interface AnnotatorOptions {
  /** The names to find; or, per text node, which names (a story's own names are looked for in its text only). */
  matcher: Matcher | ((node: Text) => Matcher);
  /** Whether an entity's mentions are marked (the entity-types setting); all by default. */
  accept?: (entityId: string) => boolean;
  firstMentionOnly?: boolean;
  highlightStyle?: HighlightStyle;
  /** What to annotate; the document's body by default. */
  root?: Element;
  /** Watch the page for text added later; on by default. */
  observe?: boolean;
  /**
   * Elements to leave alone for now (server-rendered markup its framework has not taken over yet); `rescan` them
   * once that changes.
   */
  held?: (el: Element) => boolean;
  /** Work budget: past this much text read or this many milliseconds worked, the annotator gives up gracefully. */
  budget?: { chars?: number; ms?: number };
  sliceMs?: number;
  /** How long the page's changes are collected before they are scanned (BATCH_MS by default). */
  batchMs?: number;
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
  /** Every mention's mark on the page, in page order (the first mark of a name split across inline elements). */
  marks(): HTMLElement[];
  /** Calls `listener` whenever marks were added or removed, or the status changed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Resolves once all work started so far (including pending page changes) is finished. */
  whenIdle(): Promise<void>;
  setHighlightStyle(style: HighlightStyle): void;
  /** Entities mentioned, in order of first mention, with mention counts. */
  report(): EntityCount[];
  /** Scans `node` again (after it stopped being held). */
  rescan(node: Node): void;
  /** Removes every mark, restoring the page's DOM exactly, and stops watching. Also runs when `signal` aborts. */
  stop(): void;
}

const DEFAULT_BUDGET = { chars: 3_000_000, ms: 5_000 };

/** Starts annotating `doc` in slices; everything is undone when `signal` aborts or `stop()` is called. */
export function createAnnotator(doc: Document, options: AnnotatorOptions, signal?: AbortSignal): Annotator {
  const root = options.root ?? doc.body;
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const held = options.held;
  const batchMs = options.batchMs ?? BATCH_MS;
  const skip = held ? (el: Element) => isSkipped(el) || held(el) : isSkipped;
  const selection: Selection = {
    accept: options.accept ?? (() => true),
    firstMentionOnly: options.firstMentionOnly ?? false,
    seen: new Set(),
  };
  const slicer = createSlicer(options.sliceMs ?? SLICE_MS);
  const listeners = new Set<() => void>();
  /** Every live marked node, whether its job is finished or still being applied. */
  const nodes = new MarkedNodes();
  /** Finished records in page order while `ordered`; the live ones are those still in `nodes`. */
  let records: MarkedNode[] = [];
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
  // Added with the first mark, not before: a new stylesheet makes the browser restyle the page, which is better done
  // once, with the marks, than ahead of them.
  let removeStyle: (() => void) | null = null;

  const emit = () => {
    cache = null;
    for (const l of listeners) l();
  };
  const stopped = () => status === 'stopped';
  const gaveUp = () => status === 'gave-up';
  let initial = true;

  const schedule = () => {
    if (queue.length && batchTimer === undefined)
      batchTimer = setTimeout(() => {
        batchTimer = undefined;
        start();
      }, batchMs);
  };
  const pageChanged = ({ scan, undone, removed }: PageChange) => {
    if (stopped() || gaveUp()) return;
    // A mark the page's change undid no longer counts as the first mention of its entity.
    for (const r of undone) for (const m of r.marks) selection.seen.delete(m.getAttribute(ENTITY_ATTR) ?? '');
    queue.push(...scan);
    if (removed) emit();
    schedule();
  };
  const watch: PageWatch | null = options.observe === false ? null : watchPage(root, nodes, pageChanged);
  const around = (write: () => void) => {
    removeStyle ??= applyHighlightStyle(doc, highlightStyle);
    if (watch) watch.around(write);
    else write();
  };

  const scanRoots = async (roots: Node[], found: Found[]) => {
    for (const r of roots) {
      const scanner = new SubtreeScanner(r, options.matcher, skip);
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
          return;
        }
        if (!scanner.done) await slicer.pause();
        if (stopped()) return;
      }
    }
  };
  const markFound = async (found: Found[]) => {
    const chosen = selectMentions(found, selection);
    // Told by the browser's own rendering step, so no layout is forced; the page runs meanwhile.
    slicer.rest();
    const order = await visibleOrder(chosen);
    slicer.resume();
    if (stopped()) return;
    const made = new Array<MarkedNode | null>(chosen.length).fill(null);
    await applyMarks(chosen, order, made, slicer, around, stopped, (r) => nodes.add(r));
    if (stopped()) return;
    const live = made.filter((r): r is MarkedNode => r !== null && nodes.has(r));
    if (!initial && live.length) ordered = false;
    records = records.concat(live);
    initial = false;
  };
  const work = async () => {
    slicer.resume();
    while (queue.length && !stopped()) {
      status = 'scanning';
      const roots = initial ? queue.splice(0) : outermost(queue.splice(0), root, held);
      const found: Found[] = [];
      await scanRoots(roots, found);
      if (stopped()) return;
      await markFound(found);
      if (stopped()) return;
      if (gaveUp()) break;
      emit();
    }
    slicer.rest();
    if (status === 'scanning') status = 'done';
    emit();
  };
  const giveUp = (reached: AnnotatorLimit) => {
    status = 'gave-up';
    limit = reached;
    const what = reached.kind === 'text' ? `${reached.megabytes} MB of text` : `${reached.ms} ms of work`;
    note = `Page too large: stopped after ${what}; names found so far stay marked.`;
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
    records = records.filter((r) => nodes.has(r) && r.marks.some((m) => m.isConnected));
    const all = records.flatMap((r) => r.marks).filter((m) => m.isConnected && !m.hasAttribute(PART_ATTR));
    if (!ordered) all.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return (cache = all);
  };

  const stop = () => {
    if (stopped()) return;
    status = 'stopped';
    watch?.stop();
    clearTimeout(batchTimer);
    // Newest first, so a node marked again after a page change is put back before the older record beside it.
    for (const r of [...nodes.values()].reverse()) unwrapMarked(r);
    nodes.clear();
    records = [];
    removeStyle?.();
    removeStyle = null;
    emit();
  };

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
      if (!stopped()) watch?.flush();
      while ((running || batchTimer !== undefined) && !stopped()) {
        if (batchTimer !== undefined && !running) await new Promise((r) => setTimeout(r, batchMs));
        await running;
      }
    },
    setHighlightStyle(style) {
      highlightStyle = style;
      if (!stopped() && removeStyle) removeStyle = applyHighlightStyle(doc, style);
    },
    rescan(node) {
      if (stopped() || gaveUp()) return;
      queue.push(node);
      schedule();
    },
    report: () => entityCounts(marks()),
    stop,
  };
}
