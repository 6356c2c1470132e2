/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number];

/** Parses the colour forms computed styles use (`rgb()`, `rgba()`, `transparent`, `color(srgb …)`), or null. */
export function parseCssColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return [0, 0, 0, 0];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
  return null;
}

function alpha(part: string | undefined): number {
  if (part === undefined) return 1;
  return part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part);
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The colour actually painted behind `element`: its own and its ancestors' backgrounds composited from the first
 * opaque one up. Null when no ancestor paints an opaque background (the page relies on the browser's canvas).
 */
export function effectiveBackground(
  element: Element,
  styleOf: (el: Element) => { backgroundColor: string } = (el) => getComputedStyle(el),
): Rgba | null {
  const layers: Rgba[] = [];
  for (let el: Element | null = element; el; el = el.parentElement) {
    const colour = parseCssColor(styleOf(el).backgroundColor);
    if (!colour || colour[3] === 0) continue;
    layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const base = layers.pop();
  if (!base || base[3] < 1) return null;
  let [r, g, b] = base;
  for (const [lr, lg, lb, la] of layers.reverse()) {
    r = lr * la + r * (1 - la);
    g = lg * la + g * (1 - la);
    b = lb * la + b * (1 - la);
  }
  return [r, g, b, 1];
}

// Below this luminance black text has less contrast than white text, so the background reads as dark.
const DARK_LUMINANCE = 0.179;

/** Whether a card next to `element` should be dark or light, following the page, else the system setting. */
export function themeFor(element: Element, prefersDark: () => boolean = systemPrefersDark): 'light' | 'dark' {
  const background = effectiveBackground(element);
  if (!background) return prefersDark() ? 'dark' : 'light';
  return relativeLuminance(background) < DARK_LUMINANCE ? 'dark' : 'light';
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}
