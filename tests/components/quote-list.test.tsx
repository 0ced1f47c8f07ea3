// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { QuoteList } from '../../components/QuoteList';
import type { Person, Quote } from '../../lib/types';

afterEach(cleanup);

const varga: Person = { id: 'p1', name: 'Ilse Varga', title: 'Minister', affiliation: null, official: true, mentions: [] };
const quote = (id: string, text: string, extra: Partial<Quote> = {}): Quote =>
  ({ id, start: 0, end: text.length, text, scare: false, speaker: { personId: 'p1', name: 'Ilse Varga' }, ...extra }) as Quote;

describe('the popup’s quotes', () => {
  test('a word or two in quotation marks is folded apart, with no citation to copy; statements stay in the list', () => {
    const onShow = vi.fn();
    const { container } = render(
      <QuoteList
        quotes={[
          quote('q1', 'We will finish the wall before the storms come,'),
          quote('q2', 'deliver'),
          quote('q3', 'hard choices', { speaker: undefined }),
          quote('q4', 'iconic', { scare: true, speaker: undefined }),
        ]}
        people={[varga]}
        onShow={onShow}
        onCopy={async () => {}}
      />,
    );
    expect(container.querySelectorAll('.speaker-group .quote')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Copy as citation' })).toHaveLength(2); // the statement, and the folded scare quote's list
    const folded = screen.getByText('A word or two quoted (2)').closest('details')!;
    expect(folded.textContent).toContain('“deliver” Ilse Varga');
    expect(folded.textContent).toContain('“hard choices”');
    fireEvent.click(screen.getByRole('button', { name: '“deliver”' }));
    expect(onShow).toHaveBeenCalledWith('q2', 0);
  });
});
