// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityList, groupEntities, type ListedEntity } from '@/components/entity-list';

afterEach(cleanup);

const entities: ListedEntity[] = [
  { id: 'p', name: 'London', type: 'place', count: 2, description: 'Capital city. Big.' },
  { id: 'b', name: 'Charles Babbage', type: 'person', count: 1 },
  { id: 'o', name: 'Royal Society', type: 'organization', count: 4, description: 'A learned society.' },
  { id: 'a', name: 'Ada Lovelace', type: 'person', count: 5, description: 'English mathematician. Wrote a program.' },
  { id: 'c', name: 'Ada Byron', type: 'person', count: 1 },
];

describe('EntityList', () => {
  it('groups by type in a fixed order and sorts by mention count, then name', () => {
    const groups = groupEntities(entities);
    expect(groups.map((g) => g.type)).toEqual(['person', 'organization', 'place']);
    expect(groups[0]!.entities.map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('puts names met in articles read before first in their group, each saying in how many', () => {
    const met = entities.map((e) =>
      e.id === 'b' ? { ...e, readBefore: 2 } : e.id === 'c' ? { ...e, readBefore: 1 } : e,
    );
    expect(groupEntities(met)[0]!.entities.map((e) => e.id)).toEqual(['c', 'b', 'a']);
    render(<EntityList entities={met} onSelect={() => undefined} />);
    const people = within(screen.getByRole('region', { name: 'People (3)' })).getAllByRole('button');
    expect(people.map((b) => b.querySelector('.bs-entity-read-before')?.textContent)).toEqual([
      'In 1 article you read',
      'In 2 articles you read',
      undefined,
    ]);
  });

  it('renders a headed group per type with counts and one-line backgrounds', () => {
    render(<EntityList entities={entities} onSelect={() => undefined} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['People (3)', 'Organisations (1)', 'Places (1)']);
    const people = screen.getByRole('region', { name: 'People (3)' });
    const buttons = within(people).getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.bs-entity-name')!.textContent)).toEqual([
      'Ada Lovelace',
      'Ada Byron',
      'Charles Babbage',
    ]);
    expect(buttons[0]!.textContent).toContain('5 mentions');
    expect(buttons[2]!.textContent).toContain('1 mention');
    expect(buttons[0]!.querySelector('.bs-entity-background')!.textContent).toBe('English mathematician.');
  });

  it('counts mentions around the story apart, when the whole page of an article is marked', () => {
    const around: ListedEntity[] = [
      { id: 'a', name: 'Ada Lovelace', type: 'person', count: 2, around: 7 },
      { id: 'b', name: 'Charles Babbage', type: 'person', count: 1 },
    ];
    render(<EntityList entities={around} onSelect={() => undefined} />);
    const counts = [...document.querySelectorAll('.bs-entity-count')].map((c) => c.textContent);
    expect(counts).toEqual(['2 mentions, 7 around the story', '1 mention']);
  });

  it('reports the chosen entity by click and by keyboard activation', () => {
    const onSelect = vi.fn();
    render(<EntityList entities={entities} onSelect={onSelect} />);
    const london = screen.getByRole('button', { name: /London/ });
    fireEvent.click(london);
    expect(onSelect).toHaveBeenLastCalledWith('p');
    // Buttons are native, so Enter and Space activate them; the element must be a real button for that.
    expect(london.tagName).toBe('BUTTON');
    expect(london.getAttribute('type')).toBe('button');
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<EntityList entities={[]} onSelect={() => undefined} />);
    expect(container.querySelectorAll('section')).toHaveLength(0);
  });
});
