import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ensureCatalogue, fallBackTo, fillMessage, readCatalogue } from '../../utils/i18n/catalogue-fallback';
import { englishCatalogue } from './catalogue';

const silent = (): string => '';

describe('the catalogue an extension page falls back to', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills $1…$9 and reads $$ as a dollar sign, as the browser does', () => {
    expect(fillMessage('$1 ($2)', ['Ada Brook', 'Person'])).toBe('Ada Brook (Person)');
    expect(fillMessage('costs $$$1', ['5'])).toBe('costs $5');
    expect(fillMessage('Said by $1')).toBe('Said by ');
  });

  it('reads every message of the shipped catalogue under its lower-case name and skips malformed entries', async () => {
    const json = await englishCatalogue();
    const catalogue = readCatalogue({ ...json, broken: { text: 'no message' }, empty: null });
    expect(catalogue.size).toBe(Object.keys(json).length);
    expect(catalogue.get('commands_nextentity')).toBe(json.commands_nextEntity!.message);
    expect(readCatalogue('not a catalogue').size).toBe(0);
  });

  it('answers from the catalogue only where the browser answers nothing', async () => {
    const catalogue = readCatalogue(await englishCatalogue());
    const api = { getMessage: (key: string, _subs?: string | string[]) => (key === 'type_person' ? 'Personne' : '') };
    fallBackTo(api, catalogue);
    expect(api.getMessage('type_person')).toBe('Personne');
    expect(api.getMessage('typeGroup_person')).toBe('People');
    expect(api.getMessage('card_saidBy', ['Ada Brook'])).toBe('Said by Ada Brook');
    expect(api.getMessage('no_such_message')).toBe('');
    expect(api.getMessage('@@ui_locale')).toBe('');
  });

  it('leaves a browser catalogue that answers alone, and reads the shipped one when it answers nothing', async () => {
    const json = await englishCatalogue();
    const fetchCatalogue = vi.fn(async () => new Response(JSON.stringify(json)));
    vi.stubGlobal('fetch', fetchCatalogue);
    await ensureCatalogue();
    expect(fetchCatalogue).not.toHaveBeenCalled();

    fakeBrowser.i18n.getMessage = silent as typeof fakeBrowser.i18n.getMessage;
    await ensureCatalogue();
    expect(fetchCatalogue).toHaveBeenCalledOnce();
    expect(fakeBrowser.i18n.getMessage('typeGroup_person')).toBe('People');
  });

  it('keeps the page as it is, with a clear error, when the shipped catalogue cannot be read', async () => {
    vi.stubGlobal('fetch', async () => new Response('{not json'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fakeBrowser.i18n.getMessage = silent as typeof fakeBrowser.i18n.getMessage;
    await expect(ensureCatalogue()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('Backstory could not read its own catalogue of words:', expect.any(SyntaxError));
    expect(fakeBrowser.i18n.getMessage('typeGroup_person')).toBe('');
  });
});
