import {
  ConnectParticipantClient,
  GetAttachmentCommand,
  type GetAttachmentCommandInput,
  GetTranscriptCommand,
  type GetTranscriptCommandInput,
} from '@aws-sdk/client-connectparticipant';
import type { GetAttachmentInput, GetTranscriptInput } from '../schemas.js';

/**
 * The official AWS SDK client, as the oracle: pointed at `endpoint`, no retries. It signs as
 * `execute-api`, so it gets dummy credentials.
 */
export function sdkClient(endpoint: string): ConnectParticipantClient {
  return new ConnectParticipantClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    maxAttempts: 1,
  });
}

/** What an SDK call gave: its output without `$metadata`, or its error. */
export type SdkResult =
  | { ok: true; output: Record<string, unknown> }
  | { ok: false; name: string; message: string; status: number | undefined };

async function settle(promise: Promise<{ $metadata: unknown }>): Promise<SdkResult> {
  try {
    const { $metadata: _, ...output } = await promise;
    return { ok: true, output };
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { ok: false, name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
}

/** GetTranscript through the SDK; the token goes in its `ConnectionToken` field. */
export function sdkGetTranscript(
  sdk: ConnectParticipantClient,
  token: string,
  input: GetTranscriptInput,
): Promise<SdkResult> {
  const command = { ...input, ConnectionToken: token } as GetTranscriptCommandInput;
  return settle(sdk.send(new GetTranscriptCommand(command)));
}

/** GetAttachment through the SDK. */
export function sdkGetAttachment(
  sdk: ConnectParticipantClient,
  token: string,
  input: GetAttachmentInput,
): Promise<SdkResult> {
  const command = { ...input, ConnectionToken: token } as GetAttachmentCommandInput;
  return settle(sdk.send(new GetAttachmentCommand(command)));
}
