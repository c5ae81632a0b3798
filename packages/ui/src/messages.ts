/**
 * Every built-in string of the transcript view, in one object. Pass a partial object as the
 * `messages` prop to translate or reword any of them; the rest keep their English defaults.
 * Names and texts passed to the functions are user content: the view renders the result as text.
 *
 * @example
 * ```tsx
 * <TranscriptView
 *   transcript={transcript}
 *   messages={{ delivered: 'Zugestellt', participantJoined: '{name} ist beigetreten' }}
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
  /**
   * The word for a sender without a real name, by role: used when `DisplayName` is missing or
   * one of Connect's sentinels (`SYSTEM_MESSAGE` on flow messages, `BOT` on bot replies), in
   * messages and event lines alike. Receives the `ParticipantRole` (`AGENT`, `CUSTOMER`,
   * `SYSTEM`, `CUSTOM_BOT`, `SUPERVISOR`, or a role this version does not know), or `BOT` for a
   * reply signed `BOT`.
   */
  roleName: (role: string | undefined) => string;
  /** `{name} joined the chat`. */
  participantJoined: NameTemplate;
  /** `{name} left the chat`. */
  participantLeft: NameTemplate;
  /** `{name} is idle`. */
  participantIdle: NameTemplate;
  /** `{name} is back`. */
  participantReturned: NameTemplate;
  /** `{name} was invited`. */
  participantInvited: NameTemplate;
  /** `{name} was disconnected for inactivity`. */
  autoDisconnected: NameTemplate;
  /** `{name} changed their name` (`{name}` is the new name). */
  participantDisplayNameUpdated: NameTemplate;
  /** `{name} is active`. */
  participantActive: NameTemplate;
  /** `{name} is inactive`. */
  participantInactive: NameTemplate;
  /** Customer authentication was requested. */
  authenticationInitiated: NameTemplate;
  /** The customer signed in. */
  authenticationSucceeded: NameTemplate;
  /** The customer's sign-in failed. */
  authenticationFailed: NameTemplate;
  /** The customer did not sign in in time. */
  authenticationTimeout: NameTemplate;
  /** The customer's sign-in expired. */
  authenticationExpired: NameTemplate;
  /** The customer cancelled the sign-in. */
  authenticationCancelled: NameTemplate;
  /** Transfer event. */
  transferSucceeded: NameTemplate;
  /** Failed transfer event. */
  transferFailed: NameTemplate;
  /** Chat-ended event row. */
  chatEndedEvent: NameTemplate;
  /** Persistent chat resumed. */
  chatRehydrated: NameTemplate;
  /** The flow's automated steps were cancelled. */
  workflowCancelled: NameTemplate;
  /** An event this version does not know. */
  unknownEvent: NameTemplate;
  /** An item `Type` this version does not know. */
  unsupportedItem: string;
  /** A message whose `ContentType` cannot be shown. */
  unsupportedContent: string;
  /** An interactive message whose JSON is invalid or of an unknown template. */
  interactiveMessage: string;
  /** A form sent in the chat (the `ViewResource` template): its fields are not in the transcript. */
  interactiveForm: string;
  /** Beside the option the customer chose, in a past interactive message. */
  interactivePicked: string;
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
  /** When the service does not let this reader open the file (`ACCESS_DENIED`): not retried. */
  attachmentUnavailable: string;
  /** A message the service is still processing (redaction, translation): not sent on yet. */
  processing: string;
  /** A message the service's processing rejected: nobody else sees it. */
  notDelivered: string;
  /** A message whose processing failed. */
  notChecked: string;
  /** Receipt under the reader's last message. */
  delivered: string;
  /** Receipt under the reader's last message. */
  read: string;
  /** Typing indicator text. */
  typing: (names: readonly string[]) => string;
  /** Divider above the first message the reader has not read (see `unreadFrom`). */
  newMessages: string;
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

/**
 * A sentence with the participant's name: a template where `{name}` stands for the name (the
 * format Connect's hosted widget uses), or a function of the name.
 *
 * @example
 * ```ts
 * const joined: NameTemplate = '{name} ist beigetreten';
 * const left: NameTemplate = (name) => `${name} hat den Chat verlassen`;
 * ```
 */
export type NameTemplate = string | ((name: string) => string);

/**
 * The sentence of a {@link NameTemplate} for one name. The name is inserted as it is (it is
 * rendered as text), never read as a pattern.
 *
 * @example
 * ```ts
 * fillName('{name} joined the chat', 'Ana'); // 'Ana joined the chat'
 * ```
 */
export function fillName(template: NameTemplate, name: string): string {
  return typeof template === 'function' ? template(name) : template.split('{name}').join(name);
}

const ROLE_NAMES: Record<string, string> = {
  AGENT: 'Agent',
  CUSTOMER: 'Customer',
  SYSTEM: 'System',
  BOT: 'Assistant',
  CUSTOM_BOT: 'Assistant',
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
  roleName: (role) =>
    (role && Object.hasOwn(ROLE_NAMES, role) && ROLE_NAMES[role]) || 'Participant',
  participantJoined: '{name} joined the chat',
  participantLeft: '{name} left the chat',
  participantIdle: '{name} is idle',
  participantReturned: '{name} is back',
  participantInvited: '{name} was invited',
  autoDisconnected: '{name} was disconnected for inactivity',
  participantDisplayNameUpdated: '{name} changed their name',
  participantActive: '{name} is active',
  participantInactive: '{name} is inactive',
  authenticationInitiated: 'Sign-in requested',
  authenticationSucceeded: '{name} signed in',
  authenticationFailed: 'Sign-in failed',
  authenticationTimeout: 'Sign-in timed out',
  authenticationExpired: 'Sign-in expired',
  authenticationCancelled: 'Sign-in cancelled',
  transferSucceeded: 'The chat was transferred',
  transferFailed: 'The transfer failed',
  chatEndedEvent: 'The chat ended',
  chatRehydrated: 'The chat was resumed',
  workflowCancelled: 'The automated steps were cancelled',
  unknownEvent: 'Chat event',
  unsupportedItem: 'Unsupported item',
  unsupportedContent: 'This message can’t be shown here',
  interactiveMessage: 'Interactive message',
  interactiveForm: 'Form',
  interactivePicked: 'Chosen',
  attachment: 'Attachment',
  attachments: (names) => `Attachment: ${names.join(', ')}`,
  attachmentInProgress: 'Scanning…',
  attachmentRejected: 'Blocked',
  openAttachment: (name) => `Open ${name}`,
  attachmentOpening: 'Opening…',
  attachmentError: 'Couldn’t open the file',
  attachmentUnavailable: 'Not available',
  processing: 'Sending…',
  notDelivered: 'Not delivered',
  notChecked: 'Couldn’t be checked',
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
  newMessages: 'New messages',
  previousConversation: 'Previous conversation',
  currentConversation: 'Current conversation',
  today: 'Today',
  yesterday: 'Yesterday',
  rowLabel: (sender, time, text) => (time ? `${sender}, ${time}: ${text}` : `${sender}: ${text}`),
};
