import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from './demo/launch';
import { takeScreenshots } from './demo/screenshots';
import { takeStoreScreenshots } from './demo/store-shots';
import { serveFolder } from './demo/serve-folder';

const ROOT = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run demo -- [--screenshot <dir> [--store]] [--no-build]

Builds the Chrome extension, serves a demo news page of the founding article on 127.0.0.1 and opens Chromium
with Backstory loaded on it. With --screenshot <dir> it runs headless, saves screenshots of the highlighted page,
an open hover card (light and dark) and the popup into <dir>, and exits; with --store as well, it saves the store
listing's screenshots instead, at 1280×800. --no-build reuses the last build.`;

interface Options {
  screenshotDir?: string;
  /** Store listing screenshots (1280×800) rather than the README's. */
  store: boolean;
  build: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { build: true, store: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--store') options.store = true;
    else if (arg === '--screenshot') {
      const dir = args[++i];
      if (!dir || dir.startsWith('--')) throw new Error('--screenshot needs a folder');
      options.screenshotDir = resolve(dir);
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const extensionDir = resolve(ROOT, process.env.BACKSTORY_CHROME_DIR ?? '.output/chrome-mv3');
  if (options.build) {
    const built = spawnSync('npm', ['run', 'build:chrome'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}`);

  const server = await serveFolder(resolve(ROOT, 'tests/fixtures/demo'));
  const pageUrl = `${server.origin}/index.html`;
  const headless = options.screenshotDir !== undefined;
  const browser = await launchWithExtension(extensionDir, headless);
  const finish = async () => {
    await browser.context.close().catch(() => undefined);
    await server.close();
    await rm(browser.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  if (options.screenshotDir) {
    try {
      const take = options.store ? takeStoreScreenshots : takeScreenshots;
      const saved = await take(browser, pageUrl, options.screenshotDir);
      for (const path of saved) console.log(`saved ${path}`);
    } finally {
      await finish();
    }
    return;
  }
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(pageUrl);
  console.log(`Demo page: ${pageUrl}\nClose the browser window to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await finish();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
