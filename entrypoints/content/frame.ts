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

/**
 * Whether there is text to read here now: always in the page; in a frame, only when it shows some. The frames a page
 * makes for its adverts and trackers (about:blank, of its own origin) show none, and are left at once.
 */
export const hasText = () => isTopFrame() || !!document.body?.innerText.trim();
