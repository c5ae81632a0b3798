import type { TranscriptItem } from '@connect-transcript/core';
import type { TranscriptMessages } from '../messages.js';

/**
 * How senders are named: `'shown'` their display names; `'roles'` only the word for their role
 * ("Agent", "Assistant"), everywhere, so no person's name is shown; `'hidden'` no sender line
 * above messages, and role words where a sentence needs a name (events, typing).
 *
 * @example
 * ```tsx
 * <TranscriptView transcript={t} senderNames="roles" />
 * ```
 */
export type SenderNames = 'shown' | 'roles' | 'hidden';

/** How a sentence (an event, "is typing", a label) names a sender: a hidden name as its role. */
export const inSentence = (names: SenderNames): SenderNames =>
  names === 'shown' ? 'shown' : 'roles';

/**
 * Display names Connect puts where there is no person: `SYSTEM_MESSAGE` on flow messages,
 * `BOT` on bot replies. They are read as a word for the role, never shown.
 */
const SENTINELS = new Set(['SYSTEM_MESSAGE', 'BOT']);

/**
 * A sender's name: the `DisplayName`, else (missing, blank or a sentinel, or always when `names`
 * is not `'shown'`) the word for the role from `messages.roleName` (`BOT` for a reply signed
 * `BOT`). Always rendered as text.
 *
 * @example
 * ```ts
 * senderName({ DisplayName: 'SYSTEM_MESSAGE', ParticipantRole: 'SYSTEM' }, defaultMessages); // 'System'
 * ```
 */
export function senderName(
  item: TranscriptItem,
  messages: TranscriptMessages,
  names: SenderNames = 'shown',
): string {
  const name = item.DisplayName?.trim();
  if (name && names === 'shown' && !SENTINELS.has(name)) return name;
  return messages.roleName(name === 'BOT' ? 'BOT' : item.ParticipantRole);
}

/** `data-role` value: the role in lower case (`custom-bot`), limited to safe characters. */
export function roleAttr(item: TranscriptItem): string | undefined {
  const role = item.ParticipantRole?.toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]/g, '');
  return role ? role : undefined;
}

/** `className` merge: ours first, the user's last. */
export const cx = (base: string, extra: string | undefined): string =>
  extra ? `${base} ${extra}` : base;

/** A `data-*` flag: present (`''`) or absent, never `"false"`. */
export const flag = (on: boolean): '' | undefined => (on ? '' : undefined);
