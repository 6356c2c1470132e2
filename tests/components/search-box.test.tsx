// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '@/components/search-box';
import { sampleIndex } from './sample-dictionary';

afterEach(cleanup);

const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

describe('SearchBox', () => {
  const index = sampleIndex();

  it('shows results as the reader types, by name or alias', () => {
    const onQuery = vi.fn();
    render(<SearchBox index={index} onSelect={() => undefined} onQueryChange={onQuery} />);
    const input = screen.getByRole('searchbox', { name: 'Search all names' });
    type(input, 'b');
    expect(screen.getAllByRole('button').map((b) => b.querySelector('.bs-entity-name')!.textContent)).toEqual([
      'Charles Babbage',
    ]);
    type(input, 'love');
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button').textContent).toContain('Ada Lovelace');
    expect(screen.getByRole('status').textContent).toBe('1 result');
    expect(onQuery).toHaveBeenLastCalledWith('love');
  });

  it('shows its own results at once and those a further search finds after them, without repeats', async () => {
    const babbage = index.entity('charles-babbage') ?? index.search('Babbage', 1)[0]!;
    const learned = { ...babbage, id: 'bea-babb', name: 'Bea Babb', aliases: [] };
    const search = vi.fn(async () => [babbage, learned]);
    render(<SearchBox index={index} onSelect={() => undefined} search={search} />);
    type(screen.getByRole('searchbox'), 'bab');
    const names = () => screen.getAllByRole('button').map((b) => b.querySelector('.bs-entity-name')!.textContent);
    expect(names()).toEqual(['Charles Babbage']);
    await vi.waitFor(() => expect(names()).toEqual(['Charles Babbage', 'Bea Babb']));
    expect(search).toHaveBeenCalledWith('bab', 12);
    expect(screen.getByRole('status').textContent).toBe('2 results');
  });

  it('says when nothing matches and shows nothing for an empty query', () => {
    render(<SearchBox index={index} onSelect={() => undefined} />);
    const input = screen.getByRole('searchbox');
    type(input, 'zzz');
    expect(screen.getByRole('status').textContent).toBe('No matches');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    type(input, '   ');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('is usable from the keyboard: arrows move through results, Enter picks, Escape returns and clears', () => {
    const onSelect = vi.fn();
    render(<SearchBox index={index} onSelect={onSelect} />);
    const input = screen.getByRole('searchbox') as HTMLInputElement;
    input.focus();
    type(input, 'a');
    const results = screen.getAllByRole('button');
    expect(results.length).toBeGreaterThan(1);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results[0]);
    fireEvent.keyDown(results[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(results[1]);
    fireEvent.keyDown(results[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(results[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.click(document.activeElement!);
    expect(onSelect).toHaveBeenCalledWith(index.search('a')[0]!.id);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
