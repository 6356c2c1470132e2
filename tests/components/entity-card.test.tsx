// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '@/components/entity-card';
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

  it('lists every fact with its source, linking sources that have an address', () => {
    render(<EntityCard entity={ada} index={index} />);
    const facts = screen.getByRole('region', { name: 'Facts' });
    const items = within(facts).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]!.textContent).toContain('Wrote notes on the Analytical Engine.');
    expect(items[0]!.querySelector('cite')!.textContent).toBe('Envoy talks');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('https://news.example/envoy');
    expect(items[0]!.textContent).toContain('The Example, 2024-11-15');
    expect(items[1]!.querySelector('cite')!.textContent).toBe('Harbour report');
    expect(items[1]!.querySelector('a')).toBeNull();
  });

  it('renders quotes said by and about the entity as blockquote with speaker and cite', () => {
    const { container } = render(<EntityCard entity={ada} index={index} />);
    const said = screen.getByRole('region', { name: 'Said by Ada Lovelace' });
    const about = screen.getByRole('region', { name: 'Said about Ada Lovelace' });
    const saidQuote = said.querySelector('figure')!;
    expect(saidQuote.querySelector('blockquote')!.textContent).toBe(
      'That brain of mine is something more than merely mortal.',
    );
    expect(saidQuote.querySelector('blockquote')!.getAttribute('cite')).toBe('https://news.example/envoy');
    expect(saidQuote.querySelector('figcaption .bs-quote-speaker')!.textContent).toBe('Ada Lovelace');
    expect(saidQuote.querySelector('figcaption cite')!.textContent).toBe('Envoy talks');
    const aboutQuotes = about.querySelectorAll('figure');
    expect(aboutQuotes).toHaveLength(2);
    expect(aboutQuotes[0]!.querySelector('.bs-quote-speaker')!.textContent).toBe('Charles Babbage');
    expect(aboutQuotes[1]!.querySelector('.bs-quote-speaker')!.textContent).toBe('Unattributed');
    expect(container.querySelectorAll('blockquote')).toHaveLength(3);
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

  it('says so when an entity has no background, facts or quotes', () => {
    render(<EntityCard entity={index.entity('london')!} index={index} />);
    expect(screen.getByText('No background yet.')).toBeTruthy();
    expect(screen.getByText('No facts or quotes about London yet.')).toBeTruthy();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
