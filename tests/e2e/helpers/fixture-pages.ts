import type { EntityForms } from './dictionary-forms';

/**
 * Served with the saved real pages: their own scripts do not run and nothing outside localhost loads, so the copies
 * behave as a reader-mode snapshot, make no requests of their own to the internet and throw no errors of their own.
 */
export const LOCAL_ONLY_CSP = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'",
};

/** A name the fixtures can print: the entity's own name, known to mean that entity and no other. */
export interface FixtureName {
  form: string;
  id: string;
}

/**
 * Up to `count` names from the dictionary for the hostile fixtures: capitalised entity names that no other entity
 * shares, so a page that prints one knows exactly which entity must be marked.
 */
export function fixtureNames(entities: EntityForms[], count: number): FixtureName[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) for (const f of e.forms) owners.set(f, (owners.get(f) ?? new Set()).add(e.id));
  const names = entities
    .filter((e) => /^\p{Lu}/u.test(e.name) && e.name.length >= 3 && owners.get(e.name)?.size === 1)
    .map((e) => ({ form: e.name, id: e.id }));
  if (names.length < Math.min(count, 3)) throw new Error(`the dictionary has only ${names.length} usable names`);
  return names.slice(0, count);
}

/** Fills `{{name:N}}` placeholders in fixture templates with the N-th fixture name (cycling). */
export function fillNames(names: FixtureName[]): (path: string, body: string) => string {
  return (_path, body) => body.replace(/\{\{name:(\d+)\}\}/g, (_m, n: string) => names[Number(n) % names.length]!.form);
}
