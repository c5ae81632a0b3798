import { staticTranscript } from '@connect-transcript/core';
import { TranscriptView, type TranscriptViewProps } from './TranscriptView.js';

// Under exactOptionalPropertyTypes (on in this repository), every optional prop also takes an
// explicit `undefined`: apps pass props through from their own optional values.
const transcript = staticTranscript([]);
const maybe = <T,>(value: T): T | undefined => (Math.random() > 2 ? value : undefined);

export const props: TranscriptViewProps = {
  transcript,
  selfParticipantId: maybe('p1'),
  selfRole: maybe('AGENT'),
  locale: maybe('de-DE'),
  timeZone: maybe('Europe/Berlin'),
  messages: maybe({ empty: 'Leer' }),
  components: maybe({}),
  renderContent: maybe(() => null),
  onAttachmentOpen: maybe(() => {}),
  scrollStateKey: maybe('contact-1'),
  senderNames: maybe('roles'),
  className: maybe('chat'),
};

export const element = <TranscriptView {...props} locale={undefined} scrollStateKey={undefined} />;
