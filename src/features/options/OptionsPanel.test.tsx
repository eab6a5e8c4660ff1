import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../engine';
import { createSimStore, writeLink, type SimStore } from '../../store';
import { loadAllMessages, renderInStore } from '../../ui/testing/render';
import { OptionsPanel } from './OptionsPanel';

function renderPanel(store: SimStore = createSimStore()) {
  return renderInStore(<OptionsPanel />, store);
}

describe('<OptionsPanel>', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
    await loadAllMessages('zh');
  });

  it('applies a valid ISN as it is typed; a bad one is named and the last good value stays', () => {
    const store = renderPanel();
    const client = screen.getByRole('textbox', { name: 'Client ISN' });
    fireEvent.change(client, { target: { value: '4242' } });
    expect(store.getState().options.isnClient).toBe(4242);

    fireEvent.change(client, { target: { value: '5000000000' } });
    expect(store.getState().options.isnClient).toBe(4242);
    expect(client).toHaveAttribute('aria-invalid', 'true');
    expect(client).toHaveAccessibleDescription(/Enter a whole number from 0 to 4294967295\. Still using 4242\./);

    fireEvent.change(client, { target: { value: '1e3' } });
    expect(screen.getByText(/Use digits only/)).toBeInTheDocument();
    expect(store.getState().options.isnClient).toBe(4242);

    fireEvent.change(client, { target: { value: '7' } });
    expect(client).not.toHaveAttribute('aria-invalid');
    expect(store.getState().options.isnClient).toBe(7);
  });

  it('refuses a latency outside 20–1000 ms', () => {
    const store = renderPanel();
    const latency = screen.getByRole('textbox', { name: 'One-way latency (ms)' });
    fireEvent.change(latency, { target: { value: '5' } });
    expect(store.getState().options.latencyMs).toBe(DEFAULT_OPTIONS.latencyMs);
    expect(screen.getByText(/Enter a whole number from 20 to 1000\. Still using 100\./)).toBeInTheDocument();
    fireEvent.change(latency, { target: { value: '250' } });
    expect(store.getState().options.latencyMs).toBe(250);
  });

  it('chooses the Linux behaviour: into the store and the link, and says what Linux fixes', () => {
    const store = renderPanel();
    const group = screen.getByRole('group', { name: 'Behaviour' });
    expect(within(group).getByRole('radio', { name: 'RFC 9293' })).toBeChecked();
    expect(screen.queryByText(/Linux behaviour:/)).toBeNull();
    fireEvent.click(within(group).getByRole('radio', { name: 'Linux' }));
    expect(store.getState().options.profile).toBe('linux');
    expect(writeLink(store.getState())).toContain('profile=linux');
    expect(screen.getByText('Linux behaviour: 60 s, whatever is chosen here.')).toBeInTheDocument();
    expect(screen.getByText('Linux behaviour: on, whatever is chosen here.')).toBeInTheDocument();
  });

  it('labels each TIME-WAIT preset with what it stands for, and the choice goes into the link', () => {
    const store = renderPanel();
    const group = screen.getByRole('group', { name: 'TIME-WAIT length (2MSL)' });
    expect(within(group).getByRole('radio', { name: 'RFC 9293: MSL = 2 min → 4 min' })).not.toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Linux: 60 s' })).toBeChecked();
    fireEvent.click(within(group).getByRole('radio', { name: 'Classroom: 5 s' }));
    expect(store.getState().options.timeWaitMs).toBe(5000);
    expect(writeLink(store.getState())).toContain('tw=5000');
  });

  it('shows a TIME-WAIT length from a hand-edited link as it is, not as a preset', () => {
    renderPanel(createSimStore({ options: { ...DEFAULT_OPTIONS, timeWaitMs: 30_000 } }));
    expect(screen.getByRole('radio', { name: 'From the link: 30 s' })).toBeChecked();
  });

  it('switches ISN modes: random shows a seed with "New seed", wrap starts just below 2^32', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('radio', { name: 'Random from a seed' }));
    expect(store.getState().options.isnMode).toBe('random');
    expect(screen.queryByRole('textbox', { name: 'Client ISN' })).toBeNull();
    const seed = screen.getByRole('textbox', { name: 'Seed' });
    fireEvent.click(screen.getByRole('button', { name: 'New seed' }));
    expect(store.getState().options.seed).not.toBe(DEFAULT_OPTIONS.seed);
    expect(seed).toHaveValue(String(store.getState().options.seed));

    fireEvent.click(screen.getByRole('radio', { name: 'Near 2^32 (wrap-around)' }));
    expect(screen.getByText('This run: client ISN 4294967290, server ISN 4294967293.')).toBeInTheDocument();
  });

  it('SYN cookies: a checkbox that says where it matters, with a way to that scenario', () => {
    const store = renderPanel();
    const cookies = screen.getByRole('checkbox', { name: 'SYN cookies' });
    expect(cookies).toHaveAccessibleDescription(/SYN-flood scenario/);
    fireEvent.click(cookies);
    expect(store.getState().options.synCookies).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Open the SYN-flood scenario' }));
    expect(store.getState().scenario).toBe('syn-flood');
  });

  it('Reset puts every option back, and the fields follow', () => {
    const store = renderPanel(createSimStore({ options: { ...DEFAULT_OPTIONS, isnClient: 9, latencyMs: 500 } }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(store.getState().options).toEqual(DEFAULT_OPTIONS);
    expect(screen.getByRole('textbox', { name: 'Client ISN' })).toHaveValue('1000');
    expect(screen.getByRole('textbox', { name: 'One-way latency (ms)' })).toHaveValue('100');
  });

  it('speaks Chinese, errors included', () => {
    const store = renderPanel(createSimStore({ locale: 'zh' }));
    const client = screen.getByRole('textbox', { name: '客户端 ISN' });
    fireEvent.change(client, { target: { value: '-5' } });
    expect(screen.getByText(/只能使用数字/)).toBeInTheDocument();
    expect(screen.getByText(/仍在使用 1000。/)).toBeInTheDocument();
    expect(store.getState().options.isnClient).toBe(1000);
    expect(screen.getByRole('radio', { name: '课堂演示：5 秒' })).toBeInTheDocument();
  });
});
