import { staticTranscript, type TranscriptItem } from '@connect-transcript/core';
import { TranscriptView } from '@connect-transcript/ui';
import '@connect-transcript/ui/styles.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    /** Milliseconds from render to laid out, for one message of `content`, median of `reps`. */
    measureContent: (content: string, contentType: string, reps: number) => Promise<number>;
  }
}

const host = document.getElementById('root')!;
let seq = 0;

function once(content: string, contentType: string): number {
  // A new item each time: the view parses once per item object.
  const item: TranscriptItem = {
    Id: `m${++seq}`,
    Type: 'MESSAGE',
    ContentType: contentType,
    Content: content,
    AbsoluteTime: '2026-03-03T10:00:00.000Z',
    ParticipantRole: 'CUSTOMER',
    ParticipantId: 'p-cust',
    DisplayName: 'Chris',
  };
  const transcript = staticTranscript([item]);
  const root = createRoot(host);
  const started = performance.now();
  flushSync(() => root.render(<TranscriptView transcript={transcript} selfRole="AGENT" />));
  // Layout is part of what the reader waits for.
  void host.querySelector('.ct-Message-bubble')?.getBoundingClientRect().height;
  const ms = performance.now() - started;
  root.unmount();
  return ms;
}

window.measureContent = async (content, contentType, reps) => {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    times.push(once(content, contentType));
    // Let the browser collect and idle between runs.
    await new Promise((r) => setTimeout(r, 10));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
};
