// The CLI prints page text to a terminal or into Markdown: nothing a page writes may act there.
// A hostile page carries terminal control sequences (OSC 0 retitle, SGR colours, OSC 52 clipboard
// write, C1 CSI) and Markdown/HTML injection in its title and text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from '../../src/cli/terminal';
import { formatArticle } from '../../src/cli/format';
import { readArticle } from '../support/read-article';

const ESC = '\x1b';
const OSC_TITLE = `${ESC}]0;pwned${'\x07'}`;
const OSC_CLIPBOARD = `${ESC}]52;c;ZXZpbA==${ESC}\\`;
const SGR = `${ESC}[31;1m`;
const C1_CSI = '\x9b2J';
const paragraph = '国家卫生健康委表示，截至2022年底，全国已有87.7%的县医院达到了二级医院能力，将继续推动优质医疗资源扩容下沉和区域均衡布局。';
const HOSTILE = `<!doctype html><html><head><meta charset="utf-8"><title>县医院能力提升${OSC_TITLE}</title></head><body><article>
<h1>县医院能力提升${OSC_TITLE}${SGR}</h1>
<p>${paragraph}${OSC_CLIPBOARD}</p>
<p>${paragraph}[点我](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; ![](https://tracker.example/p.gif)</p>
<p>${paragraph}${C1_CSI}&lt;script&gt;alert(1)&lt;/script&gt; *强调* # 不是标题</p>
<p>${paragraph}</p><p>${paragraph}</p>
</article></body></html>`;

/** Any C0 control but tab and newline, DEL, any C1 control. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

function qingdu(...args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout };
}

describe('terminal output', () => {
  it('drops escape sequences whole and every other control but tab and newline', () => {
    expect(forTerminal(`a${OSC_TITLE}b${SGR}c${OSC_CLIPBOARD}d${C1_CSI}e\x07f\x00g\rh\r\ni\tj\u202ek`)).toBe('abcdefg\nh\ni\tjk');
    expect(forTerminal('县医院 87.7%\n第二行')).toBe('县医院 87.7%\n第二行');
  });

  it('keeps JSON valid and inert: C1 controls and line separators escaped', () => {
    const json = jsonForTerminal(JSON.stringify({ t: `a${ESC}b\x9bc\u2028d` }));
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual({ t: `a${ESC}b\x9bc\u2028d` });
  });

  it('the article title and text hold no control character at all (a bare CR becomes a line break)', () => {
    const article = readArticle(HOSTILE, 'https://farm.example/a.html');
    for (const value of [article.title, article.text]) expect(value).not.toMatch(CONTROL);
  });

  it('text, markdown and html output carry no control sequence; markdown shows page markup as text', () => {
    const article = readArticle(HOSTILE, 'https://farm.example/a.html');
    // Even an article whose fields still held controls (a stage that missed them) prints clean.
    const raw = { ...article, title: article.title + OSC_TITLE, text: article.text + `\n${SGR}尾${OSC_CLIPBOARD}` };
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      expect(formatArticle(raw, format), format).not.toMatch(CONTROL);
    }
    const md = formatArticle(raw, 'markdown');
    expect(md).not.toMatch(/(?<!\\)\[点我(?<!\\)\]\(javascript:/);
    expect(md).toContain('\\[点我\\](javascript:alert(1))');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toMatch(/!(?<!\\)\[\]\(https:\/\/tracker/);
    expect(md).toContain('\\*强调\\*');
  });

  it('the CLI prints a hostile page and a markdown quote from it without a control character', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qingdu-hostile-')), 'hostile.html');
    writeFileSync(file, HOSTILE);
    for (const format of ['text', 'markdown', 'html', 'json']) {
      const run = qingdu(file, '--format', format);
      expect(run.status, format).toBe(0);
      expect(run.stdout, format).not.toMatch(CONTROL);
      expect(run.stdout, format).toContain('87.7%');
    }
    const quote = qingdu(file, '--url', 'https://farm.example/a.html', '--quote', '全国已有87.7%的县医院达到了二级医院能力', '--quote-format', 'markdown');
    expect(quote.status).toBe(0);
    expect(quote.stdout).not.toMatch(CONTROL);
    expect(quote.stdout).toContain('87.7%');
    expect(quote.stdout).toContain('县医院能力提升');
  });
});

describe('deep input', () => {
  const paragraph = `<p>${'国家卫生健康委持续推进优质医疗资源扩容下沉，'.repeat(20)}</p>`;
  const deep = (tag: string, levels: number) => `<html><body><article>${paragraph.repeat(5)}${`<${tag}>`.repeat(levels)}深${`</${tag}>`.repeat(levels)}</article></body></html>`;

  it('the CLI declines 10,000 nested spans or divs with a clear message (jsdom would overflow its stack)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-deep-'));
    for (const tag of ['span', 'div']) {
      const file = join(dir, `${tag}.html`);
      writeFileSync(file, deep(tag, 10_000));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', file], { encoding: 'utf8' });
      expect(run.status, tag).toBe(3);
      expect(run.stderr, tag).toMatch(/nested too deeply/);
      expect(run.stderr, tag).not.toMatch(/call stack|RangeError/);
    }
  });

  it('counts only what cannot be closed implicitly, outside scripts and comments', async () => {
    const { nestedTooDeep } = await import('../../src/cli/load-page');
    expect(nestedTooDeep(deep('span', 2000))).toBe(true);
    expect(nestedTooDeep(deep('div', 1000))).toBe(false);
    // 5,000 unclosed <p> and <li>, and deep markup inside a script or a comment, are not deep pages.
    expect(nestedTooDeep(`<body>${'<p>段落'.repeat(5000)}${'<li>项'.repeat(5000)}</body>`)).toBe(false);
    expect(nestedTooDeep(`<script>var s = "${'<div>'.repeat(5000)}";</script><!-- ${'<span>'.repeat(5000)} -->`)).toBe(false);
    expect(nestedTooDeep(`${'<div/>'.repeat(5000)}${'<div></div>'.repeat(5000)}`)).toBe(false);
  });

  it('the pipeline declines a document built deeper than a browser parses, without overflowing', async () => {
    const { JSDOM } = await import('jsdom');
    const { runPipeline } = await import('../../src/core/pipeline');
    const doc = new JSDOM(`<body><article>${paragraph.repeat(5)}</article></body>`).window.document;
    let node: Element = doc.querySelector('article')!;
    for (let i = 0; i < 5000; i++) node = node.appendChild(doc.createElement('div'));
    node.textContent = '深';
    const result = runPipeline(doc);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toMatch(/nested too deeply/);
  });
});
