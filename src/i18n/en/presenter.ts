/** English strings of presenter mode and its speaker notes, and of the keys that drive them; src/i18n merges them. */
export const enPresenter = {
  'cmd.present': 'Presenter mode: enter or leave',
  'cmd.blank': 'Blank the screen (any key ends it)',
  'key.p': 'P',
  'key.b': 'B',
  'key..': '.',
  'key.Escape': 'Esc',
  'presenter.enter': 'Present',
  'presenter.enterTitle': 'Presenter mode: the diagram alone, large, for a projector (P)',
} as const;

export type PresenterMessageKey = keyof typeof enPresenter;
