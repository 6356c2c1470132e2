// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '@/components/site-switch';

afterEach(cleanup);

describe('SiteSwitch', () => {
  it('is a labelled switch that reports the opposite state when flipped', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SiteSwitch hostname="news.example" on onChange={onChange} />);
    const toggle = screen.getByRole('switch', { name: 'Backstory on news.example' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(false);
    rerender(<SiteSwitch hostname="news.example" on={false} onChange={onChange} />);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toContain('Off');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('cannot be flipped while a change is saving', () => {
    render(<SiteSwitch hostname="news.example" on busy onChange={() => undefined} />);
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
  });
});
