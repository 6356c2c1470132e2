import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import type { PageHtml } from '../messaging';
import type { StoryResult } from './read-story';

const OFFSCREEN_URL = '/offscreen.html';

let opening: Promise<void> | undefined;

/** Opens Chrome's offscreen document unless it is open already; one opening at a time. */
async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (await offscreen.hasDocument()) return;
  opening ??= offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: [offscreen.Reason.DOM_PARSER],
      justification: 'Reads the story of the open page to find the names in it, off the page.',
    })
    .finally(() => (opening = undefined));
  await opening;
}

/** Chrome: the story read in the offscreen document, which has the DOM parser the service worker lacks. */
export async function readStoryOffscreen(page: PageHtml): Promise<StoryResult> {
  await ensureOffscreen();
  return sendMessage('background:read-story', page);
}
