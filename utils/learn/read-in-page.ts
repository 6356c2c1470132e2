import { readStory, type StoryResult } from './read-story';

/** Parses HTML into an inert document: DOMParser documents run no scripts and load no images, styles or frames. */
const parseInert = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Reads a story in an extension page that has a DOM (Firefox's background page, Chrome's offscreen document). */
export function readStoryFromHtml(html: string, url: string): StoryResult {
  return readStory(html, url, parseInert);
}
