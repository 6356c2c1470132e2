// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DictionarySection, type DictionarySectionProps } from '@/components/options/dictionary-section';
import { describeCorrection } from '@/components/options/dictionary-lists';

afterEach(cleanup);

function props(over: Partial<DictionarySectionProps> = {}): DictionarySectionProps {
  return {
    sources: [
      { id: 'l1', title: 'Learned story', url: 'https://n.example/a', learned: true, entities: 3, facts: 2, quotes: 1 },
      { id: 'b1', title: 'Bundled story', learned: false, entities: 10, facts: 1, quotes: 0 },
    ],
    pending: [
      {
        id: 'p1',
        source: 'l1',
        entity: 'johnson-2',
        name: 'Johnson',
        type: 'person',
        candidates: [{ id: 'boris-johnson', name: 'Boris Johnson', type: 'person' }],
        reason: 'ambiguous',
      },
    ],
    corrections: [{ kind: 'same-as', entity: 'bj', name: 'BoJo', target: 'boris-johnson' }],
    nameOf: (id) => (id === 'boris-johnson' ? 'Boris Johnson' : undefined),
    onRemove: vi.fn(),
    onUndo: vi.fn(),
    onDecide: vi.fn(),
    onRemoveCorrection: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onReset: vi.fn(),
    ...over,
  };
}

describe('DictionarySection', () => {
  it('lists thousands of sources a hundred at a time, newest first, and shows more on request', () => {
    const sources = Array.from({ length: 250 }, (_, i) => ({ id: `s${i}`, title: `Story ${i}`, learned: true }));
    render(<DictionarySection {...props({ sources })} />);
    const rows = () => within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(rows()).toHaveLength(100);
    expect(rows()[0]!.textContent).toContain('Story 0');
    expect(screen.getByText(/Showing the newest 100 of 250 sources\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('lists sources with counts; only learned ones can be removed', () => {
    const p = props();
    render(<DictionarySection {...p} />);
    const list = screen.getByRole('list', { name: 'Sources' });
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('3 names, 2 facts, 1 quote');
    expect(within(list).getAllByRole('button')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Learned story' }));
    expect(p.onRemove).toHaveBeenCalledWith('l1');
  });

  it('shows sources before they are counted, and they can be removed meanwhile', () => {
    const p = props({ sources: [{ id: 'l1', title: 'Learned story', learned: true }] });
    render(<DictionarySection {...p} />);
    const [row] = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(row!.textContent).toContain('Learned — counting…');
    expect(row!.textContent).not.toMatch(/\d+ names?/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Learned story' }));
    expect(p.onRemove).toHaveBeenCalledWith('l1');
  });

  it('offers accept and reject for a pending merge, and removal of corrections', () => {
    const p = props();
    render(<DictionarySection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Same as Boris Johnson (person)' }));
    expect(p.onDecide).toHaveBeenLastCalledWith('p1', 'boris-johnson');
    fireEvent.click(screen.getByRole('button', { name: 'Someone else' }));
    expect(p.onDecide).toHaveBeenLastCalledWith('p1', null);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the correction: “BoJo” is the same as Boris Johnson' }));
    expect(p.onRemoveCorrection).toHaveBeenCalledWith(p.corrections[0]);
  });

  it('shows undo after a removal and errors as alerts', () => {
    const p = props({ undo: { title: 'Learned story' }, notice: { kind: 'error', text: 'Nothing was imported.' } });
    render(<DictionarySection {...p} />);
    expect(screen.getByRole('alert').textContent).toContain('Nothing was imported.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo removing “Learned story”' }));
    expect(p.onUndo).toHaveBeenCalled();
  });

  it('hands a chosen file to import, and exports on request', () => {
    const p = props();
    render(<DictionarySection {...p} />);
    const input = screen.getByLabelText('Import a dictionary file…') as HTMLInputElement;
    const file = new File(['{}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(p.onImport).toHaveBeenCalledWith(file);
    fireEvent.click(screen.getByRole('button', { name: 'Export learned dictionary' }));
    expect(p.onExport).toHaveBeenCalled();
  });

  it('offers a reset only when the stored layer is unreadable', () => {
    const p = props({ broken: true });
    render(<DictionarySection {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start the learned dictionary afresh' }));
    expect(p.onReset).toHaveBeenCalled();
  });
});

describe('describeCorrection', () => {
  it('words every kind', () => {
    const nameOf = () => undefined;
    expect(describeCorrection({ kind: 'not-a-name', entity: 'x', name: 'Labour' }, nameOf)).toBe(
      '“Labour” is not a name',
    );
    expect(describeCorrection({ kind: 'hide', entity: 'x', name: 'X' }, nameOf)).toBe('“X” is hidden');
    expect(describeCorrection({ kind: 'wrong-type', entity: 'x', name: 'X', type: 'organization' }, nameOf)).toBe(
      '“X” is an organisation',
    );
    expect(describeCorrection({ kind: 'same-as', entity: 'x', name: 'X', target: 'gone' }, nameOf)).toBe(
      '“X” is the same as gone',
    );
  });
});
