import type { Quote } from '../../dictionary/schema';
import type { DictionaryIndex } from '../../dictionary/lookup';
import type { CardBundle } from '../../messaging';
import { isLearnedSourceId } from '../model/source-id';

/** Quotes handed over per entity and kind (said, about): a card shows a few, the newest. */
export const CARD_QUOTES = 10;
/** Entities asked for in one message. */
export const CARD_IDS = 50;
/** Entities whose read-before counts are asked for in one message: more than a page lists. */
export const READ_BEFORE_IDS = 500;
/** Learned articles naming an entity whose details go with its card: the newest, for the card to cite a few. */
const CARD_READ_BEFORE = 12;

/** What a card bundle holds before its sources are looked up: entities, quotes (in no order) and the cited sources. */
export interface CardParts {
  entities: Map<string, CardBundle['entities'][number]>;
  quotes: Set<Quote>;
  sourceIds: Set<string>;
}

/** The entities `ids` of `index`, their newest quotes, the speakers and every cited source's id. */
export function cardParts(index: DictionaryIndex, ids: readonly string[]): CardParts {
  const entities = new Map<string, CardBundle['entities'][number]>();
  const quotes = new Set<Quote>();
  for (const id of ids.slice(0, CARD_IDS)) {
    const entity = index.entity(id);
    if (!entity) continue;
    entities.set(id, entity);
    const { said, about } = index.relatedQuotes(id);
    for (const q of [...said.slice(0, CARD_QUOTES), ...about.slice(0, CARD_QUOTES)]) quotes.add(q);
  }
  const sourceIds = new Set<string>();
  for (const e of [...entities.values()]) {
    for (const f of e.facts) sourceIds.add(f.source);
    // The newest articles naming it, for "In N articles you read".
    for (const s of (e.mentionedIn ?? []).filter(isLearnedSourceId).slice(-CARD_READ_BEFORE)) sourceIds.add(s);
  }
  for (const q of quotes) {
    sourceIds.add(q.source);
    const speaker = q.speaker ? index.entity(q.speaker) : undefined;
    if (speaker && !entities.has(speaker.id)) entities.set(speaker.id, { ...speaker, facts: [] });
  }
  return { entities, quotes, sourceIds };
}
