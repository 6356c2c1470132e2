import { onMessage, type PageHtml } from '@/utils/messaging';
import { ENTITY_ATTR } from '@/utils/annotate/constants';
import { listenComposed } from './composed-events';
import { isTopFrame } from './frame';
import { markFrom } from './marks';

/** The hover or focus that made the page load the card's script: taken up there as if it had been seen there. */
export interface FirstUse {
  via: 'pointer' | 'focus';
  mark: HTMLElement;
  /** When it happened (`performance.now()` time). */
  at: number;
  /** Whether the pointer is still on the name, or focus still in it. */
  stillThere(): boolean;
}

/** What the card's script does for the page once loaded: the card, and what only a reader's request needs. */
export interface CardFeatures {
  /** Moves keyboard focus to the next or previous highlighted name (which opens its card). */
  moveFocus(direction: 1 | -1): void;
  /** The page's HTML for the popup, which extracts the article from it to learn. */
  pageHtml(): PageHtml | { error: string };
}

/**
 * Waits, at the cost of two listeners, for the first hover or focus on a name that has a card, the keyboard shortcut
 * or the popup's "learn" request, and only then loads the card's script (`load`), handing it what happened. A failed
 * load is tried again at the next hover. Undone when `signal` aborts.
 */
export function initCardTrigger(
  signal: AbortSignal,
  known: (id: string) => boolean,
  load: (first: FirstUse | undefined) => Promise<CardFeatures>,
): void {
  let features: Promise<CardFeatures> | undefined;
  let armed: AbortController | undefined;

  const start = (first: FirstUse | undefined) => {
    armed?.abort();
    return (features ??= load(first).catch((error: unknown) => {
      console.warn('Backstory: the card could not be loaded:', error);
      features = undefined;
      if (!signal.aborted) arm();
      throw error;
    }));
  };

  const take = (via: FirstUse['via'], target: EventTarget | null, at: number) => {
    const mark = markFrom(target);
    const id = mark?.getAttribute(ENTITY_ATTR);
    if (mark && id && known(id)) void start(firstUse(via, mark, at)).catch(() => undefined);
  };

  const arm = () => {
    armed = new AbortController();
    listenComposed(
      {
        pointerover: (event, target) => event.pointerType !== 'touch' && take('pointer', target, event.timeStamp),
        focusin: (event, target) => take('focus', target, event.timeStamp),
      },
      AbortSignal.any([signal, armed.signal]),
    );
  };
  arm();

  // The shortcut and the popup speak to the page itself, not to each of its frames.
  if (!isTopFrame()) return;
  const stops = [
    onMessage('background:move-focus', ({ data }) => {
      void start(undefined)
        .then((f) => f.moveFocus(data.direction === -1 ? -1 : 1))
        .catch(() => undefined);
    }),
    onMessage('popup:extract-article', async () => (await start(undefined)).pageHtml()),
  ];
  signal.addEventListener('abort', () => stops.forEach((stop) => stop()), { once: true });
}

/** `mark` was hovered or focused at `at`; whether it still is, the card asks once loaded. */
function firstUse(via: FirstUse['via'], mark: HTMLElement, at: number): FirstUse {
  // The pointer is still there unless it has left since: `:hover` lags behind the pointer when the card's script is
  // already loaded (reading along loads it) and takes the hover up at once.
  let left = false;
  if (via === 'pointer') mark.addEventListener('pointerout', () => (left = true), { once: true });
  // Focus inside a web component shows in its shadow root's activeElement (the document sees only the host).
  const stillThere = () => (via === 'focus' ? (mark.getRootNode() as Document).activeElement === mark : !left);
  return { via, mark, at, stillThere };
}
