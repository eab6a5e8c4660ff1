/** English strings of the explanation panel; merged in en/view.ts (the panels' text). */
export const enExplanation = {
  'explanation.start': 'Press → (or “Next step”) to start.',
  'explanation.startEmpty': 'Nothing happens until you make a call: start with listen() on the server, then connect() on the client.',
  'explanation.stepOf': 'Step {k} of {n}',
  'explanation.at': '{side} · at {time}',
  'explanation.stateChange': 'State: {from} → {to}',
  'explanation.stateSame': 'State stays {state}',
  'explanation.why': 'Why',
  'explanation.app': 'What the application sees',
  'explanation.rfcTitle': 'Open RFC 9293 section {section} in a new tab',
  'explanation.join': ' and ',
  'explanation.nothing': 'nothing',
  'explanation.inText.client': 'client',
  'explanation.inText.server': 'server',
} as const;

export type ExplanationMessageKey = keyof typeof enExplanation;
