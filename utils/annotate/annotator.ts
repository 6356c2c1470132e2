import type { Matcher } from '../matcher';
import { applyMarks, selectMentions, type Selection } from './apply';
import { DEFAULT_BUDGET, ENTITY_ATTR, PART_ATTR } from './constants';
import { BATCH_MS, outermost } from './mutations';
import { entityCounts, type EntityCount } from './mentions';
import { watchPage, type PageChange, type PageWatch } from './page-watch';
import { MarkedNodes } from './repair';
import { SubtreeScanner, type Found } from './scan';
import { composedOrder, openShadowRoots, shadowRootOf } from './shadow';
import { isSkipped } from './skip';
import { createSlicer, SLICE_MS, type Slicer } from './slices';
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
  /**
   * Looks for `matcher`'s names from now on, and marks the text under `root` again with them at once (its marks are
   * undone first). The rest of the page keeps its marks.
   */
  retarget(matcher: AnnotatorOptions['matcher'], root: Node | null): void;
  /** Removes every mark, restoring the page's DOM exactly, and stops watching. Also runs when `signal` aborts. */
  stop(): void;
}

/** Everything one annotator keeps while it works: its settings, its marks and where its work stands. */
interface Run {
  doc: Document;
  options: AnnotatorOptions;
  root: Element;
  budget: { chars: number; ms: number };
  batchMs: number;
  skip: (el: Element) => boolean;
  selection: Selection;
  slicer: Slicer;
  listeners: Set<() => void>;
  /** Every live marked node, whether its job is finished or still being applied. */
  nodes: MarkedNodes;
  /** Finished records in page order while `ordered`; the live ones are those still in `nodes`. */
  records: MarkedNode[];
  ordered: boolean;
  cache: HTMLElement[] | null;
  status: AnnotatorStatus;
  note: string | undefined;
  limit: AnnotatorLimit | undefined;
  chars: number;
  queue: Node[];
  running: Promise<void> | null;
  batchTimer: ReturnType<typeof setTimeout> | undefined;
  highlightStyle: HighlightStyle;
  // Added with the first mark, not before: a new stylesheet makes the browser restyle the page, which is better done
  // once, with the marks, than ahead of them.
  removeStyle: (() => void) | null;
  initial: boolean;
  /** One watch per root worked in: the page's, then each shadow root's. */
  watches: PageWatch[];
  /** Open shadow roots found on the page → what removes their stylesheet, once they hold marks and have one. */
  shadows: Map<ShadowRoot, (() => void) | null>;
  /** Pending looks at custom elements that had no shadow root yet. */
  timers: ReturnType<typeof setTimeout>[];
}

/** A fresh run over the options' root (the document's body by default), nothing scanned yet. */
function newRun(doc: Document, options: AnnotatorOptions): Run {
  const root = options.root ?? doc.body;
  const held = options.held;
  return {
    doc,
    options,
    root,
    budget: { ...DEFAULT_BUDGET, ...options.budget },
    batchMs: options.batchMs ?? BATCH_MS,
    skip: held ? (el: Element) => isSkipped(el) || held(el) : isSkipped,
    selection: {
      accept: options.accept ?? (() => true),
      firstMentionOnly: options.firstMentionOnly ?? false,
      seen: new Set(),
    },
    slicer: createSlicer(options.sliceMs ?? SLICE_MS),
    listeners: new Set(),
    nodes: new MarkedNodes(),
    records: [],
    ordered: true,
    cache: null,
    status: 'scanning',
    note: undefined,
    limit: undefined,
    chars: 0,
    queue: [root],
    running: null,
    batchTimer: undefined,
    highlightStyle: options.highlightStyle ?? 'underline',
    removeStyle: null,
    initial: true,
    watches: [],
    shadows: new Map(),
    timers: [],
  };
}

function emit(run: Run): void {
  run.cache = null;
  for (const l of run.listeners) l();
}
const stopped = (run: Run) => run.status === 'stopped';
const gaveUp = (run: Run) => run.status === 'gave-up';

/** Scans the queued page changes once they have collected for a batch. */
function schedule(run: Run): void {
  if (run.queue.length && run.batchTimer === undefined)
    run.batchTimer = setTimeout(() => {
      run.batchTimer = undefined;
      start(run);
    }, run.batchMs);
}

function pageChanged(run: Run, { scan, undone, removed }: PageChange): void {
  if (stopped(run) || gaveUp(run)) return;
  // A mark the page's change undid no longer counts as the first mention of its entity.
  for (const r of undone) for (const m of r.marks) run.selection.seen.delete(m.getAttribute(ENTITY_ATTR) ?? '');
  run.queue.push(...scan);
  if (removed) emit(run);
  schedule(run);
}

/** Writes marks with the highlight style in place and without the page's watches taking them for its changes. */
function writeMarks(run: Run, write: () => void): void {
  run.removeStyle ??= applyHighlightStyle(run.doc, run.highlightStyle);
  let unobserved = write;
  for (const watch of run.watches) {
    const inner = unobserved;
    unobserved = () => watch.around(inner);
  }
  unobserved();
}

/** Watches `root` for the page's own changes, unless the annotator was asked not to. */
function observe(run: Run, root: Node): void {
  if (run.options.observe !== false) run.watches.push(watchPage(root, run.nodes, (change) => pageChanged(run, change)));
}

/** Gives the shadow roots that `found` lies in the highlight stylesheet (unobserved: it is Backstory's own write). */
function styleShadows(run: Run, found: Found[]): void {
  if (!run.shadows.size) return;
  const missing = new Set<ShadowRoot>();
  for (const f of found) {
    const root = shadowRootOf(f.node);
    if (root && run.shadows.get(root) === null) missing.add(root);
  }
  if (missing.size)
    writeMarks(run, () => {
      for (const root of missing) run.shadows.set(root, applyHighlightStyle(root, run.highlightStyle));
    });
}

/**
 * Takes in the open shadow roots under `roots` not met before: each is watched for changes and queued to be scanned
 * as a root of its own (text in them is out of reach of the document's walk and its MutationObserver). Custom
 * elements still without a root are looked at again a few times, in case their definition comes later.
 */
function adoptShadowRoots(run: Run, roots: Node[]): void {
  const pending: Element[] = [];
  for (const r of roots)
    for (const root of openShadowRoots(r, run.skip, pending)) {
      if (run.shadows.has(root)) continue;
      observe(run, root);
      run.shadows.set(root, null);
      run.queue.push(root);
    }
  if (pending.length && run.options.observe !== false) lookAgain(run, pending, 0);
}

/** How long after a scan custom elements without a shadow root are looked at again. */
const UPGRADE_CHECKS_MS = [500, 2_000, 8_000];

function lookAgain(run: Run, pending: Element[], attempt: number): void {
  if (attempt >= UPGRADE_CHECKS_MS.length) return;
  const timer = setTimeout(() => {
    if (stopped(run) || gaveUp(run)) return;
    const left = pending.filter((el) => el.isConnected && !el.shadowRoot);
    adoptShadowRoots(
      run,
      pending.filter((el) => el.shadowRoot),
    );
    schedule(run);
    if (left.length) lookAgain(run, left, attempt + 1);
  }, UPGRADE_CHECKS_MS[attempt]);
  run.timers.push(timer);
}

/** The root the annotator works in that holds `node`: its own root, or an adopted shadow root; null if neither. */
function workRootOf(run: Run, node: Node): Node | null {
  const shadow = shadowRootOf(node);
  if (shadow) return run.shadows.has(shadow) ? shadow : null;
  return run.root.contains(node) ? run.root : null;
}

/**
 * Finds the names under `roots` slice by slice, giving up once the work budget is spent. The first time a slice ends
 * with names found, at the end of a line, `early` marks them, so the first marks do not wait for the whole page.
 */
async function scanRoots(
  run: Run,
  roots: Node[],
  found: Found[],
  early?: (found: Found[]) => Promise<void>,
): Promise<void> {
  const { budget, slicer } = run;
  for (const r of roots) {
    const scanner = new SubtreeScanner(r, run.options.matcher, run.skip);
    while (!scanner.done) {
      const before = scanner.chars;
      scanner.run(found, slicer.expired);
      run.chars += scanner.chars - before;
      if (run.chars > budget.chars || slicer.worked > budget.ms) {
        giveUp(
          run,
          run.chars > budget.chars
            ? { kind: 'text', megabytes: (run.chars / 1e6).toFixed(1) }
            : { kind: 'time', ms: budget.ms },
        );
        return;
      }
      if (early && found.length && scanner.park()) {
        await early(found.splice(0));
        early = undefined;
        if (stopped(run)) return;
      }
      if (!scanner.done) await slicer.pause();
      if (stopped(run)) return;
    }
  }
}

/**
 * Chooses the mentions to mark among those found, marks them in visible order and keeps their records. `more` says
 * that the rest of the same pass, further down in page order, is still to come.
 */
async function markFound(run: Run, found: Found[], more = false): Promise<void> {
  const { nodes, slicer } = run;
  const chosen = selectMentions(found, run.selection);
  styleShadows(run, chosen);
  // Told by the browser's own rendering step, so no layout is forced; the page runs meanwhile.
  slicer.rest();
  const order = await visibleOrder(chosen);
  slicer.resume();
  if (stopped(run)) return;
  const made = new Array<MarkedNode | null>(chosen.length).fill(null);
  await applyMarks(
    chosen,
    order,
    made,
    slicer,
    (write) => writeMarks(run, write),
    () => stopped(run),
    (r) => nodes.add(r),
  );
  if (stopped(run)) return;
  const live = made.filter((r): r is MarkedNode => r !== null && nodes.has(r));
  if (!run.initial && live.length) run.ordered = false;
  run.records = run.records.concat(live);
  if (more) return emit(run);
  run.initial = false;
}

/** Scans and marks what is queued until nothing is left, the annotator stops or it gives up. */
async function work(run: Run): Promise<void> {
  run.slicer.resume();
  while (run.queue.length && !stopped(run)) {
    run.status = 'scanning';
    const roots = run.initial
      ? run.queue.splice(0)
      : outermost(run.queue.splice(0), (n) => workRootOf(run, n), run.options.held);
    const found: Found[] = [];
    await scanRoots(run, roots, found, (first) => markFound(run, first, true));
    if (stopped(run)) return;
    if (!gaveUp(run)) adoptShadowRoots(run, roots);
    await markFound(run, found);
    if (stopped(run)) return;
    if (gaveUp(run)) break;
    emit(run);
  }
  run.slicer.rest();
  if (run.status === 'scanning') run.status = 'done';
  emit(run);
}

function giveUp(run: Run, reached: AnnotatorLimit): void {
  run.status = 'gave-up';
  run.limit = reached;
  const what = reached.kind === 'text' ? `${reached.megabytes} MB of text` : `${reached.ms} ms of work`;
  run.note = `Page too large: stopped after ${what}; names found so far stay marked.`;
  run.queue = [];
}

function start(run: Run): void {
  if (run.running || stopped(run)) return;
  run.running = work(run).finally(() => {
    run.running = null;
    if (run.queue.length && run.batchTimer === undefined) start(run);
  });
}

/** The marks still on the page, in page order, leaving out the later parts of a name split across elements. */
function liveMarks(run: Run): HTMLElement[] {
  if (run.cache) return run.cache;
  const { nodes } = run;
  run.records = run.records.filter((r) => nodes.has(r) && r.marks.some((m) => m.isConnected));
  const all = run.records.flatMap((r) => r.marks).filter((m) => m.isConnected && !m.hasAttribute(PART_ATTR));
  if (!run.ordered) all.sort(composedOrder);
  return (run.cache = all);
}

/** Removes every mark and the highlight style, restoring the page's DOM exactly, and stops watching. */
function stop(run: Run): void {
  if (stopped(run)) return;
  run.status = 'stopped';
  for (const watch of run.watches) watch.stop();
  clearTimeout(run.batchTimer);
  for (const timer of run.timers) clearTimeout(timer);
  // Newest first, so a node marked again after a page change is put back before the older record beside it.
  for (const r of [...run.nodes.values()].reverse()) unwrapMarked(r);
  run.nodes.clear();
  run.records = [];
  run.removeStyle?.();
  run.removeStyle = null;
  for (const removeStyle of run.shadows.values()) removeStyle?.();
  run.shadows.clear();
  emit(run);
}

/** Takes `matcher` from now on and marks the text under `root` again with it, starting at once. */
function retarget(run: Run, matcher: AnnotatorOptions['matcher'], root: Node | null): void {
  run.options = { ...run.options, matcher };
  if (!root || stopped(run) || gaveUp(run)) return;
  const undone = [...run.nodes.values()].filter((r) => root.contains(r.node));
  if (undone.length)
    writeMarks(run, () => {
      for (const r of [...undone].reverse()) unwrapMarked(r);
    });
  for (const r of undone) {
    run.nodes.delete(r);
    for (const m of r.marks) run.selection.seen.delete(m.getAttribute(ENTITY_ATTR) ?? '');
  }
  if (undone.length) emit(run);
  run.queue.push(root);
  start(run);
}

/** What callers of the annotator see of a run. */
function annotatorOf(run: Run): Annotator {
  return {
    get status() {
      return run.status;
    },
    get note() {
      return run.note;
    },
    get limit() {
      return run.limit;
    },
    marks: () => liveMarks(run),
    onChange(listener) {
      run.listeners.add(listener);
      return () => run.listeners.delete(listener);
    },
    async whenIdle() {
      if (!stopped(run)) for (const watch of run.watches) watch.flush();
      while ((run.running || run.batchTimer !== undefined) && !stopped(run)) {
        if (run.batchTimer !== undefined && !run.running) await new Promise((r) => setTimeout(r, run.batchMs));
        await run.running;
      }
    },
    setHighlightStyle(style) {
      run.highlightStyle = style;
      if (stopped(run)) return;
      if (run.removeStyle) run.removeStyle = applyHighlightStyle(run.doc, style);
      for (const [root, styled] of run.shadows)
        if (styled) writeMarks(run, () => run.shadows.set(root, applyHighlightStyle(root, style)));
    },
    rescan(node) {
      if (stopped(run) || gaveUp(run)) return;
      run.queue.push(node);
      schedule(run);
    },
    retarget: (matcher, root) => retarget(run, matcher, root),
    report: () => entityCounts(liveMarks(run)),
    stop: () => stop(run),
  };
}

/** Starts annotating `doc` in slices; everything is undone when `signal` aborts or `stop()` is called. */
export function createAnnotator(doc: Document, options: AnnotatorOptions, signal?: AbortSignal): Annotator {
  const run = newRun(doc, options);
  observe(run, run.root);
  signal?.addEventListener('abort', () => stop(run), { once: true });
  start(run);
  return annotatorOf(run);
}
