import type { ParticipantClientOptions, TranscriptItem } from '@connect-transcript/core';
import { expectTypeOf, test } from 'vitest';
import { createParticipantSimulator, type FaultPlan, type SimChat } from './index.js';

test('the handler is what a client takes as fetch, and MSW as a resolver result', () => {
  const sim = createParticipantSimulator();
  expectTypeOf(sim.handler).toExtend<NonNullable<ParticipantClientOptions['fetch']>>();
  expectTypeOf(sim.handler).toExtend<(request: Request) => Promise<Response>>();
  expectTypeOf(sim.handler).toExtend<typeof fetch>();
});

test('append takes one item or a list and returns stored items', () => {
  const sim = createParticipantSimulator();
  expectTypeOf(sim.append).parameter(1).toEqualTypeOf<TranscriptItem | readonly TranscriptItem[]>();
  expectTypeOf(sim.append(sim.defaultContactId, { Content: 'x' })).toEqualTypeOf<
    TranscriptItem[]
  >();
});

test('faults and chats are plain data', () => {
  expectTypeOf<{
    next: ['throttle', { kind: 'internal'; operation: 'GetAttachment' }];
  }>().toExtend<FaultPlan>();
  // @ts-expect-error an unknown fault kind
  const bad: FaultPlan = { next: ['explode'] };
  expectTypeOf(bad).toExtend<FaultPlan>();
  expectTypeOf<{ contactId: string; items: [] }>().toExtend<SimChat>();
});
