import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemClass, isPersistentHistory, isRowItem } from './classify.js';
import type { TranscriptItem } from './schemas.js';
import { fcParams } from './test/arbitraries.js';

const EVENT = 'application/vnd.amazonaws.connect.event.';

describe('classifyItem by Type', () => {
  it.each<[string, ItemClass]>([
    ['MESSAGE', { kind: 'message', format: 'plain' }],
    ['ATTACHMENT', { kind: 'attachment' }],
    ['PARTICIPANT_JOINED', { kind: 'event', event: 'participant-joined' }],
    ['PARTICIPANT_LEFT', { kind: 'event', event: 'participant-left' }],
    ['CHAT_ENDED', { kind: 'event', event: 'chat-ended' }],
    ['TRANSFER_SUCCEEDED', { kind: 'event', event: 'transfer-succeeded' }],
    ['TRANSFER_FAILED', { kind: 'event', event: 'transfer-failed' }],
    ['TYPING', { kind: 'control', control: 'typing' }],
    ['MESSAGE_DELIVERED', { kind: 'control', control: 'delivered' }],
    ['MESSAGE_READ', { kind: 'control', control: 'read' }],
    ['CONNECTION_ACK', { kind: 'control', control: 'connection-ack' }],
    ['MESSAGEMETADATA', { kind: 'control', control: 'metadata' }],
    ['EVENT', { kind: 'event', event: 'unknown' }],
  ])('%s', (Type, expected) => {
    expect(classifyItem({ Type })).toEqual(expected);
  });

  it('an unknown Type is a neutral unknown row, whatever its ContentType', () => {
    expect(classifyItem({ Type: 'NEW_KIND', Content: 'x' })).toEqual({ kind: 'unknown' });
    expect(classifyItem({ Type: 'NEW_KIND', ContentType: `${EVENT}typing` })).toEqual({
      kind: 'unknown',
    });
    expect(isRowItem({ Type: 'NEW_KIND' })).toBe(true);
  });
});

describe('classifyItem of EVENT items by ContentType', () => {
  it.each<[string, ItemClass]>([
    ['participant.joined', { kind: 'event', event: 'participant-joined' }],
    ['participant.left', { kind: 'event', event: 'participant-left' }],
    ['participant.idle', { kind: 'event', event: 'participant-idle' }],
    ['participant.returned', { kind: 'event', event: 'participant-returned' }],
    ['participant.invited', { kind: 'event', event: 'participant-invited' }],
    ['participant.autodisconnection', { kind: 'event', event: 'auto-disconnected' }],
    ['transfer.succeeded', { kind: 'event', event: 'transfer-succeeded' }],
    ['transfer.failed', { kind: 'event', event: 'transfer-failed' }],
    ['chat.ended', { kind: 'event', event: 'chat-ended' }],
    ['chat.rehydrated', { kind: 'event', event: 'chat-rehydrated' }],
    ['typing', { kind: 'control', control: 'typing' }],
    ['message.delivered', { kind: 'control', control: 'delivered' }],
    ['message.read', { kind: 'control', control: 'read' }],
    ['message.metadata', { kind: 'control', control: 'metadata' }],
    ['connection.acknowledged', { kind: 'control', control: 'connection-ack' }],
    [
      'participant.displayname.updated',
      { kind: 'event', event: 'participant-displayname-updated' },
    ],
    ['participant.active', { kind: 'event', event: 'participant-active' }],
    ['participant.inactive', { kind: 'event', event: 'participant-inactive' }],
    ['authentication.initiated', { kind: 'event', event: 'authentication-initiated' }],
    ['authentication.succeeded', { kind: 'event', event: 'authentication-succeeded' }],
    ['authentication.failed', { kind: 'event', event: 'authentication-failed' }],
    ['authentication.timeout', { kind: 'event', event: 'authentication-timeout' }],
    ['authentication.expired', { kind: 'event', event: 'authentication-expired' }],
    ['authentication.cancelled', { kind: 'event', event: 'authentication-cancelled' }],
    ['workflow.cancelled', { kind: 'event', event: 'workflow-cancelled' }],
    ['something.new', { kind: 'event', event: 'unknown' }],
  ])('%s', (suffix, expected) => {
    expect(classifyItem({ Type: 'EVENT', ContentType: `${EVENT}${suffix}` })).toEqual(expected);
  });

  it('an EVENT with a ContentType that is not an event type is a neutral unknown event', () => {
    expect(classifyItem({ Type: 'EVENT', ContentType: 'text/plain' })).toEqual({
      kind: 'event',
      event: 'unknown',
    });
  });
});

describe('classifyItem of messages', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'plain'],
    ['text/plain', 'plain'],
    ['text/plain; charset=utf-8', 'plain'],
    ['text/markdown', 'markdown'],
    ['TEXT/MARKDOWN', 'markdown'],
    ['application/json', 'interactive'],
    ['application/vnd.amazonaws.connect.message.interactive', 'interactive'],
    ['application/vnd.amazonaws.connect.message.interactive.response', 'interactive-response'],
    ['image/png', 'other'],
    ['x/never-seen', 'other'],
  ])('ContentType %s → %s', (ContentType, format) => {
    expect(classifyItem({ Type: 'MESSAGE', ContentType, Content: 'c' })).toEqual({
      kind: 'message',
      format,
    });
  });
});

describe('classifyItem without a Type', () => {
  it.each<[string, TranscriptItem, ItemClass]>([
    [
      'an event ContentType',
      { ContentType: `${EVENT}participant.joined` },
      { kind: 'event', event: 'participant-joined' },
    ],
    [
      'a typing ContentType',
      { ContentType: `${EVENT}typing` },
      { kind: 'control', control: 'typing' },
    ],
    [
      'an unknown event ContentType',
      { ContentType: `${EVENT}x.y` },
      { kind: 'event', event: 'unknown' },
    ],
    ['attachments', { Attachments: [{ AttachmentId: 'a' }] }, { kind: 'attachment' }],
    [
      'content',
      { Content: 'hello', ContentType: 'text/markdown' },
      { kind: 'message', format: 'markdown' },
    ],
    ['an empty attachment list and no content', { Attachments: [] }, { kind: 'unknown' }],
    ['nothing at all', {}, { kind: 'unknown' }],
  ])('%s', (_, item, expected) => {
    expect(classifyItem(item)).toEqual(expected);
  });

  it('classifies any item, even one named like an Object property, to a documented class (property)', () => {
    const documented = {
      message: ['plain', 'markdown', 'interactive', 'interactive-response', 'other'],
      attachment: [undefined],
      event: [
        'participant-joined',
        'participant-left',
        'participant-idle',
        'participant-returned',
        'participant-invited',
        'auto-disconnected',
        'transfer-succeeded',
        'transfer-failed',
        'chat-ended',
        'chat-rehydrated',
        'participant-displayname-updated',
        'participant-active',
        'participant-inactive',
        'authentication-initiated',
        'authentication-succeeded',
        'authentication-failed',
        'authentication-timeout',
        'authentication-expired',
        'authentication-cancelled',
        'workflow-cancelled',
        'unknown',
      ],
      control: ['typing', 'delivered', 'read', 'connection-ack', 'metadata', 'interactive-action'],
      unknown: [undefined],
    };
    const tricky = fc.constantFrom(
      'constructor',
      'toString',
      '__proto__',
      'hasOwnProperty',
      'valueOf',
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            Type: fc.oneof(
              fc.string(),
              tricky,
              fc.constantFrom('MESSAGE', 'EVENT', 'TYPING', 'ATTACHMENT'),
            ),
            ContentType: fc.oneof(
              fc.string(),
              fc.oneof(fc.string(), tricky).map((s) => `${EVENT}${s}`),
            ),
            Content: fc.string(),
            Attachments: fc.array(fc.record({ AttachmentId: fc.string() }), { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
        (item) => {
          const c = classifyItem(item);
          const detail =
            c.kind === 'message'
              ? c.format
              : c.kind === 'event'
                ? c.event
                : c.kind === 'control'
                  ? c.control
                  : undefined;
          expect(documented[c.kind]).toContain(detail);
        },
      ),
      fcParams(),
    );
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'a Type or event named %s is unknown',
    (name) => {
      expect(classifyItem({ Type: name })).toEqual({ kind: 'unknown' });
      expect(classifyItem({ Type: 'EVENT', ContentType: `${EVENT}${name}` })).toEqual({
        kind: 'event',
        event: 'unknown',
      });
    },
  );
});

describe('isRowItem and isPersistentHistory', () => {
  it('control items are not rows; messages, attachments, events and unknowns are', () => {
    expect(isRowItem({ Type: 'TYPING' })).toBe(false);
    expect(isRowItem({ Type: 'MESSAGE_READ' })).toBe(false);
    expect(isRowItem({ Type: 'CONNECTION_ACK' })).toBe(false);
    expect(isRowItem({ Type: 'MESSAGE_METADATA' })).toBe(false);
    expect(isRowItem({ Type: 'MESSAGEMETADATA' })).toBe(false);
    expect(isRowItem({ Type: 'MESSAGE', Content: 'x' })).toBe(true);
    expect(isRowItem({ Type: 'ATTACHMENT' })).toBe(true);
    expect(isRowItem({ Type: 'CHAT_ENDED' })).toBe(true);
    expect(isRowItem({})).toBe(true);
  });

  it('items of a past contact carry RelatedContactId', () => {
    expect(isPersistentHistory({ Id: 'a', RelatedContactId: 'c-old' })).toBe(true);
    expect(isPersistentHistory({ Id: 'b', ContactId: 'c-now' })).toBe(false);
    expect(isPersistentHistory({ Id: 'c', RelatedContactId: '' })).toBe(false);
  });
});
