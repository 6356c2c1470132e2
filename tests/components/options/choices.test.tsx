// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDelayInput, clampDelay } from '@/components/options/card-delay-input';
import { ChoiceGroup } from '@/components/options/choice-group';
import { HighlightPreview } from '@/components/options/highlight-preview';
import { TypeChoices } from '@/components/options/type-choices';
import { highlightCss } from '@/utils/annotate/style';

afterEach(cleanup);

describe('ChoiceGroup', () => {
  const choices = [
    { value: 'articles', label: 'Articles', hint: 'Only news stories.' },
    { value: 'everywhere', label: 'Everywhere' },
  ] as const;

  it('is a fieldset of labelled radios with the current value checked', () => {
    render(<ChoiceGroup legend="Where it runs" name="run" choices={choices} value="articles" onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Where it runs' });
    expect(group.tagName).toBe('FIELDSET');
    const articles = screen.getByRole('radio', { name: 'Articles' }) as HTMLInputElement;
    expect(articles.checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Everywhere' }) as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(articles.getAttribute('aria-describedby')!)!.textContent).toBe('Only news stories.');
  });

  it('reports the value picked', () => {
    const onChange = vi.fn();
    render(<ChoiceGroup legend="Where it runs" name="run" choices={choices} value="articles" onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Everywhere' }));
    expect(onChange).toHaveBeenCalledWith('everywhere');
  });
});

describe('TypeChoices', () => {
  it('shows a checkbox per kind of name, checked when highlighted', () => {
    render(<TypeChoices types={['person', 'place']} onChange={() => {}} />);
    const checked = screen
      .getAllByRole('checkbox')
      .map((box) => [
        box.id && document.querySelector(`label[for="${box.id}"]`)!.textContent,
        (box as HTMLInputElement).checked,
      ]);
    expect(checked).toEqual([
      ['People', true],
      ['Organisations', false],
      ['Places', true],
      ['Other names', false],
    ]);
  });

  it('reports the new set, in the usual order, when one is switched', () => {
    const onChange = vi.fn();
    render(<TypeChoices types={['place', 'person']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Organisations' }));
    expect(onChange).toHaveBeenLastCalledWith(['person', 'organization', 'place']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'People' }));
    expect(onChange).toHaveBeenLastCalledWith(['place']);
  });

  it('warns when nothing is left to highlight', () => {
    const { rerender } = render(<TypeChoices types={['person']} onChange={() => {}} />);
    expect(screen.queryByText(/nothing will be highlighted/)).toBeNull();
    rerender(<TypeChoices types={[]} onChange={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/nothing will be highlighted/);
  });
});

describe('HighlightPreview', () => {
  it('shows the chosen style and every mention', () => {
    render(<HighlightPreview style="background" firstMentionOnly={false} />);
    expect(document.querySelector('.bs-preview-text')!.getAttribute('data-style')).toBe('background');
    const marks = [...document.querySelectorAll('[data-backstory-entity]')].map((m) => m.textContent);
    expect(marks).toEqual(['Ada Lovelace', 'Charles Babbage', 'London', 'Lovelace']);
  });

  it('styles its marks with the stylesheet the annotator puts on pages', () => {
    const { rerender } = render(<HighlightPreview style="underline" firstMentionOnly={false} />);
    expect(document.querySelector('.bs-preview style')!.textContent).toBe(highlightCss('underline'));
    rerender(<HighlightPreview style="none" firstMentionOnly={false} />);
    expect(document.querySelector('.bs-preview style')!.textContent).toBe(highlightCss('none'));
    expect(document.querySelectorAll('mark[data-backstory-entity]')).toHaveLength(4);
  });

  it('leaves later mentions plain with "first mention only", keeping the text whole', () => {
    render(<HighlightPreview style="underline" firstMentionOnly />);
    const marks = [...document.querySelectorAll('[data-backstory-entity]')].map((m) => m.textContent);
    expect(marks).toEqual(['Ada Lovelace', 'Charles Babbage', 'London']);
    expect(document.querySelector('.bs-preview-text')!.textContent).toContain('later, Lovelace published');
  });

  it('explains how to see names when they show only on hover, and lets the keyboard reach them', () => {
    render(<HighlightPreview style="none" firstMentionOnly={false} />);
    expect(screen.getByText(/hover or focus a name/)).toBeTruthy();
    for (const mark of document.querySelectorAll('[data-backstory-entity]'))
      expect(mark.getAttribute('tabindex')).toBe('0');
  });
});

describe('CardDelayInput', () => {
  it('clamps and rounds to whole milliseconds in range', () => {
    expect(clampDelay(-20)).toBe(0);
    expect(clampDelay(412.6)).toBe(413);
    expect(clampDelay(99_999)).toBe(3000);
    expect(clampDelay(Number.NaN)).toBe(0);
  });

  it('reports every slider move in milliseconds', () => {
    const onChange = vi.fn();
    render(<CardDelayInput value={400} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Delay' }) as HTMLInputElement;
    expect(slider.value).toBe('400');
    expect(slider.getAttribute('aria-valuetext')).toBe('400 milliseconds');
    fireEvent.input(slider, { target: { value: '1250' } });
    expect(onChange).toHaveBeenLastCalledWith(1250);
  });

  it('saves a typed number when committed, clamped, and not while typing', () => {
    const onChange = vi.fn();
    render(<CardDelayInput value={400} onChange={onChange} />);
    const field = screen.getByLabelText('Delay in milliseconds') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '9' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: '9000' } });
    fireEvent.change(field);
    expect(onChange).toHaveBeenLastCalledWith(3000);
    expect(field.value).toBe('3000');
  });

  it('puts back the saved value when the typed one is not a number', () => {
    const onChange = vi.fn();
    render(<CardDelayInput value={600} onChange={onChange} />);
    const field = screen.getByLabelText('Delay in milliseconds') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
    expect(field.value).toBe('600');
  });

  it('follows a value changed elsewhere', () => {
    const { rerender } = render(<CardDelayInput value={600} onChange={() => {}} />);
    rerender(<CardDelayInput value={900} onChange={() => {}} />);
    expect((screen.getByLabelText('Delay in milliseconds') as HTMLInputElement).value).toBe('900');
    expect(screen.getByText('(0.9 s)')).toBeTruthy();
  });
});
