/**
 * The extension's icons, all drawn from one source (assets/icon.svg) at build time. The source styles its parts
 * through classes (tile, glyph, accent, slash); each variant here is a stylesheet added after the source's own.
 */

/** The sizes of the extension icon that browsers and both stores ask for. */
export const ICON_SIZES = [128, 96, 48, 32, 16] as const;

/** The sizes of a toolbar button's icon: 16 px, and 32 px for high-density screens. */
export const TOOLBAR_SIZES = [16, 32] as const;

/** The toolbar icon variants made besides the full-colour mark. */
export type ToolbarVariant = 'dark' | 'light' | 'off';

// "dark" is a dark glyph for toolbars with dark text (light themes), "light" a light one for dark themes: the
// meaning Firefox gives the two keys of theme_icons. "Off" greys the mark and strikes it through.
const VARIANT_CSS: Record<ToolbarVariant, string> = {
  dark: '.tile,.accent{display:none}.glyph{fill:#1c1b22}',
  light: '.tile,.accent{display:none}.glyph{fill:#fbfbfe}',
  off: '.tile{fill:#80868e}.accent{fill:#c4c8cd}.slash{display:inline;stroke:#80868e}',
};

type IconSet = Record<`${(typeof TOOLBAR_SIZES)[number]}`, string>;

const iconSet = (path: (size: number) => string) =>
  Object.fromEntries(TOOLBAR_SIZES.map((size) => [String(size), path(size)])) as IconSet;

/** Where the full-colour mark of one size is in the package (the names the icon generator gives them). */
export const iconPath = (size: number) => `icons/${size}.png`;

/** Where one toolbar variant of one size is in the package. */
export const variantPath = (variant: ToolbarVariant, size: number) => `icons/toolbar-${variant}-${size}.png`;

/** The toolbar button's usual icon, by size. */
export const DEFAULT_TOOLBAR_ICON = iconSet(iconPath);

/** The toolbar button's icon on a tab where Backstory is switched off, by size. */
export const OFF_TOOLBAR_ICON = iconSet((size) => variantPath('off', size));

/** Firefox's theme_icons: a dark glyph for light toolbars and a light one for dark toolbars, per size. */
export const THEME_ICONS = TOOLBAR_SIZES.map((size) => ({
  size,
  dark: variantPath('dark', size),
  light: variantPath('light', size),
}));

/** The source drawing restyled as `variant`: its stylesheet gets the variant's rules last, so they win. */
export function restyleIcon(svg: string, variant: ToolbarVariant): string {
  if (!svg.includes('</style>')) throw new Error('the icon source has no stylesheet to restyle');
  return svg.replace('</style>', `${VARIANT_CSS[variant]}</style>`);
}
