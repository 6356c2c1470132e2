import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDictionaryJson } from '@/utils/dictionary/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build-dictionary.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run dictionary', () => {
  const inputs = join(dir, 'in');
  mkdirSync(join(inputs, 'more'), { recursive: true });
  writeFileSync(join(inputs, 'good.txt'), 'Floods in Peru\n“The river is rising,” said Ines Moreau.\n');
  writeFileSync(join(inputs, 'more', 'second.md'), '# Lima dries out\n\nTomas Berg visited Lima.\n');
  writeFileSync(join(inputs, 'empty.txt'), '  \n');
  writeFileSync(join(inputs, 'notes.json'), '{}');

  it('builds every readable file, names the bad ones, and exits 0', () => {
    const out = join(dir, 'out', 'dict.json');
    const r = run(inputs, join(dir, 'missing.txt'), '--out', out, '--no-curation');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('empty.txt: file is empty');
    expect(r.stderr).toContain('missing.txt: no such file or folder');
    const dict = parseDictionaryJson(readFileSync(out, 'utf8'));
    expect(dict.sources.map((s) => s.id)).toEqual(['good', 'second']);
    expect(dict.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Ines Moreau', 'Peru', 'Lima', 'Tomas Berg']),
    );
  });

  it('writes the same bytes for the same input', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    run(inputs, '--out', a, '--no-curation');
    run(inputs, '--out', b, '--no-curation');
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('exits non-zero when nothing could be built', () => {
    const out = join(dir, 'none.json');
    const r = run(join(inputs, 'empty.txt'), '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('nothing was built');
    expect(existsSync(out)).toBe(false);
  });

  it('reports an unreadable file by name', () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Title\nBody text here.');
    chmodSync(locked, 0o000);
    const canRead = spawnSync('cat', [locked]).status === 0; // root can read anything
    const r = run(locked, join(inputs, 'good.txt'), '--out', join(dir, 'locked.json'));
    expect(r.code).toBe(0);
    if (!canRead) expect(r.stderr).toContain('locked.txt: permission denied');
    chmodSync(locked, 0o644);
  });

  it('rejects an unknown option', () => {
    const r = run('--frobnicate');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown option --frobnicate');
  });
});
