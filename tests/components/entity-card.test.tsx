// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '@/components/entity-card';
import { indexDictionary } from '@/utils/dictionary/lookup';
import { sampleIndex } from './sample-dictionary';

afterEach(cleanup);

describe('EntityCard', () => {
  const index = sampleIndex();
  const ada = index.entity('ada')!;

  it('shows name, type, aliases, background and mention count', () => {
    render(<EntityCard entity={ada} index={index} mentionCount={3} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('Also called: Lovelace, Ada')).toBeTruthy();
    expect(screen.getByText(/English mathematician/)).toBeTruthy();
    expect(screen.getByText('3 mentions on this page')).toBeTruthy();
  });

  it('lists every fact under the source it comes from, publisher and date first, linking sources with an address', () => {
    render(<EntityCard entity={ada} index={index} />);
    const example = screen.getByRole('region', { name: 'The Example, 15 November 2024' });
    const harbour = screen.getByRole('region', { name: 'Harbour report' });
    // The description is the source's its facts cite first, and stands under that source's name.
    expect(within(example).getByText(/English mathematician/)).toBeTruthy();
    const items = [...example.querySelectorAll('.bs-facts li')];
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Wrote notes on the Analytical Engine.'),
      expect.stringContaining('Translated an article by Menabrea.'),
    ]);
    expect(example.querySelector('cite')!.textContent).toBe('Envoy talks');
    expect(example.querySelector('cite a')!.getAttribute('href')).toBe('https://news.example/envoy');
    expect(harbour.querySelectorAll('.bs-facts li')).toHaveLength(2);
    expect(harbour.querySelector('cite')!.textContent).toBe('Harbour report');
    expect(harbour.querySelector('cite a')).toBeNull();
  });

  it('opens each other source with its headline, linked when it has an address, the sources in timeline order', () => {
    render(<EntityCard entity={ada} index={index} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['The Example, 15 November 2024', 'Harbour report']);
    const example = screen.getByRole('region', { name: 'The Example, 15 November 2024' });
    const headline = example.querySelector('.bs-card-headline a')!;
    expect([headline.textContent, headline.getAttribute('href')]).toEqual([
      'Envoy talks',
      'https://news.example/envoy',
    ]);
  });

  it('renders quotes said by and about the entity as blockquote with speaker and cite, under their source', () => {
    const { container } = render(<EntityCard entity={ada} index={index} />);
    const example = screen.getByRole('region', { name: 'The Example, 15 November 2024' });
    const harbour = screen.getByRole('region', { name: 'Harbour report' });
    expect(within(example).getByRole('heading', { name: 'Said by Ada Lovelace' })).toBeTruthy();
    const [saidQuote, aboutEngine] = [...example.querySelectorAll('figure')];
    expect(saidQuote!.querySelector('blockquote')!.textContent).toBe(
      'That brain of mine is something more than merely mortal.',
    );
    expect(saidQuote!.querySelector('blockquote')!.getAttribute('cite')).toBe('https://news.example/envoy');
    expect(saidQuote!.querySelector('figcaption .bs-quote-speaker')!.textContent).toBe('Ada Lovelace');
    expect(saidQuote!.querySelector('figcaption cite')!.textContent).toBe('Envoy talks');
    expect(aboutEngine!.querySelector('.bs-quote-speaker')!.textContent).toBe('Unattributed');
    expect(within(harbour).getByRole('heading', { name: 'Said about Ada Lovelace' })).toBeTruthy();
    expect(harbour.querySelector('figure .bs-quote-speaker')!.textContent).toBe('Charles Babbage');
    expect(container.querySelectorAll('blockquote')).toHaveLength(3);
  });

  it('shows what the story on the page says first, under "In this story", then the other sources', () => {
    const story = {
      source: { id: 'story', title: 'Bridge opens', publisher: 'Arden Times' },
      entities: [
        { ...ada, description: 'harbour engineer', facts: [{ text: 'She opened the bridge.', source: 'story' }] },
      ],
    };
    const withStory = { ...index, story };
    render(<EntityCard entity={ada} index={withStory} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['In this story', 'The Example, 15 November 2024', 'Harbour report']);
    const first = screen.getByRole('region', { name: 'In this story' });
    expect(within(first).getByText('harbour engineer')).toBeTruthy();
    expect(within(first).getByText(/She opened the bridge/)).toBeTruthy();
  });

  it('offers "show on page" only when asked, calls back, and announces the result', () => {
    const onShow = vi.fn();
    const { rerender } = render(<EntityCard entity={ada} index={index} />);
    expect(screen.queryByRole('button', { name: 'Show on page' })).toBeNull();
    rerender(<EntityCard entity={ada} index={index} onShowOnPage={onShow} showOnPageStatus="Mention 1 of 3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show on page' }));
    expect(onShow).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Mention 1 of 3');
  });

  it('names a source shared by every fact once, shortens long titles and ends quotes on their words', () => {
    const dictionary = index.dictionary;
    const long = 'A very long headline that goes on and on about the engine and its designers for far too many words';
    const shared = indexDictionary({
      ...dictionary,
      sources: [...dictionary.sources, { id: 's3', title: long }],
      entities: [
        {
          ...index.entity('babbage')!,
          facts: [
            { text: 'Built a calculating engine.', source: 's3' },
            { text: 'Lectured in Turin.', source: 's3' },
          ],
        },
      ],
      quotes: [
        {
          id: 'q9',
          text: 'Errors using inadequate data are much less than those using no data at all,',
          speaker: 'babbage',
          about: [],
          source: 's3',
        },
      ],
    });
    const { container } = render(<EntityCard entity={shared.entity('babbage')!} index={shared} />);
    expect(container.querySelectorAll('.bs-facts li cite')).toHaveLength(0);
    const note = container.querySelector('.bs-facts-shared-source')!;
    expect(note.textContent).toContain('Source of these facts:');
    const cite = note.querySelector('cite')!;
    expect(cite.textContent!.length).toBeLessThanOrEqual(72);
    expect(cite.textContent!.endsWith('…')).toBe(true);
    expect(cite.getAttribute('title')).toBe(long);
    expect(container.querySelector('blockquote')!.textContent).toBe(
      'Errors using inadequate data are much less than those using no data at all',
    );
  });

  it('lets the type and the facts speak when an entity has no description', () => {
    const plain = { ...index.entity('ada')!, description: '' };
    const { container } = render(<EntityCard entity={plain} index={index} />);
    expect(screen.queryByText('No background yet.')).toBeNull();
    expect(container.querySelector('.bs-type-badge')!.textContent).toBe('Person');
    expect(container.querySelectorAll('.bs-facts li').length).toBe(plain.facts.length);
  });

  it('says so when an entity has no background, facts or quotes', () => {
    render(<EntityCard entity={index.entity('london')!} index={index} />);
    expect(screen.getByText('No background yet.')).toBeTruthy();
    expect(screen.getByText('No facts or quotes about London yet.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getAllByText(/No background yet|No facts or quotes/)).toHaveLength(2);
  });
});
