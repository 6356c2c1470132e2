// npm run dictionary -- [files or folders...] [--out file.json] [--no-curation] [--curation file.json]
// With no inputs, builds assets/articles/ into assets/dictionary.json (the dictionary the extension bundles).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDictionary, parseCuration, type ArticleInput, type Curation } from '../utils/builder/index';
import { validateDictionary } from '../utils/dictionary/validate';
import { describeError, expandInputs, readArticle } from './lib/read-articles';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROGRESS_FROM = 20;

interface Args {
  inputs: string[];
  out: string | null;
  curation: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { inputs: [], out: null, curation: `${root}assets/curation.json` };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') args.out = argv[++i] ?? fail('--out needs a file name');
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--no-curation') args.curation = null;
    else if (a === '--curation') args.curation = argv[++i] ?? fail('--curation needs a file name');
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run dictionary -- [files or folders...] [--out file.json] [--no-curation] [--curation file.json]',
      );
      process.exit(0);
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else args.inputs.push(a);
  }
  if (!args.inputs.length) {
    args.inputs.push(`${root}assets/articles`);
    args.out ??= `${root}assets/dictionary.json`;
  }
  return args;
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function loadCuration(file: string | null): Curation | undefined {
  if (!file) return undefined;
  if (!existsSync(file)) return undefined;
  try {
    return parseCuration(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    return fail(`${relative(process.cwd(), file)}: ${describeError(error)}`);
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { files, problems } = expandInputs(args.inputs);
  for (const p of problems) console.error(`error: ${p}`);
  const articles: ArticleInput[] = [];
  for (const file of files) {
    try {
      articles.push(readArticle(file));
    } catch (error) {
      console.error(`error: ${file}: ${(error as Error).message} (skipped)`);
    }
  }
  if (!articles.length) fail('no article could be read, nothing was built');
  const curation = loadCuration(args.curation);
  const total = articles.length;
  let shown = 0;
  const dict = buildDictionary(articles, {
    curation,
    onProgress: (done) => {
      if (total < PROGRESS_FROM) return;
      const pct = Math.floor((done / total) * 20);
      if (pct > shown || done === total) {
        shown = pct;
        process.stderr.write(`built ${done}/${total} articles\n`);
      }
    },
  });
  const checked = validateDictionary(dict);
  if (!checked.ok) fail(`the built dictionary is invalid:\n  ${checked.errors.join('\n  ')}`);
  const json = `${JSON.stringify(dict, null, 2)}\n`;
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, json);
    console.error(
      `wrote ${relative(process.cwd(), args.out) || args.out}: ${dict.sources.length} sources, ${dict.entities.length} entities, ${dict.quotes.length} quotes${curation ? '' : ' (no curation)'}`,
    );
  } else process.stdout.write(json);
}

main();
