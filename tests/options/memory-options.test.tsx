// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '@/entrypoints/options/options-app';
import { mergeArticle } from '@/utils/reader-layer/model/merge';
import { loadLayer, updateLayer } from '@/utils/reader-layer/store/storage';
import { defaultSettings } from '@/utils/settings/schema';
import { article, bundled, entity, page } from '../reader-layer/fixtures';

// The background sums the layer up for the options page; here it is answered on the spot.
vi.mock('@/utils/messaging', () => import('./layer-summary-background'));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
  await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), rememberArticles: true } });
  // Two articles: one learned two hours ago, one a minute ago.
  await updateLayer((layer) => {
    const older = mergeArticle(layer, article([entity('ann', 'Ann Apple', 'person')]), bundled(), page(1));
    const hours = Date.now() - 2 * 3_600_000;
    const dated = { ...older.layer, sources: older.layer.sources.map((s) => ({ ...s, learnedAt: hours })) };
    return mergeArticle(dated, article([entity('bo', 'Bo Bell', 'person')]), bundled(), page(2), Date.now() - 60_000)
      .layer;
  });
  location.hash = '#dictionary';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
});

describe('the memory panel of the options page', () => {
  it('shows what is remembered and forgets the last hour from the stored layer', async () => {
    render(<OptionsApp />);
    await screen.findByText(/^2 articles remembered, about \d+ KB in storage\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Forget the last hour' }));
    await screen.findByText('Forgot 1 article kept in the last hour.');
    expect((await loadLayer()).layer.sources.map((s) => s.source.title)).toEqual(['Story 1']);
    await screen.findByText(/^1 article remembered/);
  });

  it('pauses remembering and saves the sites never to remember', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Remember articles I read' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ rememberArticles: false }),
    );
    fireEvent.input(screen.getByLabelText('Never remember a site'), { target: { value: 'www.bank.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('neverRemember')).neverRemember).toEqual(['bank.example']),
    );
    expect(screen.getByRole('button', { name: 'Remember bank.example again' })).toBeTruthy();
  });
});
