import { describe, expect, it } from 'vitest';
// addons-linter ships no typings; the shape used here is its documented result object.
// @ts-expect-error -- untyped CommonJS package
import addonsLinter from 'addons-linter';
import { FIREFOX_EXTENSION_DIR } from './helpers/launch-firefox';

interface LinterMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
}
interface LinterResult {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/** Runs Mozilla's addons-linter on a built add-on folder, as the add-ons site would on upload. */
async function lint(dir: string): Promise<LinterResult> {
  const linter = (addonsLinter as { createInstance(o: object): { run(): Promise<LinterResult> } }).createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  return linter.run();
}

const describeMessage = (m: LinterMessage) =>
  `${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;

describe('addons-linter on the Firefox package', () => {
  it('reports no errors (warnings are listed)', async () => {
    const result = await lint(FIREFOX_EXTENSION_DIR);
    for (const warning of result.warnings) console.log(`addons-linter warning ${describeMessage(warning)}`);
    for (const notice of result.notices) console.log(`addons-linter notice ${describeMessage(notice)}`);
    expect(result.errors.map(describeMessage)).toEqual([]);
  });
});
