// The README example's imports: client + hook + view.
export { createParticipantClient } from '@connect-transcript/core';
export { useTranscript } from '@connect-transcript/react';
export { TranscriptView } from '@connect-transcript/ui';
