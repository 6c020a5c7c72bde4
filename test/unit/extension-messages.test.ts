import { describe, expect, it } from 'vitest';
import { message, trustedRequest } from '../../src/protocol';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const FROM_READER = { id: OWN, tab: { id: 7, url: 'https://news.example/a.html' }, frameId: 0 };

describe('messages to the background: one sender check for all', () => {
  it('acts on the three known messages from our own scripts in a tab, with the tab the browser names', () => {
    expect(trustedRequest(message('qingdu:open-options', {}), FROM_READER, OWN)).toEqual({ type: 'qingdu:open-options', body: {}, tabId: 7, frameId: 0, url: 'https://news.example/a.html' });
    expect(trustedRequest(message('qingdu:load-converter', {}), FROM_READER, OWN)).toMatchObject({ type: 'qingdu:load-converter', tabId: 7 });
    const frame = { ...FROM_READER, frameId: 3, url: 'https://news.example/frame.html' };
    expect(trustedRequest(message('qingdu:auto-convert', { script: 'traditional' }), frame, OWN)).toEqual({
      type: 'qingdu:auto-convert',
      body: { script: 'traditional' },
      tabId: 7,
      frameId: 3,
      url: 'https://news.example/frame.html',
    });
  });

  it('ignores other senders: another extension, no sender id, no tab (an extension page), a bad tab id', () => {
    for (const m of [message('qingdu:load-converter', {}), message('qingdu:auto-convert', { script: 'simplified' })]) {
      expect(trustedRequest(m, { id: 'another-extension', tab: { id: 7 } }, OWN)).toBeNull();
      expect(trustedRequest(m, { tab: { id: 7 } }, OWN)).toBeNull();
      expect(trustedRequest(m, { id: OWN }, OWN)).toBeNull();
      expect(trustedRequest(m, { id: OWN, tab: {} }, OWN)).toBeNull();
      expect(trustedRequest(m, { id: OWN, tab: { id: -1 } }, OWN)).toBeNull();
      expect(trustedRequest(m, { id: OWN, tab: { id: 1.5 } }, OWN)).toBeNull();
      // An unknown own id (runtime.id unavailable) trusts nobody, not everybody without an id.
      expect(trustedRequest(m, { tab: { id: 7 } }, '')).toBeNull();
    }
  });

  it('ignores unknown and malformed messages, and reads only the fields the map declares', () => {
    for (const junk of [null, undefined, 'qingdu:open-options', 42, [], {}, { type: 'qingdu:convert-tab', action: 'convert', tabId: 3 }, { type: 'qingdu:auto-convert' }, { type: 'qingdu:auto-convert', script: 'klingon' }, { type: 'QINGDU:OPEN-OPTIONS' }, { type: 'toString' }, { type: '__proto__' }, { type: ['qingdu:open-options'] }]) {
      expect(trustedRequest(junk, FROM_READER, OWN), JSON.stringify(junk) ?? String(junk)).toBeNull();
    }
    // Extra fields cannot steer the request to another tab or frame, nor ride along in the body.
    expect(trustedRequest({ type: 'qingdu:load-converter', tabId: 99, frameId: 5 }, FROM_READER, OWN)).toEqual({ type: 'qingdu:load-converter', body: {}, tabId: 7, frameId: 0, url: 'https://news.example/a.html' });
    expect(trustedRequest({ type: 'qingdu:auto-convert', script: 'mixed', tabId: 99, url: 'https://evil.example/' }, FROM_READER, OWN)).toEqual({ type: 'qingdu:auto-convert', body: { script: 'mixed' }, tabId: 7, frameId: 0, url: 'https://news.example/a.html' });
  });
});
