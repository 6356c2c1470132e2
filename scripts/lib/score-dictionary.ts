// Scores a dictionary against a gold annotation, figure for figure as tests/gold/score_dictionary.py does.

/** A gold annotation file (tests/gold/*.gold.json). */
export interface Gold {
  entities: Array<{
    name: string;
    type: string;
    aliases?: string[];
    optionalAliases?: string[];
    descriptionMustMention?: string[][];
  }>;
  optionalEntities?: Array<{ name: string }>;
  quotes?: Array<{ text?: string; span?: [number, number]; speaker: string | null; about?: string[] }>;
  notQuotes?: Array<string | [number, number]>;
}

interface DictLike {
  entities?: Array<{
    id: string;
    name?: string;
    type?: string;
    aliases?: string[];
    description?: string;
    facts?: Array<{ text?: string }>;
  }>;
  quotes?: Array<{ id: string; text?: string; speaker?: string | null; about?: string[] }>;
}

/** The figures for one article. */
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
  quotes_gold: number;
  quotes_found: number;
  speakers_right: number;
  speaker_acc: number;
  about_recall: number;
  false_quotes: number;
  conflated: number;
  missing: string[];
  wrong_type: string[];
  spurious: string[];
}

/** The scorer's normal form of a name: NFKC, straight quotes, lower case, no leading "the" or trailing 's. */
export function norm(s: string | undefined | null): string {
  let t = (s ?? '').normalize('NFKC').replace(/\u00ad/g, '');
  t = t
    .replace(/\u2019/g, "'")
    .replace(/\u2018/g, "'")
    .replace(/\u201c/g, '"')
    .replace(/\u201d/g, '"');
  t = t.replace(/\s+/gu, ' ').trim().toLowerCase();
  t = t.replace(/^the /, '').replace(/'s?$/, '');
  return t.replace(/^[ .,;:]+|[ .,;:]+$/g, '');
}

function tokens(s: string | undefined): string[] {
  return norm(s).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Token-overlap F1 between two texts. */
export function overlapF1(a: string | undefined, b: string | undefined): number {
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

const round3 = (x: number) => Number(x.toFixed(3));
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Scores `dict` against `gold`; `text` is the article, needed only for gold quotes given as spans. */
export function scoreDictionary(gold: Gold, dict: DictLike, text?: string): Score {
  const ents = dict.entities ?? [];
  const quotes = dict.quotes ?? [];
  const surf = new Map(ents.map((e) => [e.id, new Set([norm(e.name ?? ''), ...(e.aliases ?? []).map(norm)])]));
  const names = (g: Gold['entities'][number]) => new Set([norm(g.name), ...(g.aliases ?? []).map(norm)]);
  const match = new Map<string, (typeof ents)[number]>();
  for (const g of gold.entities) {
    let cands = ents.filter((e) => surf.get(e.id)!.has(norm(g.name)));
    if (!cands.length) cands = ents.filter((e) => intersects(surf.get(e.id)!, names(g)));
    if (cands.length) match.set(g.name, cands[0]!);
  }
  const found = gold.entities.filter((g) => match.has(g.name));
  const typed = found.filter((g) => match.get(g.name)!.type === g.type);
  const optional = new Set((gold.optionalEntities ?? []).map((o) => norm(o.name)));
  const matchedIds = new Set(found.map((g) => match.get(g.name)!.id));
  const tp = ents.filter((e) => matchedIds.has(e.id) || intersects(surf.get(e.id)!, optional));
  const wrong = ents.filter((e) => !tp.includes(e));
  const conflated = ents.filter((e) => gold.entities.filter((g) => intersects(surf.get(e.id)!, names(g))).length > 1);
  const prec = ents.length ? tp.length / ents.length : 0;
  const rec = gold.entities.length ? typed.length / gold.entities.length : 1;
  const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  let need = 0;
  let have = 0;
  for (const g of found) {
    const s = surf.get(match.get(g.name)!.id)!;
    for (const a of names(g)) {
      need += 1;
      have += s.has(a) ? 1 : 0;
    }
  }
  let groups = 0;
  let met = 0;
  for (const g of found) {
    const e = match.get(g.name)!;
    const body = `${e.description ?? ''} ${(e.facts ?? []).map((f) => f.text ?? '').join(' ')}`.toLowerCase();
    for (const grp of g.descriptionMustMention ?? []) {
      groups += 1;
      met += grp.some((x) => body.includes(x.toLowerCase())) ? 1 : 0;
    }
  }
  const gq = (gold.quotes ?? []).map((q) => ({
    ...q,
    text: q.text !== undefined ? q.text : text!.slice(q.span![0], q.span![1]),
  }));
  let qfound = 0;
  let qspeaker = 0;
  let aboutNeed = 0;
  let aboutHave = 0;
  const used = new Set<string>();
  for (const q of gq) {
    let best: (typeof quotes)[number] | null = null;
    let bs = 0;
    for (const p of quotes) {
      const s = overlapF1(q.text, p.text ?? '');
      if (s > bs) {
        best = p;
        bs = s;
      }
    }
    if (best === null || bs < 0.8) continue;
    qfound += 1;
    used.add(best.id);
    const want = q.speaker && match.has(q.speaker) ? match.get(q.speaker)!.id : null;
    if ((q.speaker === null && (best.speaker ?? null) === null) || (want && best.speaker === want)) qspeaker += 1;
    for (const a of q.about ?? []) {
      aboutNeed += 1;
      if (match.has(a) && (best.about ?? []).includes(match.get(a)!.id)) aboutHave += 1;
    }
  }
  const falseQ = quotes.filter((p) => !used.has(p.id) && gq.every((q) => overlapF1(q.text, p.text ?? '') < 0.5));
  const nq = new Set((gold.notQuotes ?? []).map((x) => norm(typeof x === 'string' ? x : text!.slice(x[0], x[1]))));
  for (const p of quotes) if (nq.has(norm(p.text ?? '')) && !falseQ.includes(p)) falseQ.push(p);
  return {
    entities: ents.length,
    gold: gold.entities.length,
    found: found.length,
    typed: typed.length,
    precision: round3(prec),
    recall: round3(rec),
    f1: round3(f1),
    alias_recall: need ? round3(have / need) : 1,
    descriptions: groups ? round3(met / groups) : 1,
    quotes_gold: gq.length,
    quotes_found: qfound,
    speakers_right: qspeaker,
    speaker_acc: gq.length ? round3(qspeaker / gq.length) : 1,
    about_recall: aboutNeed ? round3(aboutHave / aboutNeed) : 1,
    false_quotes: falseQ.length,
    conflated: conflated.length,
    missing: gold.entities.filter((g) => !match.has(g.name)).map((g) => g.name),
    wrong_type: found.filter((g) => !typed.includes(g)).map((g) => g.name),
    spurious: wrong.map((e) => e.name ?? '').slice(0, 15),
  };
}
