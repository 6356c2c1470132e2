import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { metaPathOf, parseArticleMeta, readArticleMeta } from '../../scripts/lib/article-meta';
import { readArticle } from '../../scripts/lib/read-articles';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-meta-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const LEDE = 'Ada Brook opened the harbour bridge on Monday, the council said.';

describe('an article’s sidecar', () => {
  it('sits next to the article under its name', () => {
    expect(metaPathOf('/a/b/001_story.txt')).toBe('/a/b/001_story.meta.json');
  });

  it('gives the headline, publisher, date and address, which the article then carries', () => {
    const file = article('story.txt', `${LEDE}\nShe thanked the builders.\n`);
    writeFileSync(
      metaPathOf(file),
      JSON.stringify({
        headline: 'Harbour Bridge Opens',
        publisher: 'Arden Times',
        published: '2024-11-19',
        url: 'https://arden.example/bridge',
      }),
    );
    const read = readArticle(file);
    expect(read).toMatchObject({
      id: 'story',
      title: 'Harbour Bridge Opens',
      publisher: 'Arden Times',
      published: '2024-11-19',
      url: 'https://arden.example/bridge',
    });
    // The first line of a plain-text file was no headline after all: it stays in the text.
    expect(read.text).toBe(`${LEDE}\nShe thanked the builders.`);
  });

  it('is optional: without one the article reads as before', () => {
    const file = article('story.txt', `${LEDE}\nShe thanked the builders.\n`);
    expect(readArticleMeta(file)).toBeUndefined();
    expect(readArticle(file)).toEqual({ id: 'story', title: LEDE, text: 'She thanked the builders.' });
  });

  it('gives only what it says: no title leaves the file’s own headline in place', () => {
    const file = article('story.txt', `${LEDE}\nShe thanked the builders.\n`);
    writeFileSync(metaPathOf(file), JSON.stringify({ publisher: 'Arden Times' }));
    expect(readArticle(file)).toEqual({
      id: 'story',
      title: LEDE,
      text: 'She thanked the builders.',
      publisher: 'Arden Times',
    });
  });

  it('is refused, naming the sidecar and the fault, when malformed', () => {
    const file = article('story.txt', `${LEDE}\n`);
    const cases: [string, RegExp][] = [
      ['{ "title": ', /story\.meta\.json: .*JSON/],
      ['["Harbour Bridge Opens"]', /story\.meta\.json: must be a JSON object/],
      ['{ "title": "" }', /"title": must be a non-empty string/],
      ['{ "title": "Two\\nlines" }', /"title": must be one line/],
      ['{ "published": "last Tuesday" }', /"published": must be a date/],
      ['{ "url": "arden.example" }', /"url": must be an http\(s\) address/],
      ['{ "author": "Jo" }', /"author": unknown field/],
      ['{ "title": "A", "headline": "B" }', /gives the title twice/],
    ];
    for (const [json, message] of cases) {
      writeFileSync(metaPathOf(file), json);
      expect(() => readArticle(file)).toThrow(message);
    }
  });

  it('checks parsed JSON on its own too', () => {
    expect(parseArticleMeta({ title: '  Harbour Bridge Opens ' })).toEqual({ title: 'Harbour Bridge Opens' });
    expect(() => parseArticleMeta(null)).toThrow(/JSON object/);
  });

  it('for the bundled article gives an own headline and no publisher or date it cannot support', () => {
    const bundled = new URL('../../assets/articles/000_a49cd2bdfb71e138.txt', import.meta.url).pathname;
    const meta = readArticleMeta(bundled)!;
    expect(Object.keys(meta)).toEqual(['title']);
    expect(meta.title!.length).toBeLessThanOrEqual(48);
    // The lede is read as text, not as the headline.
    expect(readArticle(bundled).text.startsWith(readFileSync(bundled, 'utf8').split('\n')[0]!)).toBe(true);
  });
});
