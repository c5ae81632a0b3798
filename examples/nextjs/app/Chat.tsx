'use client';
import { createParticipantClient } from '@connect-transcript/core';
import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import { useEffect, useState } from 'react';

/** How often the page looks for new messages without a websocket. */
const POLL_MS = 2000;

export function Chat({ endpoint, token }: { endpoint: string; token: string }) {
  const [client] = useState(() => createParticipantClient({ endpoint, connectionToken: token }));
  // The same sourceKey and pageSize as the server's prefetch: the seeded page is used as is.
  const transcript = useTranscript({ client, sourceKey: 'chat', pageSize: 30 });
  // Live updates. With a chat session in the browser (amazon-connect-chatjs), subscribe instead:
  // `useEffect(() => subscribeChatSession(session, transcript.addItems, { onReconnect:
  // transcript.refreshNewest }), [session])`. Without one, `refreshNewest` reads the newest page
  // and merges what is new, without moving the reader (it pages back if more than a page came).
  const { refreshNewest } = transcript;
  useEffect(() => {
    const timer = setInterval(() => void refreshNewest().catch(() => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [refreshNewest]);
  return <TranscriptView transcript={transcript} selfRole="CUSTOMER" style={{ height: 480 }} />;
}
