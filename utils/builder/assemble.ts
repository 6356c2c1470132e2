import type { Dictionary, Entity, EntityType, Quote, Source } from '../dictionary/schema';
import { processArticle, type ArticleOptions } from './article';
import { ORG_CUES, ROLE_NOUNS, TITLES } from './lexicon/cues';
import { hashText, slugify, uniqueIds } from './ids';
import { headNoun, isDescriptionShape, isRolePhrase, type DescribedEntity } from './description-shape';
import { isKindWord, kindOf, ORG_KINDS, PERSON_NOUNS, PLACE_KINDS, WORK_KINDS } from './kinds';
import { isOrdinaryWord } from './lexicon/english-words';
import { capitalOf, capitalPhrase, DEMONYMS, placeKind, PLACES } from './lexicon/gazetteer';
import { isFirstName } from './typing';
import { KNOWN_KINDS, KNOWN_NAMES, KNOWN_PRODUCTS, PARTY_WORDS } from './lexicon/known-names';
import type { Lead } from './lead';
import { describedKind } from './known-kinds';
import { nameKind } from './name-kinds';
import { nameKey } from './normalize';
import type { ArticleInput } from './types';

const MAX_FACTS = 12;
const MAX_DESCRIPTIONS = 24;
const MAX_ALIASES = 60;
const MAX_DESCRIPTION_LENGTH = 240;
const MAX_JOINED = 90;
// Titles of an office, which read well before another role ("Senator and Virginia Democrat"); not "Father", "Dr".
const OFFICES =
  /^(?:Senator|Representative|Congressman|Congresswoman|Governor|President|Vice-President|Mayor|General|Admiral|Colonel|Ambassador|Judge|Justice|Secretary|Minister|Chancellor|Premier|Commissioner|Sheriff|Professor|Prosecutor)$/;

interface Pending {
  name: string;
  votes: Record<EntityType, number>;
  aliases: Set<string>;
  descriptions: Map<string, number>;
  facts: Array<{ text: string; source: string }>;
  /** The best subject sentence met so far, for a card with no role to show. */
  lead?: Lead;
}

interface PendingQuote {
  text: string;
  speaker: Pending | null;
  about: Pending[];
  source: string;
}

/** Collects articles one at a time into a dictionary; memory grows with the dictionary, not the corpus. */
export class DictionaryAssembler {
  private readonly sources: Source[] = [];
  private readonly sourceIds = uniqueIds();
  private readonly entities = new Map<string, Pending>();
  private readonly quotes: PendingQuote[] = [];

  constructor(private readonly options: ArticleOptions = {}) {}

  /** Extracts one article and merges what it says into the dictionary being built. */
  add(article: ArticleInput): void {
    const id = this.sourceIds(
      article.id ? slugify(article.id) : `src-${hashText(article.title + '\n' + article.text)}`,
    );
    const source: Source = { id, title: article.title || id };
    if (article.url) source.url = article.url;
    if (article.publisher) source.publisher = article.publisher;
    if (article.published) source.published = article.published;
    this.sources.push(source);
    const result = processArticle(article, this.options);
    const merged = result.entities.map((e) => {
      const key = nameKey(e.name);
      let p = this.entities.get(key);
      if (!p) {
        p = {
          name: e.name,
          votes: { person: 0, organization: 0, place: 0, other: 0 },
          aliases: new Set(),
          descriptions: new Map(),
          facts: [],
        };
        this.entities.set(key, p);
      }
      p.votes[e.type] += e.mentions.length;
      for (const a of e.aliases) if (p.aliases.size < MAX_ALIASES && nameKey(a) !== key) p.aliases.add(a);
      for (const d of e.descriptions)
        if (p.descriptions.has(d) || p.descriptions.size < MAX_DESCRIPTIONS)
          p.descriptions.set(d, (p.descriptions.get(d) ?? 0) + 1);
      for (const f of e.facts) if (p.facts.length < MAX_FACTS) p.facts.push({ text: f, source: id });
      if (e.lead && (!p.lead || e.lead.rank < p.lead.rank)) p.lead = e.lead;
      return p;
    });
    for (const q of result.quotes)
      this.quotes.push({
        text: q.text,
        speaker: q.speaker === null ? null : merged[q.speaker]!,
        about: q.about.map((i) => merged[i]!),
        source: id,
      });
  }

  /** The finished dictionary: stable ids, stable order. */
  finish(): Dictionary {
    const all = [...this.entities.values()].sort(
      (a, b) => cmp(nameKey(a.name), nameKey(b.name)) || cmp(a.name, b.name),
    );
    const into = surnameOwners(all);
    const groups = new Map<Pending, Pending[]>();
    for (const p of all) {
      const owner = into.get(p) ?? p;
      groups.set(owner, [...(groups.get(owner) ?? []), p]);
    }
    const ids = uniqueIds();
    const idOf = new Map<Pending, string>();
    for (const owner of groups.keys()) idOf.set(owner, ids(slugify(owner.name)));
    for (const [p, owner] of into) idOf.set(p, idOf.get(owner)!);
    const entities: Entity[] = [...groups].map(([owner, members]) => {
      const merged = combine(owner, members);
      const { type, description } = typedDescription(merged);
      return {
        id: idOf.get(owner)!,
        name: owner.name,
        type,
        aliases: [...merged.aliases].sort(cmp),
        description,
        facts: merged.facts.map((f) => ({ ...f })),
      };
    });
    describeProducts(entities);
    describeEvents(entities);
    describeCapitals(entities);
    describePartsOfPlaces(entities);
    const quoteIds = uniqueIds();
    const quotes: Quote[] = this.quotes.map((q, i) => ({
      id: quoteIds(`q-${q.source}-${i + 1}`),
      text: q.text,
      speaker: q.speaker ? idOf.get(q.speaker)! : null,
      about: [...new Set(q.about.map((a) => idOf.get(a)!))].sort(cmp),
      source: q.source,
    }));
    return { schemaVersion: 1, sources: this.sources.map((s) => ({ ...s })), entities, quotes };
  }
}

// A person known only by a surname in one article ("Trump") is the one person named in full elsewhere.
function surnameOwners(all: Pending[]): Map<Pending, Pending> {
  const people = all.filter((p) => p.name.includes(' ') && topType(p.votes) === 'person');
  const bySurname = new Map<string, Pending[]>();
  for (const p of people) {
    const last = nameKey(p.name.split(' ').pop()!);
    bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
  }
  const into = new Map<Pending, Pending>();
  for (const p of all) {
    if (p.name.includes(' ') || topType(p.votes) !== 'person') continue;
    const owners = bySurname.get(nameKey(p.name));
    if (owners?.length === 1) into.set(p, owners[0]!);
  }
  return into;
}

// One entity's view of everything merged into it, leaving the collected data untouched for later builds.
function combine(owner: Pending, members: Pending[]): Pending {
  if (members.length === 1) return owner;
  const out: Pending = {
    ...owner,
    votes: { ...owner.votes },
    aliases: new Set(owner.aliases),
    descriptions: new Map(owner.descriptions),
    facts: [...owner.facts],
  };
  for (const m of members) {
    if (m === owner) continue;
    for (const t of Object.keys(m.votes) as EntityType[]) out.votes[t] += m.votes[t];
    for (const a of [m.name, ...m.aliases])
      if (out.aliases.size < MAX_ALIASES && nameKey(a) !== nameKey(owner.name)) out.aliases.add(a);
    for (const [d, n] of m.descriptions) out.descriptions.set(d, (out.descriptions.get(d) ?? 0) + n);
    for (const f of m.facts) if (out.facts.length < MAX_FACTS) out.facts.push(f);
    if (m.lead && (!out.lead || m.lead.rank < out.lead.rank)) out.lead = m.lead;
  }
  return out;
}

// Kinds of land, never a body: a card of one of these makes the name a place.
const LAND_KINDS =
  /^(?:city|town|village|country|province|island|neighbourhood|neighborhood|district|suburb|borough|street|avenue|square|river|lake|mountain|valley|beach|coast|county|township|region)$/;

// Kinds of work a body may be said to be ("a taxi service", "a streaming platform", "WikiLeaks' work").
const BODY_LIKE = /^(?:service|platform|work|tool|app|network|program|programme|show|series)$/;

// "Mario Run" typed a person whose only card is "Game": the kind the text gives the name outweighs the votes.
function typedDescription(p: Pending): { type: EntityType; description: string } {
  const type = topType(p.votes);
  const description = describe(p, type);
  // "the Orbix headset": a body whose card is a kind of thing is that thing.
  const head = headNoun(description);
  if (type === 'organization' && WORK_KINDS.has(head) && !ORG_KINDS.has(head) && !BODY_LIKE.test(head))
    return { type: 'other', description };
  // "the Tarsk neighborhood": a body whose card is a kind of land, and whose name is no body's, is that place.
  if (type === 'organization' && LAND_KINDS.test(head) && !p.name.split(' ').some((w) => ORG_CUES.has(w)))
    return { type: 'place', description };
  if (type !== 'person' || description) return { type, description };
  for (const [other, kinds] of [
    ['other', WORK_KINDS],
    ['organization', ORG_KINDS],
  ] as const) {
    const d = describe(p, other);
    if (d && kinds.has(headNoun(d)) && !PERSON_NOUNS.has(headNoun(d))) return { type: other, description: d };
  }
  return { type, description };
}

// "Meta Quest Pro", "Dolby Atmos": a thing whose name opens with a body's name, the card says nothing else of, is that
// body's product; "Xbox One S" opens with a known product's, and is one of its line.
function describeProducts(entities: Entity[]): void {
  const bodies = new Set(
    entities.filter((e) => e.type === 'organization' || KNOWN_PRODUCTS.has(e.name)).map((e) => e.name),
  );
  for (const e of entities) {
    if (e.type !== 'other' || e.description) continue;
    const words = e.name.split(' ');
    for (let k = words.length - 1; k > 0; k--) {
      const maker = words.slice(0, k).join(' ');
      // "Xbox 360", "iPhone 4": a model of a known line is what the line is ("Microsoft video game console").
      const line = KNOWN_PRODUCTS.has(maker) ? KNOWN_KINDS.get(maker) : undefined;
      if (line) {
        e.description = line;
        break;
      }
      // "Bruins 5" is a score, "Thunderbolt 3" a version; "Junior Gaspard" a person, "Boulder Flatirons" a place's.
      if (!bodies.has(maker) || words.slice(k).every((w) => /^\d+$/.test(w))) continue;
      if (isFirstName(maker) || PLACES.has(maker) || DEMONYMS.has(maker)) continue;
      e.description = `${maker} product`;
      break;
    }
  }
}

// Words that name a law, a treaty or an event when they end its name ("Data Retention Bill", "Arden Peace Summit"), or
// a storm or an operation when they open it ("Hurricane Tess").
const EVENT_HEADS = new Set(
  'Act Bill Law Treaty Agreement Accord Pact Convention Protocol Charter Summit Conference Festival Election Referendum War Revolution Uprising Massacre'.split(
    ' ',
  ),
);
const EVENT_OPENERS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Operation']);

// "Data Retention Bill", "Hurricane Tess": a thing the text says nothing of is the kind its name gives it.
function describeEvents(entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'other' || e.description) continue;
    const words = e.name.split(' ');
    if (words.length < 2) continue;
    if (EVENT_HEADS.has(words.at(-1)!)) e.description = words.at(-1)!;
    else if (EVENT_OPENERS.has(words[0]!)) e.description = words[0]!;
  }
}

// "Oslo" in a story that names Norway too: the capital of that country ("Oslo" alone may be a street, a ship or a
// person's name, and a capital's name alone often stands for its government).
function describeCapitals(entities: Entity[]): void {
  const places = new Set(entities.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases]));
  for (const e of entities) {
    if (e.type !== 'place' || e.description) continue;
    const country = capitalOf(e.name);
    if (country && places.has(country)) e.description = capitalPhrase(country);
  }
}

const DIRECTIONS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Downtown|Midtown)$/;

// "Lower Velden", "Southern Arden": a part of a place the gazetteer knows, named with a direction, where the whole
// name is no place of its own ("South Africa" is a country, and known as one).
function describePartsOfPlaces(entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'place' || e.description || PLACES.has(e.name)) continue;
    const [first, ...rest] = e.name.split(' ');
    const whole = rest.join(' ');
    if (DIRECTIONS.test(first!) && PLACES.has(whole)) e.description = `Part of ${whole}`;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function topType(votes: Record<EntityType, number>): EntityType {
  const order: EntityType[] = ['person', 'organization', 'place', 'other'];
  return order.reduce((best, t) => (votes[t] > votes[best] ? t : best), order.find((t) => votes[t] > 0) ?? 'other');
}

// The card text: the noun phrase the articles call the entity most often ("Israeli prime minister", "Firm in
// Manhattan"), or nothing: a sentence or clause it sits in is no description (the card shows the facts instead).
function describe(p: Pending, type: EntityType): string {
  const entity = { name: p.name, aliases: p.aliases, type };
  // A lone word says little: it is kept only when it is a title ("Senator") or a kind the text gives the name
  // ("the journal X": "Journal"), and then after the phrases.
  const lone = (d: string) => !d.includes(' ');
  // "Attorney-General", "Editor-in-chief": a hyphenated title says as much as "Senator".
  const hyphenRole = (d: string) =>
    /-/.test(d) &&
    d
      .toLowerCase()
      .split('-')
      .some((w) => ROLE_NOUNS.has(w));
  // "Canada, Japan and Norway" is a list, not Canada in Japan: a country lies in no other place.
  const country = type === 'place' && placeKind(p.name) === 'Country';
  const phrases = [...p.descriptions.entries()]
    .filter(([d]) => !(country && /^In\s/.test(d)))
    .flatMap(([d, n]): Array<[string, number]> => {
      const short = shortened(d, entity);
      return short ? [[d, n] as [string, number], [short, n]] : [[d, n]];
    })
    .filter(([d]) => !lone(d) || TITLES.has(d) || isKindWord(d) || hyphenRole(d))
    .sort((a, b) => Number(lone(a[0]) && !TITLES.has(a[0])) - Number(lone(b[0]) && !TITLES.has(b[0])) || b[1] - a[1])
    .map(([d]) => d);
  // "Firm" and "In Manhattan" read as one: "Firm in Manhattan"; "Polytechnic University" and "In Hong Kong" as
  // "University in Hong Kong", the kind its name ends with.
  const where = phrases.find((d) => /^In \p{Lu}/u.test(d));
  const kind = phrases.find((d) => lone(d) && isKindWord(d)) ?? (where ? kindInName(p.name, type) : undefined);
  const candidates = kind && where ? [`${kind} in ${where.slice(3)}`, ...phrases] : phrases;
  // The last step: only a noun phrase of the right shape is kept.
  // "Where Ines Moreau is a fellow" says who works there, not what the body is, and "Of Velden Bank" only whom a
  // person is with: any other phrase goes first.
  const kept = candidates
    .filter((d) => d.length <= MAX_DESCRIPTION_LENGTH && isDescriptionShape(d, entity))
    .sort((a, b) => Number(/^(?:Where|Of) /.test(a)) - Number(/^(?:Where|Of) /.test(b)));
  // "Ukrainian President" says more than "President": a lone title gives way to a phrase built on it.
  const fuller = lone(kept[0] ?? ' ')
    ? kept.find((d) => !lone(d) && headNoun(d) === kept[0]!.toLowerCase())
    : undefined;
  const best = fuller ?? kept[0] ?? '';
  // A person's two roles read as one noun phrase: "Senator and Oklahoma Republican", "World’s richest man and
  // SpaceX founder".
  const role = (d: string) => !/^(?:In|Where|Part of|Of)\s/.test(d);
  const same = (a: string, b: string) => headNoun(a) === headNoun(b) || a.toLowerCase().includes(b.toLowerCase());
  const second =
    type === 'person' && role(best)
      ? kept.find((d) => d !== best && role(d) && !lone(d) && isRolePhrase(d) && !same(d, best) && !same(best, d))
      : undefined;
  // Too long joined, the second phrase loses the words before its head ("fierce and uncompromising elder of …").
  for (const other of second ? [second, fromHead(second)] : []) {
    const first = other.split(' ')[0]!;
    const both = `${best} and ${isOrdinaryWord(first.toLowerCase()) ? first.toLowerCase() : first}${other.slice(first.length)}`;
    if (both.length <= MAX_JOINED && isDescriptionShape(both, entity)) return both;
  }
  // A title the text gives the person before a phrase it gives them after: "Senator and Virginia Democrat".
  const title =
    type === 'person' && role(best) && !lone(best)
      ? kept.find((d) => lone(d) && TITLES.has(d) && OFFICES.test(d) && !same(best, d) && !same(d, best))
      : undefined;
  if (title) {
    const first = best.split(' ')[0]!;
    const both = `${title} and ${isOrdinaryWord(first.toLowerCase()) ? first.toLowerCase() : first}${best.slice(first.length)}`;
    if (both.length <= MAX_JOINED && isDescriptionShape(both, entity)) return both;
  }
  // A country, state or city the article says nothing of is still a kind of place the gazetteer knows, and a widely
  // reported organisation, party or event what the lexicon knows it to be.
  // A body or a place whose name holds its kind is that kind ("Velden University": University).
  const known = type === 'place' ? (placeKind(p.name) ?? '') : knownKind(p, type);
  // "Where Ada Brook is an analyst" says who works there, not what the body is: the kind, when known, goes first
  // ("Bank where Ada Brook is an analyst").
  const kindKnown = known || nameKind(p.name, type);
  if (best.startsWith('Where ') && kindKnown) {
    const both = `${kindKnown} where${best.slice('Where'.length)}`;
    return both.length <= MAX_JOINED ? both : kindKnown;
  }
  // "In Afghanistan" says where a body is, not what: its known kind goes first ("Militant group in Afghanistan").
  if (type !== 'place' && /^In \p{Lu}/u.test(best) && kindKnown && !/\sin\s/.test(kindKnown))
    // "Afghan insurgent group" says the place already.
    return DEMONYMS.get(kindKnown.split(' ')[0]!) === best.slice(3) ? kindKnown : `${kindKnown} in${best.slice(2)}`;
  return best || known || nameKind(p.name, type);
}

/** A phrase from its head noun on: "Fierce and uncompromising elder of the tribe" → "elder of the tribe". */
function fromHead(phrase: string): string {
  const words = phrase.split(' ');
  const head = headNoun(phrase);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  return at > 0 ? words.slice(at).join(' ') : phrase;
}

/** The kind of body or place a name ends with ("Polytechnic University": University), for its own type. */
function kindInName(name: string, type: EntityType): string | undefined {
  const last = name.split(' ').at(-1)!;
  const kind = kindOf(last);
  const kinds = type === 'organization' ? ORG_KINDS : type === 'place' ? PLACE_KINDS : undefined;
  return kind && kind === last.toLowerCase() && kinds?.has(kind)
    ? last.charAt(0).toUpperCase() + kind.slice(1)
    : undefined;
}

/** What the lexicon of known names says the entity is, when its name or an alias is one of them, of the same type. */
function knownKind(p: Pending, type: EntityType): string {
  for (const form of [p.name, ...p.aliases]) {
    const known = KNOWN_NAMES.get(form) ?? (PARTY_WORDS.get(form) === form ? { name: form, type } : undefined);
    const kind = known && known.type === type ? KNOWN_KINDS.get(known.name) : undefined;
    if (kind) return kind;
  }
  return describedKind([p.name, ...p.aliases], type);
}

// Where a long appositive may be cut to the noun phrase it opens with: before a second, coordinated phrase ("and a
// co-founder of …") or before a preposition that starts saying something else ("… aide to Vice President Pence on
// Trump’s call"), or before "for" and a lower-case word ("library for parsing dates").
const CUTS =
  /,?\s+(?:and|or)\s+(?:an?|the|his|her|its|their)\s+|,\s+|\s+(?:on|in|with|during|since|after|before|from|over|about|amid|when|while|who|which|that|as)\s+|\s+for\s+(?=\p{Ll})/gu;

/**
 * The longest head of `d` ending at a cut that has the shape of a description and a role or kind for its head, when
 * `d` itself does not; null otherwise.
 */
export function shortened(d: string, entity: DescribedEntity): string | null {
  if (isDescriptionShape(d, entity)) return null;
  const ends = [...d.matchAll(CUTS)].map((m) => m.index).reverse();
  for (const end of ends) {
    const head = d.slice(0, end).replace(/[\s,]+$/, '');
    if (head.split(/\s+/).length < 2) continue;
    if (isDescriptionShape(head, entity) && isRolePhrase(head)) return head;
  }
  return null;
}
