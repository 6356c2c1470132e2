// The kind a body's or a place's own name gives it, for a card the article says nothing else for: "Velden
// University": University; "Arden Prosecution Authority" beside a demonym: "Ardenian authority"; "Ministry of Ports
// of Norway": Government ministry in Norway. A kind is a noun phrase a reader can use; the name alone is not.

import type { EntityType } from '../dictionary/schema';
import { DEMONYMS, PLACES } from './lexicon/gazetteer';

const lines = (s: string): Array<[string, string]> =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('>') as [string, string]);

// Head word of a body's name -> what such a body is.
const BODY_KINDS: ReadonlyMap<string, string> = new Map(
  lines(`
Department>Government department
Ministry>Government ministry
Police>Police force
Army>Army
Navy>Navy
University>University
College>College
School>School
Academy>Academy
Hospital>Hospital
Clinic>Clinic
Court>Court
Tribunal>Tribunal
Council>Council
Committee>Committee
Commission>Commission
Agency>Agency
Authority>Authority
Bureau>Bureau
Institute>Institute
Foundation>Foundation
Society>Society
Association>Association
Federation>Federation
League>League
Union>Union
Party>Political party
Company>Company
Corporation>Company
Inc>Company
Ltd>Company
Bank>Bank
Airlines>Airline
Airways>Airline
Motors>Carmaker
Pharmaceuticals>Drugmaker
Studios>Studio
Records>Record label
Insurance>Insurer
Church>Church
Diocese>Diocese
Coalition>Coalition
Alliance>Alliance
Caucus>Caucus
Group>Company
Holdings>Holding company
Exchange>Exchange
Times>Newspaper
Post>Newspaper
Tribune>Newspaper
Gazette>Newspaper
Herald>Newspaper
Labs>Company
Systems>Company
Capital>Investment firm
Partners>Firm
Administration>Government agency
Magazine>Magazine
Fund>Fund
`),
);

// Head word of a place's name -> what such a place is.
const PLACE_NAME_KINDS: ReadonlyMap<string, string> = new Map(
  lines(`
Island>Island
Islands>Islands
Harbour>Harbour
Harbor>Harbor
Bay>Bay
River>River
Lake>Lake
Mountain>Mountain
Mountains>Mountain range
Valley>Valley
Beach>Beach
Museum>Museum
Prison>Prison
Airport>Airport
Station>Station
Stadium>Stadium
Arena>Arena
Park>Park
Bridge>Bridge
Square>Square
Street>Street
Avenue>Avenue
Road>Road
Boulevard>Boulevard
Lane>Lane
Drive>Road
Highway>Highway
Township>Township
Parish>Parish
Canyon>Canyon
Creek>Creek
Falls>Waterfall
Forest>Forest
Desert>Desert
Peninsula>Peninsula
Strait>Strait
Glacier>Glacier
Volcano>Volcano
Reservoir>Reservoir
Canal>Canal
Mall>Shopping mall
Cemetery>Cemetery
Tower>Tower
County>County
Province>Province
District>District
`),
);

// A field word in a company's name -> what such a company is ("Arden Motor Car Company": Carmaker).
const COMPANY_FIELDS: ReadonlyMap<string, string> = new Map(
  lines(`
Motor>Carmaker
Motors>Carmaker
Car>Carmaker
News>Media company
Media>Media company
Oil>Oil company
Petroleum>Oil company
Gas>Gas company
Energy>Energy company
Power>Energy company
Electric>Energy company
Software>Software company
Technology>Technology company
Technologies>Technology company
Mining>Mining company
Steel>Steelmaker
Shipping>Shipping company
Publishing>Publisher
Pictures>Film studio
Film>Film studio
Pharmaceutical>Drugmaker
Chemical>Chemical company
Railway>Railway company
Railroad>Railroad company
`),
);

// Words after which a name says what the body does, not what it is ("Department of Ports", "Committee on Trade").
const TAIL_OPENERS = new Set(['of', 'for', 'on', 'and', 'to']);

/** The head word of a name: its last word before "of", "for", "on" ("Ministry of Ports": Ministry). */
function headWord(words: string[]): string {
  const cut = words.findIndex((w, i) => i > 0 && TAIL_OPENERS.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).at(-1)!.replace(/\.$/, '');
}

/** The longest known place named inside the name ("New York University": New York). */
function placeIn(words: string[]): string | undefined {
  for (let n = Math.min(3, words.length - 1); n > 0; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const place = PLACES.get(words.slice(i, i + n).join(' '));
      if (place) return place;
    }
  return undefined;
}

// Last words of the name of a thing or an event -> what it is; two words are read before one.
const OTHER_NAME_KINDS: ReadonlyMap<string, string> = new Map(
  lines(`
Space Station>Space station
Motor Show>Motor show
Air Show>Air show
Amendment>Constitutional amendment
Expo>Exhibition
Exposition>Exhibition
Fair>Fair
Awards>Awards
Prize>Prize
Cup>Tournament
Championship>Championship
Championships>Championship
Olympics>Olympic Games
Marathon>Marathon
Tournament>Tournament
Programme>Programme
Program>Program
Initiative>Initiative
`),
);

const EVENTS = new Set([
  'Motor show',
  'Air show',
  'Exhibition',
  'Fair',
  'Tournament',
  'Championship',
  'Olympic Games',
  'Marathon',
]);

/** What a thing's or an event's name ends with says it is ("Velden Motor Show": Motor show), or ''. */
function otherKind(words: string[]): string {
  return OTHER_NAME_KINDS.get(words.slice(-2).join(' ')) ?? OTHER_NAME_KINDS.get(words.at(-1)!) ?? '';
}

// "Tarsk nuclear deal", "Lorne police": the lower-case words closing a name are the kind of thing it is.
const LOWER_TAIL = /^(?:\p{Lu}\S*\s+)+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u;

/** The card a name gives a body, a place or a thing of `type`, or '' when its name holds no kind. */
export function nameKind(name: string, type: EntityType): string {
  const words = name.split(/\s+/);
  if (words.length < 2 || type === 'person') return '';
  const tail = LOWER_TAIL.exec(name)?.[1];
  if (tail && !TAIL_OPENERS.has(tail.split(' ')[0]!)) return tail.charAt(0).toUpperCase() + tail.slice(1);
  if (type === 'other') {
    // "Lorne Marathon", "Tarsk Motor Show": an event held in the place its name opens with.
    const kind = otherKind(words);
    const place = kind && EVENTS.has(kind) ? PLACES.get(words[0]!) : undefined;
    return place ? `${kind} in ${place}` : kind;
  }
  const head = headWord(words);
  const kind = (type === 'organization' ? BODY_KINDS : PLACE_NAME_KINDS).get(head);
  if (!kind) return '';
  if (kind === 'Company') {
    const field = words.find((w) => COMPANY_FIELDS.has(w));
    if (field) return COMPANY_FIELDS.get(field)!;
  }
  const demonym = DEMONYMS.get(words[0]!);
  if (demonym && type === 'organization') return `${words[0]} ${kind.toLowerCase()}`;
  // "Arden Bay" is no bay in Arden: a place's name says where only for a body.
  const place = type === 'organization' ? placeIn(words) : undefined;
  return place ? `${kind} in ${place}` : kind;
}
