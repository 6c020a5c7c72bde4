import { describe, expect, it } from 'vitest';
import { trustedRequest } from '../../src/protocol/requests';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';
const FROM_READER = { id: OWN, tab: { id: 7 } };

describe('requests to the background', () => {
  it('acts on the two known requests from our own scripts in a tab', () => {
    expect(trustedRequest({ type: 'qingdu:open-options' }, FROM_READER, OWN)).toEqual({ type: 'open-options', tabId: 7 });
    expect(trustedRequest({ type: 'qingdu:load-converter' }, FROM_READER, OWN)).toEqual({ type: 'load-converter', tabId: 7 });
  });

  it('ignores other senders: another extension, no sender id, no tab (an extension page), a bad tab id', () => {
    const message = { type: 'qingdu:load-converter' };
    expect(trustedRequest(message, { id: 'another-extension', tab: { id: 7 } }, OWN)).toBeNull();
    expect(trustedRequest(message, { tab: { id: 7 } }, OWN)).toBeNull();
    expect(trustedRequest(message, { id: OWN }, OWN)).toBeNull();
    expect(trustedRequest(message, { id: OWN, tab: {} }, OWN)).toBeNull();
    expect(trustedRequest(message, { id: OWN, tab: { id: -1 } }, OWN)).toBeNull();
    expect(trustedRequest(message, { id: OWN, tab: { id: 1.5 } }, OWN)).toBeNull();
    // An unknown own id (runtime.id unavailable) trusts nobody, not everybody without an id.
    expect(trustedRequest(message, { tab: { id: 7 } }, '')).toBeNull();
  });

  it('ignores unknown and malformed messages, and reads nothing but the type', () => {
    for (const junk of [null, undefined, 'qingdu:open-options', 42, [], {}, { type: 'qingdu:auto-convert' }, { type: 'QINGDU:OPEN-OPTIONS' }, { type: 'toString' }, { type: '__proto__' }, { type: ['qingdu:open-options'] }]) {
      expect(trustedRequest(junk, FROM_READER, OWN), JSON.stringify(junk) ?? String(junk)).toBeNull();
    }
    // Extra fields cannot steer the request to another tab.
    expect(trustedRequest({ type: 'qingdu:load-converter', tabId: 99 }, FROM_READER, OWN)).toEqual({ type: 'load-converter', tabId: 7 });
  });
});
