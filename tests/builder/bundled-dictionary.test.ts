import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFiles } from '../../scripts/lib/build-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = () => buildFiles([`${root}assets/articles`], { curationFile: `${root}assets/curation.json` });

describe('the bundled dictionary', () => {
  it('builds byte-identically twice from the same articles', () => {
    const a = build();
    const b = build();
    expect(a.problems).toEqual([]);
    expect(a.json).not.toBeNull();
    expect(a.json).toBe(b.json);
  });

  it('is committed as built from assets/articles (run `npm run dictionary` after changing the builder)', () => {
    expect(readFileSync(`${root}assets/dictionary.json`, 'utf8')).toBe(build().json);
  });
});
