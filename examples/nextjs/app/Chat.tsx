'use client';
import { createParticipantClient } from '@connect-transcript/core';
import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import { useState } from 'react';

export function Chat({ endpoint, token }: { endpoint: string; token: string }) {
  const [client] = useState(() => createParticipantClient({ endpoint, connectionToken: token }));
  // The same sourceKey and pageSize as the server's prefetch: the seeded page is used as is.
  const transcript = useTranscript({ client, sourceKey: 'chat', pageSize: 30 });
  return <TranscriptView transcript={transcript} selfRole="CUSTOMER" style={{ height: 480 }} />;
}
