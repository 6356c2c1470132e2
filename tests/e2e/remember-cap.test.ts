import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './helpers/launch-chromium';
import { startStaticServer, type StaticServer } from './helpers/static-server';
import { waitForReport } from './helpers/content-messages';
import { LOCAL_ONLY_CSP } from './helpers/fixture-pages';
import { readStoredLayer } from './helpers/stored-layer';
import { storeEarlierLayer } from './helpers/seeded-memory';
import type { Correction } from '../../utils/dictionary/schema';
import {
  emptyLayer,
  LAYER_LIMITS,
  type LearnedSource,
  type PendingDecision,
  type ReaderLayer,
} from '../../utils/reader-layer/model/layer-schema';
import { learnedSourceId } from '../../utils/reader-layer/model/source-id';

const STORY = 'news/news-sky-921019.html';
const CAP = LAYER_LIMITS.learnedSources;
const MINUTE = 60_000;

// The reader's corrections: one of a name only the oldest article gave (it goes with the article, the correction
// stays), and "not a name" for a name the story read next says, which must still keep it out.
const corrections: Correction[] = [
  { kind: 'hide', entity: 'old-0', name: 'Oldest Person' },
  { kind: 'not-a-name', entity: 'mourinho', name: 'Jose Mourinho' },
];

/** One remembered article, `n` minutes after the first, naming one person of its own. */
function oldArticle(n: number, start: number): LearnedSource {
  const url = `https://old.example/story-${n}`;
  return {
    source: { id: learnedSourceId(url, ''), title: `Old story ${n}`, url },
    order: n,
    learnedAt: start + n * MINUTE,
    entities: [
      {
        id: `old-${n}`,
        name: n === 0 ? 'Oldest Person' : `Person Number ${n}`,
        type: 'person',
        aliases: [],
        description: '',
        facts: [`Story ${n} says this.`],
      },
    ],
    quotes: [],
  };
}

/** A decision the reader has not made yet, about the article of order `n`. */
function decision(n: number, sources: LearnedSource[]): PendingDecision {
  return {
    id: `decide-${n}`,
    source: sources[n]!.source.id,
    entity: `old-${n}`,
    name: `Person Number ${n}`,
    type: 'person',
    candidates: [{ id: 'old-1', name: 'Person Number 1', type: 'person' }],
    reason: 'ambiguous',
  };
}

/** A layer holding as many articles as it keeps, with the reader's corrections and two open decisions. */
function layerAtCap(now: number): ReaderLayer {
  const sources = Array.from({ length: CAP }, (_, n) => oldArticle(n, now - (CAP + 60) * MINUTE));
  return {
    ...emptyLayer(),
    nextOrder: CAP,
    sources,
    corrections,
    pending: [decision(0, sources), decision(500, sources)],
  };
}

describe('remembering at the cap in Chromium', () => {
  let server: StaticServer;
  let ext: ChromiumWithExtension;
  beforeAll(async () => {
    server = await startStaticServer({ headers: [{ match: (p) => /^\/news\//.test(p), headers: LOCAL_ONLY_CSP }] });
    ext = await launchChromium({ rememberArticles: true });
    await storeEarlierLayer(ext, layerAtCap(Date.now()));
  }, 60_000);
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('one more story read forgets the oldest article and its decision, and keeps every correction', async () => {
    const page = await ext.context.newPage();
    const url = server.url(STORY);
    await page.goto(url, { waitUntil: 'load' });
    const report = await waitForReport(ext, url, (r) => r.readAlong?.state !== undefined, 60_000);
    expect(report.readAlong?.state).toBe('ready');
    const stored = async () => (await (await ext.worker()).evaluate(readStoredLayer))!;
    const newest = learnedSourceId(url, '');
    await expect
      .poll(async () => (await stored())?.sources.some((s) => s.source.id === newest), { timeout: 30_000 })
      .toBe(true);

    const layer = await stored();
    expect(layer.sources).toHaveLength(CAP);
    const orders = layer.sources.map((s) => s.order).sort((a, b) => a - b);
    expect(orders.slice(0, 2)).toEqual([1, 2]);
    expect(layer.sources.flatMap((s) => s.entities.map((e) => e.name))).not.toContain('Oldest Person');
    expect(layer.corrections).toEqual(corrections);
    expect(layer.pending.map((p) => p.id)).toEqual(['decide-500']);
    // The kept correction still applies to what the new story gave: a name the reader refused stays out.
    const story = layer.sources.find((s) => s.source.id === newest)!;
    expect(story.entities.length).toBeGreaterThan(0);
    expect(story.entities.map((e) => e.name)).not.toContain('Jose Mourinho');
    await page.close();
  }, 120_000);
});
