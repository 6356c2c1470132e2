import type { DictionaryIndex, EntityLookup } from '@/utils/dictionary/lookup';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FirstUse } from '../content/card-trigger';
import { HoverIntent } from '../content/hover-intent';
import { ENTITY_ATTR } from '@/utils/annotate/constants';
import { shadowRootOf } from '@/utils/annotate/shadow';
import { followCardEvents } from './card-events';
import { createCardView } from './card-view';

export interface HoverCardOptions {
  /** The dictionary the marks refer to, read when a card opens (it may be replaced while the page is open). */
  index: () => EntityLookup | undefined;
  /** The full card details of an entity (they may be fetched), or undefined when it is unknown. */
  card: (id: string) => Promise<DictionaryIndex | undefined>;
  /** Milliseconds of hover before a card opens (the cardDelay setting), read each time. */
  cardDelay: () => number;
  /** The hover or focus that loaded this script, taken up as if it had been seen here. */
  first?: FirstUse;
}

const SWITCH_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;

/**
 * Shows a background card next to a highlighted name when it is hovered or focused, in a shadow root so the page
 * and the card cannot restyle each other. Everything it adds is removed when `ctx` is invalidated.
 */
export function initHoverCard(ctx: ContentScriptContext, options: HoverCardOptions): void {
  const view = createCardView(ctx, { card: options.card });
  // The first hover started before this script loaded: its dwell counts from then.
  let firstAt = options.first?.via === 'pointer' ? options.first.at : undefined;
  const openDelay = () => {
    const delay = options.cardDelay();
    if (firstAt === undefined) return delay;
    const left = delay - (performance.now() - firstAt);
    firstAt = undefined;
    return Math.max(0, left);
  };

  // Which marks can open a card is known from the names the page matched with; details may take a message.
  const known = (mark: Element) => {
    const id = mark.getAttribute(ENTITY_ATTR);
    return id && options.index()?.entity(id) ? id : undefined;
  };

  const show = async (mark: Element, via: 'pointer' | 'focus') => {
    const id = known(mark);
    if (!id) return intent.dismiss();
    await view.show(mark, id, via, () => intent.dismiss());
  };

  const intent = new HoverIntent({
    openDelay,
    switchDelay: SWITCH_DELAY_MS,
    closeDelay: CLOSE_DELAY_MS,
    canOpen: (mark) => known(mark) !== undefined,
    onOpen: (mark, via) =>
      void show(mark, via).catch((error: unknown) => {
        console.warn('Backstory: the card could not be shown:', error);
        intent.dismiss();
      }),
    onClose: () => view.hide(),
  });

  const listenIn = followCardEvents(intent, ctx.signal);

  ctx.onInvalidated(() => {
    intent.dispose();
    view.remove();
  });

  // Take up the hover or focus that loaded the card, if it is still there.
  const first = options.first;
  // The pointer or focus that loaded the card may already be inside a web component, where the document hears nothing.
  if (first) for (let r = shadowRootOf(first.mark); r; r = shadowRootOf(r.host)) listenIn(r);
  if (first?.mark.isConnected && first.stillThere())
    if (first.via === 'pointer') intent.enterMark(first.mark);
    else intent.focusMark(first.mark);
}
