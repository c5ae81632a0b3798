/** The icon family of an attachment, from its content type. */
export type FileKind = 'image' | 'video' | 'audio' | 'pdf' | 'text' | 'file';

/**
 * Which icon a content type gets (`image/png` → `image`). The card shows it as `data-type`; the
 * icon itself is CSS (`.ct-Attachment::before`, one outline per kind in items.css), not an element.
 */
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
