import { CARD_HOST } from '@/utils/annotate/constants';

/** The pointer and focus events that follow the reader onto names and off them. */
export type ComposedType = 'pointerover' | 'pointerout' | 'focusin' | 'focusout';

/** Handlers by event type, each told the event and its real target (inside a web component, not its host). */
export type ComposedHandlers = {
  [K in ComposedType]?: (event: DocumentEventMap[K], target: EventTarget | null) => void;
};

const isShadowRoot = (n: EventTarget): n is ShadowRoot => (n as Node).nodeType === 11 && 'host' in n;

/**
 * Listens on the document and in every open shadow root the events come from. A move inside one shadow root (from a
 * name in a web component to the text beside it) never reaches the document, so each root is listened to from the
 * first event seen coming out of it, or when named through the returned function (a root the pointer is already in).
 * Each event is handled once, in the capture phase. Undone when `signal` aborts.
 */
export function listenComposed(handlers: ComposedHandlers, signal: AbortSignal): (root: ShadowRoot) => void {
  const seen = new WeakSet<Event>();
  const listened = new WeakSet<EventTarget>();
  const listen = (at: Document | ShadowRoot) => {
    if (listened.has(at)) return;
    listened.add(at);
    for (const [type, handler] of Object.entries(handlers) as [
      ComposedType,
      (e: Event, t: EventTarget | null) => void,
    ][])
      at.addEventListener(
        type,
        (event) => {
          if (seen.has(event)) return;
          seen.add(event);
          const path = event.composedPath();
          for (const n of path) if (isShadowRoot(n) && !listened.has(n) && n.host.localName !== CARD_HOST) listen(n);
          handler(event, path[0] ?? event.target);
        },
        { capture: true, signal },
      );
  };
  listen(document);
  return listen;
}
