import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toolbarLook } from '@/utils/toolbar-badge';
import { restyleIcon } from '@/utils/toolbar-icons';

describe('toolbarLook: the badge and title for a page', () => {
  it('counts the known names, and says it in words', () => {
    expect(toolbarLook({ status: 'done', names: 7 })).toMatchObject({
      text: '7',
      title: 'Backstory: 7 known names in this story',
      icon: 'default',
    });
    expect(toolbarLook({ status: 'scanning', names: 1 }).title).toBe('Backstory: 1 known name in this story');
    expect(toolbarLook({ status: 'done', names: 1234 }).text).toBe('999+');
  });

  it('shows no badge at zero, with a title that says why', () => {
    expect(toolbarLook({ status: 'done', names: 0 })).toMatchObject({ text: '', icon: 'default' });
    expect(toolbarLook({ status: 'done', names: 0 }).title).toBe('Backstory: no known names on this page');
    expect(toolbarLook({ status: 'scanning', names: 0 }).title).toBe('Backstory: reading the page…');
    expect(toolbarLook({ status: 'not-article', names: 0 }).title).toBe(
      'Backstory: this page does not look like an article',
    );
  });

  it('is muted, with the "off" icon, where Backstory is switched off', () => {
    const off = toolbarLook({ status: 'off', names: 0 });
    const live = toolbarLook({ status: 'done', names: 3 });
    expect(off).toMatchObject({ text: 'off', icon: 'off', title: 'Backstory is switched off on this site' });
    expect(off.background).not.toBe(live.background);
  });
});

describe('restyleIcon: toolbar variants of the one source drawing', () => {
  const source = readFileSync(resolve(import.meta.dirname, '../../assets/icon.svg'), 'utf8');

  it('adds each variant’s rules after the source’s own, so they win', () => {
    for (const variant of ['dark', 'light', 'off'] as const) {
      const styled = restyleIcon(source, variant);
      const style = styled.slice(styled.indexOf('<style>'), styled.indexOf('</style>'));
      expect(style.indexOf('.tile {')).toBeLessThan(style.lastIndexOf('.tile'));
      expect(styled.replace(/<style>[\s\S]*<\/style>/, '')).toBe(source.replace(/<style>[\s\S]*<\/style>/, ''));
    }
    expect(restyleIcon(source, 'dark')).toMatch(/\.glyph\{fill:#1c1b22\}/);
    expect(restyleIcon(source, 'light')).toMatch(/\.glyph\{fill:#fbfbfe\}/);
    expect(restyleIcon(source, 'off')).toMatch(/\.slash\{display:inline/);
  });

  it('refuses a source without a stylesheet to restyle', () => {
    expect(() => restyleIcon('<svg></svg>', 'off')).toThrow(/stylesheet/);
  });
});
