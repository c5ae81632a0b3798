import { createParticipantClient } from '@connect-transcript/core';
import { useTranscript } from '@connect-transcript/react';
import { TranscriptView } from '@connect-transcript/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

// The simulator's address and the chat's token come from the page's query string.
const params = new URLSearchParams(window.location.search);
const queryClient = new QueryClient();
const client = createParticipantClient({
  endpoint: params.get('endpoint') ?? '',
  connectionToken: params.get('token') ?? '',
});

function ChatHistory() {
  const transcript = useTranscript({ client, pageSize: 30 });
  return <TranscriptView transcript={transcript} selfRole="CUSTOMER" style={{ height: 480 }} />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ChatHistory />
    </QueryClientProvider>
  );
}
