import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { zhCore } from '../../i18n/zh';
import { zhView } from '../../i18n/zh/view';
import { zhDetails } from '../../i18n/zh/details';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { figureFileName, figureSteps, figureSvg } from './figureSvg';

const close = simulateScenario('close', DEFAULT_OPTIONS);
const en = makeT();
const zh = makeT(zhCore, zhView, zhDetails);

describe('a figure in the reader’s words', () => {
  it('says what it shows: the whole run, or up to a step, and which numbers', () => {
    const whole = figureSvg({ trace: close, title: 'Four-way close', seqMode: 'relative', locale: 'en', theme: 'light', t: en });
    expect(whole).toContain(`<desc>Whole scenario, ${close.steps.length} steps · relative sequence numbers</desc>`);
    const part = figureSvg({ trace: close, title: 'Four-way close', seqMode: 'absolute', locale: 'en', theme: 'light', upTo: 4, t: en });
    expect(part).toContain(`<desc>Up to step 4 of ${close.steps.length} · absolute sequence numbers</desc>`);
  });

  it('writes Chinese where the reader reads Chinese, protocol notation untouched', () => {
    const svg = figureSvg({ trace: close, title: '四次挥手', seqMode: 'relative', locale: 'zh', theme: 'dark', t: zh });
    expect(svg).toContain('xml:lang="zh-CN"');
    expect(svg).toContain('>客户端</text>');
    expect(svg).toContain('>时间</text>');
    expect(svg).toContain('>FIN-WAIT-1</text>');
    expect(svg).toContain('fill="#0f172a"');
  });

  it('clamps the step to the run and names the file after what is in it', () => {
    expect(figureSteps(close, 99)).toBe(close.steps.length);
    expect(figureSteps(close, -3)).toBe(0);
    expect(figureFileName({ trace: close, locale: 'zh', theme: 'dark', upTo: 4 }, 'png')).toBe('tcp-close-step4-zh-dark.png');
    expect(figureFileName({ trace: close, locale: 'en', theme: 'light' }, 'svg')).toBe('tcp-close-all-en-light.svg');
  });
});
