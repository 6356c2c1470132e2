// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorrectionMenu } from '@/components/correction-menu';
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
