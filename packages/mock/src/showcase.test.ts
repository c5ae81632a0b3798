import {
  ConnectParticipantClient,
  GetTranscriptCommand,
  type GetTranscriptCommandOutput,
  type Item,
} from '@aws-sdk/client-connectparticipant';
import { classifyItem } from '@connect-transcript/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatorServer, startSimulatorServer } from './server.js';
import { generateShowcase } from './showcase.js';
import { createParticipantSimulator, type ParticipantSimulator } from './simulator.js';

const EVENT = 'application/vnd.amazonaws.connect.event.';
const chat = generateShowcase();

describe('generateShowcase', () => {
  it('is the same bytes every time', () => {
    expect(JSON.stringify(generateShowcase())).toBe(JSON.stringify(chat));
  });

  it('holds every event type, sentinel name, interactive template and processing state', () => {
    const events = new Set(
      chat.items
        .filter((i) => i.ContentType?.startsWith(EVENT))
        .map((i) => i.ContentType!.slice(EVENT.length)),
    );
    for (const suffix of [
      'participant.joined',
      'participant.left',
      'participant.invited',
      'participant.idle',
      'participant.returned',
      'participant.autodisconnection',
      'participant.displayname.updated',
      'participant.active',
      'participant.inactive',
      'transfer.succeeded',
      'transfer.failed',
      'chat.ended',
      'authentication.initiated',
      'authentication.succeeded',
      'authentication.failed',
      'authentication.timeout',
      'authentication.expired',
      'authentication.cancelled',
      'workflow.cancelled',
    ]) {
      expect(events, suffix).toContain(suffix);
    }
    const names = new Set(chat.items.map((i) => i.DisplayName));
    expect(names).toContain('SYSTEM_MESSAGE');
    expect(names).toContain('BOT');
    const templates = chat.items
      .filter((i) => i.ContentType === 'application/vnd.amazonaws.connect.message.interactive')
      .map((i) => (JSON.parse(i.Content!) as { templateType: string }).templateType);
    for (const t of [
      'ListPicker',
      'TimePicker',
      'Panel',
      'QuickReply',
      'Carousel',
      'ViewResource',
    ]) {
      expect(templates, t).toContain(t);
    }
    const statuses = chat.items.map((i) => i.MessageMetadata?.MessageProcessingStatus);
    for (const s of ['PROCESSING', 'FAILED', 'REJECTED']) expect(statuses).toContain(s);
    expect(chat.items.some((i) => (i.Attachments?.length ?? 0) >= 3)).toBe(true);
    expect(chat.items.map((i) => classifyItem(i).kind)).toContain('unknown');
  });
});

describe('the showcase over real HTTP, read by the official AWS SDK', () => {
  let sim: ParticipantSimulator;
  let server: SimulatorServer;
  let sdk: ConnectParticipantClient;
  beforeAll(async () => {
    sim = createParticipantSimulator({ chats: [chat] });
    server = await startSimulatorServer({ simulator: sim, port: 0 });
    sdk = new ConnectParticipantClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    });
  });
  afterAll(async () => {
    sdk.destroy();
    await server.close();
  });

  it('serves every item, field for field', async () => {
    const token = sim.issueToken(chat.contactId);
    // Newest page first (the default scan), each page in ascending order.
    const pages: Item[][] = [];
    let next: string | undefined;
    do {
      const out: GetTranscriptCommandOutput = await sdk.send(
        new GetTranscriptCommand({
          ConnectionToken: token,
          SortOrder: 'ASCENDING',
          MaxResults: 100,
          ...(next ? { NextToken: next } : {}),
        }),
      );
      pages.push(out.Transcript ?? []);
      next = out.NextToken || undefined;
    } while (next);
    const read = pages.reverse().flat();
    expect(read.map((i) => i.Id)).toEqual(chat.items.map((i) => i.Id));
    for (const [k, item] of read.entries()) {
      const sent = chat.items[k]!;
      expect(item.Content).toBe(sent.Content);
      expect(item.DisplayName).toBe(sent.DisplayName);
      expect(item.ContentType).toBe(sent.ContentType);
      expect(item.Attachments?.length ?? 0).toBe(sent.Attachments?.length ?? 0);
    }
  });
});
