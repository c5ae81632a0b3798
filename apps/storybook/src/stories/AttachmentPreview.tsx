import type { AttachmentItem, ParticipantClient } from '@connect-transcript/core';
import { useCallback, useEffect, useState } from 'react';

/** What the preview panel shows. */
export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; name: string }
  | { status: 'ready'; name: string; contentType: string; url: string; text: string | null }
  | { status: 'error'; name: string; message: string };

/**
 * Opens attachments inside the story: GetAttachment for a signed URL, then the file itself, both
 * answered by the simulator through MSW (a new tab would leave MSW's reach). Returns the
 * `onAttachmentOpen` handler and the state of the panel.
 */
export function useAttachmentPreview(client: ParticipantClient) {
  const [state, setState] = useState<PreviewState>({ status: 'idle' });
  const open = useCallback(
    (attachment: AttachmentItem) => {
      const name = attachment.AttachmentName ?? 'attachment';
      const id = attachment.AttachmentId;
      if (!id) return;
      setState({ status: 'loading', name });
      client
        .getAttachment({ AttachmentId: id })
        .then(async ({ Url }) => {
          if (!Url) throw new Error('no URL');
          const response = await fetch(Url);
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const blob = await response.blob();
          const textual = blob.type.startsWith('text/');
          setState({
            status: 'ready',
            name,
            contentType: blob.type,
            url: URL.createObjectURL(blob),
            text: textual ? await blob.text() : null,
          });
        })
        .catch((error: unknown) =>
          setState({
            status: 'error',
            name,
            message: error instanceof Error ? error.message : 'failed',
          }),
        );
    },
    [client],
  );
  useEffect(
    () => () => {
      if (state.status === 'ready') URL.revokeObjectURL(state.url);
    },
    [state],
  );
  return { state, open };
}

/** The panel under the transcript that shows the opened file. */
export function AttachmentPreviewPanel({ state }: { state: PreviewState }) {
  if (state.status === 'idle') return null;
  return (
    <section
      aria-label="Attachment preview"
      style={{ border: '1px solid #8888', borderRadius: 8, padding: 8 }}
    >
      {state.status === 'loading' && <p role="status">Opening {state.name}…</p>}
      {state.status === 'error' && (
        <p role="alert">
          Could not open {state.name}: {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p>
            <strong>{state.name}</strong> ({state.contentType}) —{' '}
            <a href={state.url} download={state.name}>
              Download {state.name}
            </a>
          </p>
          {state.contentType.startsWith('image/') && (
            <img
              src={state.url}
              alt={state.name}
              style={{ width: 48, height: 48, imageRendering: 'pixelated' }}
            />
          )}
          {state.text !== null && <pre style={{ margin: 0 }}>{state.text}</pre>}
        </>
      )}
    </section>
  );
}
