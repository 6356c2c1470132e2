import { CLAIM_PROBE_EVENT, claimedByFramework } from '@/utils/annotate/framework-claim';

type Waivable = Element & { wrappedJSObject?: object };

/**
 * Whether a framework has hydrated `el`. Firefox lets the content script see the page's own properties through
 * `wrappedJSObject`; elsewhere a cancelable event asks the small page-world script, which answers synchronously.
 * Without an answer the element counts as not yet hydrated, the safe side.
 */
export function claimedInPage(el: Element): boolean {
  if ((el as Waivable).wrappedJSObject)
    return claimedByFramework(el, (e) => Object.keys((e as Waivable).wrappedJSObject ?? {}));
  return !el.dispatchEvent(new CustomEvent(CLAIM_PROBE_EVENT, { cancelable: true }));
}
