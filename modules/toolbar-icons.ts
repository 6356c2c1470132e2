import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { defineWxtModule } from 'wxt/modules';
import { restyleIcon, TOOLBAR_SIZES, variantPath, type ToolbarVariant } from '../utils/toolbar-icons';

// Only Firefox reads theme_icons, so only its package carries the light and dark toolbar glyphs.
const variantsFor = (browser: string): readonly ToolbarVariant[] =>
  browser === 'firefox' ? ['dark', 'light', 'off'] : ['off'];

/**
 * Renders the toolbar variants of assets/icon.svg into the package at build time: glyphs for light and dark
 * toolbars (Firefox's theme_icons) and the "off for this site" look. The full-colour sizes come from auto-icons.
 */
export default defineWxtModule({
  name: 'backstory-toolbar-icons',
  setup(wxt) {
    const source = resolve(wxt.config.root, 'assets/icon.svg');
    wxt.hooks.hook('build:done', async (wxt, output) => {
      const svg = await readFile(source, 'utf8');
      await mkdir(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const variant of variantsFor(wxt.config.browser)) {
        // Drawn at 4× and scaled down, so thin parts stay crisp at 16 px.
        const drawing = Buffer.from(restyleIcon(svg, variant));
        for (const size of TOOLBAR_SIZES) {
          const fileName = variantPath(variant, size);
          await sharp(drawing, { density: (72 * size * 4) / 128 })
            .resize(size)
            .png()
            .toFile(resolve(wxt.config.outDir, fileName));
          output.publicAssets.push({ type: 'asset', fileName });
        }
      }
    });
  },
});
