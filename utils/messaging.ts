import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityType } from './dictionary/schema';

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
  /** Why the engine stopped early, when status is 'gave-up'. */
  note?: string;
}

/** The article of the open tab, extracted for learning. */
export interface ExtractedArticle {
  url: string;
  title: string;
  text: string;
  publisher?: string;
  published?: string;
}

/**
 * The typed message protocol. Names say who sends to whom: `popup:` (popup → content script of a tab),
 * `background:` (background → content script), `content:` (content script → background).
 */
export interface ProtocolMap {
  'popup:get-page-report'(): PageReport;
  'popup:show-mention'(data: { entityId: string; index: number }): { index: number; total: number } | null;
  'popup:extract-article'(): ExtractedArticle | { error: string };
  'background:move-focus'(data: { direction: 1 | -1 }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
