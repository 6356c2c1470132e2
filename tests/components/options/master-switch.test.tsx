// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MasterSwitch } from '@/components/options/master-switch';

afterEach(cleanup);

describe('MasterSwitch', () => {
  it('is a labelled switch reporting the new state', () => {
    const onChange = vi.fn();
    const { rerender } = render(<MasterSwitch enabled onChange={onChange} shortcut="Alt+Shift+O" browser="chrome" />);
    const toggle = screen.getByRole('switch', { name: 'Highlight names on every site' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(false);
    rerender(<MasterSwitch enabled={false} onChange={onChange} shortcut="Alt+Shift+O" browser="chrome" />);
    expect(toggle.checked).toBe(false);
    expect(screen.getByText(/off everywhere, including sites you switched on/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('shows the bound shortcut and where Chrome changes it', () => {
    render(<MasterSwitch enabled onChange={() => undefined} shortcut="Alt+Shift+O" browser="chrome" />);
    expect(document.querySelector('kbd')!.textContent).toBe('Alt+Shift+O');
    expect(screen.getByText('chrome://extensions/shortcuts')).toBeTruthy();
  });

  it('says when no shortcut is set, and where Firefox sets one', () => {
    render(<MasterSwitch enabled onChange={() => undefined} shortcut="" browser="firefox" />);
    expect(document.querySelector('kbd')).toBeNull();
    expect(screen.getByText(/No keyboard shortcut is set/)).toBeTruthy();
    expect(screen.getByText('about:addons')).toBeTruthy();
    expect(screen.getByText('Manage Extension Shortcuts')).toBeTruthy();
  });

  it('offers to open the shortcut settings only where the browser allows it', () => {
    const open = vi.fn();
    const { rerender } = render(
      <MasterSwitch enabled onChange={() => undefined} shortcut="" browser="chrome" onOpenShortcuts={open} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open shortcut settings' }));
    expect(open).toHaveBeenCalledOnce();
    rerender(<MasterSwitch enabled onChange={() => undefined} shortcut="" browser="firefox" />);
    expect(screen.queryByRole('button', { name: 'Open shortcut settings' })).toBeNull();
  });
});
