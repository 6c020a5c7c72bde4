// Qingdu makes no network requests: over every article fixture, opening and closing the reader
// sends nothing anywhere the page itself did not already point to.
//
// Method (two recorders, each with a control showing it can see a request):
// 1. The extension's own targets. A CDP session is attached (through the browser session,
//    Target.attachToTarget without flatten, messages relayed with Target.sendMessageToTarget) to
//    every target whose URL is chrome-extension://<our id>/… — the service worker, and any
//    extension page or offscreen document that appears — with Network.enable. Every
//    Network.requestWillBeSent there is a request the extension made. Over the whole suite: none.
// 2. The page, while the reader is open. The reader runs as a content script in the page's
//    renderer; its requests (fetch, XHR, an <img> or stylesheet it inserts) show up in the page
//    target's network. A CDP session on the page with Network.enable records every request from
//    the moment the toolbar is clicked until the reader has been closed again (the page's own
//    load-time requests are over by then: the test waits for the network to go quiet first).
//    Allowed: only URLs the page itself declares — the src/data-src/data-original/srcset/href
//    attributes in its DOM, resolved against the page's base URL — because the reader shows the
//    article's own images, which the browser loads from where the page says. Anything else, and
//    any request whose initiator stack is in chrome-extension:// code, fails the test.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { Harness, fixtureExists } from './harness';
import { FIXTURES_DIR } from './paths';

const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.gold.txt'))
  .map((f) => f.slice(0, -'.gold.txt'.length))
  .filter((n) => fixtureExists(n) && !isNoArticle(n))
  .sort();

function isNoArticle(name: string): boolean {
  const meta = JSON.parse(readFileSync(path.join(FIXTURES_DIR, `${name}.meta.json`), 'utf8')) as { noArticle?: boolean };
  return meta.noArticle === true;
}

interface Seen {
  url: string;
  target: string;
  initiator?: string;
}

let h: Harness;
/** Requests seen in the extension's own targets. */
const extensionRequests: Seen[] = [];
const attached = new Set<string>();

/** Attaches a Network recorder to every chrome-extension://<id>/ target not yet attached. */
async function attachExtensionTargets(): Promise<string[]> {
  const { targetInfos } = await h.browserSession.send('Target.getTargets');
  const ours = targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${h.extensionId}/`));
  for (const t of ours) {
    if (attached.has(t.targetId)) continue;
    const { sessionId } = await h.browserSession.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    attached.add(t.targetId);
    await h.browserSession.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Network.enable', params: {} }),
    });
    sessionTargets.set(sessionId, `${t.type} ${t.url}`);
  }
  return ours.map((t) => `${t.type} ${t.url}`);
}
const sessionTargets = new Map<string, string>();

beforeAll(async () => {
  h = await Harness.launch(inject('extensionDir'), inject('fixtureBase'));
  h.browserSession.on('Target.receivedMessageFromTarget', (event) => {
    const msg = JSON.parse(event.message) as { method?: string; params?: { request?: { url: string }; initiator?: { type: string; url?: string } } };
    if (msg.method === 'Network.requestWillBeSent' && msg.params?.request) {
      extensionRequests.push({ url: msg.params.request.url, target: sessionTargets.get(event.sessionId) ?? '?', initiator: msg.params.initiator?.url });
    }
  });
  await h.worker();
  const targets = await attachExtensionTargets();
  expect(targets.some((t) => t.startsWith('service_worker'))).toBe(true);
});
afterAll(async () => {
  await h?.close();
});

/** Every URL the page's DOM points to, resolved as the browser resolves it. */
function declaredUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>([location.href]);
    const add = (value: string | null) => {
      if (!value) return;
      try {
        out.add(new URL(value.trim(), document.baseURI).href);
      } catch {
        /* not a URL */
      }
    };
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of ['src', 'href', 'data-src', 'data-original', 'data-lazy-src', 'data-url', 'poster']) add(el.getAttribute(name));
      for (const name of ['srcset', 'data-srcset']) {
        for (const part of (el.getAttribute(name) ?? '').split(',')) add(part.trim().split(/\s+/)[0] ?? null);
      }
    }
    return [...out];
  });
}

/** Records the page target's requests until stop() (with the JS initiator's script URLs). */
async function recordPage(page: Page): Promise<{ cdp: CDPSession; seen: Seen[] }> {
  const cdp = await page.context().newCDPSession(page);
  const seen: Seen[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    const frames = e.initiator.stack?.callFrames ?? [];
    const initiator = frames.find((f) => f.url.startsWith('chrome-extension://'))?.url ?? e.initiator.url;
    seen.push({ url: e.request.url, target: 'page', initiator });
  });
  await cdp.send('Network.enable');
  return { cdp, seen };
}

/** Waits until the page has made no request for `quietMs`. */
async function networkIdle(seen: Seen[], page: Page, quietMs = 400, maxMs = 5000): Promise<void> {
  const start = Date.now();
  let count = -1;
  while (Date.now() - start < maxMs) {
    if (seen.length === count) return;
    count = seen.length;
    await page.waitForTimeout(quietMs);
  }
}

function unexpected(seen: Seen[], declared: Set<string>): Seen[] {
  return seen.filter(
    (r) =>
      (r.initiator ?? '').startsWith('chrome-extension://') ||
      (!declared.has(r.url) && !r.url.startsWith('data:') && !r.url.startsWith('blob:')),
  );
}

describe('the recorders see requests (controls)', () => {
  test('a fetch from the service worker is recorded', async () => {
    const before = extensionRequests.length;
    const worker = await h.worker();
    const url = `${h.fixtureBase}/control-from-worker.txt`;
    await worker.evaluate((u) => fetch(u).then(() => 'ok', () => 'failed'), url);
    for (let i = 0; i < 40 && !extensionRequests.slice(before).some((r) => r.url === url); i++) await new Promise((r) => setTimeout(r, 25));
    expect(extensionRequests.slice(before).map((r) => r.url)).toContain(url);
    extensionRequests.splice(before);
  });

  test('a request the page did not declare is flagged', async () => {
    const { page } = await h.openFixture('seed-003-shixun');
    try {
      const { cdp, seen } = await recordPage(page);
      await networkIdle(seen, page);
      seen.length = 0;
      const declared = new Set(await declaredUrls(page));
      await page.evaluate((u) => fetch(u).catch(() => null), `${h.fixtureBase}/undeclared.json`);
      await page.waitForTimeout(200);
      expect(unexpected(seen, declared).map((r) => new URL(r.url).pathname)).toEqual(['/undeclared.json']);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });
});

describe.each(FIXTURES)('%s', (name) => {
  test('opening and closing the reader makes no request the page did not declare', async () => {
    const { page } = await h.openFixture(name);
    try {
      const { cdp, seen } = await recordPage(page);
      await networkIdle(seen, page);
      seen.length = 0;
      const declared = new Set(await declaredUrls(page));
      const extensionBefore = extensionRequests.length;

      expect(await h.toggleByClick(page)).toBe('open');
      await page.waitForTimeout(300);
      await attachExtensionTargets(); // any extension page the click opened is recorded too
      expect(await h.toggleByClick(page)).toBeNull();
      await networkIdle(seen, page, 300);

      expect(unexpected(seen, declared), 'requests while the reader was open').toEqual([]);
      expect(extensionRequests.slice(extensionBefore), 'requests from the extension\'s own targets').toEqual([]);
      await cdp.detach();
    } finally {
      await page.close();
    }
  });
});

test('over all fixtures, the extension\'s own targets made no request at all', async () => {
  await attachExtensionTargets();
  expect(extensionRequests).toEqual([]);
});
