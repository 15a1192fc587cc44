import { describe, expect, it } from 'vitest';
import { ContentMessage, PopupMessage } from '../../src/messages';

describe('message schemas', () => {
  it('accept the messages the extension sends', () => {
    expect(ContentMessage.safeParse({ type: 'seen', at: ['duo.capture'], done: [] }).success).toBe(true);
    expect(ContentMessage.safeParse({ type: 'fill', step: 'classic.fill' }).success).toBe(true);
    expect(PopupMessage.safeParse({ type: 'settings', idleMinutes: 15 }).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'steal' }],
    ['an extra field', { type: 'fill', step: 'classic.fill', to: 'evil' }],
    ['a step id with markup', { type: 'mark', step: '<b>x</b>', how: 'done' }],
    ['an unknown mark', { type: 'mark', step: 'duo.capture', how: 'delete' }],
    ['an oversized key', { type: 'capture', ikey: 'D'.repeat(201), skey: '', host: '', labels: 'ikey' }],
    ['a popup message', { type: 'reset' }],
  ])('content messages refuse %s', (_name, msg) => {
    expect(ContentMessage.safeParse(msg).success).toBe(false);
  });

  it.each([
    ['a fractional idle time', { type: 'settings', idleMinutes: 1.5 }],
    ['an idle time of zero', { type: 'settings', idleMinutes: 0 }],
    ['an idle time over eight hours', { type: 'settings', idleMinutes: 481 }],
    ['a content message', { type: 'fill', step: 'classic.fill' }],
    ['an unknown flow', { type: 'flow', flow: 'okta-legacy' }],
  ])('popup messages refuse %s', (_name, msg) => {
    expect(PopupMessage.safeParse(msg).success).toBe(false);
  });
});
