// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RememberSwitch } from '@/components/remember-switch';

afterEach(cleanup);

describe('RememberSwitch', () => {
  it('reports the reader turning it on, and says what forgetting a site took away', async () => {
    const onChange = vi.fn();
    const counts = [2, 1, 0];
    render(
      <RememberSwitch
        on={false}
        onChange={onChange}
        hostname="news.example"
        onForgetSite={async () => counts.shift()!}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remember articles I read' }));
    expect(onChange).toHaveBeenCalledWith(true);
    const forget = screen.getByRole('button', { name: 'Forget articles kept from news.example' });
    for (const said of [
      'Forgot 2 articles from news.example.',
      'Forgot 1 article from news.example.',
      'Nothing was kept from news.example.',
    ]) {
      fireEvent.click(forget);
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe(said));
    }
  });

  it('offers no forgetting without a site', () => {
    render(<RememberSwitch on onChange={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
