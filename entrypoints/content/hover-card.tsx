import { render } from 'preact';
import { i18n } from '#i18n';
import { CorrectionMenu } from '@/components/correction-menu';
import { HoverCardView } from '@/components/hover-card-view';
import cardCss from '@/components/styles/card.css?inline';
import correctionCss from '@/components/styles/correction.css?inline';
import themeCss from '@/components/styles/theme.css?inline';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Correction } from '@/utils/dictionary/schema';
import { sendMessage } from '@/utils/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { anchorCard } from './card-position';
import { HoverIntent } from './hover-intent';
import { ENTITY_ATTRIBUTE, markFrom, matchedText } from './marks';
import { themeFor } from './page-theme';

/** Stores a correction made on the card through the background, which holds the reader's layer. */
async function correct(correction: Correction): Promise<void> {
  const answer = await sendMessage('content:add-correction', correction);
  if (answer.error) throw new Error(answer.error);
}

export interface HoverCardOptions {
  /** The dictionary the marks refer to, read when a card opens (it may be replaced while the page is open). */
  index: () => DictionaryIndex | undefined;
  /** The full card details of an entity (they may be fetched), or undefined when it is unknown. */
  card: (id: string) => Promise<DictionaryIndex | undefined>;
  /** Milliseconds of hover before a card opens (the cardDelay setting), read each time. */
  cardDelay: () => number;
}

const SWITCH_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;
const HOST_NAME = 'backstory-card';

/**
 * Shows a background card next to a highlighted name when it is hovered or focused, in a shadow root so the page
 * and the card cannot restyle each other. Everything it adds is removed when `ctx` is invalidated.
 */
export function initHoverCard(ctx: ContentScriptContext, options: HoverCardOptions): void {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let stopPosition: (() => void) | undefined;
  let generation = 0;

  const mountUi = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: HOST_NAME,
      // The styles travel with the script, so the extension exposes no stylesheet that pages could probe for.
      css: `${themeCss}\n${cardCss}\n${correctionCss}`,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    }).then((created) => {
      created.shadowHost.setAttribute('data-backstory-ui', '');
      created.mount();
      return created;
    }));

  const hide = () => {
    generation += 1;
    stopPosition?.();
    stopPosition = undefined;
    void ui?.then((u) => u.mounted && render(null, u.mounted));
  };

  // Which marks can open a card is known from the names the page matched with; details may take a message.
  const known = (mark: Element) => {
    const id = mark.getAttribute(ENTITY_ATTRIBUTE);
    return id && options.index()?.entity(id) ? id : undefined;
  };

  const show = async (mark: Element, via: 'pointer' | 'focus') => {
    const id = known(mark);
    if (!id) return intent.dismiss();
    const mine = ++generation;
    const [index, created] = await Promise.all([options.card(id), mountUi()]);
    const entity = index?.entity(id);
    const container = created.mounted;
    if (mine !== generation || !container || !mark.isConnected) return;
    if (!index || !entity) return intent.dismiss();
    const text = matchedText(mark);
    render(
      <>
        <div class="bs-visually-hidden" role="status">
          {via === 'focus' ? i18n.t('card.focusAnnouncement', [entity.name, entity.description]) : ''}
        </div>
        <HoverCardView entity={entity} index={index} matchedText={text} theme={themeFor(mark)}>
          <CorrectionMenu key={entity.id} entity={entity} index={index} onCorrect={correct} />
        </HoverCardView>
      </>,
      container,
    );
    const card = container.querySelector<HTMLElement>('.bs-hover-card');
    stopPosition?.();
    stopPosition = card ? anchorCard(mark, card, () => intent.dismiss()) : undefined;
  };

  const intent = new HoverIntent({
    openDelay: options.cardDelay,
    switchDelay: SWITCH_DELAY_MS,
    closeDelay: CLOSE_DELAY_MS,
    canOpen: (mark) => known(mark) !== undefined,
    onOpen: (mark, via) => void show(mark, via).catch(() => intent.dismiss()),
    onClose: hide,
  });

  // Events from inside the card reach the document retargeted to its host element.
  const isCard = (target: EventTarget | null) => target instanceof Element && target.localName === HOST_NAME;

  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, handler, { capture: true, signal: ctx.signal });

  on('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    const mark = markFrom(event.target);
    if (mark) intent.enterMark(mark);
    else if (isCard(event.target)) intent.enterCard();
  });
  on('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = markFrom(event.target);
    if (from && markFrom(event.relatedTarget) !== from) intent.leaveMark();
    else if (isCard(event.target) && !isCard(event.relatedTarget)) intent.leaveCard();
  });
  on('focusin', (event) => {
    const mark = markFrom(event.target);
    if (mark) intent.focusMark(mark);
    // Keyboard focus moving into the card (its correction menu) keeps it open, as the pointer does.
    else if (isCard(event.target)) intent.enterCard();
  });
  on('focusout', (event) => {
    if (markFrom(event.target) && !isCard(event.relatedTarget)) intent.blurMark();
    else if (isCard(event.target) && !isCard(event.relatedTarget)) intent.leaveCard();
  });
  on('keydown', (event) => {
    if (event.key === 'Escape') intent.dismiss();
  });

  ctx.onInvalidated(() => {
    intent.dispose();
    stopPosition?.();
    void ui?.then((u) => u.remove());
  });
}
