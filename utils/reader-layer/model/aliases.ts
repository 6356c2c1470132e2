import { LIMITS } from '../../dictionary/constants';

/** Adds aliases that differ from the name and from each other, up to the schema's cap. */
export function addAliases(
  entity: { name: string; aliases: string[] },
  names: readonly string[],
  have = new Set([entity.name, ...entity.aliases]),
): void {
  for (const n of names) {
    if (entity.aliases.length >= LIMITS.aliasesPerEntity) return;
    if (!have.has(n)) {
      have.add(n);
      entity.aliases.push(n);
    }
  }
}
