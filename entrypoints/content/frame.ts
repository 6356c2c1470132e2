/** Whether this copy of the content script runs in the page itself rather than in one of its frames. */
export const isTopFrame = () => window === window.top;

/**
 * Whether this copy of the content script has work here: the page itself, or a frame of the page's own origin (its
 * text is part of what the reader reads). A frame of another origin (an advert, a video player) is left at once.
 */
export function inPageOrigin(): boolean {
  try {
    // Reading another origin's document throws.
    return isTopFrame() || Boolean(window.top?.document);
  } catch {
    return false;
  }
}
