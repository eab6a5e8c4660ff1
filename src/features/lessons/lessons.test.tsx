import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimStore } from '../../store';
import { loadAllMessages, renderInStore as inStore } from '../../ui/testing/render';
import { CompareWhyThree } from './CompareWhyThree';
import type { LadderViewProps } from '../../ui';
import { LearnPanel } from './LearnPanel';
import { LESSON_IDS, MISCONCEPTION_IDS } from './lessonIds';
import { ScenarioNotes } from './ScenarioNotes';

describe('lessons UI', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
    await loadAllMessages('zh');
  });

  it('Learn lists every lesson (closed) and every misconception with its correction', () => {
    inStore(<LearnPanel />);
    const lessons = screen.getByRole('region', { name: 'Lessons' });
    expect(within(lessons).getAllByRole('group')).toHaveLength(LESSON_IDS.length); // <details>
    const why = within(lessons).getByText('Why three segments, not two?');
    fireEvent.click(why);
    expect(within(lessons).getByText(/Each side picks its own starting sequence number/)).toBeVisible();

    const wrong = screen.getByRole('region', { name: 'Common misconceptions' });
    expect(within(wrong).getAllByRole('listitem')).toHaveLength(MISCONCEPTION_IDS.length);
    expect(within(wrong).getAllByText('Many textbooks say…')).toHaveLength(MISCONCEPTION_IDS.length);
    expect(within(wrong).getAllByText('In fact…')).toHaveLength(MISCONCEPTION_IDS.length);
  });

  it('Learn in Chinese: “不少教材说……” then “实际上……”', () => {
    inStore(<LearnPanel />, createSimStore({ locale: 'zh' }));
    expect(screen.getByRole('heading', { name: '常见误区' })).toBeInTheDocument();
    const card = screen.getByText('第三次握手写作“SYN(ack=k+1)”。').closest('.misconception') as HTMLElement;
    expect(within(card).getByText('不少教材说……')).toBeInTheDocument();
    expect(within(card).getByText('实际上……')).toBeInTheDocument();
    expect(within(card).getByText(/第三个报文段是一个普通的 ACK/)).toBeInTheDocument();
  });

  it('ScenarioNotes shows the handshake’s three misconceptions, and follows the scenario on screen', () => {
    const store = inStore(<ScenarioNotes />);
    const notes = screen.getByRole('region', { name: 'Common misconceptions and background' });
    expect(notes.querySelectorAll('[data-misconception]')).toHaveLength(3);
    expect(within(notes).getByText(/The third segment of the handshake is written as/)).toBeInTheDocument();
    act(() => store.getState().loadScenario('port-scan'));
    expect(within(notes).getByText(/If a SYN scan succeeds, the host is not secure/)).toBeInTheDocument();
    act(() => store.getState().loadScenario('two-way-handshake'));
    expect(within(notes).getByText('Why three segments, not two?')).toBeInTheDocument();
  });

  it('ScenarioNotes takes a scenario explicitly too', () => {
    inStore(<ScenarioNotes scenario="half-close" />);
    expect(screen.getByText(/In FIN_WAIT_2 this side tells the peer/)).toBeInTheDocument();
  });

  it('Compare shows both runs at their last step with the states each side ends in', () => {
    const drawn: LadderViewProps[] = [];
    inStore(
      <CompareWhyThree
        renderLadder={(props) => {
          drawn.push(props);
          return <div data-testid={`ladder-${props.trace.scenario}`} />;
        }}
      />,
    );
    const real = screen.getByRole('region', { name: 'Old duplicate SYN' });
    expect(within(real).getByText('At the end: client ESTABLISHED, server ESTABLISHED.')).toBeInTheDocument();
    const two = screen.getByRole('region', { name: 'What if only two? (not real TCP)' });
    expect(within(two).getByText('At the end: client CLOSED, server ESTABLISHED.')).toBeInTheDocument();
    const last = drawn.at(-1);
    expect(last?.cursor).toBe(last?.trace.steps.length);
    expect(last?.playhead.get()).toBe(last?.trace.steps.at(-1)?.t);
  });
});
