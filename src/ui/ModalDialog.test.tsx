import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n';
import { ModalDialog } from './ModalDialog';

function Harness({ onClosed }: { onClosed: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <ModalDialog
          title="Things"
          subtitle="What they are"
          shape="dialog"
          onClosed={() => {
            onClosed();
            setOpen(false);
          }}
        >
          {(close) => (
            <button type="button" onClick={close}>
              Done
            </button>
          )}
        </ModalDialog>
      )}
    </>
  );
}

/** The dialog reads its Close label through useT, so it needs a language. */
function renderHarness(onClosed: () => void) {
  render(
    <LocaleProvider locale="en">
      <Harness onClosed={onClosed} />
    </LocaleProvider>,
  );
}

describe('<ModalDialog>', () => {
  it('opens as a dialog named by its title, and Close gives focus back to the opener', async () => {
    const onClosed = vi.fn();
    renderHarness(onClosed);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Things' });
    expect(dialog).toHaveAccessibleDescription('What they are');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Close/ })));
    expect(onClosed).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('lets its content close it (after loading a scenario, say)', async () => {
    const onClosed = vi.fn();
    renderHarness(onClosed);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Done' })));
    expect(onClosed).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
