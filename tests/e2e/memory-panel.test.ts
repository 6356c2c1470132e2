import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { openExtensionPage } from './helpers/extension-page';
import { readStoredLayer } from './helpers/stored-layer';
import { SEEDED_CORRECTION as correction, seededLayer, storeEarlierLayer } from './helpers/seeded-memory';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the memory panel of the options page in Chromium', () => {
  let ext: ChromiumWithExtension;
  let options: Page;
  beforeAll(async () => {
    ext = await launchChromium({ readAlong: false });
    await storeEarlierLayer(ext, seededLayer(Date.now()));
    options = await openExtensionPage(ext, 'options.html#dictionary', (p) => p.getByText(/^4 articles remembered/));
  });
  afterAll(async () => ext?.close());

  const stored = async () => (await (await ext.worker()).evaluate(readStoredLayer))!;
  const titles = async () => (await stored()).sources.map((s) => s.source.title);

  it('the whole options page passes axe, colour contrast included, with the question of forgetting everything open', async () => {
    await options.getByText(/^4 articles remembered/).waitFor();
    await options.getByRole('button', { name: 'Forget everything…' }).click();
    await options.evaluate(AXE_SOURCE);
    const violations = await options.evaluate(async () => {
      const { axe } = globalThis as unknown as {
        axe: { run(context: string): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      };
      const results = await axe.run('body');
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('forgetting the last hour removes exactly the article kept in it, and what only it said', async () => {
    await options.getByText(/^4 articles remembered, about \d+ KB in storage\.$/).waitFor();
    await options.getByRole('button', { name: 'Forget the last hour' }).click();
    await options.getByText('Forgot 1 article kept in the last hour.').waitFor();
    expect(await titles()).toEqual(['Story 1', 'Story 2', 'Story 3']);
    const layer = await stored();
    expect(layer.sources.flatMap((s) => s.entities.map((e) => e.name))).not.toContain('Kim Lone');
    expect(layer.corrections).toEqual([correction]);
    await options.getByText(/^3 articles remembered/).waitFor();
  });

  it('forgetting the last day then takes the five-hour-old article, and nothing older', async () => {
    await options.getByRole('button', { name: 'Forget the last day' }).click();
    await options.getByText('Forgot 1 article kept in the last day.').waitFor();
    expect(await titles()).toEqual(['Story 1', 'Story 2']);
    await options.getByRole('button', { name: 'Forget the last hour' }).click();
    await options.getByText('Nothing was kept in the last hour.').waitFor();
    expect(await titles()).toEqual(['Story 1', 'Story 2']);
  });

  it('forgets everything once confirmed, keeping the corrections', async () => {
    await options.getByRole('button', { name: 'Forget everything…' }).click();
    await options.getByRole('button', { name: 'Forget everything', exact: true }).click();
    await options.getByText('Forgot 2 articles; your corrections stay.').waitFor();
    const layer = await stored();
    expect(layer.sources).toEqual([]);
    expect(layer.corrections).toEqual([correction]);
    await options.getByText('Nothing is remembered yet.').waitFor();
  });
});
