import { classifyItem } from './classify.js';
import { messageWords, withoutSuperseded } from './interactive.js';
import { sessionsFromItems } from './reading.js';
import type { TranscriptItem } from './schemas.js';
import { ENGLISH_WORDS, eventLine, type ItemWords, senderOf } from './words.js';

/**
 * The words of an export, in English by default: see {@link exportTranscript}. Event templates
 * take `{name}`, the participant's name (or the word for their role).
 *
 * @example
 * ```ts
 * const german: Partial<ExportLabels> = {
 *   title: 'Chatverlauf',
 *   events: { 'participant-joined': '{name} ist beigetreten' },
 * };
 * ```
 */
export interface ExportLabels extends ItemWords {
  /** The heading (and the HTML document's title). */
  title: string;
  /** Before an attachment's name. */
  attachment: string;
  /** An item this version cannot read (a `Type` that is new). */
  unsupported: string;
  /** Between two conversations of a persistent chat. */
  previousConversation: string;
}

/**
 * Options of {@link exportTranscript}.
 *
 * @example
 * ```ts
 * const options: ExportTranscriptOptions = { format: 'html', locale: 'de-DE', timeZone: 'Europe/Berlin' };
 * ```
 */
export interface ExportTranscriptOptions {
  /** `text` (plain lines), `markdown` or `html` (a whole, print-friendly document). @default 'text' */
  format?: 'text' | 'markdown' | 'html' | undefined;
  /** BCP 47 locale of the times (and the HTML `lang`). @default the runtime's */
  locale?: string | undefined;
  /** IANA time zone of the times. @default the runtime's */
  timeZone?: string | undefined;
  /** Replaces any of the English words. */
  labels?: Partial<ExportLabels> | undefined;
}

const DEFAULT_LABELS: ExportLabels = {
  ...ENGLISH_WORDS,
  title: 'Chat transcript',
  attachment: 'Attachment',
  unsupported: 'Unsupported item',
  previousConversation: 'Previous conversation',
};

/** One line of the export: who, when, and what, before it is written in a format. */
interface Entry {
  readonly kind: 'message' | 'event';
  readonly role: string;
  readonly sender: string;
  readonly time: string | undefined;
  readonly iso: string | undefined;
  /** Paragraphs of what was said (a message's text, an interactive message's options). */
  readonly lines: readonly string[];
  /** Attachment names. */
  readonly files: readonly string[];
}

function entryOf(
  item: TranscriptItem,
  labels: ExportLabels,
  timeFormat: Intl.DateTimeFormat,
): Entry | undefined {
  const c = classifyItem(item);
  if (c.kind === 'control') return undefined;
  const sender = senderOf(item, labels);
  const at = Date.parse(item.AbsoluteTime ?? '');
  const time = Number.isNaN(at) ? undefined : timeFormat.format(at);
  const iso = Number.isNaN(at) ? undefined : new Date(at).toISOString();
  const role = (item.ParticipantRole ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const files = (item.Attachments ?? []).map((a) => a.AttachmentName || labels.attachment);
  if (c.kind === 'event') {
    return {
      kind: 'event',
      role,
      sender,
      time,
      iso,
      lines: [eventLine(item, c.event, labels)],
      files: [],
    };
  }
  let lines: string[] = [];
  if (c.kind === 'message') {
    lines = messageWords(item, c.format).texts;
    if (lines.length === 0 && files.length === 0) lines = [labels.unsupported];
  } else if (c.kind === 'unknown') {
    lines = [labels.unsupported];
  }
  return { kind: 'message', role, sender, time, iso, lines, files };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
/** Markdown's punctuation, and `<`/`&` so a viewer's raw HTML cannot come from content. */
const escapeMarkdown = (s: string): string =>
  s.replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&').replace(/[<>&]/g, (ch) => HTML_ESCAPES[ch]!);

const STYLE = [
  'body{font:14px/1.45 system-ui,sans-serif;color:#111;margin:2em auto;max-width:40em;padding:0 1em}',
  'h1{font-size:1.3em}ol{list-style:none;padding:0}li{margin:.7em 0;break-inside:avoid}',
  '.meta{color:#555;font-size:.85em;margin:0}.text{white-space:pre-wrap;margin:.1em 0 0;overflow-wrap:anywhere}',
  '.event{color:#555;font-style:italic}.files{margin:.1em 0 0;padding-left:1.2em;list-style:disc}',
  'hr{border:0;border-top:1px solid #bbb;margin:1.5em 0}.divider{color:#555;text-align:center;font-size:.85em}',
  '@media print{body{margin:0;max-width:none}}',
].join('');

/**
 * A transcript as a document a person keeps: every message, event and attachment name with its
 * time and sender, in `text`, `markdown` or `html`. Typing and receipts are left out; a
 * "show more" tap is not a line; an interactive message is its title and options, a pick is the
 * chosen title; an interactive message replaced by a newer one (same `referenceId`) is left out;
 * conversations of a persistent chat are divided.
 *
 * Safe to open anywhere: the HTML is a whole document with a Content-Security-Policy that allows
 * no script, and every piece of content is escaped (no markup from a message is ever live);
 * Markdown escapes content so a viewer renders it as text. Pure: no request, no token — export
 * what is loaded, also after the chat ended.
 *
 * @example
 * ```ts
 * const html = exportTranscript(transcript.items, { format: 'html', locale: 'en-GB' });
 * const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
 * Object.assign(document.createElement('a'), { href: url, download: 'chat.html' }).click();
 * ```
 */
export function exportTranscript(
  items: readonly TranscriptItem[],
  options: ExportTranscriptOptions = {},
): string {
  const { format = 'text', locale, timeZone } = options;
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const timeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  const shown = withoutSuperseded(items);
  // Conversations after the first begin with a divider.
  const starts = new Set(
    sessionsFromItems(shown)
      .slice(1)
      .map((s) => s.start),
  );
  const out: string[] = [];
  if (format === 'html') {
    const lang = escapeHtml(timeFormat.resolvedOptions().locale);
    out.push(
      '<!doctype html>',
      `<html lang="${lang}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(labels.title)}</title>`,
      `<style>${STYLE}</style>`,
      '</head>',
      '<body>',
      `<h1>${escapeHtml(labels.title)}</h1>`,
      '<ol>',
    );
  } else {
    out.push(format === 'markdown' ? `# ${escapeMarkdown(labels.title)}` : labels.title, '');
  }
  shown.forEach((item, index) => {
    const e = entryOf(item, labels, timeFormat);
    if (!e) return;
    if (starts.has(index)) {
      const divider = labels.previousConversation;
      if (format === 'html') {
        out.push(`</ol><hr><p class="divider">${escapeHtml(divider)}</p><ol>`);
      } else
        out.push(
          format === 'markdown' ? `---\n\n*${escapeMarkdown(divider)}*\n` : `— ${divider} —\n`,
        );
    }
    if (format === 'html') {
      const time = e.time ? ` <time datetime="${e.iso}">${escapeHtml(e.time)}</time>` : '';
      if (e.kind === 'event') {
        out.push(
          `<li class="event"><p class="meta">${escapeHtml(e.lines.join(' '))}${time}</p></li>`,
        );
        return;
      }
      const texts = e.lines.map((l) => `<p class="text">${escapeHtml(l)}</p>`).join('');
      const files = e.files.length
        ? `<ul class="files">${e.files.map((f) => `<li>${escapeHtml(labels.attachment)}: ${escapeHtml(f)}</li>`).join('')}</ul>`
        : '';
      out.push(
        `<li class="message" data-role="${escapeHtml(e.role)}"><p class="meta"><strong>${escapeHtml(e.sender)}</strong>${time}</p>${texts}${files}</li>`,
      );
    } else if (format === 'markdown') {
      const when = e.time ? ` · ${escapeMarkdown(e.time)}` : '';
      if (e.kind === 'event') {
        out.push(`*${escapeMarkdown(e.lines.join(' '))}${when}*`, '');
        return;
      }
      out.push(`**${escapeMarkdown(e.sender)}**${when}`, '');
      for (const line of e.lines)
        out.push(...line.split(/\r?\n/).map((l) => `> ${escapeMarkdown(l)}`), '');
      for (const f of e.files)
        out.push(`- ${escapeMarkdown(labels.attachment)}: ${escapeMarkdown(f)}`);
      if (e.files.length) out.push('');
    } else {
      const when = e.time ? `[${e.time}] ` : '';
      if (e.kind === 'event') {
        out.push(`${when}${e.lines.join(' ')}`);
        return;
      }
      const [first = '', ...rest] = e.lines.flatMap((l) => l.split(/\r?\n/));
      out.push(`${when}${e.sender}: ${first}`, ...rest.map((l) => `    ${l}`));
      for (const f of e.files) out.push(`    ${labels.attachment}: ${f}`);
    }
  });
  if (format === 'html') out.push('</ol>', '</body>', '</html>');
  return `${out.join('\n').trimEnd()}\n`;
}
