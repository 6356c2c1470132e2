import { CARD_HOST } from '@/utils/annotate/constants';
import { listenComposed } from '../content/composed-events';
import type { HoverIntent } from '../content/hover-intent';
import { markFrom } from '../content/marks';

// Events from inside the card reach the document retargeted to its host element.
const isCard = (target: EventTarget | null) => target instanceof Element && target.localName === CARD_HOST;

/**
 * Tells `intent` of the pointer and keyboard focus entering and leaving marks and the card, and of Escape, until
 * `signal` aborts. Names inside web components are followed too: each handler is told the real target, not the
 * component's host; the returned function listens inside one more shadow root.
 */
export function followCardEvents(intent: HoverIntent, signal: AbortSignal): (root: ShadowRoot) => void {
  const listenIn = listenComposed(
    {
      pointerover(event, target) {
        if (event.pointerType === 'touch') return;
        const mark = markFrom(target);
        if (mark) intent.enterMark(mark);
        else if (isCard(event.target)) intent.enterCard();
      },
      pointerout(event, target) {
        if (event.pointerType === 'touch') return;
        const from = markFrom(target);
        if (from && markFrom(event.relatedTarget) !== from) intent.leaveMark();
        else if (isCard(event.target) && !isCard(event.relatedTarget)) intent.leaveCard();
      },
      focusin(event, target) {
        const mark = markFrom(target);
        if (mark) intent.focusMark(mark);
        // Keyboard focus moving into the card (its correction menu) keeps it open, as the pointer does.
        else if (isCard(event.target)) intent.enterCard();
      },
      focusout(event, target) {
        if (markFrom(target) && !isCard(event.relatedTarget)) intent.blurMark();
        else if (isCard(event.target) && !isCard(event.relatedTarget)) intent.leaveCard();
      },
    },
    signal,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') intent.dismiss();
    },
    { capture: true, signal },
  );
  return listenIn;
}
