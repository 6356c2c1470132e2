import { z } from 'zod';
import { correctionSchema, entityTypeSchema, LIMITS, quoteSchema, sourceSchema } from '../../dictionary/schema';

/** Bounds that keep the reader's layer small enough to load on every page. */
export const LAYER_LIMITS = {
  /** Learned articles kept at once (about 70 MB of them): remembering one more forgets the oldest. */
  learnedSources: 5_000,
  /**
   * About as many bytes (of the layer's JSON) as the learned articles may take: remembering prunes the oldest past
   * either bound, so a run of very long articles cannot fill the disk before the count is reached.
   */
  bytes: 100_000_000,
  /** Facts kept per entity from one article. */
  factsPerEntityPerSource: 2,
  /** Characters kept of one fact. */
  factLength: 400,
  /** Characters kept of one learned description. */
  descriptionLength: 300,
  /** Entities kept from one article (a news article names far fewer; a long reference page is cut here). */
  entitiesPerSource: 150,
  /** Quotes kept from one article. */
  quotesPerSource: 25,
  /** Candidates offered in one pending decision. */
  candidates: 10,
  pending: 5_000,
} as const;

const id = z.string().min(1).max(LIMITS.idLength);
const name = z.string().min(1).max(LIMITS.nameLength);

/** What one learned article says about one entity; `id` is the entity it was merged into. */
export const contributionSchema = z.object({
  id,
  name,
  type: entityTypeSchema,
  aliases: z.array(name).max(LIMITS.aliasesPerEntity),
  description: z.string().max(LIMITS.textLength),
  facts: z.array(z.string().max(LIMITS.textLength)).max(LIMITS.factsPerEntity),
  /** The description is this fact, word for word (stored once to keep the layer small). */
  descriptionFact: z.number().int().nonnegative().max(LIMITS.factsPerEntity).optional(),
});

/** One learned article: its source, when it was learned, and what it contributed. */
export const learnedSourceSchema = z.object({
  source: sourceSchema,
  /** Learned order: larger is newer. */
  order: z.number().int().nonnegative(),
  /**
   * When it was learned (ms since the epoch), so the reader can forget the last hour or day. Absent on articles kept
   * before times were kept and on ones imported from a file without them: they count as learned long ago.
   */
  learnedAt: z.number().int().nonnegative().optional(),
  /** A key for the article's text (articleTextKey), when it was kept as read: the same story at another address is kept once. */
  textKey: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  entities: z.array(contributionSchema).max(LIMITS.entities),
  quotes: z.array(quoteSchema).max(LIMITS.quotes),
});

/** A merge the layer would not guess: the learned entity stays apart until the reader decides. */
export const pendingDecisionSchema = z.object({
  id,
  source: id,
  /** The learned entity, kept as its own entity meanwhile. */
  entity: id,
  name,
  type: entityTypeSchema,
  /** Existing entities it may be. */
  candidates: z.array(z.object({ id, name, type: entityTypeSchema })).max(LAYER_LIMITS.candidates),
  reason: z.enum(['type-clash', 'ambiguous']),
});

/** The layout version of the stored layer; layer-migrate turns every earlier one into it. */
export const LAYER_VERSION = 2;

export const readerLayerSchema = z.object({
  version: z.literal(LAYER_VERSION),
  nextOrder: z.number().int().nonnegative(),
  sources: z.array(learnedSourceSchema).max(LAYER_LIMITS.learnedSources),
  corrections: z.array(correctionSchema).max(LIMITS.corrections),
  pending: z.array(pendingDecisionSchema).max(LAYER_LIMITS.pending),
});

export type Contribution = z.infer<typeof contributionSchema>;
export type LearnedSource = z.infer<typeof learnedSourceSchema>;
export type PendingDecision = z.infer<typeof pendingDecisionSchema>;
export type ReaderLayer = z.infer<typeof readerLayerSchema>;

/** A layer with nothing learned and nothing corrected. */
export function emptyLayer(): ReaderLayer {
  return { version: LAYER_VERSION, nextOrder: 0, sources: [], corrections: [], pending: [] };
}
