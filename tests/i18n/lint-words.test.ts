import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The lint messages for `code` as if it were the file `path` of the project. */
async function lint(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.map((m) => m.message);
}

const FROM_CATALOGUE = /come from the catalogue/;

describe('lint refuses words written into the UI code instead of the catalogue', () => {
  it.each([
    ['text in JSX', `export const A = () => <p>Hello there</p>;`],
    ['a string in a JSX expression', `export const A = () => <p>{'Hello there'}</p>;`],
    ['a template in JSX', 'export const A = ({ n }: { n: number }) => <p>{`${n} names`}</p>;'],
    ['a labelling attribute', `export const A = () => <input aria-label="Search names" />;`],
    ['a placeholder', `export const A = () => <input placeholder="Type a name" />;`],
    ['a label in an options list', `export const choices = [{ value: 'a', label: 'Every page' }];`],
    ['a status message', `declare const setStatus: (s: string) => void;\nsetStatus('The page did not answer');`],
    ['an error shown to the reader', `throw new Error('Nothing was imported.');`],
  ])('%s', async (_what, code) => {
    expect(await lint(code, 'components/example.tsx')).toContainEqual(expect.stringMatching(FROM_CATALOGUE));
    expect(await lint(code, 'entrypoints/popup/example.tsx')).toContainEqual(expect.stringMatching(FROM_CATALOGUE));
  });

  it('lets catalogue lookups, punctuation, class names and ids through', async () => {
    const code = [
      `import { i18n } from '#i18n';`,
      `export const A = ({ id }: { id: string }) => (`,
      `  <p class="bs-note" id={\`\${id}-hint\`} aria-label={i18n.t('card.facts')}>`,
      `    {i18n.t('card.quotes')}{' '}({'—'})`,
      `  </p>`,
      `);`,
    ].join('\n');
    expect(await lint(code, 'components/example.tsx')).toEqual([]);
  });
});
