// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryPanel, type MemoryPanelProps } from '@/components/options/memory-panel';

afterEach(cleanup);

function props(over: Partial<MemoryPanelProps> = {}): MemoryPanelProps {
  return {
    articles: 12,
    bytes: 2_345_678,
    remember: true,
    onRemember: vi.fn(),
    neverRemember: ['bank.example', 'mail.example'],
    onNeverRemember: vi.fn(),
    onForget: vi.fn(async () => 0),
    ...over,
  };
}

const status = (name: RegExp) =>
  screen.getAllByRole('status').find((s) => name.test(s.textContent ?? '')) ?? screen.getAllByRole('status');

describe('MemoryPanel', () => {
  it('says how many articles are remembered and about how much room they take', () => {
    const { rerender } = render(<MemoryPanel {...props()} />);
    expect(screen.getByText('12 articles remembered, about 2.3 MB in storage.')).toBeTruthy();
    rerender(<MemoryPanel {...props({ articles: 1, bytes: 40_400 })} />);
    expect(screen.getByText('1 article remembered, about 40 KB in storage.')).toBeTruthy();
    rerender(<MemoryPanel {...props({ articles: 3, bytes: undefined })} />);
    expect(screen.getByText('3 articles remembered, storage size being measured.')).toBeTruthy();
    rerender(<MemoryPanel {...props({ articles: 0 })} />);
    expect(screen.getByText('Nothing is remembered yet.')).toBeTruthy();
  });

  it('pauses remembering with the remember switch', () => {
    const onRemember = vi.fn();
    render(<MemoryPanel {...props({ onRemember })} />);
    const pause = screen.getByRole('switch', { name: 'Remember articles I read' }) as HTMLInputElement;
    expect(pause.checked).toBe(true);
    fireEvent.click(pause);
    expect(onRemember).toHaveBeenCalledWith(false);
  });

  it('lists the sites never to remember, adds one as typed and removes one', () => {
    const onNeverRemember = vi.fn();
    render(<MemoryPanel {...props({ onNeverRemember })} />);
    const list = screen.getByRole('list', { name: 'Sites never to remember' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['bank.example', 'mail.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Remember bank.example again' }));
    expect(onNeverRemember).toHaveBeenLastCalledWith(['mail.example']);
    const input = screen.getByLabelText('Never remember a site');
    fireEvent.input(input, { target: { value: 'https://www.Clinic.example/visit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onNeverRemember).toHaveBeenLastCalledWith(['bank.example', 'clinic.example', 'mail.example']);
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onNeverRemember).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('alert').some((a) => /not a valid site name/.test(a.textContent ?? ''))).toBe(true);
  });

  it('says so when no site is listed', () => {
    render(<MemoryPanel {...props({ neverRemember: [] })} />);
    expect(screen.getByText('No sites listed.')).toBeTruthy();
  });

  it('forgets a site, the last hour and the last day, saying how many articles went each time', async () => {
    const counts = [2, 1, 0];
    const onForget = vi.fn(async (_what: unknown) => counts.shift()!);
    render(<MemoryPanel {...props({ onForget })} />);
    fireEvent.input(screen.getByLabelText('Forget what was kept from a site'), {
      target: { value: 'www.news.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Forget this site' }));
    await waitFor(() => expect(status(/Forgot/)).toHaveProperty('textContent', 'Forgot 2 articles from news.example.'));
    fireEvent.click(screen.getByRole('button', { name: 'Forget the last hour' }));
    await waitFor(() =>
      expect(status(/hour/)).toHaveProperty('textContent', 'Forgot 1 article kept in the last hour.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Forget the last day' }));
    await waitFor(() => expect(status(/day/)).toHaveProperty('textContent', 'Nothing was kept in the last day.'));
    expect(onForget.mock.calls.map(([what]) => what)).toEqual([{ site: 'news.example' }, 'hour', 'day']);
  });

  it('forgets everything only once the reader confirms, and can be cancelled', async () => {
    const onForget = vi.fn(async () => 12);
    render(<MemoryPanel {...props({ onForget })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    expect(screen.getByText(/Forget every remembered article\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/Forget every remembered article\?/)).toBeNull();
    expect(onForget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything…' }));
    const confirm = screen.getByRole('button', { name: 'Forget everything' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(status(/Forgot/)).toHaveProperty('textContent', 'Forgot 12 articles; your corrections stay.'),
    );
    expect(onForget).toHaveBeenCalledWith('everything');
  });

  it('says why a site cannot be forgotten, and what went wrong when forgetting fails', async () => {
    const onForget = vi.fn(async () => {
      throw new Error('Your learned dictionary could not be read.');
    });
    render(<MemoryPanel {...props({ onForget })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget this site' }));
    expect(screen.getAllByRole('alert').some((a) => /Enter a site/.test(a.textContent ?? ''))).toBe(true);
    expect(onForget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget the last hour' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => /could not be read/.test(a.textContent ?? ''))).toBe(true),
    );
  });
});
