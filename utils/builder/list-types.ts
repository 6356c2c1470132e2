import type { EntityType } from '../dictionary/schema';
import { decideType } from './typing';
import type { Mention, Paragraph, TypeScores } from './types';

/** What the list rule reads of an entity being built. */
export interface ListMember {
  name: string;
  fixed?: EntityType;
  scores: TypeScores;
  mentions: Mention[];
}

// Between two items of a list: a comma, perhaps "and" or "or" after it, or "and"/"or" alone before the last.
const BETWEEN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/**
 * "Chelsea, Velden United, Real Orbix and Porto": names listed together are most often of one kind. Where most
 * members of a list of three or more already read as one type, the others lean to it.
 */
export function leanToListType(members: ListMember[], paragraphs: Paragraph[]): void {
  const placed = members.flatMap((c, i) => c.mentions.map((m) => ({ m, i })));
  placed.sort((a, b) => a.m.para - b.m.para || a.m.start - b.m.start);
  const types = members.map((c) => c.fixed ?? decideType(c.name, c.scores));
  let list: number[] = [];
  const close = () => {
    if (list.length >= 3) lean(list, members, types);
    if (list.length >= 2) fillUnknown(list, members, types);
    list = [];
  };
  placed.forEach(({ m, i }, k) => {
    const prev = placed[k - 1]?.m;
    const joined = prev && prev.para === m.para && BETWEEN.test(paragraphs[m.para]!.text.slice(prev.end, m.start));
    if (!joined) close();
    if (!joined || !list.length) list = [];
    if (!list.length && prev && joined) list.push(placed[k - 1]!.i);
    list.push(i);
  });
  close();
}

function lean(list: number[], members: ListMember[], types: EntityType[]): void {
  const counts = new Map<EntityType, number>();
  for (const i of new Set(list)) counts.set(types[i]!, (counts.get(types[i]!) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  // Two of a kind at least, and more than half of the list.
  if (n < 2 || n * 2 <= new Set(list).size) return;
  for (const i of new Set(list)) if (!members[i]!.fixed && types[i] !== top) members[i]!.scores[top] += 3;
}

const known = (c: ListMember) => !!c.fixed || Object.values(c.scores).some((x) => x > 0);

// "firms such as Glow Works Studio and Brightneon": a member the text says nothing of is of the kind its listed
// fellows all are.
function fillUnknown(list: number[], members: ListMember[], types: EntityType[]): void {
  const ids = [...new Set(list)];
  const told = new Set(ids.filter((i) => known(members[i]!)).map((i) => types[i]!));
  if (told.size !== 1) return;
  const [top] = told;
  for (const i of ids) if (!known(members[i]!)) members[i]!.scores[top!] += 1;
}
