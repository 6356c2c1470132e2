import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '@/utils/settings/parse';
import { DEFAULT_SETTINGS, defaultSettings, MAX_SITE_RULES, settingsSchema } from '@/utils/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults, without a notice, when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings() });
    expect(parseSettings(null)).toEqual({ settings: defaultSettings() });
  });

  it('keeps valid stored settings as they are', () => {
    const stored = {
      enabled: false,
      runOn: 'articles',
      sites: { 'example.com': 'off', 'news.example.org': 'on' },
      types: ['place', 'person'],
      highlightStyle: 'background',
      firstMentionOnly: true,
      cardDelay: 950,
      readAlong: false,
      rememberArticles: true,
      wholePage: true,
    };
    expect(parseSettings(stored)).toEqual({ settings: stored });
  });

  it('fills fields missing from an older save with defaults, silently', () => {
    expect(parseSettings({ enabled: false })).toEqual({ settings: { ...defaultSettings(), enabled: false } });
  });

  it('replaces unreadable data with defaults and says so', () => {
    for (const raw of ['settings', 42, true, [1, 2]]) {
      const loaded = parseSettings(raw);
      expect(loaded.settings).toEqual(defaultSettings());
      expect(loaded.notice).toMatch(/could not be read/);
    }
  });

  it('resets only the fields that fail, naming them', () => {
    const loaded = parseSettings({ enabled: false, cardDelay: -5, highlightStyle: 'blink', runOn: 'articles' });
    expect(loaded.settings).toEqual({ ...defaultSettings(), enabled: false, runOn: 'articles' });
    expect(loaded.notice).toContain('card delay');
    expect(loaded.notice).toContain('highlight style');
    expect(loaded.notice).not.toContain('where it runs');
  });

  it('drops only the bad site rules and normalises the rest', () => {
    const loaded = parseSettings({
      sites: { 'WWW.Example.com': 'off', 'not a host': 'off', 'example.org': 'maybe', 'bbc.co.uk': 'on' },
    });
    expect(loaded.settings.sites).toEqual({ 'example.com': 'off', 'bbc.co.uk': 'on' });
    expect(loaded.notice).toContain('site rules (some entries)');
  });

  it('keeps known entity types once each, dropping the rest', () => {
    const loaded = parseSettings({ types: ['person', 'robot', 'person', 'place'] });
    expect(loaded.settings.types).toEqual(['person', 'place']);
    expect(loaded.notice).toContain('kinds of names (some entries)');
    expect(parseSettings({ types: [] })).toEqual({ settings: { ...defaultSettings(), types: [] } });
  });

  it('caps the number of site rules a corrupt store can hold', () => {
    const sites = Object.fromEntries(
      Array.from({ length: MAX_SITE_RULES + 10 }, (_, i) => [`site${i}.example`, 'off']),
    );
    const loaded = parseSettings({ sites });
    expect(Object.keys(loaded.settings.sites)).toHaveLength(MAX_SITE_RULES);
    expect(loaded.notice).toContain('site rules');
  });

  it('never hands out the shared defaults for callers to change', () => {
    const loaded = parseSettings(null);
    loaded.settings.types.pop();
    loaded.settings.sites['example.com'] = 'off';
    expect(DEFAULT_SETTINGS.types).toHaveLength(4);
    expect(DEFAULT_SETTINGS.sites).toEqual({});
    expect(Object.isFrozen(DEFAULT_SETTINGS.types)).toBe(true);
  });

  it('always returns valid settings, whatever is stored', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.constantFrom('articles', 'everywhere', 'underline', 'none', 'person', 'off', 'on', 400, true),
      fc.dictionary(fc.string(), fc.constantFrom('on', 'off', 'x')),
      fc.array(fc.constantFrom('person', 'organization', 'place', 'other', 'robot')),
    );
    const stored = fc.oneof(
      fc.anything(),
      fc.record(
        {
          enabled: field,
          runOn: field,
          sites: field,
          types: field,
          highlightStyle: field,
          firstMentionOnly: field,
          cardDelay: field,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        const { settings } = parseSettings(raw);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
