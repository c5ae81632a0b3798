'use client';
import type { ParticipantRole } from '@connect-transcript/core';
import { useMemo, useRef } from 'react';
import { createRowList, type RowList, type TranscriptState } from './seam.js';

/** Who reads, and how times are shown: what the rows are built with. */
export interface RowOptions {
  selfParticipantId: string | undefined;
  selfRole: ParticipantRole | undefined;
  locale: string | undefined;
  timeZone: string | undefined;
}

/**
 * The transcript's rows, built on demand (only rows that render) and reusing unchanged row
 * objects so memoised rows skip re-rendering; and who is typing, other than the reader.
 */
export function useTranscriptRows(
  t: TranscriptState,
  { selfParticipantId, selfRole, locale, timeZone }: RowOptions,
): { rows: RowList; typing: TranscriptState['typing'] } {
  const builtRef = useRef<RowList | undefined>(undefined);
  const rows = useMemo(
    () =>
      createRowList(t.items, { selfParticipantId, selfRole, locale, timeZone }, builtRef.current),
    [t.items, selfParticipantId, selfRole, locale, timeZone],
  );
  builtRef.current = rows;
  const typing = useMemo(
    () =>
      t.typing.filter((p) =>
        selfParticipantId !== undefined
          ? p.participantId !== selfParticipantId
          : p.role !== (selfRole ?? 'CUSTOMER'),
      ),
    [t.typing, selfParticipantId, selfRole],
  );
  return { rows, typing };
}
