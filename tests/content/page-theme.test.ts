// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { effectiveBackground, parseCssColor, relativeLuminance, themeFor } from '@/entrypoints/content/page-theme';

/** Builds nested divs with the given inline backgrounds, outermost first, and returns the innermost. */
function nest(...backgrounds: string[]): HTMLElement {
  let parent: HTMLElement = document.body;
  for (const bg of backgrounds) {
    const div = document.createElement('div');
    div.style.backgroundColor = bg;
    parent.append(div);
    parent = div;
  }
  return parent;
}

const styleOf = (el: Element) => ({
  backgroundColor: (el as HTMLElement).style?.backgroundColor || 'rgba(0, 0, 0, 0)',
});

describe('page theme', () => {
  it('parses computed colour forms', () => {
    expect(parseCssColor('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseCssColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseCssColor('color(srgb 1 0 0 / 0.5)')).toEqual([255, 0, 0, 0.5]);
    expect(parseCssColor('transparent')).toEqual([0, 0, 0, 0]);
    expect(parseCssColor('papayawhip')).toBeNull();
  });

  it('measures luminance by WCAG', () => {
    expect(relativeLuminance([255, 255, 255, 1])).toBeCloseTo(1);
    expect(relativeLuminance([0, 0, 0, 1])).toBe(0);
  });

  it('finds the background painted behind an element, through transparent and translucent layers', () => {
    document.body.replaceChildren();
    const inner = nest('rgb(20, 20, 20)', 'rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0.5)');
    const bg = effectiveBackground(inner, styleOf)!;
    expect(bg[0]).toBeCloseTo(137.5);
    expect(bg[3]).toBe(1);
    expect(effectiveBackground(nest('rgba(0, 0, 0, 0)'), styleOf)).toBeNull();
  });

  it('follows the page: dark on dark backgrounds, light on light ones, else the system setting', () => {
    document.body.replaceChildren();
    expect(themeFor(nest('rgb(17, 17, 17)'), () => false)).toBe('dark');
    expect(themeFor(nest('rgb(250, 250, 245)'), () => true)).toBe('light');
    expect(themeFor(nest('rgb(120, 120, 120)'), () => true)).toBe('light');
    const bare = nest('transparent');
    expect(themeFor(bare, () => true)).toBe('dark');
    expect(themeFor(bare, () => false)).toBe('light');
  });
});
