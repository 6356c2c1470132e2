import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One entity's id and every written form the extension may mark it by (name and aliases). */
export interface EntityForms {
  id: string;
  name: string;
  forms: string[];
}

/** The bundled dictionary's entities as name forms, read from the file the extension was built with. */
export function bundledEntityForms(): EntityForms[] {
  const path = resolve(import.meta.dirname, '../../../assets/dictionary.json');
  const dictionary = JSON.parse(readFileSync(path, 'utf8')) as {
    entities: { id: string; name: string; aliases: string[] }[];
  };
  return dictionary.entities.map((e) => ({ id: e.id, name: e.name, forms: [...new Set([e.name, ...e.aliases])] }));
}

/** The entity a reader knows as `name` (by its name or an alias), or undefined when the dictionary lacks it. */
export function entityNamed(entities: EntityForms[], name: string): EntityForms | undefined {
  return entities.find((e) => e.name === name) ?? entities.find((e) => e.forms.includes(name));
}
