import { classifyItem } from '@connect-transcript/core';
import { describe, expect, it } from 'vitest';
import { generateTranscript } from './generator.js';

describe('generateTranscript', () => {
  it('gives identical bytes for the same seed and different chats for different seeds', () => {
    const a = JSON.stringify(generateTranscript({ seed: 42, size: 500 }));
    const b = JSON.stringify(generateTranscript({ seed: 42, size: 500 }));
    const c = JSON.stringify(generateTranscript({ seed: 43, size: 500 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('makes exactly `size` items, chronological, with unique ids', () => {
    for (const size of [0, 1, 5, 12, 137, 2000]) {
      const chat = generateTranscript({ seed: size, size });
      const all = [...(chat.previousContacts ?? []).flatMap((c) => c.items), ...chat.items];
      expect(all.length).toBe(size);
      expect(new Set(all.map((i) => i.Id)).size).toBe(size);
      const times = all.map((i) => Date.parse(i.AbsoluteTime!));
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
  });

  it('covers roles, formats, events, attachments in every status, long and RTL text', () => {
    const chat = generateTranscript({ seed: 1, size: 3000 });
    const all = [...(chat.previousContacts ?? []).flatMap((c) => c.items), ...chat.items];
    const roles = new Set(all.map((i) => i.ParticipantRole));
    expect(roles).toEqual(new Set(['CUSTOMER', 'AGENT', 'CUSTOM_BOT', 'SUPERVISOR', 'SYSTEM']));
    const kinds = new Set(
      all.map((i) => {
        const c = classifyItem(i);
        return c.kind === 'message'
          ? `message:${c.format}`
          : c.kind === 'event'
            ? `event:${c.event}`
            : c.kind === 'control'
              ? `control:${c.control}`
              : c.kind;
      }),
    );
    for (const k of [
      'message:plain',
      'message:markdown',
      'message:interactive',
      'message:interactive-response',
      'attachment',
      'event:participant-joined',
      'event:participant-left',
      'event:transfer-succeeded',
      'event:transfer-failed',
      'event:chat-ended',
      'event:chat-rehydrated',
      'event:participant-idle',
      'control:typing',
      'control:delivered',
      'control:read',
      'control:connection-ack',
    ]) {
      expect(kinds, k).toContain(k);
    }
    expect(kinds).not.toContain('unknown');
    const statuses = new Set(all.flatMap((i) => i.Attachments ?? []).map((a) => a.Status));
    expect(statuses).toEqual(new Set(['APPROVED', 'IN_PROGRESS', 'REJECTED']));
    const contents = all.map((i) => i.Content ?? '');
    expect(Math.max(...contents.map((c) => c.length))).toBe(16_384);
    expect(contents.some((c) => /[\u0590-\u05ff]/.test(c))).toBe(true);
    expect(contents.some((c) => /[\u0600-\u06ff]/.test(c))).toBe(true);
    expect(contents.some((c) => /\p{Extended_Pictographic}/u.test(c))).toBe(true);
    expect(all.some((i) => i.MessageMetadata?.Receipts?.length)).toBe(true);
    const interactive = all.find(
      (i) => i.ContentType === 'application/vnd.amazonaws.connect.message.interactive',
    );
    expect(['ListPicker', 'QuickReply']).toContain(JSON.parse(interactive!.Content!).templateType);
    for (const a of all.flatMap((i) => i.Attachments ?? [])) {
      expect(chat.attachments?.some((f) => f.id === a.AttachmentId)).toBe(true);
    }
  });

  it('leaves out what is switched off', () => {
    const chat = generateTranscript({
      seed: 3,
      size: 800,
      controls: false,
      attachments: false,
      interactive: false,
      persistentHistory: false,
    });
    expect(chat.previousContacts).toEqual([]);
    for (const item of chat.items) {
      const c = classifyItem(item);
      expect(c.kind).not.toBe('control');
      expect(c.kind).not.toBe('attachment');
      expect(item.MessageMetadata).toBeUndefined();
      expect(item.ContentType).not.toMatch(/interactive/);
    }
  });

  it('builds real small files: a PNG, a PDF and text', () => {
    const chat = generateTranscript({ seed: 1, size: 3000 });
    const png = chat.attachments!.find((f) => f.contentType === 'image/png')!;
    expect([...png.bytes!.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const pdf = chat.attachments!.find((f) => f.contentType === 'application/pdf')!;
    const pdfText = new TextDecoder().decode(pdf.bytes);
    expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
    expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdfText)![1]);
    expect(pdfText.slice(xrefAt, xrefAt + 4)).toBe('xref');
  });

  it('starts at startTime and spreads items from ~100 ms to hours apart', () => {
    const chat = generateTranscript({
      seed: 2,
      size: 5000,
      startTime: '2030-02-01T00:00:00.000Z',
      persistentHistory: false,
    });
    expect(chat.items[0]!.AbsoluteTime).toBe('2030-02-01T00:00:00.000Z');
    const gaps = chat.items
      .slice(1)
      .map((item, i) => Date.parse(item.AbsoluteTime!) - Date.parse(chat.items[i]!.AbsoluteTime!));
    expect(Math.min(...gaps.filter((g) => g > 0))).toBeLessThan(1000);
    expect(Math.max(...gaps)).toBeGreaterThan(3_600_000);
  });
});
