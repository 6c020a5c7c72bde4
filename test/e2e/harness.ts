import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm, readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES_DIR, SCREENSHOT_DIR } from './paths';
import type { WxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker (in worker.evaluate callbacks only). */
declare const chrome: WxtBrowser;

export type ReaderState = 'open' | 'no-article' | null;

/** What the reader shows, read from inside its closed shadow root. */
export interface ReaderView {
  shadowRootType: string;
  title: string | null;
  meta: string | null;
  body: string | null;
  notice: string | null;
  /** innerText of everything rendered in the shadow root (no <style>). */
  text: string;
}

export interface FixtureMeta {
  title: string;
  source: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
  lang: string;
  clutter: string[];
  noArticle?: boolean;
}

export const VIEWPORT = { width: 1280, height: 800 };

export interface LaunchOptions {
  /**
   * The browser's language, e.g. 'en' or 'zh-TW': the UI language the extension sees
   * (i18n.getUILanguage(), its manifest strings) and navigator.language of pages. Unset: pages say
   * zh-CN and the browser's UI language is the environment's. Needs Chromium's locale files
   * (Debian: chromium-l10n); without them the UI language stays en-US, which the suite checks.
   */
  locale?: string;
  /**
   * Optional host access granted before the first start (a host pattern such as '*://*\/*'), as an
   * accepted permission prompt records it: automatic conversion needs it.
   */
  hostAccess?: string;
}

/** Headless Chromium with the unpacked extension loaded, plus the CDP handles the suite needs. */
export class Harness {
  private runCounter = 0;
  private constructor(
    private live: { context: BrowserContext; browserSession: CDPSession },
    readonly extensionId: string,
    private readonly userDataDir: string,
    readonly fixtureBase: string,
    private readonly extensionDir: string,
    private readonly options: LaunchOptions,
  ) {}

  get context(): BrowserContext {
    return this.live.context;
  }

  get browserSession(): CDPSession {
    return this.live.browserSession;
  }

  static async launch(extensionDir: string, fixtureBase: string, options: LaunchOptions = {}): Promise<Harness> {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'qingdu-e2e-'));
    try {
      if (options.hostAccess) await grantHostAccess(extensionDir, userDataDir, options);
      const { live, extensionId } = await start(extensionDir, userDataDir, options);
      return new Harness(live, extensionId, userDataDir, fixtureBase, extensionDir, options);
    } catch (err) {
      await rm(userDataDir, { recursive: true, force: true });
      throw err;
    }
  }

  /**
   * Closes the browser and starts it again on the same profile directory, as a user quitting and
   * reopening it: storage, permissions and the installed extension are whatever the profile kept.
   */
  async restart(): Promise<void> {
    await this.live.browserSession.detach().catch(() => {});
    await this.live.context.close();
    const { live, extensionId } = await start(this.extensionDir, this.userDataDir, this.options);
    this.live = live;
    if (extensionId !== this.extensionId) throw new Error(`the extension came back as ${extensionId}, not ${this.extensionId}`);
  }

  async close(): Promise<void> {
    await this.browserSession.detach().catch(() => {});
    await this.context.close().catch(() => {});
    await rm(this.userDataDir, { recursive: true, force: true }).catch(() => {});
  }

  /** The extension's service worker (re-resolved: MV3 workers may be restarted). */
  worker(): Promise<Worker> {
    return findWorker(this.context);
  }

  /** A unique URL for a fixture page, so each tab target can be matched to its page by URL. */
  fixtureUrl(name: string): string {
    return `${this.fixtureBase}/${name}.html?run=${++this.runCounter}`;
  }

  /** Opens a new tab; returns the page and its extension-API tab id. */
  async newTab(url?: string): Promise<{ page: Page; tabId: number }> {
    const worker = await this.worker();
    const tabIds = (): Promise<number[]> =>
      worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    const page = await this.context.newPage();
    let fresh: number[] = [];
    for (let i = 0; i < 50 && fresh.length !== 1; i++) {
      fresh = (await tabIds()).filter((id) => !before.has(id));
      if (fresh.length !== 1) await page.waitForTimeout(20);
    }
    if (fresh.length !== 1) throw new Error(`could not identify the new tab (candidates: ${fresh.join(',')})`);
    if (url) await page.goto(url, { waitUntil: 'load' });
    return { page, tabId: fresh[0]! };
  }

  async openFixture(name: string): Promise<{ page: Page; tabId: number }> {
    return this.newTab(this.fixtureUrl(name));
  }

  /** The CDP target id of the TAB (not page) target showing this page. */
  async tabTargetId(page: Page): Promise<string> {
    const { targetInfos } = await this.browserSession.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    });
    const url = page.url();
    const matches = targetInfos.filter((t) => t.url === url);
    if (matches.length !== 1) {
      throw new Error(`expected one tab target for ${url}, found ${matches.length}`);
    }
    return matches[0]!.targetId;
  }

  /** A real toolbar click (with its activeTab grant), through CDP Extensions.triggerAction. */
  async clickToolbarButton(page: Page): Promise<void> {
    const targetId = await this.tabTargetId(page);
    await this.browserSession.send('Extensions.triggerAction', { id: this.extensionId, targetId });
  }

  /** Clicks the toolbar button and waits until the reader's state changes; returns the new state. */
  async toggleByClick(page: Page, timeoutMs = 10_000): Promise<ReaderState> {
    const before = await readerState(page);
    await this.clickToolbarButton(page);
    return waitForStateChange(page, before, timeoutMs);
  }

  /** Calls the keyboard-shortcut listener in the service worker, exactly as the command fires it. */
  async runCommand(command: string, tab?: { id?: number }): Promise<string | undefined> {
    const worker = await this.worker();
    return worker.evaluate(
      ([command, tab]) => {
        const hook = (globalThis as { __qingduOnCommand?: (c: string, t?: { id?: number }) => Promise<string | undefined> })
          .__qingduOnCommand;
        if (!hook) throw new Error('the background registered no command listener hook');
        return hook(command, tab);
      },
      [command, tab] as const,
    );
  }

  /**
   * Writes the conversion settings as the options page would, and waits until the background has
   * registered the detect script (or unregistered it) to follow them; returns its matches.
   */
  async setConvert(convert: { target: string; mode: string; sites?: string[]; neverSites?: string[] }): Promise<string[]> {
    const worker = await this.worker();
    await worker.evaluate(async (c) => {
      const stored = ((await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings ?? {};
      await chrome.storage.sync.set({ settings: { ...stored, version: 1, convert: { sites: [], neverSites: [], ...c } } });
    }, convert);
    const wantRegistered = convert.target !== 'off' && (convert.mode === 'all' || convert.mode === 'listed');
    for (let i = 0; i < 100; i++) {
      const scripts = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []));
      if (wantRegistered ? scripts.length === 1 : scripts.length === 0) return scripts[0] ?? [];
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the detect script registration did not follow the settings');
  }

  /** Calls a command of the background's conversion API (__qingduConversion), as the context menu does. */
  async callConversion(fn: 'convertTabNow' | 'showOriginalInTab' | 'conversionStatusInTab', tabId: number, target?: string): Promise<Record<string, unknown>> {
    const worker = await this.worker();
    return worker.evaluate(
      ([fn, tabId, target]) => {
        const api = (globalThis as unknown as { __qingduConversion?: Record<string, (id: number, t?: string) => Promise<Record<string, unknown>>> })
          .__qingduConversion;
        if (!api) throw new Error('the background installed no conversion API');
        return api[fn]!(tabId, target);
      },
      [fn, tabId, target] as const,
    );
  }
}

async function start(extensionDir: string, userDataDir: string, options: LaunchOptions): Promise<{ live: { context: BrowserContext; browserSession: CDPSession }; extensionId: string }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORT,
    // The users this is for: navigator.language decides the language of the reader's own labels.
    locale: options.locale ?? 'zh-CN',
    // On Linux Chromium takes its UI language from LANGUAGE (--lang changes the extension's manifest
    // strings but not i18n.getUILanguage()).
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') } } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = await findWorker(context);
    const extensionId = new URL(worker.url()).host;
    const browser = context.browser();
    if (!browser) throw new Error('persistent context has no browser() handle');
    const browserSession = await browser.newBrowserCDPSession();
    return { live: { context, browserSession }, extensionId };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

/**
 * Grants the extension's optional host access on a fresh profile, as an accepted permission prompt
 * records it (prompts cannot be clicked headless): Chromium is started once to create the profile,
 * closed, and the grant written into its Preferences; the next start sees it.
 */
async function grantHostAccess(extensionDir: string, userDataDir: string, options: LaunchOptions): Promise<void> {
  const hosts = options.hostAccess!;
  const { live, extensionId } = await start(extensionDir, userDataDir, options);
  await live.browserSession.detach().catch(() => {});
  await live.context.close();
  const prefsFile = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(prefsFile, 'utf8'));
  const ext = prefs.extensions?.settings?.[extensionId];
  if (!ext) throw new Error(`no extension settings for ${extensionId} in the profile`);
  for (const key of ['granted_permissions', 'runtime_granted_permissions', 'active_permissions']) {
    ext[key] = { api: [], manifest_permissions: [], ...(ext[key] ?? {}), explicit_host: [hosts], scriptable_host: [hosts] };
  }
  await writeFile(prefsFile, JSON.stringify(prefs));
}

export async function findWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
}

/** data-qingdu-state of the reader host (a child of <html>), or null when there is none. */
export function readerState(page: Page): Promise<ReaderState> {
  return page.evaluate(
    () =>
      (document.documentElement.querySelector(':scope > div[data-qingdu="reader"]')?.getAttribute('data-qingdu-state') ??
        null) as 'open' | 'no-article' | null,
  );
}

export async function waitForStateChange(page: Page, from: ReaderState, timeoutMs = 10_000): Promise<ReaderState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await readerState(page);
    if (now !== from) {
      // A host that appears gets its state attribute in the same task; re-read once to be sure.
      return readerState(page);
    }
    if (Date.now() > deadline) throw new Error(`reader state stayed ${String(from)} for ${timeoutMs} ms`);
    await page.waitForTimeout(25);
  }
}

/**
 * Runs `fn` with `this` bound to the reader host's CLOSED shadow root, through CDP: page scripts
 * cannot reach a closed root, but DOM.getDocument({pierce}) + DOM.resolveNode can.
 * Returns undefined when there is no reader host.
 */
export async function inReaderShadow<T>(
  page: Page,
  fn: string,
  ...args: unknown[]
): Promise<{ value: T; shadowRootType: string } | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => isOverlayHost(n, 'reader'));
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const res = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails) {
      throw new Error(`in shadow root: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    }
    return { value: res.result.value as T, shadowRootType: shadow.shadowRootType ?? 'unknown' };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function readerView(page: Page): Promise<ReaderView | undefined> {
  const res = await inReaderShadow<Omit<ReaderView, 'shadowRootType'>>(
    page,
    `function () {
      const text = (el) => (el ? String(el.innerText ?? el.textContent ?? '').trim() : null);
      const rendered = [...this.children].filter((el) => !['STYLE', 'SCRIPT', 'LINK', 'TEMPLATE'].includes(el.tagName));
      return {
        title: this.querySelector('h1.qd-title')?.textContent?.trim() ?? null,
        meta: text(this.querySelector('.qd-meta')),
        body: text(this.querySelector('.qd-body')),
        notice: text(this.querySelector('.qd-notice[role="alert"]')),
        text: rendered.map((el) => el.innerText ?? '').join('\\n'),
      };
    }`,
  );
  return res && { ...res.value, shadowRootType: res.shadowRootType };
}

/** Computed style of the first element matching selector inside the reader. */
export async function readerComputedStyle(
  page: Page,
  selector: string,
  props: string[],
): Promise<Record<string, string> | null | undefined> {
  const res = await inReaderShadow<Record<string, string> | null>(
    page,
    `function (selector, props) {
      const el = this.querySelector(selector);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }`,
    selector,
    props,
  );
  return res?.value;
}

/** Whitespace-insensitive form for comparing gold lines with rendered text. */
/** Whether a CDP DOM node is Qingdu's host of that kind (attributes come as a flat name, value list). */
export function isOverlayHost(node: { localName: string; attributes?: string[] }, kind: 'reader' | 'notice'): boolean {
  const attributes = node.attributes ?? [];
  return node.localName === 'div' && attributes.some((name, i) => i % 2 === 0 && name === 'data-qingdu' && attributes[i + 1] === kind);
}

/**
 * Selects the reader's article from the paragraph holding `first` to the end of the one holding
 * `second`, inside its (closed) shadow root; returns the selected text.
 */
export async function selectParagraphsInReader(page: Page, first: string, second: string): Promise<string> {
  const selected = await inReaderShadow<string>(
    page,
    `function (first, second) {
      const ps = [...this.querySelectorAll('.qd-body p')];
      const a = ps.find((p) => p.textContent.includes(first));
      const b = ps.find((p) => p.textContent.includes(second));
      const range = document.createRange();
      range.setStart(a, 0);
      range.setEnd(b, b.childNodes.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }`,
    first,
    second,
  );
  return selected!.value;
}

/**
 * Every text a person can see or hear in a subtree (text nodes, and aria-label, title, placeholder
 * and alt attributes), trimmed: to check that no label shows a raw message key (a key whose message
 * the bundle does not carry shows as the key itself).
 */
export const SHOWN_TEXTS = `function () {
  const out = [];
  const w = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) if (n.parentElement && n.parentElement.tagName !== 'STYLE' && n.data.trim()) out.push(n.data.trim());
  for (const el of this.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a).trim());
  return out;
}`;

export function norm(s: string): string {
  // NFKC folds full-width punctuation (，！？) to ASCII: the reader sets Chinese text in full-width marks.
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

export function fixtureExists(name: string): boolean {
  return existsSync(path.join(FIXTURES_DIR, `${name}.html`)) && existsSync(path.join(FIXTURES_DIR, `${name}.meta.json`));
}

export async function loadFixture(name: string): Promise<{ meta: FixtureMeta; gold: string[] }> {
  const meta = JSON.parse(await readFile(path.join(FIXTURES_DIR, `${name}.meta.json`), 'utf8')) as FixtureMeta;
  const goldFile = path.join(FIXTURES_DIR, `${name}.gold.txt`);
  const gold = existsSync(goldFile)
    ? (await readFile(goldFile, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
    : [];
  return { meta, gold };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // caret: 'initial' — Playwright's default ('hide') writes caret-color into the style attribute of
  // every input/textarea and leaves style="" behind, which would break the page-unchanged checks.
  await page.screenshot({ path: file, caret: 'initial' });
  return file;
}

/** The page's DOM as serialized markup, and its global names (main world). */
export function pageSnapshot(page: Page): Promise<{ html: string; globals: string[]; scrollY: number }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    globals: Object.getOwnPropertyNames(window).sort(),
    scrollY: window.scrollY,
  }));
}

/** outerHTML of <html> with the reader host taken out (on a clone: the page is not touched). */
export function pageHtmlWithoutReader(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector(':scope > div[data-qingdu="reader"]')?.remove();
    return clone.outerHTML;
  });
}

/** Scrolls the page to about a third of its height; returns the y reached. */
export async function scrollSomewhere(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.round(Math.min(Math.max(max / 3, 1), 900)));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return window.scrollY;
  });
}
