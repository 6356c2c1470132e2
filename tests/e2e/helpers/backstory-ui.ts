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

/** The browser's id of the tab showing `page` (brought to the front and asked for as the active tab). */
export async function tabIdOf(ext: ChromiumWithExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
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
