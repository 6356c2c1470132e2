import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const GOLD_DIR = resolve(import.meta.dirname, '../../gold-dev');

/** A gold entity as the read-along checks use it: its type, every form the text uses, what its card should say. */
export interface GoldName {
  name: string;
  type: 'person' | 'organization' | 'place' | 'other';
  forms: string[];
  mustMention: string[][];
}

/** The people, organisations and places a gold article names (the kinds reading along must mark). */
export function goldNames(article: string): GoldName[] {
  const gold = JSON.parse(readFileSync(`${GOLD_DIR}/${article}.gold.json`, 'utf8')) as {
    entities: { name: string; type: GoldName['type']; aliases?: string[]; descriptionMustMention?: string[][] }[];
  };
  return gold.entities
    .filter((e) => e.type !== 'other')
    .map((e) => ({
      name: e.name,
      type: e.type,
      forms: [...new Set([e.name, ...(e.aliases ?? [])])],
      mustMention: e.descriptionMustMention ?? [],
    }));
}

/** The hand-checked body text of a gold article (the story, without the page around it). */
export function goldText(article: string): string {
  return readFileSync(`${GOLD_DIR}/${article}.txt`, 'utf8');
}

/** The articles held back from the builder's rules, with a saved page in tests/fixtures/news/. */
export function heldBackNewsPages(): string[] {
  const held = JSON.parse(readFileSync(`${GOLD_DIR}/held-back.json`, 'utf8')) as string[];
  const fixtures = resolve(import.meta.dirname, '../../fixtures/news');
  return held.filter((name) => {
    try {
      readFileSync(`${fixtures}/${name}.html`);
      return true;
    } catch {
      return false;
    }
  });
}

/** Names compared as a reader would: accents, case, spacing and a trailing possessive do not matter. */
export const foldName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/['’]s?$/u, '')
    .trim()
    .toLowerCase();

/** Whether a card's text says what the gold asks of it: one alternative of every group. */
export function saysWhatStorySays(cardText: string, mustMention: string[][]): boolean {
  const text = cardText.toLowerCase();
  return (
    mustMention.length > 0 && mustMention.every((group) => group.some((word) => text.includes(word.toLowerCase())))
  );
}

/**
 * In the page: every mark's entity and text, and whether its paragraph is part of the story (its block's text, a
 * stretch of at least 25 characters, found in `storyText`, the hand-checked body).
 */
export function marksWithPlace(storyText: string): { id: string; text: string; inStory: boolean }[] {
  const fold = (s: string) =>
    s
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
  const story = fold(storyText);
  const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,td,th,dd,dt,div,section,article';
  return [...document.querySelectorAll<HTMLElement>('mark[data-backstory-entity]')].map((mark) => {
    const block = mark.closest(BLOCK);
    const text = fold(block?.textContent ?? '');
    const probe = text.slice(0, 60);
    return {
      id: mark.getAttribute('data-backstory-entity') ?? '',
      text: mark.textContent ?? '',
      inStory: probe.length >= 25 && story.includes(probe),
    };
  });
}
