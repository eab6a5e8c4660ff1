import { describe, expect, it } from 'vitest';
import { inlineHashes } from './contentSecurityPolicy';
import { withPrerenderedScreen, withPrerenderedTrace } from './prerender';

const PAGE = '<html><head><title>x</title></head><body><div id="root"></div></body></html>';

describe('withPrerenderedScreen', () => {
  it('puts the screen into #root with no style attribute left (the policy forbids them)', () => {
    const html = withPrerenderedScreen(PAGE, '<p style="left:160px">a</p><svg><g style="font-size:12.8px"></g></svg>');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('<div id="root"><p data-prerender-style="left:160px">a</p>');
    expect(html).toContain('[data-prerender-style="left:160px"]{left:160px}');
    expect(html).toContain('[data-prerender-style="font-size:12.8px"]{font-size:12.8px}');
  });

  it('writes each declaration once, in one <style> block the policy hashes', () => {
    const html = withPrerenderedScreen(PAGE, '<i style="--hue:220"></i><i style="--hue:220"></i>');
    expect(html.match(/\{--hue:220\}/g)).toHaveLength(1);
    expect(inlineHashes(html).styles).toHaveLength(1);
  });

  it('keeps quotes and angle brackets of a value from ending the selector or the <style>', () => {
    const html = withPrerenderedScreen(PAGE, '<i style="font-family:&quot;a&lt;/style&gt;b&quot;"></i>');
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).not.toContain('</style');
    expect(style).toContain('[data-prerender-style="font-family:\\22 a\\3c /style>b\\22 "]');
  });

  it('hides the screen while the head script marks it as not this visit’s, or another language’s is to come', () => {
    expect(withPrerenderedScreen(PAGE, '<p>a</p>')).toContain('html[data-prerender] #root{visibility:hidden}');
  });

  it('puts another language’s screen, inert, in a <template> after #root, with its lang and title, its styles in the same block', () => {
    const html = withPrerenderedScreen(PAGE, '<p style="left:1px">a</p>', [
      { locale: 'zh', screen: '<p style="left:2px">甲</p>', title: 'TCP "握手" <实验室>' },
    ]);
    expect(html).toContain(
      '<div id="root"><p data-prerender-style="left:1px">a</p></div>' +
        '<template id="prerendered-zh" data-lang="zh-CN" data-title="TCP &quot;握手&quot; &lt;实验室>"><p data-prerender-style="left:2px">甲</p></template>',
    );
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('[data-prerender-style="left:2px"]{left:2px}');
    expect(inlineHashes(html).styles).toHaveLength(1);
  });

  it('refuses another language’s screen that came in streamed pieces too', () => {
    const streamed = '<p>a</p><script>$RC("B:0","S:0")</script>';
    expect(() => withPrerenderedScreen(PAGE, '<p>a</p>', [{ locale: 'zh', screen: streamed, title: 't' }])).toThrow(/streamed/);
  });

  it('refuses a screen whose regions React streamed apart, to be put in place by a script', () => {
    const streamed =
      '<main><!--$?--><template id="B:0"></template><!--/$--></main><div hidden id="S:0"><p>a</p></div><script>$RC("B:0","S:0")</script>';
    expect(() => withPrerenderedScreen(PAGE, streamed)).toThrow(/streamed/);
    expect(() => withPrerenderedScreen(PAGE, '<main><!--$--><p>a</p><!--/$--></main>')).not.toThrow();
  });

  it('refuses a page without an empty #root', () => {
    expect(() => withPrerenderedScreen('<html><head></head><body></body></html>', '<p>a</p>')).toThrow(/root/);
  });
});

describe('withPrerenderedTrace', () => {
  it('puts the trace into the page as data the browser never runs, and reads back equal', () => {
    const trace = { scenario: 'handshake', steps: [{ t: 0, label: 'connect()' }] };
    const html = withPrerenderedTrace(PAGE, 'first', trace);
    const block = /<script type="application\/json" id="first">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(block ?? 'null')).toStrictEqual(trace);
    expect(inlineHashes(html).scripts).toEqual([]);
  });

  it('keeps a value from closing the element', () => {
    const html = withPrerenderedTrace(PAGE, 'first', { text: '</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const block = /<script type="application\/json" id="first">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(block ?? 'null')).toStrictEqual({ text: '</script><script>alert(1)</script>' });
  });
});
