/** Comments React leaves in server-rendered markup: between adjacent texts, and around Suspense boundaries. */
const REACT_MARKERS = new Set([' ', '$', '$?', '$!', '/$']);
/** Comments Vue and Svelte leave around fragments in server-rendered markup (their client renders make none). */
const FRAGMENT_MARKERS = new Set(['[', ']', '[!']);
/**
 * Containers that frameworks' server renders are known by, with or without marker comments. React 17 and older
 * (`data-reactroot`) and Vue 2 (`data-server-rendered`) are left out: in production they patch or re-render a
 * mismatch instead of failing, and the repair of marks copes with both.
 */
const ROOT_SELECTOR = '#__next, #___gatsby, #__nuxt, astro-island[ssr]';
const SHOW_COMMENT = 0x80;

/** Server-rendered markup a framework may still take over, and the elements whose claim shows it has. */
export interface HydrationRoot {
  root: Element;
  probes: Element[];
}

/**
 * Finds server-rendered markup that a framework will hydrate: marker comments that only server renders leave, and
 * the containers of known frameworks. A marker's root is its known container (an island hydrates alone) or else the
 * page's top-level element holding it; the probes are the first and last marker's parents, which the framework
 * claims as it hydrates. A page whose scripts cannot run hydrates nothing (`scriptsRun` says whether they can).
 */
export function findHydrationRoots(doc: Document, scriptsRun = pageScriptsRun): HydrationRoot[] {
  const body = doc.body;
  if (!body || !scriptsRun(doc)) return [];
  const roots = new Map<Element, Element[]>();
  const add = (root: Element, probe: Element) => {
    const probes = roots.get(root);
    if (!probes) roots.set(root, [probe]);
    else probes[1] = probe;
  };
  const walker = doc.createTreeWalker(body, SHOW_COMMENT);
  for (let c = walker.nextNode() as Comment | null; c; c = walker.nextNode() as Comment | null) {
    if (!REACT_MARKERS.has(c.data) && !FRAGMENT_MARKERS.has(c.data)) continue;
    const parent = c.parentElement;
    if (parent) add(parent.closest(ROOT_SELECTOR) ?? topLevel(parent, body), parent);
  }
  for (const el of doc.querySelectorAll(ROOT_SELECTOR))
    if (!roots.has(el) && ![...roots.keys()].some((r) => r.contains(el))) add(el, el.firstElementChild ?? el);
  return [...roots].map(([root, probes]) => ({ root, probes }));
}

/** Resource timing keeps this many entries unless the page asks for more: past it, what loaded is not known. */
const TIMING_BUFFER = 250;

/**
 * Whether the page's scripts can run at all. A page with external scripts of which none was loaded has them blocked
 * (a saved copy, a strict policy, a script blocker): its markup will never hydrate, so it need not wait. Pages with
 * inline scripts only, or a full timing buffer, are taken to run them.
 */
export function pageScriptsRun(doc: Document): boolean {
  if (!doc.querySelector('script')) return false;
  if (!doc.querySelector('script[src]')) return true;
  const entries = doc.defaultView?.performance?.getEntriesByType?.('resource') ?? [];
  if (entries.length >= TIMING_BUFFER) return true;
  // Chromium lists a script the page's policy blocked too, with nothing received and no time spent but a tick of its
  // clock (0.1 ms); a fetched script took a millisecond at least, or came with its size (same-origin or allowed).
  return entries.some((e) => {
    const r = e as PerformanceResourceTiming;
    return r.initiatorType === 'script' && (r.duration >= FETCH_MS || r.transferSize > 0 || r.decodedBodySize > 0);
  });
}

/** Less time than a script fetch takes: a blocked script's entry, timed to the clock's coarse tick. */
const FETCH_MS = 1;

/** The child of `body` that holds `el` (or body itself, when `el` is body). */
function topLevel(el: Element, body: Element): Element {
  let top = el;
  while (top.parentElement && top.parentElement !== body && top !== body) top = top.parentElement;
  return top;
}

/** Markup held back from annotation until its framework has hydrated it. */
export interface HydrationHold {
  /** Whether `el` is held (a root still waiting). */
  held(el: Element): boolean;
  /** Whether anything is still held. */
  readonly waiting: boolean;
}

export interface HoldOptions {
  /** Whether the framework has taken over `el` (its hydration has run there). */
  claimed: (el: Element) => boolean;
  /** Called with each root once it is no longer held. */
  onRelease: (root: Element) => void;
  pollMs?: number;
  /** After this long, roots that no framework claimed are released anyway (a server render nothing hydrates). */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

/**
 * Holds each root until the framework has claimed every probe of it (or replaced them), checking every `pollMs`.
 * Marks inside server-rendered markup before hydration would make the framework find text it did not render
 * (a hydration mismatch), so waiting is the one safe choice; hydration itself changes nothing in the DOM, hence
 * the polling.
 */
export function holdUntilHydrated(roots: HydrationRoot[], options: HoldOptions): HydrationHold {
  const { claimed, onRelease, pollMs = 100, maxWaitMs = 10_000, signal } = options;
  const waiting = new Map(roots.map((r) => [r.root, r.probes]));
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = (root: Element) => {
    waiting.delete(root);
    onRelease(root);
  };
  const check = () => {
    timer = undefined;
    if (signal?.aborted) return;
    const late = Date.now() - started >= maxWaitMs;
    for (const [root, probes] of waiting) if (late || probes.every((p) => !p.isConnected || claimed(p))) release(root);
    if (waiting.size) timer = setTimeout(check, pollMs);
  };
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
  // Pages that hydrated before Backstory started are released at once, before anything is scanned.
  for (const [root, probes] of waiting) if (probes.every((p) => claimed(p))) waiting.delete(root);
  if (waiting.size) timer = setTimeout(check, pollMs);
  return {
    held: (el) => waiting.has(el),
    get waiting() {
      return waiting.size > 0;
    },
  };
}
