// npm run dictionary -- [files or folders...] [--out file.json] [--no-curation] [--curation file.json]
// With no inputs, builds assets/articles/ into assets/dictionary.json (the dictionary the extension bundles).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from './lib/build-files';

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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let shown = 0;
  let result;
  try {
    result = buildFiles(args.inputs, {
      curationFile: args.curation,
      onProgress: (done, total) => {
        if (total < PROGRESS_FROM) return;
        const step = Math.floor((done / total) * 20);
        if (step > shown || done === total) {
          shown = step;
          process.stderr.write(`built ${done}/${total} articles\n`);
        }
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  for (const p of result.problems) console.error(`error: ${p}`);
  const { dictionary: dict, json } = result;
  if (!dict || json === null) process.exit(1);
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, json);
    console.error(
      `wrote ${relative(process.cwd(), args.out) || args.out}: ${dict.sources.length} sources, ${dict.entities.length} entities, ${dict.quotes.length} quotes${result.curated ? '' : ' (no curation)'}`,
    );
  } else process.stdout.write(json);
}

main();
