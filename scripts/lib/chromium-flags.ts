// How every tool of the project starts Chromium: Debian's build, a closed network, no first-run or sync chatter.

/** The Chromium binary: Debian's package unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for a quiet Chromium, headless unless told otherwise, with an unpacked extension if given. */
export function chromiumFlags(options: { headless?: boolean; extensionDir?: string } = {}): string[] {
  const { headless = true, extensionDir } = options;
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}
