// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '@/components/welcome/welcome-page';

afterEach(cleanup);

describe('WelcomePage', () => {
  it('says what remembering keeps and where, and reports the reader turning it on', () => {
    const onRemember = vi.fn();
    render(<WelcomePage remember={false} readAlong onRemember={onRemember} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Backstory');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['What is kept', 'Where it is kept']);
    const toggle = screen.getByRole('switch', { name: 'Remember articles I read' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onRemember).toHaveBeenLastCalledWith(true);
    expect(screen.getByRole('link', { name: 'Open the settings' }).getAttribute('href')).toBe('/options.html');
  });

  it('offers the switch only once the settings are read, and says remembering waits for reading along', () => {
    const { rerender } = render(<WelcomePage remember={undefined} readAlong={undefined} onRemember={() => {}} />);
    expect(screen.queryByRole('switch')).toBeNull();
    rerender(<WelcomePage remember readAlong={false} onRemember={() => {}} />);
    expect(screen.getByRole('switch').getAttribute('aria-describedby')).toBeTruthy();
    expect(document.body.textContent).toContain('Articles are remembered only while Backstory reads along.');
  });
});
