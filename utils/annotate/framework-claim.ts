/**
 * Keys a framework sets on the DOM nodes it has taken over (hydrated or rendered): React's fiber on every host
 * element, Vue's vnode and app on its container, Preact's children on its container. React's container key is
 * left out on purpose: `hydrateRoot` sets it before hydration has run.
 */
const CLAIM_KEYS = ['__reactFiber$', '__reactInternalInstance$', '_vnode', '__vue_app__', '__k'];

/** The event a content script dispatches on an element to ask the page's world whether a framework owns it. */
export const CLAIM_PROBE_EVENT = 'backstory-hydration-probe';

/** Whether `keys` (an element's own property names, seen from the page's world) show a framework's claim. */
export function showsClaim(keys: readonly string[]): boolean {
  return keys.some((k) => CLAIM_KEYS.some((c) => (c.endsWith('$') ? k.startsWith(c) : k === c)));
}

/**
 * Whether a framework has taken over `el` or one of its ancestors, judged from the page's own properties on them;
 * `keysOf` reads those properties in the page's world.
 */
export function claimedByFramework(el: Element, keysOf: (el: Element) => readonly string[]): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (showsClaim(keysOf(e))) return true;
  return false;
}

/**
 * Answers the content script's probes in the page's own world (where the frameworks' properties are visible): a
 * probe whose target a framework owns is cancelled, which the dispatching side reads synchronously.
 */
export function answerClaimProbes(doc: Document, signal?: AbortSignal): void {
  doc.addEventListener(
    CLAIM_PROBE_EVENT,
    (event) => {
      const target = event.target;
      if (target instanceof Element && claimedByFramework(target, (e) => Object.keys(e))) event.preventDefault();
    },
    { capture: true, signal },
  );
}
