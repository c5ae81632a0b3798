import type { EventKind } from './classify.js';
import type { TranscriptItem } from './schemas.js';

/**
 * The words an item is read with outside the view (an export, a search): who sent it and what an
 * event says. Event templates take `{name}`, the participant's name (or the word for their role).
 *
 * @example
 * ```ts
 * const german: Partial<ItemWords> = {
 *   roleName: (role) => (role === 'AGENT' ? 'Mitarbeiter' : 'Teilnehmer'),
 *   events: { 'participant-joined': '{name} ist beigetreten' },
 * };
 * ```
 */
export interface ItemWords {
  /** The word for a sender without a real name (missing, `SYSTEM_MESSAGE`, `BOT`), by role. */
  roleName: (role: string | undefined) => string;
  /** Event lines by kind (a `{name}` template, or a function of the name); missing kinds use the English default. */
  events: Partial<Record<EventKind, string | ((name: string) => string)>>;
}

const ROLE_NAMES: Record<string, string> = {
  AGENT: 'Agent',
  CUSTOMER: 'Customer',
  SYSTEM: 'System',
  BOT: 'Assistant',
  CUSTOM_BOT: 'Assistant',
  SUPERVISOR: 'Supervisor',
};

const EVENTS: Record<EventKind, string> = {
  'participant-joined': '{name} joined the chat',
  'participant-left': '{name} left the chat',
  'participant-idle': '{name} is idle',
  'participant-returned': '{name} is back',
  'participant-invited': '{name} was invited',
  'auto-disconnected': '{name} was disconnected for inactivity',
  'transfer-succeeded': 'The chat was transferred',
  'transfer-failed': 'The transfer failed',
  'chat-ended': 'The chat ended',
  'chat-rehydrated': 'The chat was resumed',
  'participant-displayname-updated': '{name} changed their name',
  'participant-active': '{name} is active',
  'participant-inactive': '{name} is inactive',
  'authentication-initiated': 'Sign-in requested',
  'authentication-succeeded': '{name} signed in',
  'authentication-failed': 'Sign-in failed',
  'authentication-timeout': 'Sign-in timed out',
  'authentication-expired': 'Sign-in expired',
  'authentication-cancelled': 'Sign-in cancelled',
  'workflow-cancelled': 'The automated steps were cancelled',
  unknown: 'Chat event',
};

/** The English words. */
export const ENGLISH_WORDS: ItemWords = {
  roleName: (role) =>
    (role && Object.hasOwn(ROLE_NAMES, role) && ROLE_NAMES[role]) || 'Participant',
  events: {},
};

// Display names Connect gives senders that have none of their own.
const SENTINELS = new Set(['SYSTEM_MESSAGE', 'BOT']);

/** Who sent the item: its display name, or the word for its role when it has no real one. */
export function senderOf(item: TranscriptItem, words: ItemWords): string {
  const displayName = item.DisplayName?.trim();
  return displayName && !SENTINELS.has(displayName)
    ? displayName
    : words.roleName(displayName === 'BOT' ? 'BOT' : item.ParticipantRole);
}

/** What an event of this kind says, with the participant's name in it. */
export function eventLine(item: TranscriptItem, kind: EventKind, words: ItemWords): string {
  const template = words.events[kind] ?? EVENTS[kind];
  const name = senderOf(item, words);
  return typeof template === 'function' ? template(name) : template.split('{name}').join(name);
}
