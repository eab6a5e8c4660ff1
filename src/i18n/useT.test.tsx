import { act, cleanup, render, screen } from '@testing-library/react';
import { memo, useReducer } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TFunction } from './useT';

afterEach(cleanup);

/** useT and the catalogue loader, fresh: nothing loaded yet. */
async function freshI18n() {
  vi.resetModules();
  const [messages, { useT }, { LocaleProvider }] = await Promise.all([import('./messages'), import('./useT'), import('./localeContext')]);
  return { messages, useT, LocaleProvider };
}

describe('useT, as the second part of the text arrives', () => {
  // Issue 8 (total blocking time): the second part's arrival re-rendered every text of the page
  // at once, one long task while the page loaded; the prerendered page's texts need none of it.
  it('draws again only what showed a key blank while it was on its way', async () => {
    const { messages, useT, LocaleProvider } = await freshI18n();
    const renders = { control: 0, rule: 0 };
    function Control() {
      renders.control++;
      return <button type="button">{useT().t('cmd.stepForward')}</button>;
    }
    function Rule() {
      renders.rule++;
      return <p>{useT().t('rule.listen-syn.what', { side: 'server', in: 'SYN', out: 'SYN,ACK' })}</p>;
    }
    await messages.loadFirstScreenMessages('en');
    render(
      <LocaleProvider locale="en">
        <Control />
        <Rule />
      </LocaleProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Next step');
    expect(screen.getByRole('paragraph').textContent, 'blank, not the key, while the text is on its way').toBe('');

    await act(() => messages.loadCompleteMessages('en'));

    expect(screen.getByRole('paragraph').textContent).toBe(
      'The server was listening and got SYN: it answers SYN,ACK and moves to SYN-RECEIVED.',
    );
    expect(renders).toEqual({ control: 1, rule: 2 });
  });

  it('draws again what showed English for a key the language on screen did not have yet', async () => {
    const { messages, useT, LocaleProvider } = await freshI18n();
    let renders = 0;
    function Rule() {
      renders++;
      return <p>{useT().t('rule.listen-syn.what', { side: 'server', in: 'SYN', out: 'SYN,ACK' })}</p>;
    }
    await messages.loadCompleteMessages('en');
    await messages.loadMessages('zh');
    render(
      <LocaleProvider locale="zh">
        <Rule />
      </LocaleProvider>,
    );
    expect(screen.getByRole('paragraph').textContent).toMatch(/^The server was listening/);

    await act(() => messages.loadCompleteMessages('zh'));

    expect(screen.getByRole('paragraph').textContent).not.toMatch(/The server/);
    expect(screen.getByRole('paragraph').textContent).toContain('SYN-RECEIVED');
    expect(renders).toBe(2);
  });

  // Issue 8: the TCB table (memo'd, given its panel's t) drew its twenty cells again in the first
  // step's frame, only because t had changed when the rest of the text came.
  it("keeps t for a view that showed no stand-in, so a memo'd child given it is not drawn again", async () => {
    const { messages, useT, LocaleProvider } = await freshI18n();
    let childRenders = 0;
    const Label = memo(function Label({ t }: { t: TFunction }) {
      childRenders++;
      return <button type="button">{t('cmd.stepForward')}</button>;
    });
    let redrawPanel = () => {};
    function Panel() {
      const { t } = useT();
      redrawPanel = useReducer((n: number) => n + 1, 0)[1];
      return <Label t={t} />;
    }
    await messages.loadFirstScreenMessages('en');
    render(
      <LocaleProvider locale="en">
        <Panel />
      </LocaleProvider>,
    );
    await act(() => messages.loadCompleteMessages('en'));
    act(() => redrawPanel());

    expect(screen.getByRole('button').textContent).toBe('Next step');
    expect(childRenders).toBe(1);
  });

  it("gives a new t where a memo'd child showed a stand-in through it, so the child shows the text that came", async () => {
    const { messages, useT, LocaleProvider } = await freshI18n();
    const Rule = memo(function Rule({ t }: { t: TFunction }) {
      return <p>{t('rule.listen-syn.what', { side: 'server', in: 'SYN', out: 'SYN,ACK' })}</p>;
    });
    function Panel() {
      return <Rule t={useT().t} />;
    }
    await messages.loadFirstScreenMessages('en');
    render(
      <LocaleProvider locale="en">
        <Panel />
      </LocaleProvider>,
    );
    expect(screen.getByRole('paragraph').textContent).toBe('');

    await act(() => messages.loadCompleteMessages('en'));

    expect(screen.getByRole('paragraph').textContent).toMatch(/^The server was listening and got SYN/);
  });
});
