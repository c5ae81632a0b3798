import type { ReactElement } from 'react';

/** The icon family of an attachment, from its content type. */
export type FileKind = 'image' | 'video' | 'audio' | 'pdf' | 'text' | 'file';

/** Which icon a content type gets (`image/png` → `image`). */
export function fileKind(contentType: string | undefined): FileKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'application/pdf') return 'pdf';
  if (
    type.startsWith('text/') ||
    type.includes('word') ||
    type.includes('document') ||
    type.includes('sheet')
  ) {
    return 'text';
  }
  return 'file';
}

// One 24×24 outline per kind; the page outline is shared.
const PAGE = 'M6 2h8l5 5v15H6zM14 2v5h5';
const MARKS: Record<FileKind, string> = {
  image: 'M8 17l3-4 2 2 2-3 3 5zM9.5 10.5a1.5 1.5 0 1 0 0-.01',
  video: 'M10 11v6l5-3z',
  audio: 'M11 18a2 2 0 1 1 0-.01V11l4-1',
  pdf: 'M9 13h6M9 16h6M9 19h3',
  text: 'M9 11h7M9 14h7M9 17h5',
  file: '',
};

/** Decorative file icon (hidden from assistive technology; the name says what it is). */
export function FileIcon({ kind }: { kind: FileKind }): ReactElement {
  return (
    <svg
      className="ct-Icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    >
      <path d={PAGE + (MARKS[kind] ? ` ${MARKS[kind]}` : '')} />
    </svg>
  );
}
