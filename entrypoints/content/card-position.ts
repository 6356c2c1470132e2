import { autoUpdate, computePosition, flip, hide, inline, offset, shift, size } from '@floating-ui/dom';

/**
 * Keeps `card` next to `name` — below it, flipped above near the bottom edge, shifted to stay on screen — and
 * follows scrolling and resizing until the returned function is called.
 */
export function anchorCard(name: Element, card: HTMLElement, onDetached: () => void): () => void {
  const update = () => {
    if (!name.isConnected) {
      onDetached();
      return;
    }
    void computePosition(name, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // On a short window the card gets no taller than the room on its side of the name (flip has put it on the
        // side with more room), and scrolls within.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  return autoUpdate(name, card, update);
}
