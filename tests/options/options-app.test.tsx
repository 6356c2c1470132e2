// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '@/entrypoints/options/options-app';
import { defaultSettings } from '@/utils/settings/schema';

// The background sums the layer up for the options page; here it is answered on the spot.
vi.mock('@/utils/messaging', () => import('./layer-summary-background'));

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('settings')).settings;
}

async function shown() {
  return (await screen.findByRole('switch', { name: 'Highlight names on every site' })) as HTMLInputElement;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'toggle-backstory', shortcut: 'Alt+Shift+O', description: 'Turn Backstory on or off everywhere' },
  ]);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('OptionsApp', () => {
  it('shows the stored settings and the bound shortcut', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), enabled: false, cardDelay: 900 } });
    render(<OptionsApp />);
    expect((await shown()).checked).toBe(false);
    expect((screen.getByRole('slider', { name: 'Delay' }) as HTMLInputElement).value).toBe('900');
    await waitFor(() => expect(document.querySelector('kbd')?.textContent).toBe('Alt+Shift+O'));
  });

  it('still works where the browser cannot list its commands', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation(() => {
      throw new Error('not implemented');
    });
    render(<OptionsApp />);
    await shown();
    await waitFor(() => expect(screen.getByText(/No keyboard shortcut is set/)).toBeTruthy());
  });

  it('saves each change to storage at once', async () => {
    render(<OptionsApp />);
    fireEvent.click(await shown());
    await waitFor(async () => expect(await stored()).toMatchObject({ enabled: false }));
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'https://www.bbc.co.uk/news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await stored()).toMatchObject({ enabled: false, sites: { 'bbc.co.uk': 'off' } }));
    expect(screen.getByLabelText('Backstory on bbc.co.uk')).toBeTruthy();
  });

  it('saves a dragged slider in order, ending on the last value', async () => {
    render(<OptionsApp />);
    await shown();
    const slider = screen.getByRole('slider', { name: 'Delay' });
    for (const value of ['450', '500', '550', '1300', '1250']) fireEvent.input(slider, { target: { value } });
    await waitFor(async () => expect(await stored()).toMatchObject({ cardDelay: 1250 }));
    expect((slider as HTMLInputElement).value).toBe('1250');
  });

  it('follows changes made elsewhere (the popup, the shortcut)', async () => {
    render(<OptionsApp />);
    expect((await shown()).checked).toBe(true);
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), enabled: false, sites: { 'zeit.de': 'on' } },
    });
    await waitFor(async () => expect((await shown()).checked).toBe(false));
    expect((screen.getByLabelText('Backstory on zeit.de') as HTMLSelectElement).value).toBe('on');
  });

  it('shows a notice for settings that could not be read, and saving closes it for good', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, highlightStyle: 'glitter' } });
    render(<OptionsApp />);
    const notice = await screen.findByText(/using its defaults for them: highlight style/);
    expect(notice).toBeTruthy();
    expect((await shown()).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save and close this notice' }));
    await waitFor(async () => expect(await stored()).toEqual({ ...defaultSettings(), enabled: false }));
    expect(screen.queryByText(/using its defaults/)).toBeNull();
  });

  it('shows a change that could not be saved', async () => {
    render(<OptionsApp />);
    await shown();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    fireEvent.click(screen.getByRole('radio', { name: 'Background colour' }));
    expect(await screen.findByText(/could not be saved: quota exceeded/)).toBeTruthy();
  });
});
