// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorrectionMenu } from '@/components/correction-menu';
import type { Entity } from '@/utils/dictionary/schema';
import { sampleDictionary, sampleIndex } from './sample-dictionary';

afterEach(cleanup);

const ada = () => sampleDictionary().entities.find((e) => e.id === 'ada')!;

describe('CorrectionMenu', () => {
  it('sends "not a name" and "hide" for the entity and confirms', async () => {
    const onCorrect = vi.fn(async () => undefined);
    render(<CorrectionMenu entity={ada()} index={sampleIndex()} onCorrect={onCorrect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not a name' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'not-a-name', entity: 'ada', name: 'Ada Lovelace' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/no longer be marked/));
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(onCorrect).toHaveBeenLastCalledWith({ kind: 'hide', entity: 'ada', name: 'Ada Lovelace' });
  });

  it('changes the type only to a different one', () => {
    const onCorrect = vi.fn(async () => undefined);
    render(<CorrectionMenu entity={ada()} index={sampleIndex()} onCorrect={onCorrect} />);
    const change = screen.getByRole('button', { name: 'Change type' }) as HTMLButtonElement;
    expect(change.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'organization' } });
    fireEvent.click(change);
    expect(onCorrect).toHaveBeenLastCalledWith({
      kind: 'wrong-type',
      entity: 'ada',
      name: 'Ada Lovelace',
      type: 'organization',
    });
  });

  it('finds the entity it is the same as, never itself', () => {
    const onCorrect = vi.fn(async () => undefined);
    render(<CorrectionMenu entity={ada()} index={sampleIndex()} onCorrect={onCorrect} />);
    fireEvent.input(screen.getByLabelText('Same as'), { target: { value: 'a' } });
    const options = screen.getAllByRole('button', { name: /\(/ }).map((b) => b.textContent);
    expect(options.some((t) => t?.startsWith('Ada Lovelace'))).toBe(false);
    fireEvent.input(screen.getByLabelText('Same as'), { target: { value: 'Babb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Charles Babbage (Person)' }));
    expect(onCorrect).toHaveBeenLastCalledWith({
      kind: 'same-as',
      entity: 'ada',
      name: 'Ada Lovelace',
      target: 'babbage',
    });
  });

  it('finds it among the reader’s learned names too, after the dictionary’s own, never itself', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const learned: Entity = { ...ada(), id: 'learned:ada-king', name: 'Ada King', aliases: [] };
    // The background's search answers later than the index, and may hand back the entity itself.
    const search = vi.fn(async () => [learned, ada()]);
    render(<CorrectionMenu entity={ada()} index={sampleIndex()} search={search} onCorrect={onCorrect} />);
    fireEvent.input(screen.getByLabelText('Same as'), { target: { value: 'Ada' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Ada King (Person)' }));
    expect(search).toHaveBeenLastCalledWith('Ada', 7);
    expect(screen.queryByRole('button', { name: 'Ada Lovelace (Person)' })).toBeNull();
    expect(onCorrect).toHaveBeenLastCalledWith({
      kind: 'same-as',
      entity: 'ada',
      name: 'Ada Lovelace',
      target: 'learned:ada-king',
    });
  });

  it('says when a correction could not be saved', async () => {
    render(
      <CorrectionMenu
        entity={ada()}
        index={sampleIndex()}
        onCorrect={async () => Promise.reject(new Error('quota'))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not saved: quota'));
  });
});
