import { ENGLISH_FIRST_NAMES } from './lexicon/english-first-names';
import { FEMALE_FIRST_NAMES } from './lexicon/female-first-names';
import type { EntityDraft } from './types';

/** What a person's titles or first name say about which pronoun fits them; null when nothing does. */
export type Gender = 'female' | 'male' | null;

const MALE_TITLES = new Set([
  'Mr',
  'Mr.',
  'Sir',
  'Lord',
  'King',
  'Prince',
  'Duke',
  'Father',
  'Brother',
  'Congressman',
  'Emperor',
  'Sultan',
  'Sheikh',
  'Fr',
  'Fr.',
]);
const FEMALE_TITLES = new Set([
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Miss',
  'Dame',
  'Lady',
  'Queen',
  'Princess',
  'Duchess',
  'Sister',
  'Congresswoman',
]);

/** Infers a person's grammatical gender from their titles and first name. */
export function genderOf(e: EntityDraft): Gender {
  if (e.type !== 'person') return null;
  for (const m of e.mentions)
    for (const t of m.titles) {
      if (MALE_TITLES.has(t)) return 'male';
      if (FEMALE_TITLES.has(t)) return 'female';
    }
  const first = e.name.split(' ')[0]!;
  if (!e.name.includes(' ')) return null;
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  if (ENGLISH_FIRST_NAMES.has(first)) return 'male';
  return null;
}

/** True unless the pronoun clearly does not fit the person ("she" for a Mr). */
export function pronounFits(pronoun: string, gender: Gender): boolean {
  const p = pronoun.toLowerCase();
  if (gender === null) return true;
  if (p === 'she' || p === 'her' || p === 'hers') return gender === 'female';
  if (p === 'he' || p === 'his' || p === 'him') return gender === 'male';
  return true;
}
