import { z } from 'zod';

import { ENTITY_TYPES, LIMITS, SCHEMA_VERSION } from './constants';

export { ENTITY_TYPES, LIMITS, SCHEMA_VERSION };
export type { EntityType } from './constants';

const id = z.string().min(1).max(LIMITS.idLength);
const shortText = z.string().max(LIMITS.nameLength);
const longText = z.string().max(LIMITS.textLength);

export const entityTypeSchema = z.enum(ENTITY_TYPES);

export const sourceSchema = z.object({
  id,
  title: longText,
  url: z.string().max(LIMITS.urlLength).optional(),
  publisher: shortText.optional(),
  published: shortText.optional(),
});

export const factSchema = z.object({
  text: longText,
  source: id,
});

export const entitySchema = z.object({
  id,
  name: shortText.min(1),
  type: entityTypeSchema,
  aliases: z.array(shortText.min(1)).max(LIMITS.aliasesPerEntity),
  description: longText,
  facts: z.array(factSchema).max(LIMITS.factsPerEntity),
  /** Ids of the sources that name this entity; a reader's layer keeps it so removing a source knows what it held up. */
  mentionedIn: z.array(id).max(LIMITS.sources).optional(),
});

export const quoteSchema = z.object({
  id,
  text: longText.min(1),
  speaker: id.nullable(),
  about: z.array(id).max(LIMITS.aliasesPerEntity),
  source: id,
});

/** A reader's correction to one entity, applied wherever the entity shows; `name` is kept for display. */
export const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-a-name'), entity: id, name: shortText }),
  z.object({ kind: z.literal('wrong-type'), entity: id, name: shortText, type: entityTypeSchema }),
  z.object({ kind: z.literal('same-as'), entity: id, name: shortText, target: id }),
  z.object({ kind: z.literal('hide'), entity: id, name: shortText }),
]);

/** What one learned article said of one name, in a reader's exported layer: the name, aliases and description. */
export const learnedMentionSchema = z.object({
  entity: id,
  name: shortText.min(1),
  aliases: z.array(shortText.min(1)).max(LIMITS.aliasesPerEntity),
  description: longText,
});

/**
 * One learned article of a reader's exported layer, by its source's id: when it was learned (ms since the epoch), a
 * key for its text (so the same story at another address is still kept once), and what it said of each name, so
 * forgetting it after an import takes exactly what it said.
 */
export const learnedArticleSchema = z.object({
  source: id,
  learnedAt: z.number().int().nonnegative().optional(),
  textKey: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  entities: z.array(learnedMentionSchema).max(LIMITS.entities).optional(),
});

export const dictionarySchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    sources: z.array(sourceSchema).max(LIMITS.sources),
    entities: z.array(entitySchema).max(LIMITS.entities),
    quotes: z.array(quoteSchema).max(LIMITS.quotes),
    /** Only in a reader's exported layer: the corrections the reader made. */
    corrections: z.array(correctionSchema).max(LIMITS.corrections).optional(),
    /** Only in a reader's exported layer: what the layer keeps of each learned article beyond its source. */
    learned: z.array(learnedArticleSchema).max(LIMITS.sources).optional(),
  })
  .superRefine((dict, ctx) => {
    // References must point at something that exists: a dangling id would surface as a broken card.
    const sourceIds = new Set<string>();
    dict.sources.forEach((s, i) => {
      if (sourceIds.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      sourceIds.add(s.id);
    });
    const entityIds = new Set<string>();
    dict.entities.forEach((e, i) => {
      if (entityIds.has(e.id))
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
      entityIds.add(e.id);
      e.mentionedIn?.forEach((s, j) => {
        if (!sourceIds.has(s))
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'mentionedIn', j], message: `unknown source "${s}"` });
      });
      e.facts.forEach((f, j) => {
        if (!sourceIds.has(f.source))
          ctx.addIssue({
            code: 'custom',
            path: ['entities', i, 'facts', j, 'source'],
            message: `unknown source "${f.source}"`,
          });
      });
    });
    checkLearned(dict.learned ?? [], sourceIds, entityIds, ctx);
    dict.quotes.forEach((q, i) => {
      if (!sourceIds.has(q.source))
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'source'], message: `unknown source "${q.source}"` });
      if (q.speaker !== null && !entityIds.has(q.speaker))
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'speaker'], message: `unknown entity "${q.speaker}"` });
      q.about.forEach((a, j) => {
        if (!entityIds.has(a))
          ctx.addIssue({ code: 'custom', path: ['quotes', i, 'about', j], message: `unknown entity "${a}"` });
      });
    });
  });

/** A learned article points at one source of the file, once, and at entities the file has. */
function checkLearned(
  learned: readonly z.infer<typeof learnedArticleSchema>[],
  sourceIds: ReadonlySet<string>,
  entityIds: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  learned.forEach((a, i) => {
    const path = ['learned', i];
    if (!sourceIds.has(a.source))
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `unknown source "${a.source}"` });
    else if (seen.has(a.source))
      ctx.addIssue({ code: 'custom', path: [...path, 'source'], message: `duplicate source "${a.source}"` });
    seen.add(a.source);
    a.entities?.forEach((m, j) => {
      if (!entityIds.has(m.entity))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'entities', j, 'entity'],
          message: `unknown entity "${m.entity}"`,
        });
    });
  });
}

export type Source = z.infer<typeof sourceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Dictionary = z.infer<typeof dictionarySchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type LearnedArticle = z.infer<typeof learnedArticleSchema>;
export type LearnedMention = z.infer<typeof learnedMentionSchema>;

/** The dictionary schema as JSON Schema (draft 2020-12), the form published in `schema/`. */
export function dictionaryJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://backstory.invalid/schema/dictionary.schema.json',
    title: 'Backstory entity dictionary',
    ...z.toJSONSchema(dictionarySchema, { target: 'draft-2020-12' }),
  };
}
