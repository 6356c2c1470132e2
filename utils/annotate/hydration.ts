/** Comments React leaves in server-rendered markup: between adjacent texts, and around Suspense boundaries. */
const REACT_MARKERS = new Set([' ', '$', '$?', '$!', '/$']);
/** Comments Vue and Svelte leave around fragments in server-rendered markup (their client renders make none). */
const FRAGMENT_MARKERS = new Set(['[', ']', '[!']);
/** Containers that frameworks' server renders are known by, with or without marker comments. */
const ROOT_SELECTOR = '#__next, #___gatsby, #__nuxt, [data-reactroot], [data-server-rendered], astro-island[ssr]';
const SHOW_COMMENT = 0x80;

/** Server-rendered markup a framework may still take over, and the elements whose claim shows it has. */
export interface HydrationRoot {
  root: Element;
  probes: Element[];
}

/**
 * Finds server-rendered markup that a framework will hydrate: marker comments that only server renders leave, and
 * the containers of known frameworks. Each root is the page's top-level element holding markers; its probes are the
 * first and last marker's parents, which the framework claims as it hydrates. A page without scripts hydrates nothing.
 */
export function findHydrationRoots(doc: Document): HydrationRoot[] {
  const body = doc.body;
  if (!body || !doc.querySelector('script')) return [];
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
    if (parent) add(topLevel(parent, body), parent);
  }
  for (const el of doc.querySelectorAll(ROOT_SELECTOR)) {
    const root = topLevel(el, body);
    if (!roots.has(root)) add(root, el.firstElementChild ?? el);
  }
  return [...roots].map(([root, probes]) => ({ root, probes }));
}

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
