// Scores a dictionary against a gold annotation, figure for figure as tests/gold/score_dictionary.py does.

/** A gold annotation file (tests/gold/*.gold.json). */
export interface Gold {
  entities: GoldEntity[];
  optionalEntities?: Array<{ name: string }>;
  quotes?: Array<{ text?: string; span?: [number, number]; speaker: string | null; about?: string[] }>;
  notQuotes?: Array<string | [number, number]>;
}

type GoldEntity = {
  name: string;
  type: string;
  aliases?: string[];
  optionalAliases?: string[];
  descriptionMustMention?: string[][];
};

interface DictLike {
  entities?: DictEntity[];
  quotes?: DictQuote[];
}

type DictEntity = {
  id: string;
  name?: string;
  type?: string;
  aliases?: string[];
  description?: string;
  facts?: Array<{ text?: string }>;
};

type DictQuote = { id: string; text?: string; speaker?: string | null; about?: string[] };

/** The figures for one article, in the reference scorer's order. */
export interface Score {
  entities: number;
  gold: number;
  found: number;
  typed: number;
  precision: number;
  recall: number;
  f1: number;
  alias_recall: number;
  descriptions: number;
  descriptions_alone: number;
  empty_descriptions: number;
  descriptions_off: number;
  quotes_gold: number;
  quotes_found: number;
  speakers_right: number;
  speaker_acc: number;
  wrong_speakers: number;
  speaker_precision: number;
  about_recall: number;
  false_quotes: number;
  conflated: number;
  missing: string[];
  wrong_type: string[];
  spurious: string[];
}

/** The raw counts behind the quote ratios, so that several articles can be pooled. */
export interface QuoteCounts {
  attributed: number;
  aboutNeed: number;
  aboutHave: number;
  /** Entities the found quotes are said to be about, and how many of them the gold lists (not a reference figure). */
  aboutGiven: number;
  aboutGivenRight: number;
}

// Python's \s and str.strip() whitespace, which differs from JavaScript's (\x1c–\x1f and \x85 in, \ufeff out).
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${PY_SPACE}]+`, 'gu');
const EDGE_SPACES = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');

/** The scorer's normal form of a name: NFKC, straight quotes, lower case, no leading "the" or trailing 's. */
export function norm(s: string | undefined | null): string {
  let t = (s ?? '').normalize('NFKC').replace(/\u00ad/g, '');
  t = t
    .replace(/\u2019/g, "'")
    .replace(/\u2018/g, "'")
    .replace(/\u201c/g, '"')
    .replace(/\u201d/g, '"');
  t = t.replace(SPACES, ' ').replace(EDGE_SPACES, '').toLowerCase();
  t = t.replace(/^the /, '').replace(/'s?$/, '');
  return t.replace(/^[ .,;:]+|[ .,;:]+$/g, '');
}

function tokens(s: string | undefined | null): string[] {
  return norm(s).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Token-overlap F1 between two texts. */
export function overlapF1(a: string | undefined | null, b: string | undefined | null): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const ca = new Map<string, number>();
  for (const t of ta) ca.set(t, (ca.get(t) ?? 0) + 1);
  const cb = new Map<string, number>();
  for (const t of tb) cb.set(t, (cb.get(t) ?? 0) + 1);
  let common = 0;
  for (const [t, n] of ca) common += Math.min(n, cb.get(t) ?? 0);
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

/** Rounds to three places as Python's round() does: on the exact binary value, exact ties to even (13/16 → 0.812). */
export function round3(x: number): number {
  // toFixed(100) spells out the double's exact value far enough to tell an exact tie from a near one.
  const exact = /^(-?\d+\.\d{3})(\d*)$/.exec(x.toFixed(100));
  if (!exact || !/^50*$/.test(exact[2]!)) return Number(x.toFixed(3));
  const down = exact[1]!;
  return Number(Number(down.at(-1)) % 2 === 0 ? down : x.toFixed(3));
}

/** Python's str slice: indices count code points, not UTF-16 units. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return /[\ud800-\udfff]/.test(text) ? Array.from(text).slice(start, end).join('') : text.slice(start, end);
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const namesOf = (g: GoldEntity) => new Set([norm(g.name), ...(g.aliases ?? []).map(norm)]);

/** Each gold entity's dictionary entity: the one carrying its name, or else one of its aliases. */
function matchEntities(gold: Gold, ents: DictEntity[], surf: Map<string, Set<string>>): Map<string, DictEntity> {
  const match = new Map<string, DictEntity>();
  for (const g of gold.entities) {
    let cands = ents.filter((e) => surf.get(e.id)!.has(norm(g.name)));
    if (!cands.length) cands = ents.filter((e) => intersects(surf.get(e.id)!, namesOf(g)));
    if (cands.length) match.set(g.name, cands[0]!);
  }
  return match;
}

function entityFigures(gold: Gold, ents: DictEntity[], surf: Map<string, Set<string>>, match: Map<string, DictEntity>) {
  const found = gold.entities.filter((g) => match.has(g.name));
  const typed = found.filter((g) => match.get(g.name)!.type === g.type);
  const optional = new Set((gold.optionalEntities ?? []).map((o) => norm(o.name)));
  const matchedIds = new Set(found.map((g) => match.get(g.name)!.id));
  const tp = ents.filter((e) => matchedIds.has(e.id) || intersects(surf.get(e.id)!, optional));
  const wrong = ents.filter((e) => !tp.includes(e));
  const conflated = ents.filter((e) => gold.entities.filter((g) => intersects(surf.get(e.id)!, namesOf(g))).length > 1);
  const prec = ents.length ? tp.length / ents.length : 0;
  const rec = gold.entities.length ? typed.length / gold.entities.length : 1;
  const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  let need = 0;
  let have = 0;
  for (const g of found) {
    const s = surf.get(match.get(g.name)!.id)!;
    for (const a of namesOf(g)) {
      need += 1;
      have += s.has(a) ? 1 : 0;
    }
  }
  return { found, typed, wrong, conflated, prec, rec, f1, need, have };
}

function descriptionFigures(found: GoldEntity[], match: Map<string, DictEntity>) {
  let groups = 0;
  let met = 0;
  let metDesc = 0;
  // Entities whose card says something, and how many of them say none of what the story says of them.
  let said = 0;
  let off = 0;
  for (const g of found) {
    const e = match.get(g.name)!;
    const desc = (e.description ?? '').toLowerCase();
    const body = `${desc} ${(e.facts ?? []).map((f) => f.text ?? '').join(' ')}`.toLowerCase();
    for (const grp of g.descriptionMustMention ?? []) {
      groups += 1;
      met += grp.some((x) => body.includes(x.toLowerCase())) ? 1 : 0;
      metDesc += grp.some((x) => desc.includes(x.toLowerCase())) ? 1 : 0;
    }
    const must = g.descriptionMustMention ?? [];
    if (desc.replace(EDGE_SPACES, '') && must.length) {
      said += 1;
      off += must.some((grp) => grp.some((x) => desc.includes(x.toLowerCase()))) ? 0 : 1;
    }
  }
  return { groups, met, metDesc, said, off };
}

/** Whether a description is empty or only repeats (or is cut from) the article's headline. */
function saysNothing(description: string | undefined, head: string[]): boolean {
  const d = tokens(description);
  if (!d.length) return true;
  const h = new Set(head);
  if (!h.size) return false;
  const repeatsHeadline = new Set(d.filter((t) => h.has(t))).size >= 0.8 * h.size && d.length <= head.length + 4;
  const insideHeadline = d.length >= 4 && d.filter((t) => h.has(t)).length >= 0.7 * d.length;
  return repeatsHeadline || insideHeadline;
}

type GoldQuote = NonNullable<Gold['quotes']>[number] & { text: string };

function bestQuote(q: GoldQuote, quotes: DictQuote[]): DictQuote | null {
  let best: DictQuote | null = null;
  let bs = 0;
  for (const p of quotes) {
    const s = overlapF1(q.text, p.text ?? '');
    if (s > bs) {
      best = p;
      bs = s;
    }
  }
  return best === null || bs < 0.8 ? null : best;
}

function quoteFigures(gq: GoldQuote[], quotes: DictQuote[], match: Map<string, DictEntity>) {
  const c = {
    found: 0,
    right: 0,
    attributed: 0,
    wrong: 0,
    aboutNeed: 0,
    aboutHave: 0,
    aboutGiven: 0,
    aboutGivenRight: 0,
  };
  const used = new Set<string>();
  for (const q of gq) {
    const best = bestQuote(q, quotes);
    if (!best) continue;
    c.found += 1;
    used.add(best.id);
    const want = q.speaker && match.has(q.speaker) ? match.get(q.speaker)!.id : null;
    const said = best.speaker ?? null;
    const right = (q.speaker === null && said === null) || Boolean(want && said === want);
    if (right) c.right += 1;
    if (said !== null) {
      c.attributed += 1;
      c.wrong += right ? 0 : 1;
    }
    for (const a of q.about ?? []) {
      c.aboutNeed += 1;
      if (match.has(a) && (best.about ?? []).includes(match.get(a)!.id)) c.aboutHave += 1;
    }
    const wanted = new Set((q.about ?? []).filter((a) => match.has(a)).map((a) => match.get(a)!.id));
    for (const id of new Set(best.about ?? [])) {
      c.aboutGiven += 1;
      c.aboutGivenRight += wanted.has(id) ? 1 : 0;
    }
  }
  return { ...c, used };
}

function falseQuotes(gold: Gold, gq: GoldQuote[], quotes: DictQuote[], used: Set<string>, text?: string) {
  const falseQ = quotes.filter((p) => !used.has(p.id) && gq.every((q) => overlapF1(q.text, p.text ?? '') < 0.5));
  const nq = new Set(
    (gold.notQuotes ?? []).map((x) => norm(typeof x === 'string' ? x : sliceCodePoints(text!, x[0], x[1]))),
  );
  for (const p of quotes) if (nq.has(norm(p.text ?? '')) && !falseQ.includes(p)) falseQ.push(p);
  return falseQ;
}

/** Scores `dict` against `gold` and keeps the quote counts; `text` is the article (spans, headline). */
export function scoreWithCounts(gold: Gold, dict: DictLike, text?: string): { score: Score; counts: QuoteCounts } {
  // Python reads the article file with universal newlines.
  const article = text?.replace(/\r\n?/g, '\n');
  const ents = dict.entities ?? [];
  const quotes = dict.quotes ?? [];
  const surf = new Map(ents.map((e) => [e.id, new Set([norm(e.name ?? ''), ...(e.aliases ?? []).map(norm)])]));
  const match = matchEntities(gold, ents, surf);
  const en = entityFigures(gold, ents, surf, match);
  const de = descriptionFigures(en.found, match);
  const head = article ? tokens(article.split('\n')[0]) : [];
  const empty = ents.filter((e) => saysNothing(e.description, head));
  const gq = (gold.quotes ?? []).map((q) => ({
    ...q,
    text: q.text !== undefined ? q.text : sliceCodePoints(article!, q.span![0], q.span![1]),
  }));
  const qu = quoteFigures(gq, quotes, match);
  const falseQ = falseQuotes(gold, gq, quotes, qu.used, article);
  const score: Score = {
    entities: ents.length,
    gold: gold.entities.length,
    found: en.found.length,
    typed: en.typed.length,
    precision: round3(en.prec),
    recall: round3(en.rec),
    f1: round3(en.f1),
    alias_recall: en.need ? round3(en.have / en.need) : 1,
    descriptions: de.groups ? round3(de.met / de.groups) : 1,
    descriptions_alone: de.groups ? round3(de.metDesc / de.groups) : 1,
    empty_descriptions: ents.length ? round3(empty.length / ents.length) : 0,
    descriptions_off: de.said ? round3(de.off / de.said) : 0,
    quotes_gold: gq.length,
    quotes_found: qu.found,
    speakers_right: qu.right,
    speaker_acc: gq.length ? round3(qu.right / gq.length) : 1,
    wrong_speakers: qu.wrong,
    speaker_precision: qu.attributed ? round3((qu.attributed - qu.wrong) / qu.attributed) : 1,
    about_recall: qu.aboutNeed ? round3(qu.aboutHave / qu.aboutNeed) : 1,
    false_quotes: falseQ.length,
    conflated: en.conflated.length,
    missing: gold.entities.filter((g) => !match.has(g.name)).map((g) => g.name),
    wrong_type: en.found.filter((g) => !en.typed.includes(g)).map((g) => g.name),
    spurious: en.wrong.map((e) => e.name ?? '').slice(0, 15),
  };
  const { attributed, aboutNeed, aboutHave, aboutGiven, aboutGivenRight } = qu;
  return { score, counts: { attributed, aboutNeed, aboutHave, aboutGiven, aboutGivenRight } };
}

/** Scores `dict` against `gold`; `text` is the article, needed for gold quotes given as spans and for the headline. */
export function scoreDictionary(gold: Gold, dict: DictLike, text?: string): Score {
  return scoreWithCounts(gold, dict, text).score;
}
