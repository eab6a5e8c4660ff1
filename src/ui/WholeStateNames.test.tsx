import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WholeStateNames } from './WholeStateNames';

describe('<WholeStateNames>', () => {
  it('keeps each hyphenated state name in a box of its own, and the text as it was', () => {
    const text = '状态：ESTABLISHED → CLOSE-WAIT，然后 LAST-ACK';
    const { container } = render(
      <p>
        <WholeStateNames text={text} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect([...container.querySelectorAll('.state-name')].map((span) => span.textContent)).toEqual(['CLOSE-WAIT', 'LAST-ACK']);
  });

  it('leaves text with no hyphenated state name alone', () => {
    const { container } = render(
      <p>
        <WholeStateNames text="Server: LISTEN → ESTABLISHED." />
      </p>,
    );
    expect(container.querySelector('p')?.innerHTML).toBe('Server: LISTEN → ESTABLISHED.');
  });
});
