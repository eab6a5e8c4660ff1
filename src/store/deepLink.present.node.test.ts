import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { readLink, writeLink } from './deepLink';

const moment = { scenario: 'close', options: DEFAULT_OPTIONS, cursor: 4, seqMode: 'relative', locale: 'en' } as const;

describe('a presenter link opens presenter mode at its step', () => {
  it('present=1 opens presenter mode at the linked step, with no notice', () => {
    const reading = readLink('#s=close&step=4&lang=en&present=1');
    expect(reading.inputs).toMatchObject({ scenario: 'close', cursor: 4, presenting: true });
    expect(reading.notice).toBeNull();
  });

  it('is written only while presenting, and reads back the same', () => {
    expect(writeLink(moment)).not.toContain('present');
    expect(writeLink({ ...moment, presenting: false })).not.toContain('present');
    const link = writeLink({ ...moment, presenting: true });
    expect(link).toBe('#s=close&step=4&lang=en&seq=rel&present=1');
    expect(readLink(link).inputs.presenting).toBe(true);
  });

  it('a link without it leaves the layout alone', () => {
    expect(readLink('#s=close&step=4').inputs.presenting).toBeUndefined();
  });

  it.each(['0', 'true', 'yes', '', '1 ', 'constructor', '__proto__', '<script>'])(
    'present=%s does not present and says the link was partly damaged',
    (value) => {
      const reading = readLink(`#s=close&step=4&present=${encodeURIComponent(value)}`);
      expect(reading.inputs.presenting).toBeUndefined();
      expect(reading.inputs.cursor).toBe(4);
      expect(reading.notice).toEqual({ key: 'notice.linkPartlyDamaged' });
    },
  );

  it('a link with only present=1 is still a link (the handshake at its start, presented)', () => {
    const reading = readLink('#present=1');
    expect(reading.inputs).toMatchObject({ scenario: 'handshake', cursor: 0, presenting: true });
  });
});
