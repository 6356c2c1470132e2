import { LAYER_VERSION } from './layer-schema';

/**
 * A stored layer of an earlier layout in the current one, before it is checked; anything else is returned as it is
 * (the check then says what is wrong). Version 1 lacked `learnedAt`, which stays absent: its articles count as
 * learned long ago, so forgetting the last hour never takes them.
 */
export function migrateLayer(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const stored = raw as { version?: unknown };
  if (stored.version === 1) return { ...stored, version: LAYER_VERSION };
  return raw;
}
