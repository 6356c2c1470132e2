// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import bundled from '@/assets/dictionary.json';
import { HOVER_LIMITS, HoverCardView, hoverQuotes } from '@/components/hover-card-view';
import { indexDictionary } from '@/utils/dictionary/lookup';
import type { Dictionary } from '@/utils/dictionary/schema';
import { sampleIndex } from './sample-dictionary';

afterEach(cleanup);

describe('HoverCardView', () => {
  const index = sampleIndex();
  const ada = index.entity('ada')!;

  it('is a non-modal dialog labelled by the name and described by the background', () => {
    render(<HoverCardView entity={ada} index={index} matchedText="Lovelace" theme="light" />);
    const dialog = screen.getByRole('dialog', { name: 'Ada Lovelace' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const described = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toContain('English mathematician');
    expect(dialog.getAttribute('data-theme')).toBe('light');
  });

  it('keeps to a few key facts and the most relevant quotes, said first', () => {
    const { container } = render(<HoverCardView entity={ada} index={index} matchedText="Ada" theme="dark" />);
    expect(container.querySelectorAll('.bs-facts li')).toHaveLength(HOVER_LIMITS.facts);
    const quotes = container.querySelectorAll('figure');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('blockquote')!.textContent).toContain('That brain of mine');
    expect(quotes[0]!.querySelector('.bs-quote-speaker')!.textContent).toBe('Ada Lovelace');
    // The card names sources briefly: the publisher when there is one.
    expect(quotes[0]!.querySelector('cite')!.textContent).toBe('The Example');
    expect(quotes[1]!.querySelector('cite')!.textContent).toBe('Harbour report');
    expect(quotes[1]!.querySelector('.bs-quote-speaker')!.textContent).toBe('Charles Babbage');
    expect(screen.getByRole('dialog').getAttribute('data-theme')).toBe('dark');
  });

  it('says which page text caused the highlight and points to the popup', () => {
    render(<HoverCardView entity={ada} index={index} matchedText={'  Lovelace\n'} theme="light" />);
    expect(screen.getByText('Highlighted because the page says “Lovelace”')).toBeTruthy();
    expect(screen.getByText(/More in the Backstory popup/)).toBeTruthy();
  });

  it('leaves the background out when there is no description, and lists the facts from the first', () => {
    const plain = { ...ada, description: '' };
    const { container } = render(<HoverCardView entity={plain} index={index} matchedText="Ada" theme="light" />);
    const dialog = screen.getByRole('dialog', { name: 'Ada Lovelace' });
    expect(container.querySelector('.bs-card-description')).toBeNull();
    const described = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(described.textContent).toContain(ada.facts[0]!.text.slice(0, 30));
    const listed = [...container.querySelectorAll('.bs-facts li')].map((li) => li.textContent ?? '');
    expect(listed.filter((t) => t.startsWith(ada.facts[0]!.text.slice(0, 30)))).toHaveLength(1);
  });

  it('shows the bundled United States’ facts once each, under no sentence-long background', () => {
    const bundledIndex = indexDictionary(bundled as unknown as Dictionary);
    const us = bundledIndex.entity('united-states')!;
    for (const entity of [us, { ...us, description: '' }]) {
      const { container, unmount } = render(
        <HoverCardView entity={entity} index={bundledIndex} matchedText="US" theme="light" />,
      );
      const line = container.querySelector('.bs-card-description')?.textContent ?? '';
      expect(line).toBe(entity.description);
      const listed = [...container.querySelectorAll('.bs-facts li')].map((li) => li.textContent ?? '');
      expect(listed).toHaveLength(HOVER_LIMITS.facts);
      expect(listed[0]).toContain(us.facts[0]!.text.slice(0, 40));
      expect(new Set(listed).size).toBe(listed.length);
      unmount();
    }
  });

  it('says there is no background only when there is nothing at all to show', () => {
    const empty = { ...ada, id: 'nobody', description: '', facts: [] };
    render(<HoverCardView entity={empty} index={index} matchedText="Ada" theme="light" />);
    const dialog = screen.getByRole('dialog', { name: 'Ada Lovelace' });
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('No background yet.');
  });

  it('picks quotes about an entity when it said nothing', () => {
    expect(hoverQuotes(index, 'engine').map((q) => q.id)).toEqual(['q3']);
    expect(hoverQuotes(index, 'london')).toEqual([]);
  });

  it('clips long quotes at a word boundary', () => {
    const long = 'word '.repeat(100).trim();
    const dict = index.dictionary;
    const withLong = {
      ...dict,
      quotes: [{ id: 'long', text: long, speaker: 'ada', about: [], source: 's1' }],
    };
    const { container } = render(
      <HoverCardView
        entity={ada}
        index={{ ...index, relatedQuotes: () => ({ said: withLong.quotes, about: [] }) }}
        matchedText="Ada"
        theme="light"
      />,
    );
    const text = container.querySelector('blockquote')!.textContent!;
    expect(text.length).toBeLessThanOrEqual(HOVER_LIMITS.quoteLength);
    expect(text.endsWith('word…')).toBe(true);
  });
});
