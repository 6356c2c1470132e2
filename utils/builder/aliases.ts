import type { EntityType } from '../dictionary/schema';
import { COMMON_WORDS } from './lexicon/common-words';
import { NAME_CONNECTORS, NAME_PARTICLES, ORG_CUES, ORG_SUFFIXES, OTHER_CUES, PLACE_CUES } from './lexicon/cues';
import { PLACE_ALIASES } from './lexicon/gazetteer';
import { KNOWN_NAMES } from './lexicon/known-names';
import { DESCRIBED_NAMES } from './known-kinds';
import { leanToListType } from './list-types';
import { nameKey } from './normalize';
import { REGNAL_NUMBER } from './run-cleaning';
import { decideType, firstNameCue, isFirstName, noScores } from './typing';
import type { EntityDraft, Mention, Paragraph, TypeScores } from './types';

interface Cluster {
  name: string;
  words: string[];
  fixed?: EntityType;
  scores: TypeScores;
  mentions: Mention[];
  aliases: Set<string>;
}

const isCue = (w: string) => ORG_CUES.has(w) || PLACE_CUES.has(w) || OTHER_CUES.has(w);
// A cue word as a first name ("Bill de Blasio") does not make the name an organisation's or a law's.
const personLike = (c: Cluster) =>
  !c.fixed &&
  !c.words.slice(c.words.length > 1 && firstNameCue(c.words[0]!) ? 1 : 0).some(isCue) &&
  decideType(c.name, c.scores) === 'person';
const initials = (words: string[]) =>
  words
    .filter((w) => !NAME_CONNECTORS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();

const hasEvidence = (s: TypeScores) => s.person > 0 || s.organization > 0 || s.place > 0 || s.other > 0;

/** Chooses the type of an entity no lexicon has fixed; the hand rules' decideType unless another is given. */
export type TypeDecider = (c: {
  name: string;
  scores: TypeScores;
  mentions: Mention[];
  aliases: ReadonlySet<string>;
}) => EntityType;

const ruleType: TypeDecider = (c) => decideType(c.name, c.scores);

/** Groups an article's mentions into entities: same name, surname ↔ full name, acronyms, short forms. */
export function clusterMentions(
  mentions: Mention[],
  paragraphs: Paragraph[],
  typeOf: TypeDecider = ruleType,
): EntityDraft[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  const join = (m: Mention, c: number) => {
    const cl = clusters[c]!;
    m.cluster = c;
    cl.mentions.push(m);
    for (const t of ['person', 'organization', 'place', 'other'] as const) cl.scores[t] += m.scores[t];
    if (nameKey(m.name) !== nameKey(cl.name)) cl.aliases.add(m.name);
    if (!byKey.has(nameKey(m.name))) byKey.set(nameKey(m.name), c);
  };
  const create = (m: Mention, name: string, fixed?: EntityType) => {
    clusters.push({ name, words: name.split(' '), fixed, scores: noScores(), mentions: [], aliases: new Set() });
    byKey.set(nameKey(name), clusters.length - 1);
    join(m, clusters.length - 1);
    return clusters.length - 1;
  };
  const register = (alias: string, c: number) => {
    if (!byKey.has(nameKey(alias))) byKey.set(nameKey(alias), c);
    if (nameKey(alias) !== nameKey(clusters[c]!.name)) clusters[c]!.aliases.add(alias);
  };

  // Names a lexicon knows come first: their canonical form is certain.
  for (const m of mentions) {
    if (!m.canonical) continue;
    const c = byKey.get(nameKey(m.canonical.name)) ?? create(m, m.canonical.name, m.canonical.type);
    if (m.cluster < 0) join(m, c);
    clusters[c]!.fixed = m.canonical.type;
    for (const a of PLACE_ALIASES.get(m.canonical.name) ?? KNOWN_NAMES.get(m.canonical.name)?.aliases ?? [])
      register(a, c);
  }
  const rest = mentions.filter((m) => !m.canonical);
  const multi = rest
    .filter((m) => m.words.length > 1)
    .sort((a, b) => b.words.length - a.words.length || a.para - b.para || a.start - b.start);
  for (const m of multi) {
    const key = nameKey(m.name);
    let c = byKey.get(key);
    if (c === undefined && m.shortForm) c = byKey.get(nameKey(m.shortForm));
    if (c === undefined) c = findLonger(clusters, m);
    if (c === undefined && ORG_SUFFIXES.has(m.words[m.words.length - 1]!)) {
      const owner = byKey.get(nameKey(m.words.slice(0, -1).join(' ')));
      if (owner !== undefined && clusters[owner]!.fixed !== 'place') c = owner;
    }
    if (c === undefined && m.nextLower) c = byKey.get(nameKey(`${m.name} ${m.nextLower}`));
    // "Sierra Nevada" for "Sierra Nevada Corp.": a company without its legal suffix.
    if (c === undefined) c = suffixedOwner(clusters, m.name);
    if (c === undefined) c = byKey.get(nameKey(inverted(m.words)));
    if (c === undefined && m.weak) continue;
    if (c === undefined) c = create(m, m.name);
    else join(m, c);
    if (m.shortForm) register(m.shortForm, c);
    const maiden = MAIDEN.exec(paragraphs[m.para]!.text.slice(m.end, m.end + 40))?.[1];
    if (maiden && isFirstName(m.words[0]!)) for (const a of [`${m.words[0]} ${maiden}`, maiden]) register(a, c);
    const acronym = /^\s*\((\p{Lu}[\p{Lu}&]{1,9})\)/u.exec(paragraphs[m.para]!.text.slice(m.end));
    if (acronym) register(acronym[1]!, c);
  }
  for (const m of rest.filter((x) => x.words.length === 1).sort((a, b) => a.para - b.para || a.start - b.start)) {
    const c = oneWordOwner(clusters, byKey, m, paragraphs[m.para]?.headline);
    if (c >= 0) join(m, c);
    else if (!m.weak) create(m, m.name);
  }
  mergeOrForms(clusters, mentions, paragraphs);
  markProducts(clusters, byKey);
  addSurnames(clusters, byKey);
  leanToListType(clusters, paragraphs);
  const kept = clusters.filter((c) => c.mentions.length > 0);
  kept.forEach((c, i) => c.mentions.forEach((m) => (m.cluster = i)));
  return kept.map((c) => finish(c, typeOf));
}

// Head words of bodies that stand for the body named in full before ("the Gazette", "the Institute").
const BODY_HEADS = new Set(
  `Gazette Times Post Journal Herald Tribune Telegraph Chronicle Observer Institute Foundation Commission Council
  Committee Agency Authority Board Bureau Ministry Department Corporation Society Association Federation Trust`.split(
    /\s+/,
  ),
);

// "Ana Brook, née Varga": the name she was born with is hers too ("Ana Varga", "Varga").
const MAIDEN = /^\s*[,(]\s*(?:née|nee|born)\s+(\p{Lu}[\p{Ll}’'-]+)\b/u;

// A plural nickname: "Hawks", "Rams" (not "Glass", "Swiss").
const TEAM_NICKNAME = /^\p{Lu}\p{Ll}+[^s’'\s]s$/u;

// The entity a one-word mention belongs to, or -1: the same name, an acronym's initials, a person's surname or
// first name, or the first word of a body's name.
function oneWordOwner(clusters: Cluster[], byKey: Map<string, number>, m: Mention, headline = false): number {
  const w = m.words[0]!;
  let c = byKey.get(nameKey(w));
  if (c === undefined && /^\p{Lu}{2,}$/u.test(w))
    c = clusters.findIndex(
      (cl) =>
        !personLike(cl) &&
        [cl.words, ...[...cl.aliases].map((a) => a.split(' '))].some((ws) => ws.length > 1 && initials(ws) === w),
    );
  if ((c === undefined || c < 0) && !NAME_PARTICLES.has(w)) c = surnameOwner(clusters, w);
  if ((c === undefined || c < 0) && !NAME_PARTICLES.has(w) && !isCue(w)) c = firstNameOwner(clusters, w);
  // "Greenlake" for "Greenlake Energy", but not "from Brenmar" beside the "Brenmar Institute": a word that reads
  // as a place there is the place the body is named for.
  const placeHere = m.scores.place > 0 && m.scores.place >= m.scores.organization;
  // A headline's capitals say nothing of what the word is: it does not make itself the body's short name.
  if ((c === undefined || c < 0) && !COMMON_WORDS.has(w.toLowerCase()) && !placeHere && !headline)
    c = clusters.findIndex(
      (cl) => cl.words.length > 1 && cl.words[0] === w && ORG_CUES.has(cl.words[cl.words.length - 1]!),
    );
  // "the Gazette" for "the Lorne Gazette", "the Hawks" for "the Harlow Hawks": the head word of the one body the
  // article names with it.
  if ((c === undefined || c < 0) && (BODY_HEADS.has(w) || TEAM_NICKNAME.test(w))) {
    const owners = clusters.flatMap((cl, i) =>
      cl.words.length > 1 && cl.words[cl.words.length - 1] === w && !personLike(cl) ? [i] : [],
    );
    if (owners.length === 1) c = owners[0]!;
  }
  return c ?? -1;
}

function suffixedOwner(clusters: Cluster[], name: string): number | undefined {
  const i = clusters.findIndex(
    (c) => c.words.length >= 2 && ORG_SUFFIXES.has(c.words.at(-1)!) && c.words.slice(0, -1).join(' ') === name,
  );
  return i >= 0 ? i : undefined;
}

// "Environmental Protection Department" ↔ "Department of Environmental Protection": one body, written both ways.
function inverted(words: string[]): string {
  const head = words[0]!;
  if (words[1] === 'of' && ORG_CUES.has(head) && words.length > 2) return [...words.slice(2), head].join(' ');
  const tail = words[words.length - 1]!;
  if (ORG_CUES.has(tail) && words.length > 1 && !words.includes('of'))
    return [tail, 'of', ...words.slice(0, -1)].join(' ');
  return '';
}

// "New Zealand – or Aotearoa as it is called": the second name is another name for the first.
function mergeOrForms(clusters: Cluster[], mentions: Mention[], paragraphs: Paragraph[]): void {
  const sorted = mentions.filter((m) => m.cluster >= 0).sort((a, b) => a.para - b.para || a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    if (a.para !== b.para || a.cluster === b.cluster) continue;
    const text = paragraphs[a.para]!.text;
    if (!/^\s*[,–—(-]\s*(or|also known as|known as|aka)\s+$/.test(text.slice(a.end, b.start))) continue;
    if (!/^\s*(as\b|[,)–—]|$)/.test(text.slice(b.end))) continue;
    const from = clusters[b.cluster]!;
    const into = clusters[a.cluster]!;
    if (from.fixed || from.mentions.some((m) => m.name !== b.name)) continue;
    for (const m of from.mentions) {
      m.cluster = a.cluster;
      into.mentions.push(m);
    }
    into.aliases.add(from.name);
    from.mentions = [];
  }
}

// "Meta Quest Pro", "Dolby Atmos": a name that opens with an organisation's name is its product, not a person
// (and so gets no one-word "surname" alias such as "Pro").
function markProducts(clusters: Cluster[], byKey: Map<string, number>): void {
  markMakers(clusters);
  const isOrg = (w: string) => {
    if (KNOWN_NAMES.get(w)?.type === 'organization') return true;
    const c = byKey.get(nameKey(w));
    if (c === undefined) return false;
    const cl = clusters[c]!;
    return (
      cl.mentions.length > 0 && cl.words.length === 1 && (cl.fixed ?? decideType(cl.name, cl.scores)) === 'organization'
    );
  };
  for (const c of clusters)
    if (c.mentions.length && c.words.length > 1 && personLike(c) && isOrg(c.words[0]!)) c.fixed = 'other';
}

// "Dolby … Dolby Atmos": a lone word the article says nothing about, opening the name of something else (not of a
// person or a place), is its maker.
function markMakers(clusters: Cluster[]): void {
  for (const c of clusters) {
    if (c.fixed || c.words.length !== 1 || !c.mentions.length || hasEvidence(c.scores)) continue;
    if (decideType(c.name, c.scores) !== 'other') continue;
    const owns = (o: Cluster) =>
      o.mentions.length > 0 &&
      o.words.length > 1 &&
      o.words[0] === c.name &&
      o.fixed !== 'place' &&
      o.fixed !== 'person';
    if (clusters.some(owns)) c.fixed = 'organization';
  }
}

// "Tomas J. Berg Jr.": a generational suffix closing a name is no surname.
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
const surnameAt = (words: string[]) =>
  words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.length - 2 : words.length - 1;

// A person named in full is also known by the surname, unless two people here share it.
function addSurnames(clusters: Cluster[], byKey: Map<string, number>): void {
  const people = clusters.filter((c) => c.mentions.length && c.words.length > 1 && personLike(c));
  for (const c of people) {
    const end = surnameAt(c.words) + 1;
    let from = end - 1;
    while (from > 1 && NAME_PARTICLES.has(c.words[from - 1]!.toLowerCase())) from--;
    const last = c.words.slice(from, end).join(' ');
    if (last.length < 3 || /\.$/.test(last) || NAME_PARTICLES.has(last.toLowerCase())) continue;
    if (REGNAL_NUMBER.test(last)) continue; // "Tomas III": a number, no surname
    const owner = byKey.get(nameKey(last));
    if (owner !== undefined && clusters[owner] !== c) continue;
    if (people.some((o) => o !== c && o.words.slice(-last.split(' ').length).join(' ') === last)) continue;
    c.aliases.add(last);
  }
}

// A person already known by a longer name: "Te Kaurinui" or "Te Kaurinui Parata" for "Te Kaurinui Robert Parata".
function findLonger(clusters: Cluster[], m: Mention): number | undefined {
  if (m.words.some(isCue)) {
    // An organisation's tail: "Tax Policy Center" for "Urban-Brookings Tax Policy Center".
    // "Centers for Ocean Safety" for "Centers for Ocean Safety and Prevention": the name without its last duty.
    const i = clusters.findIndex(
      (c) =>
        c.words.length > m.words.length &&
        (nameKey(c.name).endsWith(` ${nameKey(m.name)}`) || nameKey(c.name).startsWith(`${nameKey(m.name)} and `)),
    );
    return i >= 0 ? i : undefined;
  }
  const i = clusters.findIndex((c) => {
    if (c.words.length <= m.words.length || !personLike(c)) return false;
    const prefix = m.words.every((w, k) => c.words[k] === w);
    const ends = c.words[0] === m.words[0] && c.words[c.words.length - 1] === m.words[m.words.length - 1];
    return prefix || ends;
  });
  return i >= 0 ? i : undefined;
}

// The one person named in full whose first name this is ("her father, Tomas," for Tomas Brandt); none when two
// people share it or another uses it as a surname.
function firstNameOwner(clusters: Cluster[], w: string): number {
  const owners = clusters.flatMap((c, i) =>
    c.words.length >= 2 && personLike(c) && (c.words[0] === w || c.words[c.words.length - 1] === w) ? [i] : [],
  );
  const owner = owners.length === 1 ? clusters[owners[0]!]! : undefined;
  // "Dolby" beside "Dolby Atmos" is a maker and its product: only a word known as a first name, or a name with
  // evidence of a person, is a first name here.
  const person = owner && (isFirstName(w) || owner.scores.person > 0);
  return person && owner.words[0] === w ? owners[0]! : -1;
}

// The person whose name ends with this word; the earliest named one wins ("Parata" is the father, named first).
// "al-Faraj" is written "Faraj" too, once the full name has been given ("Mr. Faraj").
const isSurname = (last: string, w: string) =>
  last === w || last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '') === w;

function surnameOwner(clusters: Cluster[], w: string): number {
  let best = -1;
  let bestPos = Infinity;
  clusters.forEach((c, i) => {
    if (c.words.length < 2 || !isSurname(c.words[surnameAt(c.words)]!, w) || !personLike(c)) return;
    const pos = Math.min(...c.mentions.map((m) => m.para * 1e6 + m.start));
    if (pos < bestPos) {
      best = i;
      bestPos = pos;
    }
  });
  return best;
}

function finish(c: Cluster, typeOf: TypeDecider): EntityDraft {
  // A widely reported name leans to the type the lexicon of kinds gives it ("Chelsea" the club, "Oscar" the award).
  const known = DESCRIBED_NAMES.get(c.name);
  if (known && !c.fixed) c.scores[known.type] += 3;
  const type = c.fixed ?? typeOf(c);
  return { name: c.name, type, aliases: c.aliases, mentions: c.mentions, descriptions: [], facts: [] };
}
