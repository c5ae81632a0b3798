import type { ParticipantClient } from '@connect-transcript/core';
import {
  TranscriptClientProvider,
  type TranscriptStartAt,
  useTranscript,
} from '@connect-transcript/react';
import {
  TranscriptView,
  type TranscriptViewHandle,
  type TranscriptViewProps,
} from '@connect-transcript/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, type Ref, useEffect, useMemo } from 'react';
import { AttachmentPreviewPanel, useAttachmentPreview } from './AttachmentPreview.js';
import { type StorySimulatorOptions, useStorySimulator } from './useStorySimulator.js';

/** Props of {@link LiveTranscript}: the simulator's options, the hook's and the view's. */
export interface LiveTranscriptProps
  extends StorySimulatorOptions,
    Pick<
      TranscriptViewProps,
      | 'locale'
      | 'timeZone'
      | 'selfRole'
      | 'selfParticipantId'
      | 'messages'
      | 'components'
      | 'renderContent'
      | 'onAttachmentOpen'
      | 'scrollStateKey'
      | 'senderNames'
      | 'onInteractiveSelect'
      | 'interactiveImages'
    > {
  /** Items per GetTranscript page (1–100). */
  pageSize: number;
  /** Colour theme of the frame (`data-theme`). */
  theme?: 'light' | 'dark';
  /** Text direction of the frame. */
  dir?: 'ltr' | 'rtl';
  /** Width of the frame, px. */
  width?: number;
  /** `--ct-*` variables set on the frame (theming). */
  cssVars?: Record<`--ct-${string}`, string>;
  /** Height of the frame, px. */
  height?: number;
  /** Open the transcript at this item or time (jump) instead of the newest page. */
  startAt?: TranscriptStartAt;
  /** The view's imperative handle (jump to latest / to an item). */
  viewRef?: Ref<TranscriptViewHandle>;
  /**
   * Live mode: read the newest page every `pollMs` and merge it in with `addItems` (as a chatjs
   * message handler would with live events). @default off
   */
  pollMs?: number;
  /** Open attachments in a preview panel under the view (signed URL and file through MSW). */
  previewAttachments?: boolean;
  /** Show a "Refresh" button that refetches the newest page (what an app does on reconnect). */
  showRefresh?: boolean;
  /** Rendered above the view (story-specific controls). */
  toolbar?: ReactNode;
}

/**
 * `<TranscriptView>` fed end to end: `useTranscript` → core client → `fetch` → MSW → this
 * story's own Participant Service simulator. Nothing about the data is passed as props.
 */
export function LiveTranscript(props: LiveTranscriptProps) {
  const { seed, size, latencyMs, faultRate, faults, simulator } = props;
  const story = useStorySimulator({
    ...(seed !== undefined ? { seed } : {}),
    ...(size !== undefined ? { size } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(faultRate !== undefined ? { faultRate } : {}),
    ...(faults !== undefined ? { faults } : {}),
    ...(simulator !== undefined ? { simulator } : {}),
  });
  // A fresh cache per simulator: a story never shows another story's (or an old arg's) pages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one cache per simulator
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    [story],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TranscriptClientProvider client={story.client}>
        <div
          data-sim-endpoint={story.endpoint}
          data-theme={props.theme}
          dir={props.dir}
          style={{
            display: 'flex',
            flexDirection: 'column',
            gap: 8,
            width: props.width ?? '100%',
            maxWidth: '100%',
            ...props.cssVars,
          }}
        >
          {props.toolbar}
          {props.previewAttachments ? (
            <PreviewingView {...props} client={story.client} />
          ) : (
            <View {...props} client={story.client} />
          )}
        </div>
      </TranscriptClientProvider>
    </QueryClientProvider>
  );
}

function PreviewingView(props: LiveTranscriptProps & { client: ParticipantClient }) {
  const preview = useAttachmentPreview(props.client);
  return (
    <>
      <View {...props} onAttachmentOpen={preview.open} />
      <AttachmentPreviewPanel state={preview.state} />
    </>
  );
}

function View(props: LiveTranscriptProps & { client: ParticipantClient }) {
  const transcript = useTranscript({
    client: props.client,
    pageSize: props.pageSize,
    ...(props.startAt ? { startAt: props.startAt } : {}),
  });
  const { addItems } = transcript;
  const { client, pollMs } = props;
  useEffect(() => {
    if (!pollMs) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      client
        .getTranscript(
          { MaxResults: 15, ScanDirection: 'BACKWARD', SortOrder: 'ASCENDING' },
          { signal: controller.signal },
        )
        .then((page) => addItems(page.Transcript ?? []))
        .catch(() => undefined); // the next tick tries again
    }, pollMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [client, pollMs, addItems]);
  return (
    <>
      {props.showRefresh && (
        <button
          type="button"
          style={{ alignSelf: 'start' }}
          onClick={() => void transcript.refetch()}
        >
          Refresh
        </button>
      )}
      <TranscriptView
        ref={props.viewRef}
        transcript={transcript}
        style={{ height: props.height ?? 420 }}
        {...(props.theme ? { 'data-theme': props.theme } : {})}
        {...pick(props, [
          'locale',
          'timeZone',
          'selfRole',
          'selfParticipantId',
          'messages',
          'components',
          'renderContent',
          'onAttachmentOpen',
          'scrollStateKey',
          'senderNames',
          'onInteractiveSelect',
          'interactiveImages',
        ])}
      />
    </>
  );
}

function pick<T extends object, K extends keyof T>(
  value: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}
