import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotatorLimit } from './annotate/annotator';
import type { IndexStory } from './dictionary/lookup';
import type { NameRow } from './dictionary/names-only';
import type { Correction, Entity, EntityType, Quote, Source } from './dictionary/schema';
import type { LearnOutcome } from './learn/learn-outcome';
import type { LayerSummary } from './reader-layer/model/layer-summary';
import type { StoryResult, StorySkip } from './learn/read-story';
import type { StoryNames, TabStory } from './learn/tab-story';

/** What the content script has done on its page, as the popup shows it. */
export type PageStatus =
  | 'scanning' // still walking the page
  | 'done' // every text node seen
  | 'off' // switched off globally or for this site
  | 'not-article' // the "articles only" setting and this page does not look like one
  | 'gave-up'; // the page went over the work budget; marks so far stay

/** One entity found on the page, in order of first mention. */
export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions in the story (on a page that is not an article, or with no story found: on the page). */
  count: number;
  /** Mentions around the story, when the reader has the whole page of an article marked. */
  around?: number;
}

/** Where reading along is on a page, as the popup tells the reader. */
export type ReadAlongState =
  | 'off' // the "Read along" setting, the site switch or the master switch
  | 'waiting' // for the page to finish loading
  | 'reading' // the story is being read
  | 'ready' // the story's names are marked
  | 'private' // a private window: nothing is read
  | 'not-english'
  | 'failed' // the builder or the handover failed; the page keeps what it had
  | Exclude<StorySkip, 'not-english'>;

/** Reading along on one page: its state, and once ready how many names the story gave and whether it was cut. */
export interface ReadAlongStatus {
  state: ReadAlongState;
  names?: number;
  capped?: boolean;
  /** Milliseconds the page's main thread spent handing its HTML over (writing it out and posting it). */
  handoverMs?: number;
}

/** The background's answer to a page that handed its story over. */
export type ReadAlongAnswer = { state: 'ready'; names: StoryNames } | { state: Exclude<ReadAlongState, 'ready'> };

/** The content script's report for the popup. */
export interface PageReport {
  status: PageStatus;
  url: string;
  entities: PageEntity[];
  /** Why the engine stopped early, when status is 'gave-up' (in English, for logs and tools). */
  note?: string;
  /** The work budget it ran out of, when it gave up: the popup says so in the reader's language. */
  limit?: AnnotatorLimit;
  /** Reading along on this page. */
  readAlong?: ReadAlongStatus;
}

/** What the toolbar button shows for a tab: how many known names its page mentions, and the page's status. */
export interface PageSummary {
  status: PageStatus;
  /** Distinct known names on the page (0 while off). */
  names: number;
}

/** The article of the open tab, extracted for learning. */
export interface ExtractedArticle {
  url: string;
  title: string;
  text: string;
  publisher?: string;
  published?: string;
  /** The story was longer than the builder reads, and only its start was kept. */
  capped?: boolean;
  /** Who wrote it, as the page says (Readability's byline): never a name of the story. */
  byline?: string;
}

/** The open tab's page as serialized HTML, handed to the popup, which extracts the article from it. */
export interface PageHtml {
  url: string;
  html: string;
}

/** Card details for some entities, as the background hands them to a page: enough to index and show their cards. */
export interface CardBundle {
  /** The entities asked for that exist, and the speakers of their quotes. */
  entities: Entity[];
  /** Quotes said by or about the entities asked for, newest first. */
  quotes: Quote[];
  /** Every source their facts and quotes cite. */
  sources: Source[];
  /** What the story on the tab says of the entities asked for, when Backstory read it. */
  story?: StoryCards;
}

/** What the tab's story says of some entities: its source, and each entity as this story describes it. */
export type StoryCards = IndexStory;

/**
 * The typed message protocol. Names say who sends to whom: `popup:` (popup → content script of a tab),
 * `background:` (background → content script, or to Chrome's offscreen document), `content:` (content script →
 * background), `ui:` (popup or options page → background).
 */
export interface ProtocolMap {
  'popup:get-page-report'(): PageReport;
  'popup:show-mention'(data: { entityId: string; index: number }): { index: number; total: number } | null;
  /** The page's HTML, for the popup to extract the article from; an error when the page is too large. */
  'popup:extract-article'(): PageHtml | { error: string };
  /** Popup → background: learn the tab's article into the reader's layer (done there, so closing the popup loses nothing). */
  'popup:learn-tab'(data: { tabId: number }): LearnOutcome;
  /** Popup → background: "Learn from this article" is offered; prepare what a learn needs (nothing is written). */
  'ui:prepare-learn'(): void;
  'background:move-focus'(data: { direction: 1 | -1 }): void;
  'content:get-cards'(data: { ids: string[] }): CardBundle;
  /**
   * The names a page matches with when the reader's layer adds names: the bundled ones (as the reader corrected them)
   * and the learned ones whose telling words (see telling-words) are all among `words`, the page's.
   */
  'content:names-in-page'(data: { words: string[] }): NameRow[];
  /** The page's summary for its tab's toolbar button, sent whenever it changes. */
  'content:page-summary'(data: PageSummary): void;
  /** Stores a correction made on a card, a page's or the popup's; answers with the reason when it was not stored. */
  'content:add-correction'(data: Correction): { error?: string };
  /** Hands the page's HTML over to be read along (once per story); answers with the story's names or why not. */
  'content:read-along'(data: PageHtml): ReadAlongAnswer;
  /** The page no longer shows the story it handed over (it navigated in place, or reading along was switched off). */
  'content:forget-story'(): void;
  /**
   * Popup → background: how many learned articles name each of `ids` (names no learned article names are left out),
   * the page at `url` itself left out: the popup lists names met before first.
   */
  'ui:read-before'(data: { ids: string[]; url: string }): Record<string, number>;
  /** Options page → background: the reader's layer as the Dictionary section lists it (see layer-summary). */
  'ui:layer-summary'(): LayerSummary;
  /**
   * Popup or a page's card → background: the names (bundled and learned, corrected) whose name or an alias matches
   * `query`, best first.
   */
  'ui:search-names'(data: { query: string; limit: number }): NameRow[];
  /** The story Backstory read along on a tab, or null: the popup's "In this story". */
  'ui:get-story'(data: { tabId: number }): TabStory | null;
  /** Background → offscreen document (Chrome): read a page's story from its HTML. */
  'background:read-story'(data: PageHtml): StoryResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
