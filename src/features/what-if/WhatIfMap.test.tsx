import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadAllMessages } from '../../ui/testing/render';
import { createSimStore, SimStoreProvider } from '../../store';
import { WhatIfMap } from './WhatIfMap';

describe('<WhatIfMap>', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
    await loadAllMessages('zh');
  });

  it('offers each of the seven segments as a button named for the loss, described by its outcome, then the three cases where retrying is not enough', () => {
    render(
      <SimStoreProvider store={createSimStore()}>
        <WhatIfMap />
      </SimStoreProvider>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-scenario'))).toEqual([
      'syn-lost',
      'syn-ack-lost',
      'ack-lost',
      'fin-lost',
      'close-ack-lost',
      'passive-fin-lost',
      'last-ack-lost',
      // Then where retrying is not enough.
      'syn-timeout',
      'half-open',
      'accept-queue-full',
    ]);
    const fin = screen.getByRole('button', { name: 'The client’s FIN is lost' });
    expect(fin).toHaveAccessibleDescription(/waits in FIN-WAIT-1/);
    expect(screen.getByRole('heading', { name: 'Three-way handshake' })).toBeInTheDocument();
  });

  it('beyond the seven: every SYN lost, a crashed peer and a full accept queue, each described and opened at its start', () => {
    const store = createSimStore({ scenario: 'close', cursor: 5 });
    render(
      <SimStoreProvider store={store}>
        <WhatIfMap />
      </SimStoreProvider>,
    );
    const timeout = screen.getByRole('button', { name: 'Every SYN lost: connect() times out' });
    expect(timeout).toHaveAccessibleDescription(/ETIMEDOUT/);
    const beyond = (id: string) => screen.getAllByRole('button').find((b) => b.getAttribute('data-scenario') === id);
    expect(beyond('half-open')).toHaveAccessibleDescription(/crashes/);
    expect(beyond('accept-queue-full')).toHaveAccessibleDescription(/accept queue is full/);
    fireEvent.click(timeout);
    expect(store.getState()).toMatchObject({ scenario: 'syn-timeout', cursor: 0 });
  });

  it('loads the scenario at its start and lets the dialog close', () => {
    const store = createSimStore({ scenario: 'close', cursor: 5 });
    const onChoose = vi.fn();
    render(
      <SimStoreProvider store={store}>
        <WhatIfMap onChoose={onChoose} />
      </SimStoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'The client’s FIN is lost' }));
    expect(store.getState()).toMatchObject({ scenario: 'fin-lost', cursor: 0 });
    expect(onChoose).toHaveBeenCalledOnce();
  });

  it('marks the scenario on screen and speaks Chinese', () => {
    render(
      <SimStoreProvider store={createSimStore({ scenario: 'last-ack-lost', locale: 'zh' })}>
        <WhatIfMap />
      </SimStoreProvider>,
    );
    const last = screen.getByRole('button', { name: '客户端最后的 ACK 丢失' });
    expect(last).toHaveAttribute('aria-current', 'true');
    expect(last).toHaveAccessibleDescription(/TIME-WAIT 存在的原因/);
    expect(screen.getByRole('heading', { name: '四次挥手（关闭）' })).toBeInTheDocument();
  });
});
