import type { TranscriptItem } from '@connect-transcript/core';
import type { TranscriptMessages } from '../messages.js';

/** A sender's name: the `DisplayName`, else a word for the role. Always rendered as text. */
export function senderName(item: TranscriptItem, messages: TranscriptMessages): string {
  const name = item.DisplayName?.trim();
  return name ? name : messages.roleName(item.ParticipantRole);
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
