/**
 * Every built-in string of the transcript view, in one object. Pass a partial object as the
 * `messages` prop to translate or reword any of them; the rest keep their English defaults.
 * Names and texts passed to the functions are user content: the view renders the result as text.
 *
 * @example
 * ```tsx
 * <TranscriptView
 *   transcript={transcript}
 *   messages={{ delivered: 'Zugestellt', participantJoined: (name) => `${name} ist beigetreten` }}
 * />
 * ```
 */
export interface TranscriptMessages {
  // --- the view (scroll container) ---
  /** Accessible name of the log. */
  logLabel: string;
  /** Row shown while an older page loads. */
  loadingOlder: string;
  /** Row shown when an older page failed. */
  olderError: string;
  /** Retry button. */
  retry: string;
  /** Bookend when the whole history is loaded. */
  startOfConversation: string;
  /** Empty state. */
  empty: string;
  /** Error state when nothing could be loaded. */
  error: string;
  /** Jump button; `newCount` is how many messages arrived while scrolled up (0 = none). */
  jumpToLatest: (newCount: number) => string;
  /** Polite announcement after an older page was inserted. */
  olderLoaded: (count: number) => string;
  /** Polite announcement of one incoming message. */
  newMessage: (sender: string, text: string) => string;
  /** Banner when the chat ended (access denied) after items loaded. */
  chatEnded: string;

  // --- rows ---
  /** The reader's own name in labels. */
  you: string;
  /** Sender name when an item has no `DisplayName`, by role. */
  roleName: (role: string | undefined) => string;
  /** `{name} joined the chat`. */
  participantJoined: (name: string) => string;
  /** `{name} left the chat`. */
  participantLeft: (name: string) => string;
  /** `{name} is idle`. */
  participantIdle: (name: string) => string;
  /** `{name} is back`. */
  participantReturned: (name: string) => string;
  /** `{name} was invited`. */
  participantInvited: (name: string) => string;
  /** `{name} was disconnected for inactivity`. */
  autoDisconnected: (name: string) => string;
  /** Transfer event. */
  transferSucceeded: string;
  /** Failed transfer event. */
  transferFailed: string;
  /** Chat-ended event row. */
  chatEndedEvent: string;
  /** Persistent chat resumed. */
  chatRehydrated: string;
  /** An event this version does not know. */
  unknownEvent: string;
  /** An item `Type` this version does not know. */
  unsupportedItem: string;
  /** A message whose `ContentType` cannot be shown. */
  unsupportedContent: string;
  /** An interactive message whose JSON is invalid or of an unknown template. */
  interactiveMessage: string;
  /** Label of an attachment without a name. */
  attachment: string;
  /** Accessible summary of a row's attachments. */
  attachments: (names: readonly string[]) => string;
  /** Attachment still being scanned/uploaded. */
  attachmentInProgress: string;
  /** Attachment blocked by the scan. */
  attachmentRejected: string;
  /** Accessible name of the open button. */
  openAttachment: (name: string) => string;
  /** While the signed URL is fetched. */
  attachmentOpening: string;
  /** When the signed URL could not be fetched. */
  attachmentError: string;
  /** Receipt under the reader's last message. */
  delivered: string;
  /** Receipt under the reader's last message. */
  read: string;
  /** Typing indicator text. */
  typing: (names: readonly string[]) => string;
  /** Marker before items of an earlier contact (persistent chat). */
  previousConversation: string;
  /** Marker before the first item of the current contact after history. */
  currentConversation: string;
  /** Day separator for today (used when `now` is given to `buildRows`). */
  today: string;
  /** Day separator for yesterday. */
  yesterday: string;
  /** Accessible name of a message row. */
  rowLabel: (sender: string, time: string, text: string) => string;
}

const ROLE_NAMES: Record<string, string> = {
  AGENT: 'Agent',
  CUSTOMER: 'Customer',
  SYSTEM: 'System',
  CUSTOM_BOT: 'Bot',
  SUPERVISOR: 'Supervisor',
};

/**
 * The English defaults of every string.
 *
 * @example
 * ```ts
 * const german: Partial<TranscriptMessages> = { ...myGermanStrings };
 * const all = { ...defaultMessages, ...german };
 * ```
 */
export const defaultMessages: TranscriptMessages = {
  logLabel: 'Chat transcript',
  loadingOlder: 'Loading earlier messages…',
  olderError: 'Couldn’t load earlier messages.',
  retry: 'Retry',
  startOfConversation: 'Start of conversation',
  empty: 'No messages yet',
  error: 'Couldn’t load the conversation.',
  jumpToLatest: (n) =>
    n > 0 ? `${n} new message${n === 1 ? '' : 's'} — jump to latest` : 'Jump to latest',
  olderLoaded: (n) => `${n} earlier message${n === 1 ? '' : 's'} loaded`,
  newMessage: (sender, text) => `${sender}: ${text}`,
  chatEnded: 'This chat has ended. The messages so far are shown.',

  you: 'You',
  roleName: (role) => (role && ROLE_NAMES[role]) || 'Participant',
  participantJoined: (name) => `${name} joined the chat`,
  participantLeft: (name) => `${name} left the chat`,
  participantIdle: (name) => `${name} is idle`,
  participantReturned: (name) => `${name} is back`,
  participantInvited: (name) => `${name} was invited`,
  autoDisconnected: (name) => `${name} was disconnected for inactivity`,
  transferSucceeded: 'The chat was transferred',
  transferFailed: 'The transfer failed',
  chatEndedEvent: 'The chat ended',
  chatRehydrated: 'The chat was resumed',
  unknownEvent: 'Chat event',
  unsupportedItem: 'Unsupported item',
  unsupportedContent: 'This message can’t be shown here',
  interactiveMessage: 'Interactive message',
  attachment: 'Attachment',
  attachments: (names) => `Attachment: ${names.join(', ')}`,
  attachmentInProgress: 'Scanning…',
  attachmentRejected: 'Blocked',
  openAttachment: (name) => `Open ${name}`,
  attachmentOpening: 'Opening…',
  attachmentError: 'Couldn’t open the file',
  delivered: 'Delivered',
  read: 'Read',
  typing: (names) =>
    names.length === 0
      ? 'Someone is typing'
      : names.length === 1
        ? `${names[0]} is typing`
        : names.length === 2
          ? `${names[0]} and ${names[1]} are typing`
          : 'Several people are typing',
  previousConversation: 'Previous conversation',
  currentConversation: 'Current conversation',
  today: 'Today',
  yesterday: 'Yesterday',
  rowLabel: (sender, time, text) => (time ? `${sender}, ${time}: ${text}` : `${sender}: ${text}`),
};
