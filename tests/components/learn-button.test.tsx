// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeLearned, LearnButton, type LearnResult } from '@/components/learn-button';

afterEach(cleanup);

const done: LearnResult = {
  ok: true,
  title: 'A story',
  summary: { added: 3, joined: 1, pending: 1, facts: 4, quotes: 2 },
};

describe('LearnButton', () => {
  it('learns once per click, shows progress, then what was learned', async () => {
    let finish: (r: LearnResult) => void = () => undefined;
    const onLearn = vi.fn(() => new Promise<LearnResult>((resolve) => (finish = resolve)));
    render(<LearnButton onLearn={onLearn} />);
    const button = screen.getByRole('button', { name: 'Learn from this article' }) as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('Learning…'));
    expect(button.disabled).toBe(true);
    finish(done);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Learned 3 new names, 1 known name/));
    expect(onLearn).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(false);
  });

  it('shows a failure as an alert', async () => {
    render(<LearnButton onLearn={async () => ({ ok: false, error: 'No article here.' })} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No article here.'));
  });

  it('is disabled where the page cannot be read', () => {
    render(<LearnButton onLearn={async () => done} disabled />);
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('describeLearned', () => {
  it('says when questions wait for the reader, and not otherwise', () => {
    expect(describeLearned(done.ok ? done.summary : (undefined as never))).toBe(
      'Learned 3 new names, 1 known name; 4 facts, 2 quotes. 1 name needs your decision under Settings → Dictionary.',
    );
    expect(describeLearned({ added: 1, joined: 0, pending: 0, facts: 1, quotes: 0 })).toBe(
      'Learned 1 new name, 0 known names; 1 fact, 0 quotes.',
    );
  });
});
