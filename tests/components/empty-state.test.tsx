// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState, type EmptyKind } from '@/components/empty-state';

afterEach(cleanup);

describe('EmptyState', () => {
  const cases: [EmptyKind, RegExp][] = [
    ['restricted', /cannot run here/],
    ['loading', /Reading the page/],
    ['no-names', /No known names/],
    ['gave-up', /Stopped early/],
    ['off', /switched off/],
    ['not-article', /does not look like an article/],
    ['unreachable', /has not read this page/],
  ];

  it.each(cases)('explains the %s state', (kind, title) => {
    render(<EmptyState kind={kind} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('data-kind')).toBe(kind);
    expect(status.querySelector('.bs-empty-title')!.textContent).toMatch(title);
  });

  it('shows the engine note when it gave up on a huge page', () => {
    render(<EmptyState kind="gave-up" note="Scanned 20000 text nodes in 2 s." />);
    expect(screen.getByText('Scanned 20000 text nodes in 2 s.')).toBeTruthy();
  });
});
