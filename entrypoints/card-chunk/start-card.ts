import { indexDictionary, type DictionaryIndex, type EntityLookup } from '@/utils/dictionary/lookup';
import { sendMessage } from '@/utils/messaging';
import { createCardLookup } from '@/utils/reader-layer/cards/card-lookup';
import type { SettingsFeed } from '@/utils/settings/page-feed';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadBundledDictionary } from '@/utils/dictionary/bundled';
import type { CardFeatures, FirstUse } from '../content/card-trigger';
import { watchCardDelay } from './card-delay';
import { initHoverCard } from './hover-card';
import { initKeyboardNav } from './keyboard-nav';
import { pageHtml } from './page-html';
import { showMention } from '@/utils/annotate/mentions';

export { showMention };

/** What the page's names say about where card details are. */
export interface CardSource {
  /** The names the page matched with. */
  index: () => EntityLookup | undefined;
  /** No learned layer: details are the bundled dictionary's, which this script carries. */
  bundledOnly: () => boolean;
  /** The page's settings, for the hover delay. */
  settings: SettingsFeed;
  /** The page's highlighted mentions in reading order, for keyboard navigation. */
  mentions: () => HTMLElement[];
}

/**
 * Starts the hover card and keyboard navigation on a page, taking up the hover or focus that loaded this script.
 * Card details come from the bundled dictionary, or (with a learned layer) from the background.
 */
export function startCard(ctx: ContentScriptContext, source: CardSource, first: FirstUse | undefined): CardFeatures {
  let bundled: DictionaryIndex | null | undefined;
  const bundledIndex = () => {
    if (bundled === undefined) {
      const dictionary = loadBundledDictionary();
      bundled = dictionary && indexDictionary(dictionary);
    }
    return bundled;
  };
  // Search ("same as …" in the correction menu) needs the full index of the page's names, built once per set of names.
  const full = new WeakMap<EntityLookup, DictionaryIndex>();
  const names = () => {
    const lookup = source.index();
    if (!lookup) return undefined;
    let index = full.get(lookup);
    if (!index) full.set(lookup, (index = indexDictionary(lookup.dictionary)));
    return index;
  };
  const fetched = createCardLookup(names, (ids) => sendMessage('content:get-cards', { ids }));
  const card = (id: string) => {
    if (!source.bundledOnly()) return fetched(id);
    const index = bundledIndex();
    return Promise.resolve(index?.entity(id) ? index : undefined);
  };
  const cardDelay = watchCardDelay(source.settings, ctx.signal);
  initHoverCard(ctx, { index: source.index, card, cardDelay, first });
  return { moveFocus: initKeyboardNav(ctx.signal, source.mentions), pageHtml };
}

/** The card's script's exports, as the page's first script imports them. */
export interface CardChunk {
  startCard: typeof startCard;
  /** Scrolls to a mention when the popup asks. */
  showMention: typeof showMention;
}
