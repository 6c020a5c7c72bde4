import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffCharset } from '../../src/cli/load-page';
import { FIXTURE_DIR, loadFixture, squash } from '../support/fixtures';

function qingdu(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('command line', () => {
  it('prints the bundled sample page as JSON with the article and its metadata', () => {
    const run = qingdu('--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    const fixture = loadFixture('seed-003-shixun');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['title', 'source', 'published', 'author', 'site', 'lang', 'text', 'html']));
    expect(json.title).toBe(fixture.meta.title);
    expect(json.source).toBe(fixture.meta.source);
    // text is the body only: no title line, one paragraph per line.
    const lines = String(json.text).split('\n');
    expect(lines[0]).toBe(fixture.gold[0]);
    expect(lines).toHaveLength(fixture.gold.length);
  });

  it('lists key figures in JSON with offsets into text, and marks them inline with --figures', () => {
    const json = JSON.parse(qingdu('--format', 'json').stdout) as { text: string; figures: { text: string; category: string; start: number; end: number }[] };
    expect(json.figures.length).toBeGreaterThan(10);
    for (const f of json.figures) expect(json.text.slice(f.start, f.end)).toBe(f.text);
    expect(json.figures).toContainEqual(expect.objectContaining({ text: '25.4亿元', category: 'money' }));
    const text = qingdu('--figures').stdout;
    expect(text).toContain('中央财政已经累计投入资金⟦25.4亿元⟧');
    expect(text).toContain('⟦截至2022年底⟧,⟦87.7%⟧的县医院');
  });

  it('prints exactly the clipboard quote for --quote, in each format, and exits 4 for text not in the article', () => {
    const selected = '截至2022年底,中央财政已经累计投入资金25.4亿元';
    const url = 'https://news.example.cn/a.html';
    expect(qingdu('--quote', selected, '--url', url).stdout).toBe(
      `${selected}\n\n——《我国持续推进优质医疗资源扩容下沉和区域均衡布局》，人民网，2023-04-14\n${url}\n`,
    );
    expect(qingdu('--quote', selected, '--quote-format', 'chinese', '--no-url').stdout).toBe(
      `「${selected}」——《我国持续推进优质医疗资源扩容下沉和区域均衡布局》，人民网，2023-04-14\n`,
    );
    expect(qingdu('--quote', selected, '--quote-format', 'markdown', '--no-citation').stdout).toBe(`> ${selected}\n`);
    const missing = qingdu('--quote', '这句话不在文章里');
    expect(missing.status).toBe(4);
    expect(missing.stderr).toMatch(/not found/);
    expect(qingdu('--quote', selected, '--quote-format', 'latex').status).toBe(2);
  });

  it('converts a traditional page to simplified with --to, every paragraph as opencc-js converts it', async () => {
    const OpenCC = await import('opencc-js');
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const fixture = loadFixture('seed-004-qilu');
    const run = qingdu(fixture.path, '--to', 'simplified', '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { title: string; text: string };
    expect(json.title).toBe('新华鲜报丨筑牢健康“网底”!我国全面启动医疗卫生强基工程');
    expect(json.text.split('\n')).toEqual(fixture.gold.map((line) => toSimplified(line)));
    expect(json.text).toContain('医疗卫生');
    expect(json.text).toContain('数智化');
    expect(qingdu('--to', 'klingon').status).toBe(2);
  });

  it('prints markdown with the title as a heading', () => {
    const run = qingdu(join(FIXTURE_DIR, 'seed-000-yiwang.html'), '--format', 'markdown');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('# 推动优质医疗资源更好惠及基层(民生观)\n')).toBe(true);
  });

  it('exits 2 with usage on bad arguments', () => {
    const run = qingdu('--format', 'pdf');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage:/);
    expect(qingdu('/nonexistent/page.html').status).toBe(2);
    expect(qingdu('--bogus').status).toBe(2);
  });

  it('exits 3 with a message when the page has no article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdu-'));
    const file = join(dir, 'empty.html');
    writeFileSync(file, '<!doctype html><title>首页</title><body><ul><li><a href="/a">一</a></li><li><a href="/b">二</a></li></ul></body>');
    const run = qingdu(file);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/no article/i);
    expect(run.stdout).toBe('');
  });

  it('decodes a GBK page by its declared charset', () => {
    const fixture = loadFixture('gbk-page');
    const run = qingdu(fixture.path, '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { text: string };
    expect(squash(json.text)).toContain(squash(fixture.gold[0]!));
  });
});

describe('charset sniffing follows the HTML and Encoding Standards', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['<meta charset="gb2312">', 'GBK'],
    ['<meta charset="x-gbk">', 'GBK'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'GBK'],
    ['<meta charset=big5>', 'Big5'],
    ['<meta charset="big5-hkscs">', 'Big5'],
    ['<meta charset="gb18030">', 'gb18030'],
    ['<html>', 'UTF-8'],
    ['<meta charset="no-such-charset">', 'UTF-8'],
    // A page cannot declare UTF-16 in its own bytes: browsers read these labels as UTF-8.
    ['<meta charset="utf-16">', 'UTF-8'],
    ['<meta charset="ucs-2">', 'UTF-8'],
  ])('%s → %s', (head, charset) => {
    expect(sniffCharset(bytes(head))).toBe(charset);
  });

  it('a byte order mark beats the declaration', () => {
    expect(sniffCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="gbk">')]))).toBe('UTF-8');
    expect(sniffCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('UTF-16LE');
  });
});
