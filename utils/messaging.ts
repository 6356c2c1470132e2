import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotatorLimit } from './annotate/annotator';
import type { Correction, Entity, EntityType, Quote, Source } from './dictionary/schema';

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
  count: number;
}

/** The content script's report for the popup. */
export interface PageReport {
  status: PageStatus;
  url: string;
  entities: PageEntity[];
  /** Why the engine stopped early, when status is 'gave-up' (in English, for logs and tools). */
  note?: string;
  /** The work budget it ran out of, when it gave up: the popup says so in the reader's language. */
  limit?: AnnotatorLimit;
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
}

/**
 * The typed message protocol. Names say who sends to whom: `popup:` (popup → content script of a tab),
 * `background:` (background → content script), `content:` (content script → background).
 */
export interface ProtocolMap {
  'popup:get-page-report'(): PageReport;
  'popup:show-mention'(data: { entityId: string; index: number }): { index: number; total: number } | null;
  /** The page's HTML, for the popup to extract the article from; an error when the page is too large. */
  'popup:extract-article'(): PageHtml | { error: string };
  'background:move-focus'(data: { direction: 1 | -1 }): void;
  'content:get-cards'(data: { ids: string[] }): CardBundle;
  /** The page's summary for its tab's toolbar button, sent whenever it changes. */
  'content:page-summary'(data: PageSummary): void;
  /** Stores a correction made on a page's card; answers with the reason when it was not stored. */
  'content:add-correction'(data: Correction): { error?: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
