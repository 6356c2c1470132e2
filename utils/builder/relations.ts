// Descriptions read from how names stand to each other in a sentence, in both directions: "New York’s Times
// Square" (a place in New York), "his company, Starlink" (Elon Musk’s company), "the SpaceX founder" (SpaceX:
// founded by Elon Musk), "the cubist art of Pablo Picasso", "firms such as Let There Be Neon".

import { isRolePhrase } from './description-shape';
import { genderOf, pronounFits, type Gender } from './gender';
import { ROLE_NOUNS } from './lexicon/cues';
import { DESCRIBED_KINDS as KIND_NOUNS, describedKindOf as kindOf, isKindWord, personOfPlural } from './kinds';
import { wordTags } from './lexicon/english-words';
import { PARTY_WORDS } from './lexicon/known-names';
import type { EntityDraft, Mention, Paragraph, Sentence, Token } from './types';

// Posts held in a party itself, rather than offices its members hold ("Republican governor").
const PARTY_ROLES = new Set(['leader', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'whip']);
// Role words that name a group rather than somebody's post in it.
const GROUP_NOUNS = new Set(['tribe', 'team']);
const FOUNDING = new Set(['founder', 'cofounder', 'co-founder', 'creator']);
const FAMILY = new Set(['son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'widow']);
// Lower-case words that cannot sit inside a noun phrase between a possessive and its head.
const CLAUSE_WORDS = new Set(
  'the a an and or but of in on at to for with by from as is was are were has have had be been will would said says that which who'.split(
    ' ',
  ),
);

interface Ctx {
  paragraphs: Paragraph[];
  mentions: Mention[];
  entities: EntityDraft[];
  genders: Gender[];
  /** The mentions of each sentence, in order. */
  bySentence: Map<number, Mention[]>;
}

/** Adds to each entity the descriptions its relations to other names in the article give it. */
export function addRelations(paragraphs: Paragraph[], mentions: Mention[], entities: EntityDraft[]): void {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions)
    if (m.cluster >= 0) (bySentence.get(m.sent) ?? bySentence.set(m.sent, []).get(m.sent)!).push(m);
  for (const list of bySentence.values()) list.sort((a, b) => a.first - b.first);
  const ctx: Ctx = { paragraphs, mentions, entities, genders: entities.map(genderOf), bySentence };
  for (const p of paragraphs) {
    if (p.titleCase) continue;
    for (const s of p.sentences) {
      if (s.titleCase) continue;
      for (const m of bySentence.get(s.index) ?? []) sentenceRelations(ctx, s, m);
      definiteRoles(ctx, p, s);
      pronounIs(ctx, p, s);
    }
  }
  reverseRoles(entities);
}

const nameOf = (ctx: Ctx, m: Mention) => ctx.entities[m.cluster]!.name;
const typeOf = (ctx: Ctx, m: Mention) => ctx.entities[m.cluster]!.type;
const add = (ctx: Ctx, m: Mention, d: string) => addTo(ctx, m.cluster, d);
const addTo = (ctx: Ctx, cluster: number, d: string) => {
  const e = ctx.entities[cluster]!;
  const text = d.charAt(0).toUpperCase() + d.slice(1);
  if (!e.descriptions.includes(text)) e.descriptions.push(text);
};
const lowerWord = (t: Token | undefined) => !!t && t.word && !t.cap;

function sentenceRelations(ctx: Ctx, s: Sentence, m: Mention): void {
  const list = ctx.bySentence.get(s.index)!;
  const tokens = s.tokens;
  const type = typeOf(ctx, m);
  // "New York’s Times Square", "Columbia University’s Zuckerman Institute", "Bruce Nauman’s 1968 work My Name".
  const owner = list.find((o) => o.last <= m.first && o.cluster !== m.cluster && tokens[o.last - 1]!.possessive);
  if (owner) {
    // "Corps’ elite": the apostrophe after a plural possessor is no word between.
    const from = /^[’']$/.test(tokens[owner.last]?.text ?? '') ? owner.last + 1 : owner.last;
    const between = tokens.slice(from, m.first);
    const phrase = between.map((t) => t.text).join(' ');
    const plain = between.every((t) => lowerWord(t) || /^\d{4}$/.test(t.text)) && between.length <= 4;
    const head = between[between.length - 1]?.text.toLowerCase() ?? '';
    const ownerType = typeOf(ctx, owner);
    if (plain && (KIND_NOUNS.has(head) || FAMILY.has(head) || ROLE_NOUNS.has(head)))
      add(ctx, m, `${nameOf(ctx, owner)}’s ${phrase}`);
    else if (
      // "the Guard Corps’ elite Quds force": a name whose head is a lower-case noun, owned and described.
      between.length &&
      between.length <= 2 &&
      between.every((t) => lowerWord(t) && !CLAUSE_WORDS.has(t.text)) &&
      type !== 'person' &&
      lowerWord(tokens[m.last - 1]) &&
      m.last - m.first > 1
    )
      add(
        ctx,
        m,
        `${possessive(nameOf(ctx, owner))} ${between.map((t) => t.text).join(' ')} ${tokens[m.last - 1]!.text}`,
      );
    else if (!between.length && ownerType === 'place' && type !== 'person') add(ctx, m, `In ${nameOf(ctx, owner)}`);
    // "Russia’s remote Tarvo region": a place owned by a place, with a word or two between.
    else if (
      ownerType === 'place' &&
      type === 'place' &&
      between.length <= 2 &&
      between.every((t) => lowerWord(t) && !CLAUSE_WORDS.has(t.text))
    )
      add(ctx, m, `In ${nameOf(ctx, owner)}`);
    else if (!between.length && ownerType === 'organization' && type !== 'person')
      add(ctx, m, `Part of ${nameOf(ctx, owner)}`);
    // "Velibo’s Tom Lind": a person of the body, as news writes it before a name.
    else if (!between.length && ownerType === 'organization' && type === 'person')
      add(ctx, m, `Of ${nameOf(ctx, owner)}`);
  }
  // "the Moulin Rouge in Paris", "Columbia University in New York City".
  if (type !== 'person' && tokens[m.last]?.text === 'in') {
    const k = tokens[m.last + 1]?.text === 'the' ? m.last + 2 : m.last + 1;
    const place = list.find((o) => o.first === k && typeOf(ctx, o) === 'place' && o.cluster !== m.cluster);
    if (place) add(ctx, m, `In ${nameOf(ctx, place)}`);
  }
  // "Sydney, Australia", "Cupertino, California": a place followed by the larger place it lies in.
  if (type === 'place' && tokens[m.last]?.text === ',') {
    const outer = list.find((o) => o.first === m.last + 1 && typeOf(ctx, o) === 'place' && o.cluster !== m.cluster);
    const ends = tokens[outer ? outer.last : 0];
    if (outer && (!ends || !ends.word || ends.text === 'and')) add(ctx, m, `In ${nameOf(ctx, outer)}`);
  }
  modifiers(ctx, s, m);
  roleTo(ctx, s, m);
  ofObject(ctx, s, m);
  possessivePronoun(ctx, s, m);
  pronounAppositive(ctx, s, m);
  suchAs(ctx, s, m);
  kindBeforeList(ctx, s, m);
  tenure(ctx, s, m);
  makerOf(ctx, s, m);
  bodyOf(ctx, s, m);
  authorOf(ctx, s, m);
}

// What making a kind of work makes a person ("Ada Brook’s new novel": Author).
const MAKERS: Record<string, string> = {
  book: 'author',
  novel: 'novelist',
  memoir: 'author',
  poem: 'poet',
  poems: 'poet',
  painting: 'painter',
  paintings: 'painter',
  sculpture: 'sculptor',
  sculptures: 'sculptor',
  installation: 'artist',
  album: 'musician',
  albums: 'musician',
};

// "Ada Brook’s 2019 novel", "In her book “Tides,” Ada Brook wrote": a person's work says what the person is.
function authorOf(ctx: Ctx, s: Sentence, m: Mention): void {
  if (typeOf(ctx, m) !== 'person') return;
  const tokens = s.tokens;
  const modifier = (t: Token | undefined) =>
    (lowerWord(t) || /^\d{4}$/.test(t?.text ?? '')) && !CLAUSE_WORDS.has(t!.text) && !MAKERS[t!.text];
  const workAfter = (j: number) => {
    while (modifier(tokens[j]) && !MAKERS[tokens[j]!.text]) j++;
    return MAKERS[tokens[j]?.text ?? ''];
  };
  // The possessive may close the name: "Brook’s novel".
  let role = tokens[m.last - 1]!.possessive && m.last - m.first > 0 ? workAfter(m.last) : undefined;
  // "In her book “Tides,” Ada Brook wrote": the sentence opens with the person's work, then names them.
  const pronoun = tokens[1]?.text.toLowerCase() ?? '';
  if (!role && /^in$/i.test(tokens[0]?.text ?? '') && /^(?:his|her)$/.test(pronoun)) {
    const first = (ctx.bySentence.get(s.index) ?? []).find((x) => typeOf(ctx, x) === 'person');
    if (first === m && pronounFits(pronoun, ctx.genders[m.cluster]!)) role = workAfter(2);
  }
  if (role) add(ctx, m, role);
}

// "said Tomas Berg of Velden Bank": the body a person is with. Not "Ada Brook of Arden": where somebody is from
// is seldom what the story says of them.
function bodyOf(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  if (typeOf(ctx, m) !== 'person' || tokens[m.last]?.text !== 'of') return;
  const k = tokens[m.last + 1]?.text === 'the' ? m.last + 2 : m.last + 1;
  const body = (ctx.bySentence.get(s.index) ?? []).find((o) => o.first === k && o.cluster !== m.cluster);
  if (!body || typeOf(ctx, body) !== 'organization') return;
  add(ctx, m, `Of ${k > m.last + 1 ? 'the ' : ''}${nameOf(ctx, body)}`);
}

// Things a body's possessive makes it the maker of ("Nintendo’s first phone game", "Talvex’s new headset"); not
// cars or planes, which a body may run without making them.
const MADE_KINDS = new Set(
  'console device phone headset game app browser drug vaccine chip processor laptop tablet smartphone camera'.split(
    ' ',
  ),
);

function makerOf(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  if (typeOf(ctx, m) !== 'organization' || !tokens[m.last - 1]!.possessive) return;
  let j = m.last;
  // "first iPhone game": a lower-case-initial brand may modify the kind.
  const modifier = (t: Token | undefined) => lowerWord(t) || /^\p{Ll}+\p{Lu}/u.test(t?.text ?? '');
  while (modifier(tokens[j]) && !CLAUSE_WORDS.has(tokens[j]!.text) && j - m.last < 3) j++;
  // The noun phrase must end here: "Talvex’s game console" is no game.
  if (j === m.last || (lowerWord(tokens[j]) && !CLAUSE_WORDS.has(tokens[j]!.text))) return;
  const kind = kindOf(tokens[j - 1]!.text);
  if (kind && MADE_KINDS.has(kind)) add(ctx, m, `${kind} maker`);
}

// "the Iranian-backed organizations Hamas and Hezbollah": each name of the list is one of the kind.
function kindBeforeList(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  const list = ctx.bySentence.get(s.index)!;
  let k = m.first - 1;
  let items = 0;
  while (tokens[k]?.text === ',' || tokens[k]?.text === 'and' || tokens[k]?.text === 'or') {
    if (tokens[k]?.text === ',' && tokens[k - 1]?.text === 'and') k--;
    const prev = list.find((x) => x.last === k);
    if (!prev || typeOf(ctx, prev) !== typeOf(ctx, m)) return;
    k = prev.first - 1;
    items++;
  }
  const noun = tokens[k];
  if (!items || !lowerWord(noun) || !/s$/.test(noun!.text)) return;
  const kind = kindOf(noun!.text);
  if (!kind || kind === noun!.text) return;
  let j = k - 1;
  // Modifiers: lower-case words, or hyphenated ones ending lower-case ("Iranian-backed").
  const modifier = (t: Token | undefined) =>
    !!t && t.word && (lowerWord(t) || /-\p{Ll}+$/u.test(t.text)) && !CLAUSE_WORDS.has(t.text);
  while (j >= 0 && modifier(tokens[j]) && k - j <= 2) j--;
  const words = tokens.slice(j + 1, k).map((t) => t.text);
  add(ctx, m, [...words, kind].join(' '));
}

// "During his presidency, Trump ordered …": the office somebody held.
const OFFICES: Record<string, string> = {
  presidency: 'president',
  premiership: 'prime minister',
  chairmanship: 'chairman',
  governorship: 'governor',
  mayoralty: 'mayor',
  captaincy: 'captain',
  papacy: 'pope',
  reign: 'monarch',
};
function tenure(ctx: Ctx, s: Sentence, m: Mention): void {
  if (typeOf(ctx, m) !== 'person') return;
  const tokens = s.tokens;
  const k = m.first - 1;
  if (tokens[k]?.text !== ',') return;
  const office = OFFICES[tokens[k - 1]?.text ?? ''];
  const pronoun = tokens[k - 2]?.text.toLowerCase() ?? '';
  if (!office || !/^(?:his|her)$/.test(pronoun) || !pronounFits(pronoun, ctx.genders[m.cluster]!)) return;
  if (!/^(?:during|under|in|throughout)$/i.test(tokens[k - 3]?.text ?? '')) return;
  // Only a clause opening the sentence: "(Also) during his presidency, Trump …".
  if (k - 3 > 1 || (k - 3 === 1 && !/^(?:also|and|but)$/i.test(tokens[0]!.text))) return;
  add(ctx, m, office);
}

// "the newly created Department of Government Efficiency", "the once-ubiquitous Acme": what the text calls it.
function modifiers(ctx: Ctx, s: Sentence, m: Mention): void {
  if (typeOf(ctx, m) === 'person') return;
  const tokens = s.tokens;
  let j = m.first - 1;
  while (j >= 0 && lowerWord(tokens[j]) && !CLAUSE_WORDS.has(tokens[j]!.text) && m.first - j <= 3) j--;
  if (tokens[j]?.text.toLowerCase() !== 'the' || j === m.first - 1) return;
  const words = tokens.slice(j + 1, m.first).map((t) => t.text);
  // "the researchers observed Velora": a plural noun before the name makes its participle a verb.
  if (words.some((w) => /Plural/.test(wordTags(w)))) return;
  if (words.some(isParticiple)) add(ctx, m, words.join(' '));
}

// "newly created", "once-ubiquitous", "troubled": a participle or hyphened modifier; not "when", "often", "garden".
function isParticiple(word: string): boolean {
  return (
    /\p{L}(?:ed|en|ing)$|-/u.test(word) &&
    !/QuestionWord|Adverb|Conjunction|Singular|Infinitive|Value|Preposition/.test(wordTags(word))
  );
}

// "Iran’s ambassador to the United Nations": the body a named one sends a role to.
function roleTo(ctx: Ctx, s: Sentence, m: Mention): void {
  if (typeOf(ctx, m) !== 'organization') return;
  const tokens = s.tokens;
  let k = m.first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'to' && tokens[k]?.text !== 'at') return;
  const role = tokens[k - 1];
  if (!lowerWord(role) || !ROLE_NOUNS.has(role!.text)) return;
  const owner = (ctx.bySentence.get(s.index) ?? []).find((o) => o.last === k - 1 && tokens[o.last - 1]!.possessive);
  if (owner) add(ctx, m, `Where ${nameOf(ctx, owner)} has ${article(role!.text)}`);
}

// "the cubist art of Pablo Picasso", "the radically deconstructed fashions of Coco Chanel": what a person made.
function ofObject(ctx: Ctx, s: Sentence, m: Mention): void {
  if (typeOf(ctx, m) !== 'person') return;
  const tokens = s.tokens;
  let k = m.first - 1;
  while (k >= 0 && tokens[k]!.cap && m.titles.includes(tokens[k]!.text)) k--;
  if (tokens[k]?.text !== 'of') return;
  let j = k - 1;
  while (j >= 0 && lowerWord(tokens[j]) && !CLAUSE_WORDS.has(tokens[j]!.text) && k - j <= 4) j--;
  if (tokens[j]?.text !== 'the' || k - j - 1 < 2 || FAMILY.has(tokens[k - 1]!.text)) return;
  add(
    ctx,
    m,
    tokens
      .slice(j + 1, k)
      .map((t) => t.text)
      .join(' '),
  );
}

// "his company, Starlink", "Ramsay and his colleague Morris W. Travers": somebody named before owns the noun.
function possessivePronoun(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  let k = m.first - 1;
  if (tokens[k]?.text === ',') k--;
  let j = k;
  const owning = (t: Token | undefined) => /^(?:his|her|its)$/i.test(t?.text ?? '');
  while (j >= 0 && !owning(tokens[j]) && lowerWord(tokens[j]) && !CLAUSE_WORDS.has(tokens[j]!.text) && k - j < 3) j--;
  const pronoun = tokens[j]?.text.toLowerCase();
  if (j === k || (pronoun !== 'his' && pronoun !== 'her' && pronoun !== 'its')) return;
  const head = tokens[k]!.text;
  if (!isKindWord(head) && !FAMILY.has(head)) return;
  const owner = pronounOwner(ctx, s, tokens[j]!.start, pronoun);
  if (owner === null || owner === m.cluster) return;
  const phrase = tokens
    .slice(j + 1, k + 1)
    .map((t) => t.text)
    .join(' ');
  add(ctx, m, `${ctx.entities[owner]!.name}’s ${phrase}`);
}

// "Ilse Moor, her manager, …": the role is held towards the person named before, whom the pronoun fits.
function pronounAppositive(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  const pronoun = tokens[m.last + 1]?.text.toLowerCase();
  if (tokens[m.last]?.text !== ',' || (pronoun !== 'his' && pronoun !== 'her')) return;
  let k = m.last + 2;
  while (lowerWord(tokens[k]) && !CLAUSE_WORDS.has(tokens[k]!.text) && k - m.last < 6) k++;
  const head = tokens[k - 1]?.text ?? '';
  if (tokens[k]?.text !== ',' || k === m.last + 2 || !(isKindWord(head) || FAMILY.has(head))) return;
  const fits = (x: Mention) =>
    x.cluster !== m.cluster && typeOf(ctx, x) === 'person' && pronounFits(pronoun, ctx.genders[x.cluster]!);
  const owners = (ctx.bySentence.get(s.index) ?? []).filter((x) => x.last <= m.first && fits(x));
  const owner = owners.at(-1);
  if (!owner) return;
  const phrase = tokens
    .slice(m.last + 2, k)
    .map((t) => t.text)
    .join(' ');
  add(ctx, m, `${nameOf(ctx, owner)}’s ${phrase}`);
}

// The named one a possessive pronoun points to: the nearest fitting name before it in the sentence, else the
// subject of the sentence before.
function pronounOwner(ctx: Ctx, s: Sentence, offset: number, pronoun: string): number | null {
  const wantOrg = pronoun === 'its';
  const fits = (x: Mention) => {
    const t = typeOf(ctx, x);
    return wantOrg ? t === 'organization' : t === 'person' && pronounFits(pronoun, ctx.genders[x.cluster]!);
  };
  const own = (ctx.bySentence.get(s.index) ?? []).filter((x) => x.end <= offset && !x.modifier && fits(x));
  if (own.length) return own[own.length - 1]!.cluster;
  const before = (ctx.bySentence.get(s.index - 1) ?? []).filter(fits);
  return before.length === 1 ? before[0]!.cluster : null;
}

// "firms such as Let There Be Neon", "museums such as the Neon Museum": the kind is the plural before "such as".
function suchAs(ctx: Ctx, s: Sentence, m: Mention): void {
  const tokens = s.tokens;
  let k = m.first - 1;
  if (tokens[k]?.text === 'the') k--;
  // Further names in the same list: "such as X, Y and the Z".
  const list = ctx.bySentence.get(s.index)!;
  const joins = (t: Token | undefined) => t?.text === ',' || t?.text === 'and' || t?.text === 'or';
  while (joins(tokens[k])) {
    // "X, Y, and Z": the comma before the "and" joins too.
    if (tokens[k]?.text !== ',' && tokens[k - 1]?.text === ',') k--;
    const prev = list.find((x) => x.last === k);
    if (!prev) break;
    k = prev.first - 1;
    if (tokens[k]?.text === 'the') k--;
  }
  // "games like “Temple Run”", "consoles including the Xbox": a plural kind right before the marker, too.
  const plural = (t: Token | undefined) => !!t && lowerWord(t) && /s$/.test(t.text) && kindOf(t.text) !== t.text;
  const marker =
    tokens[k]?.text === 'as' && tokens[k - 1]?.text === 'such'
      ? k - 2
      : /^(?:like|including)$/.test(tokens[k]?.text ?? '') && plural(tokens[k - 1])
        ? k - 1
        : -1;
  const kind = marker >= 0 ? kindOf(tokens[marker]?.text ?? '') : null;
  if (kind) add(ctx, m, kind);
  else {
    const far = kindBeforeClause(tokens, tokens[k]?.text === 'as' && tokens[k - 1]?.text === 'such' ? k - 1 : k);
    if (far) add(ctx, m, far);
  }
  // "politicians such as X", "media figures including Y": what a person of the list is.
  const before = tokens[marker - 1];
  const person =
    !kind && marker >= 0 && typeOf(ctx, m) === 'person' && lowerWord(tokens[marker])
      ? personOfPlural(tokens[marker]!.text, lowerWord(before) ? before!.text : undefined)
      : null;
  if (person) add(ctx, m, person);
}

// "games that will be upgraded soon, including X", "consoles, sold out this year, such as X": the plural kind
// before a short clause that qualifies it, then the marker at `at`. A plural noun in the clause is what the list is of.
function kindBeforeClause(tokens: Token[], at: number): string | null {
  if (!/^(?:including|such)$/.test(tokens[at]?.text ?? '')) return null;
  let k = at - 1;
  if (tokens[k]?.text === ',') k--;
  const from = k;
  while (k > 0 && from - k < 8 && (lowerWord(tokens[k]) || tokens[k]!.text === ',')) {
    const w = tokens[k]!.text;
    if (
      /\p{L}{2}s$/u.test(w) &&
      !/Tense|Verb|Determiner|Possessive|Pronoun|Adverb|Preposition|Conjunction/.test(wordTags(w))
    )
      break;
    k--;
  }
  const noun = tokens[k];
  const opener = tokens[k + 1]?.text ?? '';
  const qualifies = /^(?:that|which|,)/.test(opener) || /PastTense|Gerund/.test(wordTags(opener));
  if (k === from || !lowerWord(noun) || !/s$/.test(noun!.text) || !qualifies) return null;
  const kind = kindOf(noun!.text);
  return kind && kind !== noun!.text ? kind : null;
}

// "He is a former soldier", "She was the charity’s first director": what a pronoun opening a sentence is said to be.
const PRONOUN_IS =
  /^(He|She)\s+(?:is|was)\s+(?:also\s+)?((?:an?|the)\s+[^,;:.“”"()—–]+?)(?=\s+(?:who|which|that|since|because|when|where|after|before|until|while|and|in|at|on|for|from|with)\b|[,;:.“”"()—–]|$)/u;

// The pronoun is the one person of the sentence before it that it fits; the phrase must end in a person's role.
function pronounIs(ctx: Ctx, p: Paragraph, s: Sentence): void {
  const said = PRONOUN_IS.exec(p.text.slice(s.start, s.end));
  if (!said) return;
  const pronoun = said[1]!.toLowerCase();
  const fits = (x: Mention) => typeOf(ctx, x) === 'person' && pronounFits(pronoun, ctx.genders[x.cluster]!);
  const people = new Set((ctx.bySentence.get(s.index - 1) ?? []).filter(fits).map((x) => x.cluster));
  const phrase = said[2]!.replace(/^(?:an?|the)\s+/, '');
  if (people.size === 1 && isRolePhrase(phrase) && phrase.split(' ').length <= 6) addTo(ctx, [...people][0]!, phrase);
}

// "the SpaceX founder", "the Tesla executive": a role at a named organisation held by a person named before.
function definiteRoles(ctx: Ctx, p: Paragraph, s: Sentence): void {
  const tokens = s.tokens;
  for (const org of ctx.bySentence.get(s.index) ?? []) {
    if (typeOf(ctx, org) !== 'organization' || tokens[org.first - 1]?.text !== 'the') continue;
    if (tokens[org.last - 1]!.possessive) continue;
    let k = org.last;
    while (lowerWord(tokens[k]) && !ROLE_NOUNS.has(tokens[k]!.text) && k - org.last < 2) k++;
    const role = tokens[k];
    if (!lowerWord(role) || !ROLE_NOUNS.has(role!.text) || FAMILY.has(role!.text)) continue;
    const next = tokens[k + 1];
    // "the NASA administrator, Bill Nelson" is an appositive: the name follows.
    const named = (ctx.bySentence.get(s.index) ?? []).find(
      (x) => x.first === k + 1 || (next?.text === ',' && x.first === k + 2),
    );
    const holder = named && typeOf(ctx, named) === 'person' ? named.cluster : subjectBefore(ctx, p, s, org);
    if (holder === null) continue;
    const roleText = tokens
      .slice(org.last, k + 1)
      .map((t) => t.text)
      .join(' ');
    const person = ctx.entities[holder]!.name;
    add(ctx, org, FOUNDING.has(role!.text) ? `Founded by ${person}` : `Where ${person} is ${article(roleText)}`);
    addTo(ctx, holder, `${ctx.entities[org.cluster]!.name} ${roleText}`);
  }
}

// Whom a definite description ("the SpaceX founder") refers back to: the latest person who opened a sentence,
// in this sentence or the three before it, other than the subject of the description's own clause.
function subjectBefore(ctx: Ctx, p: Paragraph, s: Sentence, at: Mention): number | null {
  for (let i = s.index; i >= Math.max(0, s.index - 3); i--) {
    const list = (ctx.bySentence.get(i) ?? []).filter((x) => i < s.index || x.last <= at.first);
    const first = list[0];
    if (!first || typeOf(ctx, first) !== 'person' || first.modifier) continue;
    const sentence = sentenceOf(ctx, first);
    const opens = first.first === 0 || sentence?.tokens[first.first - 1]?.text === ',';
    if (opens && !(i === s.index && /^[^,;]*$/.test(textBetween(ctx, p, first, at)))) return first.cluster;
  }
  return null;
}

function sentenceOf(ctx: Ctx, m: Mention): Sentence | undefined {
  return ctx.paragraphs[m.para]?.sentences.find((x) => x.index === m.sent);
}

function textBetween(ctx: Ctx, p: Paragraph, a: Mention, b: Mention): string {
  return a.para === b.para ? p.text.slice(a.end, b.start) : ',';
}

const possessive = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);

function article(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

// "Senior fellow at the Center for International Policy" on Sina Toossi's card gives the Center "Where Sina Toossi
// is a senior fellow"; "Australian Federal Police Commissioner" gives the police "Where Andrew Colvin is commissioner".
function reverseRoles(entities: EntityDraft[]): void {
  const named = entities
    .map((e, i) => ({ i, forms: [e.name, ...e.aliases].filter((f) => f.length > 2 && /^\p{Lu}/u.test(f)) }))
    .filter((x) => entities[x.i]!.type !== 'person');
  for (const person of entities) {
    if (person.type !== 'person') continue;
    for (const d of [...person.descriptions]) {
      for (const { i, forms } of named) {
        const role = roleAt(d, forms);
        if (!role) continue;
        // A relation read from the text already ("Founded by Elon Musk") says it.
        if (entities[i]!.descriptions.some((x) => x.includes(person.name))) continue;
        entities[i]!.descriptions.push(`Where ${person.name} is ${article(role)}`);
      }
    }
  }
}

/** The role a description gives at a named body ("senior fellow" in "Senior fellow at the X"), or null. */
export function roleAt(description: string, forms: string[]): string | null {
  for (const f of forms) {
    const at = description.indexOf(f);
    if (at < 0 || /[\p{L}]/u.test(description[at + f.length] ?? '')) continue;
    const rest = description.slice(at + f.length).replace(/^[’']s?\s*/, '');
    if (at === 0) {
      const words = rest.trim().split(/\s+/);
      const head = words[words.length - 1]!.toLowerCase();
      // "Republican governor": a party's word before an office says what the holder is, not where the office is.
      if (PARTY_WORDS.has(f) && PARTY_WORDS.get(f) !== f && !PARTY_ROLES.has(head)) continue;
      return words.length <= 3 && ROLE_NOUNS.has(head) && !GROUP_NOUNS.has(head) ? rest.trim().toLowerCase() : null;
    }
    const lead = description
      .slice(0, at)
      .replace(/\s+(?:at|of|for|with|in)\s+(?:the\s+)?(?:\p{L}+[’']s\s+)?$/iu, '')
      .trim();
    if (lead === description.slice(0, at).trim()) continue;
    const words = lead.split(/\s+/);
    if (!words.some((w) => ROLE_NOUNS.has(w.toLowerCase())) || words.length > 10) continue;
    return lead.charAt(0).toLowerCase() + lead.slice(1);
  }
  return null;
}
