// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRulesEditor } from '@/components/options/site-rules-editor';

afterEach(cleanup);

function addSite(text: string, rule?: 'on' | 'off') {
  fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: text } });
  if (rule) fireEvent.change(screen.getByLabelText('Rule for the new site'), { target: { value: rule } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

describe('SiteRulesEditor', () => {
  it('lists the sites in order, each with its rule', () => {
    render(<SiteRulesEditor sites={{ 'zeit.de': 'on', 'bbc.co.uk': 'off' }} onChange={() => undefined} />);
    const rows = screen.getAllByRole('listitem').map((row) => row.querySelector('.bs-site-rule-host')!.textContent);
    expect(rows).toEqual(['bbc.co.uk', 'zeit.de']);
    expect((screen.getByLabelText('Backstory on bbc.co.uk') as HTMLSelectElement).value).toBe('off');
    expect((screen.getByLabelText('Backstory on zeit.de') as HTMLSelectElement).value).toBe('on');
  });

  it('says so when there are no sites', () => {
    render(<SiteRulesEditor sites={{}} onChange={() => undefined} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/No sites yet/)).toBeTruthy();
  });

  it('changes a rule', () => {
    const onChange = vi.fn();
    render(<SiteRulesEditor sites={{ 'bbc.co.uk': 'off' }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Backstory on bbc.co.uk'), { target: { value: 'on' } });
    expect(onChange).toHaveBeenCalledWith('bbc.co.uk', 'on');
  });

  it('removes a rule and keeps keyboard focus in the list', () => {
    const onChange = vi.fn();
    const sites = { 'a.example': 'off', 'b.example': 'on' } as const;
    const { rerender } = render(<SiteRulesEditor sites={sites} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    expect(onChange).toHaveBeenCalledWith('a.example', null);
    rerender(<SiteRulesEditor sites={{ 'b.example': 'on' }} onChange={onChange} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove b.example' }));
  });

  it('adds a site under its normalised name, with the chosen rule, and clears the field', () => {
    const onChange = vi.fn();
    render(<SiteRulesEditor sites={{}} onChange={onChange} />);
    addSite('https://WWW.Example.com/news/story');
    expect(onChange).toHaveBeenLastCalledWith('example.com', 'off');
    expect((screen.getByLabelText('Add a site') as HTMLInputElement).value).toBe('');
    addSite('localhost:8080', 'on');
    expect(onChange).toHaveBeenLastCalledWith('localhost', 'on');
  });

  it('refuses an invalid site with a message tied to the field, and keeps what was typed', () => {
    const onChange = vi.fn();
    render(<SiteRulesEditor sites={{}} onChange={onChange} />);
    addSite('not a site');
    expect(onChange).not.toHaveBeenCalled();
    const field = screen.getByLabelText('Add a site') as HTMLInputElement;
    expect(field.value).toBe('not a site');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/not a valid site name/);
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    addSite('example.org');
    expect(onChange).toHaveBeenCalledWith('example.org', 'off');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
