import { createParticipantClient } from '@connect-transcript/core';
import { transcriptInfiniteQueryOptions } from '@connect-transcript/react';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { Chat } from './Chat';

// Hosts the view must keep its layout in: a global border-box reset, and create-vite's template
// (a centred column with `text-align: center`, as `#root` has it there).
const HOSTS: Record<string, string> = {
  'border-box': '*, *::before, *::after { box-sizing: border-box; }',
  centred:
    'body { margin: 0; } main { width: 1126px; max-width: 100%; margin: 0 auto; text-align: center; border-inline: 1px solid #e5e4e7; min-height: 100svh; display: flex; flex-direction: column; box-sizing: border-box; }',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return (
    <Suspense fallback={<p>Loading the chat…</p>}>
      <Transcript searchParams={searchParams} />
    </Suspense>
  );
}

async function Transcript({ searchParams }: { searchParams: SearchParams }) {
  const { host } = await searchParams;
  await connection();
  const endpoint = process.env.SIMULATOR_URL ?? '';
  const token = process.env.CONNECTION_TOKEN ?? '';
  const queryClient = new QueryClient();
  await queryClient.prefetchInfiniteQuery(
    transcriptInfiniteQueryOptions({
      source: createParticipantClient({ endpoint, connectionToken: token }),
      sourceKey: 'chat',
      pageSize: 30,
    }),
  );
  const css = typeof host === 'string' ? HOSTS[host] : undefined;
  return (
    <main>
      {css ? <style>{css}</style> : null}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Chat endpoint={endpoint} token={token} />
      </HydrationBoundary>
    </main>
  );
}
