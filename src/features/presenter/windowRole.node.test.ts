import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../engine';
import { isNotesWindow, notesUrl } from './windowRole';

describe('which window this is', () => {
  it('only ?notes=1 opens the speaker notes', () => {
    expect(isNotesWindow('?notes=1')).toBe(true);
    expect(isNotesWindow('?x=2&notes=1')).toBe(true);
    for (const search of ['', '?notes', '?notes=0', '?notes=<script>', '?notes=1x', '?Notes=1']) {
      expect(isNotesWindow(search)).toBe(false);
    }
  });

  it('the notes open at the moment on screen, never in presenter mode', () => {
    const url = notesUrl(
      { origin: 'https://lab.example', pathname: '/tcp/' },
      {
        scenario: 'close',
        options: DEFAULT_OPTIONS,
        cursor: 4,
        seqMode: 'relative',
        locale: 'zh',
        mode: 'scenario',
        sandbox: { actions: [], fates: [] },
      },
    );
    expect(url).toBe('https://lab.example/tcp/?notes=1#s=close&step=4&lang=zh&seq=rel');
  });
});
