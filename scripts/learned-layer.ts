// A reader's layer of many learned articles, made by varying real saved pages, for benchmarks.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { buildDictionary } from '../utils/builder';
import type { Dictionary } from '../utils/dictionary/schema';
import { validateDictionary } from '../utils/dictionary/validate';
import { extractArticle } from '../utils/page/extract-article';
import { layerNames, pageNames } from '../utils/reader-layer/model/names-index';
import {
  emptyLayer,
  readerLayerSchema,
  type LearnedSource,
  type ReaderLayer,
} from '../utils/reader-layer/model/layer-schema';
import { toArticleInput } from '../utils/reader-layer/model/learn';
import { mergeArticle, sourceOf, type ArticleSource } from '../utils/reader-layer/model/merge';
import { learnedSourceId } from '../utils/reader-layer/model/source-id';
import { migrateLayer } from '../utils/reader-layer/model/layer-migrate';
import type { ExtractedArticle } from '../utils/messaging';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = path.join(root, 'tests/fixtures/pages');

/** The bundled dictionary as the extension ships it. */
export function bundledDictionary(): Dictionary {
  const checked = validateDictionary(JSON.parse(readFileSync(path.join(root, 'assets/dictionary.json'), 'utf8')));
  if (!checked.ok) throw new Error(`assets/dictionary.json is invalid: ${checked.errors.join('; ')}`);
  return checked.dictionary;
}

/** Extracts the article of one saved page as the content script would. */
export function extractSaved(file: string): ExtractedArticle | { error: string } {
  const html = readFileSync(path.join(PAGES_DIR, file), 'utf8');
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, `http://localhost/pages/${file}`);
}

/** Every saved page that yields an article, extracted once. */
export function savedArticles(): ExtractedArticle[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const article = extractSaved(f);
      return 'error' in article ? [] : [article];
    });
}

/** The token variant `n` of an article marks its renamed entities, facts and quotes with. */
const tokenOf = (n: number) => `V${n.toString(36)}`;

/**
 * Variant `n` of a built article: a new URL and date, every other entity renamed with a token of its own (so the
 * layer keeps growing in names, as real reading would) and facts and quotes marked so none dedupe away.
 */
function variant(built: Dictionary, n: number): Dictionary {
  const token = tokenOf(n);
  return {
    ...built,
    entities: built.entities.map((e, i) =>
      i % 2
        ? e
        : {
            ...e,
            id: `${e.id}-${token}`,
            name: `${e.name} ${token}`,
            aliases: e.aliases.map((a) => `${a} ${token}`),
            facts: e.facts.map((f) => ({ ...f, text: `${f.text} (${token})` })),
          },
    ),
    quotes: built.quotes.map((q) => ({
      ...q,
      text: `${q.text} (${token})`,
      speaker:
        q.speaker && (built.entities.findIndex((e) => e.id === q.speaker) % 2 ? q.speaker : `${q.speaker}-${token}`),
      about: q.about.map((a) => (built.entities.findIndex((e) => e.id === a) % 2 ? a : `${a}-${token}`)),
    })),
  };
}

/**
 * Learned article `n` as a copy of `base` (an article of the first round, learned as variant `k`): the entities that
 * variant renamed take token `n` instead (new entities, as a new article's would be), the rest stay joined where the
 * merge joined them, and facts and quotes carry the new token. It is what merging variant `n` gives, made without
 * matching it against the whole layer, so a layer of thousands is made in seconds rather than hours.
 */
function copiedSource(base: LearnedSource, k: number, n: number, meta: ArticleSource): LearnedSource {
  const [from, to] = [tokenOf(k), tokenOf(n)];
  const swap = (text: string) => text.replaceAll(from, to);
  const renamed = new Map<string, string>();
  for (const c of base.entities)
    if (c.name.endsWith(` ${from}`)) renamed.set(c.id, c.id.includes(from) ? swap(c.id) : `${c.id}-${to}`);
  const idOf = (id: string) => renamed.get(id) ?? id;
  const id = learnedSourceId(meta.url, meta.title);
  return {
    source: sourceOf(id, meta),
    order: n,
    learnedAt: base.learnedAt,
    entities: base.entities.map((c) =>
      renamed.has(c.id)
        ? { ...c, id: idOf(c.id), name: swap(c.name), aliases: c.aliases.map(swap), facts: c.facts.map(swap) }
        : { ...c, facts: c.facts.map(swap) },
    ),
    quotes: base.quotes.map((q, i) => ({
      ...q,
      id: `${id}:q${i}`,
      text: swap(q.text),
      speaker: q.speaker === null ? null : idOf(q.speaker),
      about: q.about.map(idOf),
      source: id,
    })),
  };
}

/**
 * A layer of `count` learned articles made from the saved pages: each page merged once as a variant, then copies of
 * those with tokens of their own (see copiedSource) up to `count`.
 */
export function generatedLayer(count: number, bundled = bundledDictionary()): ReaderLayer {
  const bases = savedArticles().map((article) => ({ article, built: buildDictionary([toArticleInput(article)]) }));
  let layer = emptyLayer();
  for (let n = 0; n < count; n++) {
    const k = n % bases.length;
    const base = bases[k]!;
    const day = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString();
    const meta = { ...base.article, url: `${base.article.url}?v=${n}`, published: day };
    if (n < bases.length) layer = mergeArticle(layer, variant(base.built, n), bundled, meta).layer;
    else layer.sources.push(copiedSource(layer.sources[k]!, k, n, meta));
  }
  return { ...layer, nextOrder: count };
}

/** A generated layer of `count` articles, cached under bench/tmp. */
export function learnedLayer(count: number, bundled = bundledDictionary(), refresh = false): ReaderLayer {
  const cache = path.join(root, 'bench/tmp', `learned-layer-${count}.json`);
  if (!refresh && existsSync(cache))
    return readerLayerSchema.parse(migrateLayer(JSON.parse(readFileSync(cache, 'utf8'))));
  const layer = generatedLayer(count, bundled);
  mkdirSync(path.dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(layer));
  return layer;
}

/**
 * What a page matches with a generated layer of `count` learned articles, derived as the content script derives it
 * (the bundled dictionary joined with the layer's names-only item, corrections applied).
 */
export function learnedPageDictionary(count: number): Dictionary {
  const bundled = bundledDictionary();
  return pageNames(bundled, layerNames(learnedLayer(count, bundled))).dictionary;
}
