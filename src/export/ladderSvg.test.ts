import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, formatSegmentLabel, SCENARIO_IDS, seqContext, simulateScenario, type Trace } from '../engine';
import { rowText } from './ladder/arrowLabel';
import { EM, ladderLayout, PLAIN_TEXT, type ArrowLayout } from './ladder/layout';
import { rowBaselines } from './ladder/placeLabels';
import { esc, ladderSvg, type LadderSvgWords } from './ladderSvg';
import { SVG_PALETTES } from './svgPalette';

const WORDS: LadderSvgWords = {
  lang: 'en',
  title: 'Four-way close <&>',
  subtitle: 'whole',
  side: { client: 'Client', server: 'Server' },
  time: (ms) => `${ms} ms`,
  timeAxis: 'time',
  breakLabel: (ms) => `⋯ ${ms} ms`,
  timerStatus: (run) => run.outcome,
};

const draw = (trace: Trace, upTo?: number) => ladderSvg({ trace, text: PLAIN_TEXT, words: WORDS, palette: SVG_PALETTES.light, upTo });
/** The text of one arrow's group, tags stripped: what a reader sees along it. */
const arrowWords = (svg: string, id: number) => {
  const start = svg.indexOf(`<g data-segment="${id}">`);
  return start < 0 ? '' : svg.slice(start, svg.indexOf('\n</g>', start)).replace(/<[^>]+>/g, '');
};

describe('ladderSvg: the ladder as a standalone SVG', () => {
  const close = simulateScenario('close', DEFAULT_OPTIONS);

  it('is one <svg> document with its size, language, font stack, title and no script or external reference', () => {
    const svg = draw(close);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" xml:lang="en" font-family="[^"]*sans-serif"/,
    );
    expect(svg).toContain('<title>Four-way close &lt;&amp;&gt;</title>');
    expect(svg).not.toMatch(/<script|href=|url\((?!#revealed)/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('writes every segment of the four-way close with its full label (flags, seq, ack)', () => {
    const svg = draw(close);
    for (const segment of close.segments) {
      const words = arrowWords(svg, segment.id).replace(/\s+/g, ' ');
      expect(words).toContain(formatSegmentLabel(segment, seqContext('absolute', close)));
    }
  });

  it('names every state each side passes through beside its lifeline', () => {
    const svg = draw(close);
    for (const state of new Set([...close.states.client, ...close.states.server])) expect(svg).toContain(`>${state}</text>`);
  });

  it('up to step 3 shows only what has happened by then, and is shorter', () => {
    const whole = draw(close);
    const part = draw(close, 3);
    const height = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)?.[1]);
    expect(height(part)).toBeLessThan(height(whole));
    expect(part).toContain('data-segment="1"');
    expect(part).not.toContain('>FIN-WAIT-1</text>');
    expect(part).not.toContain(`data-segment="${close.segments.length}"`);
  });

  it.each(SCENARIO_IDS)('%s: the same inputs give the same bytes', (id) => {
    const trace = simulateScenario(id, DEFAULT_OPTIONS);
    expect(draw(trace)).toBe(draw(simulateScenario(id, DEFAULT_OPTIONS)));
  });

  it('escapes the five XML specials', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('writes a label of several rows as the layout placed it: a row per <text>, each at its baseline', () => {
    // A narrow frame: the crossing FINs of a simultaneous close keep their numbers a field a row.
    const frame = { width: 340, fontPx: 16 };
    const trace = simulateScenario('simultaneous-close', DEFAULT_OPTIONS);
    const arrow = ladderLayout(trace, frame, PLAIN_TEXT).arrows.find((a) => a.label.rows.length === 3) as ArrowLayout;
    const svg = ladderSvg({ trace, text: PLAIN_TEXT, words: WORDS, palette: SVG_PALETTES.light, frame });
    const group = svg.slice(
      svg.indexOf(`<g data-segment="${arrow.id}">`),
      svg.indexOf('\n</g>', svg.indexOf(`<g data-segment="${arrow.id}">`)),
    );
    const rows = [...group.matchAll(/<text y="([-\d.]+)" text-anchor="middle">(.*?)<\/text>/g)];
    expect(rows.map((row) => row[2]?.replace(/<[^>]+>/g, ''))).toEqual(arrow.label.rows.map(rowText));
    const labelPx = frame.fontPx * EM.arrowFont;
    expect(rows.map((row) => Number(row[1]))).toEqual(rowBaselines(3, arrow.label.side).map((em) => Math.round(em * labelPx * 100) / 100));
  });
});
