import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dictionary, Entity } from '../../../utils/dictionary/schema';
import type { ChromiumWithExtension } from './launch-chromium';

/** Selector (piercing the open shadow root) for the hover card's dialog. */
export const CARD = 'backstory-card [role="dialog"]';
/** Selector for every highlighted name. */
export const MARK = 'mark[data-backstory-entity]';
/** The popup's group headings by entity type, as the English catalogue words them (before the count). */
export const GROUPS = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  other: 'Other names',
} as const;

/** The dictionary the extension was built with. */
export function builtDictionary(): Dictionary {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../assets/dictionary.json'), 'utf8'));
}

/** Entities ranked by how much their card has to show (quotes said, quotes about, facts), richest first. */
export function richestFirst(dictionary: Dictionary): Entity[] {
  const score = new Map(dictionary.entities.map((e) => [e.id, e.facts.length]));
  for (const q of dictionary.quotes) {
    if (q.speaker) score.set(q.speaker, (score.get(q.speaker) ?? 0) + 10);
    for (const a of q.about) score.set(a, (score.get(a) ?? 0) + 3);
  }
  return [...dictionary.entities].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
}

/**
 * The browser's id of the tab showing `page`: brought to the front, then asked for as the active tab until that tab's
 * content script reports the page's address (the browser makes a tab active a little after bringToFront returns, later
 * on a loaded machine, and until then the query names the tab active before).
 */
export async function tabIdOf(ext: ChromiumWithExtension, page: Page): Promise<number> {
  const url = page.url();
  const end = Date.now() + 10_000;
  // A page no content script runs in (about:blank) reports nothing: its tab is the one active and silent for a second.
  let silent: { id: number; since: number } | undefined;
  for (;;) {
    await page.bringToFront();
    const active = await (await ext.worker()).evaluate(activeTabReport);
    if (active.id !== undefined && active.url === url) return active.id;
    if (active.id === undefined || active.url !== undefined) silent = undefined;
    else if (silent?.id !== active.id) silent = { id: active.id, since: Date.now() };
    else if (Date.now() - silent.since > 1_000) return silent.id;
    if (Date.now() > end) throw new Error(`the active tab shows ${active.url ?? 'nothing known'}, not ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Run in the service worker: the active tab's id and the address its content script reports. */
async function activeTabReport(): Promise<{ id?: number; url?: string }> {
  const { chrome } = globalThis as unknown as {
    chrome: {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(tabId: number, message: unknown): Promise<{ res?: { url?: string } } | undefined>;
      };
    };
  };
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return {};
  const message = { id: Date.now(), type: 'popup:get-page-report', data: undefined, timestamp: Date.now() };
  const answer = await chrome.tabs.sendMessage(tab.id, message).catch(() => undefined);
  return { id: tab.id, url: answer?.res?.url };
}

/** Opens the popup as a page reporting on tab `tabId`. */
export async function openPopup(ext: ChromiumWithExtension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, reduced to what a failing test should print. */
export interface AxeProblem {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over `include` (axe context selectors; an inner array pierces shadow roots) and returns the
 * serious and critical violations. Pages with a strict CSP (extension pages) get axe evaluated, others a script tag.
 */
export async function seriousViolations(page: Page, include: (string | string[])[]): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
    else await page.addScriptTag({ content: AXE_SOURCE });
  }
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run({ include }, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  }, include);
}
