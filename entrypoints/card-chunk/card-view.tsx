import { render } from 'preact';
import { i18n } from '#i18n';
import { CorrectionMenu } from '@/components/correction-menu';
import { HoverCardView } from '@/components/hover-card-view';
import cardCss from '@/components/styles/card.css?inline';
import correctionCss from '@/components/styles/correction.css?inline';
import themeCss from '@/components/styles/theme.css?inline';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import { dictionaryFromRows } from '@/utils/dictionary/names-only';
import { sendMessage } from '@/utils/messaging';
import { sendCorrection } from '@/utils/reader-layer/send-correction';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { anchorCard } from '../content/card-position';
import { CARD_HOST, UI_ATTR } from '@/utils/annotate/constants';
import { matchedText } from '../content/marks';
import { themeFor } from '../content/page-theme';

/** "Same as" looks beyond the page's names too: the background searches every name the reader's layer holds. */
const searchNames = async (query: string, limit: number) =>
  dictionaryFromRows(await sendMessage('ui:search-names', { query, limit }))?.entities ?? [];

/** The card as the hover logic drives it. */
export interface CardView {
  /** Shows the card of entity `id` next to `mark`; calls `dismiss` when there is none, or the name leaves the page. */
  show(mark: Element, id: string, via: 'pointer' | 'focus', dismiss: () => void): Promise<void>;
  hide(): void;
  /** Takes the card out of the page for good. */
  remove(): void;
}

export interface CardViewOptions {
  /** The full card details of an entity (they may be fetched), or undefined when it is unknown. */
  card: (id: string) => Promise<DictionaryIndex | undefined>;
}

/**
 * The card itself: a `<backstory-card>` shadow root, so the page and the card cannot restyle each other, holding the
 * entity's card next to the name, placed and kept on screen. The page's first script decides when it shows.
 */
export function createCardView(ctx: ContentScriptContext, options: CardViewOptions): CardView {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let stopPosition: (() => void) | undefined;
  let generation = 0;

  const mountUi = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: CARD_HOST,
      // The styles travel with the script, so the extension exposes no stylesheet that pages could probe for.
      css: `${themeCss}\n${cardCss}\n${correctionCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    }).then((created) => {
      created.shadowHost.setAttribute(UI_ATTR, '');
      created.mount();
      return created;
    }));

  return {
    async show(mark, id, via, dismiss) {
      const mine = ++generation;
      const [index, created] = await Promise.all([options.card(id), mountUi()]);
      const entity = index?.entity(id);
      const container = created.mounted;
      if (mine !== generation || !container || !mark.isConnected) return;
      if (!index || !entity) return dismiss();
      render(
        <>
          <div class="bs-visually-hidden" role="status">
            {via === 'focus' ? i18n.t('card.focusAnnouncement', [entity.name, entity.description]) : ''}
          </div>
          <HoverCardView entity={entity} index={index} matchedText={matchedText(mark)} theme={themeFor(mark)}>
            <CorrectionMenu
              key={entity.id}
              entity={entity}
              index={index}
              search={searchNames}
              onCorrect={sendCorrection}
            />
          </HoverCardView>
        </>,
        container,
      );
      const card = container.querySelector<HTMLElement>('.bs-hover-card');
      stopPosition?.();
      stopPosition = card ? anchorCard(mark, card, dismiss) : undefined;
    },
    hide() {
      generation += 1;
      stopPosition?.();
      stopPosition = undefined;
      void ui?.then((u) => u.mounted && render(null, u.mounted));
    },
    remove() {
      stopPosition?.();
      void ui?.then((u) => u.remove());
    },
  };
}
