// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeneralSettings, type GeneralSettingsProps } from '@/components/options/general-settings';
import { OptionsPage, type OptionsSection } from '@/components/options/options-page';
import { defaultSettings } from '@/utils/settings/schema';

afterEach(cleanup);

function general(change: Partial<GeneralSettingsProps> = {}) {
  const props: GeneralSettingsProps = {
    settings: defaultSettings(),
    onChange: vi.fn(),
    onSiteRule: vi.fn(),
    shortcut: 'Alt+Shift+O',
    browser: 'chrome',
    ...change,
  };
  return { props, element: <GeneralSettings {...props} /> };
}

const twoSections: OptionsSection[] = [
  { id: 'general', label: 'General', content: <p>General content</p> },
  { id: 'dictionary', label: 'Dictionary', content: <p>Dictionary content</p> },
];

describe('OptionsPage', () => {
  it('shows a single section without tabs', () => {
    render(<OptionsPage sections={[twoSections[0]!]} selected="" onSelect={() => {}} onAcknowledge={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Backstory settings');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('region', { name: 'General' }).textContent).toContain('General content');
  });

  it('shows sections as tabs, the selected one in its panel', () => {
    const onSelect = vi.fn();
    render(<OptionsPage sections={twoSections} selected="dictionary" onSelect={onSelect} onAcknowledge={() => {}} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected'), t.tabIndex])).toEqual([
      ['General', 'false', -1],
      ['Dictionary', 'true', 0],
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Dictionary' }).textContent).toBe('Dictionary content');
    fireEvent.click(tabs[0]!);
    expect(onSelect).toHaveBeenLastCalledWith('general');
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    const onSelect = vi.fn();
    render(<OptionsPage sections={twoSections} selected="general" onSelect={onSelect} onAcknowledge={() => {}} />);
    const [first, second] = screen.getAllByRole('tab');
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenLastCalledWith('dictionary');
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(first!, { key: 'ArrowLeft' });
    expect(onSelect).toHaveBeenLastCalledWith('dictionary');
    fireEvent.keyDown(first!, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith('dictionary');
    fireEvent.keyDown(first!, { key: 'Home' });
    expect(onSelect).toHaveBeenLastCalledWith('general');
    onSelect.mockClear();
    fireEvent.keyDown(first!, { key: 'a' });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('falls back to the first section for an unknown id', () => {
    render(<OptionsPage sections={twoSections} selected="nope" onSelect={() => {}} onAcknowledge={() => {}} />);
    expect(screen.getByRole('tabpanel').textContent).toBe('General content');
  });

  it('shows a notice about settings that fell back to defaults, and closes it by saving', () => {
    const onAcknowledge = vi.fn();
    const notice = 'Some saved settings could not be read and Backstory is using its defaults for them: card delay.';
    const { rerender } = render(
      <OptionsPage
        sections={twoSections}
        selected=""
        onSelect={() => {}}
        notice={notice}
        onAcknowledge={onAcknowledge}
      />,
    );
    const area = screen.getByRole('status');
    expect(area.textContent).toContain(notice);
    fireEvent.click(screen.getByRole('button', { name: 'Save and close this notice' }));
    expect(onAcknowledge).toHaveBeenCalledOnce();
    rerender(<OptionsPage sections={twoSections} selected="" onSelect={() => {}} onAcknowledge={onAcknowledge} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows a change that could not be saved', () => {
    render(
      <OptionsPage
        sections={twoSections}
        selected=""
        onSelect={() => {}}
        saveError="quota exceeded"
        onAcknowledge={() => {}}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Your last change could not be saved: quota exceeded');
    expect(screen.queryByRole('button', { name: 'Save and close this notice' })).toBeNull();
  });
});

describe('GeneralSettings', () => {
  it('reports each change as a patch of the settings it touches', () => {
    const { props, element } = general();
    render(element);
    fireEvent.click(screen.getByRole('switch', { name: 'Highlight names on every site' }));
    expect(props.onChange).toHaveBeenLastCalledWith({ enabled: false });
    fireEvent.click(screen.getByRole('radio', { name: 'Pages that look like articles' }));
    expect(props.onChange).toHaveBeenLastCalledWith({ runOn: 'articles' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Places' }));
    expect(props.onChange).toHaveBeenLastCalledWith({ types: ['person', 'organization', 'other'] });
    fireEvent.click(screen.getByRole('radio', { name: 'None until hovered' }));
    expect(props.onChange).toHaveBeenLastCalledWith({ highlightStyle: 'none' });
    fireEvent.click(screen.getByRole('radio', { name: 'Only the first mention of each name on a page' }));
    expect(props.onChange).toHaveBeenLastCalledWith({ firstMentionOnly: true });
    fireEvent.input(screen.getByRole('slider', { name: 'Delay' }), { target: { value: '800' } });
    expect(props.onChange).toHaveBeenLastCalledWith({ cardDelay: 800 });
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'www.bbc.co.uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onSiteRule).toHaveBeenLastCalledWith('bbc.co.uk', 'off');
  });

  it('shows the settings it is given', () => {
    const settings = {
      ...defaultSettings(),
      runOn: 'articles' as const,
      highlightStyle: 'background' as const,
      firstMentionOnly: true,
    };
    render(general({ settings }).element);
    expect((screen.getByRole('radio', { name: 'Pages that look like articles' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('radio', { name: 'Background colour' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('radio', { name: 'Only the first mention of each name on a page' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(document.querySelector('.bs-preview-text')!.getAttribute('data-style')).toBe('background');
  });

  it('gives every control a name and keeps the structure accessible (axe, without layout rules)', async () => {
    const { container } = render(
      <OptionsPage
        sections={[
          {
            id: 'general',
            label: 'General',
            content: general({ settings: { ...defaultSettings(), sites: { 'bbc.co.uk': 'off' } } }).element,
          },
          twoSections[1]!,
        ]}
        selected="general"
        onSelect={() => {}}
        notice="Some saved settings could not be read."
        onAcknowledge={() => {}}
      />,
    );
    const controls = container.querySelectorAll('input, select, button');
    expect(controls.length).toBeGreaterThan(15);
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'aria-allowed-role']));
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
