// Property-based robustness, part 2: the real fixtures mutated (elements deleted, duplicated,
// shuffled; random tags inserted; the HTML cut at a random point), huge pages, and unusual pages
// (frames, shadow DOM, SVG, MathML, <br>-only text, no <body>, mislabelled or broken encodings).
// Same contract as part 1 (see test/support/fuzz.ts: checkPipeline).
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { runPipeline } from '../../src/core/pipeline';
import { decodePage, loadDocument } from '../../src/cli/load-page';
import { checkPipeline, pageDocument, randomHtml, fuzzSeed } from '../support/fuzz';
import { listFixtures, loadFixture } from '../support/fixtures';

export const MUTATION_RUNS = 1_500;
const FIXTURES = listFixtures().map((name) => loadFixture(name));

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; html: string }
  | { kind: 'dom'; ops: { op: 'delete' | 'duplicate' | 'shuffle'; pick: number }[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), html: randomHtml }),
  fc.record({
    kind: fc.constant('dom' as const),
    ops: fc.array(fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'shuffle' as const), pick: fc.nat() }), { minLength: 1, maxLength: 8 }),
  }),
);

function mutate(html: string, m: Mutation): Document {
  if (m.kind === 'truncate') return pageDocument(html.slice(0, Math.floor(html.length * m.at)));
  if (m.kind === 'insert') {
    const at = Math.floor(html.length * m.at);
    return pageDocument(html.slice(0, at) + m.html + html.slice(at));
  }
  const doc = pageDocument(html);
  for (const { op, pick } of m.ops) {
    const all = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
    if (!all.length) break;
    const el = all[pick % all.length]!;
    if (op === 'delete') el.remove();
    else if (op === 'duplicate') el.after(el.cloneNode(true));
    else {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i > 0; i--) el.append(kids[(pick + i) % kids.length]!);
    }
  }
  return doc;
}

test(`mutated fixtures: ${MUTATION_RUNS} pages through the pipeline`, () => {
  let cases = 0;
  let slowest = 0;
  const started = performance.now();
  fc.assert(
    fc.property(fc.nat({ max: FIXTURES.length - 1 }), mutation, (i, m) => {
      const fixture = FIXTURES[i]!;
      const { ms } = checkPipeline(mutate(fixture.html, m), `${fixture.name} ${JSON.stringify(m).slice(0, 300)}`);
      cases++;
      slowest = Math.max(slowest, ms);
    }),
    { numRuns: MUTATION_RUNS, seed: fuzzSeed() },
  );
  console.log(`[fuzz] mutated fixtures: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, slowest ${slowest.toFixed(0)} ms`);
  expect(cases).toBe(MUTATION_RUNS);
}, 1_500_000); // hang guard: about 170 s idle; a busy machine must never fail it

describe('huge pages', () => {
  const para = '<p>国家卫生健康委13日举行新闻发布会,介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。截至2022年底,87.7%的县医院达到了二级医院能力。</p>';

  // A 10 MB page is not tested here: in jsdom the pipeline still takes minutes on one (see the
  // hand-off note: 0.8 MB 2 s, 3.3 MB 17 s, superlinear), which needs a size guard in the pipeline
  // and a long-task measurement in Chromium rather than a unit-test bound.
  test('100,000 nodes are read within a bounded time or declined with a message', () => {
    const html = `<body><div class="content">${para.repeat(50)}</div><div>${'<span>x</span>'.repeat(100_000)}</div></body>`;
    const doc = new JSDOM(html, { url: 'http://127.0.0.1/nodes.html' }).window.document;
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(100_000);
    const start = performance.now();
    const result = runPipeline(doc);
    const ms = performance.now() - start;
    console.log(`[huge] 100,000-node page: ${result.ok ? 'read' : result.reason} in ${ms.toFixed(0)} ms (jsdom)`);
    if (!result.ok) expect(result).toMatchObject({ reason: 'too-large' });
    // A hang guard, not a speed target: about 20 s on a loaded 2-core machine.
    expect(ms).toBeLessThan(100_000);
  }, 180_000);
});

describe('unusual pages', () => {
  const article = Array.from({ length: 6 }, (_, i) => `截至2022年底,全国已有${i + 80}.7%的县医院达到了二级医院能力,国家卫生健康委表示将继续推动优质医疗资源扩容下沉。`);
  const ps = article.map((p) => `<p>${p}</p>`).join('');
  const check = (doc: Document, label: string) => checkPipeline(doc, label).result;

  test('frames: a frameset page has no article and says so; an iframe next to the article is ignored', () => {
    const frames = check(loadDocument('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'), 'frameset');
    expect(frames).toMatchObject({ ok: false, reason: 'no-article' });
    const withIframe = check(loadDocument(`<body><div class="content">${ps}<iframe src="http://ads.example/x" srcdoc="<p>广告</p>"></iframe></div></body>`), 'iframe');
    expect(withIframe.ok && withIframe.article.html).not.toMatch(/iframe|广告/);
  });

  test('shadow DOM: content in a shadow root is not read, the light-DOM article is', () => {
    const doc = loadDocument(`<body><div id="host"></div><div class="content">${ps}</div></body>`);
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(doc.createElement('p'));
    root.firstElementChild!.textContent = '影子里的文字';
    const result = check(doc, 'shadow');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).not.toContain('影子');
  });

  test('SVG and MathML inside the article are dropped, the text around them kept', () => {
    const doc = loadDocument(`<body><div class="content">${ps}<svg><script>alert(1)</script><text>图</text></svg><math><mi>x</mi></math></div></body>`);
    const result = check(doc, 'svg/math');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.html).not.toMatch(/<svg|<math|<script/);
    for (const p of article) expect(result.article.text).toContain(p);
  });

  test('<br>-only text becomes paragraphs', () => {
    const result = check(loadDocument(`<body><div class="content">${article.join('<br><br>')}</div></body>`), 'br-only');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text.split('\n')).toEqual(article);
  });

  test('no <body>: a document whose body was removed, and one with only a head', () => {
    const doc = loadDocument(`<html><head><title>t</title></head><body>${ps}</body></html>`);
    doc.body.remove();
    expect(doc.body).toBeNull();
    expect(check(doc, 'no body')).toMatchObject({ ok: false, reason: 'no-article' });
    const headOnly = loadDocument('<html><head><title>只有标题</title><meta name="description" content="描述"></head></html>');
    expect(check(headOnly, 'head only').ok).toBe(false);
  });

  test('a GBK page labelled UTF-8, a UTF-8 page labelled GBK, and broken bytes: never an error', () => {
    const page = (charset: string) => `<html><head><meta charset="${charset}"><title>标题</title></head><body><div class="content">${ps}</div></body></html>`;
    const samples: [string, Uint8Array][] = [
      ['gbk bytes, utf-8 label', iconv.encode(page('utf-8'), 'gbk')],
      ['utf-8 bytes, gbk label', Buffer.from(page('gbk'), 'utf8')],
      ['big5 bytes, gb2312 label', iconv.encode(page('gb2312'), 'big5')],
      ['unknown label', Buffer.from(page('x-no-such-charset'), 'utf8')],
      ['cut in the middle of a character', Buffer.from(page('utf-8'), 'utf8').subarray(0, 401)],
      ['random bytes inside', Buffer.concat([Buffer.from(page('utf-8').slice(0, 300)), Buffer.from([0xff, 0xfe, 0x80, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from(page('utf-8').slice(300))])],
    ];
    for (const [label, bytes] of samples) check(loadDocument(decodePage(bytes)), label);
    // The right label still reads the article.
    const right = check(loadDocument(decodePage(iconv.encode(page('gbk'), 'gbk'))), 'gbk labelled gbk');
    expect(right.ok && right.article.text).toContain(article[0]);
  });
});
