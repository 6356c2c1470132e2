import { fakeBrowser } from 'wxt/testing';
import type { Dictionary, Entity, EntityType, Quote } from '@/utils/dictionary/schema';

/** An entity with defaults, facts attributed to `source`. */
export function entity(
  id: string,
  name: string,
  type: EntityType,
  aliases: string[] = [],
  facts: string[] = [],
  source = 's1',
): Entity {
  return { id, name, type, aliases, description: '', facts: facts.map((text) => ({ text, source })) };
}

/** A one-source dictionary as the builder makes for one article. */
export function article(entities: Entity[], quotes: Omit<Quote, 'source' | 'id'>[] = [], source = 's1'): Dictionary {
  return {
    schemaVersion: 1,
    sources: [{ id: source, title: 'An article' }],
    entities: entities.map((e) => ({ ...e, facts: e.facts.map((f) => ({ ...f, source })) })),
    quotes: quotes.map((q, i) => ({ ...q, id: `q${i}`, source })),
  };
}

/** The bundled dictionary used across the tests: one person, one organisation, one place. */
export function bundled(): Dictionary {
  return {
    schemaVersion: 1,
    sources: [{ id: 'b1', title: 'Bundled story', published: '2015-01-01' }],
    entities: [
      {
        id: 'boris-johnson',
        name: 'Boris Johnson',
        type: 'person',
        aliases: ['Johnson', 'Mr Johnson'],
        description: 'Mayor of London.',
        facts: [{ text: 'Boris Johnson was mayor.', source: 'b1' }],
      },
      entity('nato', 'NATO', 'organization', [], [], 'b1'),
      entity('jordan', 'Jordan', 'place', [], [], 'b1'),
    ],
    quotes: [{ id: 'bq1', text: 'Bundled words.', speaker: 'boris-johnson', about: [], source: 'b1' }],
  };
}

/** Metadata of a learned page. */
export const page = (n: number, published?: string) => ({
  url: `https://news.example/story-${n}`,
  title: `Story ${n}`,
  publisher: 'Example News',
  ...(published ? { published } : {}),
});

/**
 * A new browser session, as after a restart or an update of the extension: what the session's storage held is gone,
 * so the next start checks the layer's items in full.
 */
export const newBrowserSession = () => fakeBrowser.storage.session.clear();
