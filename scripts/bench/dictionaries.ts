import { readFile } from 'node:fs/promises';

/** The part of a dictionary entity the strategies need. */
export interface BenchEntity {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

const COMMON = new Set(
  'The A An In On At Of For And But Or If It Its This That These Those He She They We You I His Her Their Our Your My As By With From To Is Was Are Were Be Has Have Had Not No Yes So Mr Mrs Ms Dr Photo Image Read More New Share Follow Sign Log Home Menu Search Skip Advertisement Related January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** Capitalised names (one to three words) that occur in the pages' text, most frequent first. */
export async function realNames(files: string[], limit: number): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const text = html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ');
    for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\b/gu)) {
      const name = m[0];
      if (COMMON.has(name.split(' ')[0]!)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([name]) => name);
}

const SYLLABLES = 'ka ro vin tel sa mor qua len dri bo zet nu fa gor pel shi tan vex lu mar den cor iv ost ber'.split(
  ' ',
);

/** A word made of syllables spelling `n` in base 25 (at least three syllables), capitalised. */
function word(n: number): string {
  let s = '';
  for (let k = 0; k < 3 || n > 0; k++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return s[0]!.toUpperCase() + s.slice(1);
}

/** A deterministic, unique made-up name (two words) that does not occur in real text. */
function syntheticName(i: number): string {
  return `${word(i)} ${word((i * 7919) % 1_000_003)}x`;
}

/**
 * A dictionary of `size` aliases: the real names (each its own entity) and synthetic ones, about a third of the
 * synthetic entities carrying a second alias (the surname), as real dictionaries do.
 */
export function syntheticDictionary(size: number, real: string[]): BenchEntity[] {
  const entities: BenchEntity[] = real
    .slice(0, size)
    .map((name, i) => ({ id: `r${i}`, name, type: 'other', aliases: [] }));
  let aliases = entities.length;
  for (let i = 0; aliases < size; i++) {
    const name = syntheticName(i);
    const second = i % 3 === 0 && aliases + 1 < size ? [name.split(' ')[1]! + 'q'] : [];
    entities.push({ id: `s${i}`, name, type: 'person', aliases: second });
    aliases += 1 + second.length;
  }
  return entities;
}

/** Number of aliases (names included) of a list of entities. */
export const aliasCount = (entities: BenchEntity[]) => entities.reduce((n, e) => n + 1 + e.aliases.length, 0);
