/**
 * Interface strings (buttons, labels, notices, announcements). Teaching text lives in
 * teaching.ts. Keys are grouped by prefix: app., ui., cmd., key., notice., announce., error.
 */
export const enUi = {
  'app.title': 'TCP Handshake Lab',
  'app.tagline': 'See how TCP opens and closes a connection, one segment at a time.',
  'app.skipToControls': 'Skip to playback controls',

  'region.header': 'Settings',
  'region.diagram': 'Sequence diagram',
  'region.state': 'Connection state',
  'region.explanation': 'Explanation',
  'region.inspector': 'Header inspector',
  'region.controls': 'Playback controls',

  'ui.scenario.label': 'Scenario',
  'group.basics': 'The basics',
  'group.loss': 'When a segment is lost',
  'group.resets': 'Resets and refusals',
  'group.why': 'Why three segments?',
  'group.security': 'Attacks and scans',

  'ui.language.label': 'Language',
  'ui.language.en': 'English',
  'ui.language.zh': '中文',

  'ui.theme.label': 'Theme',
  'ui.theme.light': 'Light',
  'ui.theme.dark': 'Dark',
  'ui.theme.contrast': 'Contrast',
  'ui.theme.system': 'System',

  'ui.seq.label': 'Sequence numbers',
  'ui.seq.relative': 'Relative',
  'ui.seq.absolute': 'Absolute',

  'ui.copyLink': 'Copy link',
  'ui.linkCopied': 'Link copied',
  'ui.linkCopyManual': 'Copy the selected link with Ctrl+C (⌘C on a Mac).',
  'ui.linkField': 'Link to this step',

  'ui.speed.label': 'Speed',
  'ui.speed.value': '{speed}×',
  'ui.scrubber.label': 'Step',
  'ui.scrubber.value': 'Step {k} of {n}',
  'ui.scrubber.start': 'Start (step 0 of {n})',

  'cmd.stepForward': 'Next step',
  'cmd.stepBack': 'Previous step',
  'cmd.togglePlay': 'Play or pause',
  'cmd.play': 'Play',
  'cmd.pause': 'Pause',
  'cmd.start': 'Go to start',
  'cmd.end': 'Go to end',
  'cmd.slower': 'Slower',
  'cmd.faster': 'Faster',
  'cmd.help': 'Keyboard shortcuts',
  'cmd.language': 'Switch language',

  'key.ArrowRight': '→',
  'key.ArrowLeft': '←',
  'key.PageDown': 'Page Down',
  'key.PageUp': 'Page Up',
  'key.Space': 'Space',
  'key.Home': 'Home',
  'key.End': 'End',
  'key.[': '[',
  'key.]': ']',
  'key.?': '?',
  'key.l': 'L',

  'ui.help.title': 'Keyboard shortcuts',
  'ui.help.intro': 'These keys work anywhere on the page except while typing in a field. Presentation clickers send Page Up and Page Down.',
  'ui.help.keys': 'Keys',
  'ui.help.action': 'Action',
  'ui.help.or': 'or',
  'ui.help.close': 'Close',

  'notice.dismiss': 'Dismiss',
  'notice.linkDamaged': 'That link was damaged; showing the three-way handshake instead.',
  'notice.linkPartlyDamaged': 'Part of that link could not be read; showing the closest valid view.',
  'notice.unknownScenario':
    'That link asked for a scenario called “{name}”, which does not exist; showing the three-way handshake instead.',
  'notice.unknownScenarioStep':
    'That link asked for step {step} of a scenario called “{name}”, which does not exist; showing the three-way handshake from the start instead.',
  'notice.stepOutOfRange': 'That link pointed to step {step}, but this scenario has {n} steps; showing the last one.',
  'notice.languageUnavailable':
    '{language} could not be loaded: the network may be down. The page stays in this language; try again when you are back online.',
  'notice.partsUnavailable':
    'Part of the lab could not be loaded: the network may be down. Your place is kept; try again when you are back online.',
  'notice.partsStillUnavailable': 'Part of the lab still could not be loaded. Check that you are online, then try again.',

  'announce.start': 'Start: nothing has been sent yet. Step 0 of {n}.',
  // A new scenario (or the sandbox) on screen: its title, then its step.
  'announce.story': '{title}. {step}',
  'announce.playing': 'Playing.',
  'announce.paused': 'Paused at step {k} of {n}.',
  'announce.speed': 'Speed {speed}×.',
  'announce.step': 'Step {k} of {n}.',
  'announce.change': '{side}: {from} → {to}.',
  'announce.stays': '{side} stays in {state}.',
  'announce.call': '{side} calls {call}.',
  'announce.received': '{side} receives {flags}.',
  'announce.timer': '{side}: the {timer} timer fires.',
  'announce.sends': 'It sends {flags}.',
  'timer.retransmit': 'retransmission',
  'timer.timeWait': 'TIME-WAIT',
  'timer.delayedAck': 'delayed ACK',
  'timer.synQueue': 'SYN,ACK retransmission',

  'error.title': 'Something went wrong',
  'error.body': 'The lab hit a problem it did not expect. Your place is saved in the link; reloading usually fixes it.',
  'error.reload': 'Reload',
  'error.part.body': 'This part could not be loaded: the network may be down. The rest of the lab still works.',
  'error.part.retry': 'Try again',

  // ── Options, What if, Learn, Compare: header buttons (begin) ─────────────────────────
  // Only what the first paint needs; the dialogs' own text is in details.ts (loaded later).
  'ui.tools.label': 'Explore',
  'ui.options.open': 'Options',
  'ui.whatIf.open': 'What if it fails?',
  'ui.learn.open': 'Learn',
  'ui.compare.open': 'Compare',
  'ui.dialog.close': 'Close',
  // ── Options, What if, Learn, Compare: header buttons (end) ───────────────────────────
  // ── Sandbox (src/features/sandbox, src/sandbox) ──────────────────────────────────
  // Only what the first paint needs (the mode switch); the panel's text is in details.ts.
  'scenario.capture.title': 'Your capture',
  'scenario.capture.summary':
    'Real segments from a capture file, on the same ladder: each side’s states are inferred by the engine’s own rules, and the capture panel says what the capture cannot decide.',
  'scenario.sandbox.title': 'Sandbox',
  'scenario.sandbox.summary': 'Nothing is scripted: you make every socket call and decide what the network does with each segment.',
  'sandbox.region': 'Sandbox',
  'sandbox.mode.label': 'Mode',
  'sandbox.continue': 'Continue from step {k} in the sandbox',
  'sandbox.entry': 'In the sandbox nothing is scripted: you make the socket calls and can drop, delay or duplicate any segment.',
  'sandbox.mode.scenario': 'Guided scenarios',
  'sandbox.mode.sandbox': 'Sandbox',
  // ── Sandbox (end) ───────────────────────────────────────────────────────────────────────
  // ── Clicker and small screens (src/features/controls, src/app) (begin) ──────────────────
  'ui.help.clicker':
    'Page Down and Page Up always move the lesson, even when a menu or the slider has focus. After you click or tap a control, →, ← and Space go back to the lesson; a control you reach with Tab keeps its own arrow keys and Space.',
  'ui.inspector.shown': 'Segment {id} selected: {label}. Its header is shown in the header inspector.',
  'ui.header.more': 'More settings',
  // ── Clicker and small screens (end) ─────────────────────────────────────────────────────
} as const;

export type UiKey = keyof typeof enUi;
