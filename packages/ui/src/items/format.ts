/**
 * Intl formatters are expensive to build (tens of microseconds each) and cheap to reuse, so every
 * formatter the items need is built once per locale + time zone + style and kept here. A cache,
 * not state: the same inputs always give the same formatter.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** Styles the items use. `day` is a numeric key for "same calendar day" checks. */
const STYLES = {
  time: { hour: 'numeric', minute: '2-digit' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A named date/time style used by the transcript items. */
export type DateStyle = keyof typeof STYLES;

/**
 * A cached `Intl.DateTimeFormat`. An invalid locale or time zone falls back to the runtime
 * default instead of throwing, so a typo in a prop never blanks the transcript.
 */
export function dateFormat(
  style: DateStyle,
  locale: string | undefined,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}|${timeZone ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    // The numeric day key never depends on the locale (only the zone decides the day).
    const loc = style === 'day' ? 'en-US' : locale;
    try {
      format = new Intl.DateTimeFormat(loc, { ...STYLES[style], timeZone });
    } catch {
      try {
        format = new Intl.DateTimeFormat(loc, STYLES[style]);
      } catch {
        format = new Intl.DateTimeFormat(undefined, STYLES[style]);
      }
    }
    cache.set(key, format);
  }
  return format;
}

/**
 * Builds the formatters a row's first render uses. A page's first Intl formatter costs tens of
 * milliseconds (the browser loads its locale data; 24–40 ms in headless Chromium), so the view
 * builds them while its skeleton shows — during the first page's request, or in a task of its
 * own before the rows render — and the rows' first render does not pay for it.
 */
export function prepareDateFormats(locale: string | undefined, timeZone: string | undefined): void {
  for (const style of ['time', 'day', 'date'] as const) dateFormat(style, locale, timeZone);
}

/** Epoch ms of an ISO time, `NaN` when absent or unparsable. */
export const parseTime = (iso: string | undefined): number =>
  iso === undefined ? Number.NaN : Date.parse(iso);

// Every zone's midnight falls on a UTC quarter hour (offsets are multiples of 15 minutes), so
// the day is constant within a UTC quarter hour: format once per quarter hour, not per item.
const QUARTER = 900_000;
const dayCache = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();

/** A key of the calendar day of `time` in the zone of a `dateFormat('day', …)` formatter. */
export function dayKey(format: Intl.DateTimeFormat, time: number): string {
  let days = dayCache.get(format);
  if (!days || days.size > 50_000) {
    days = new Map();
    dayCache.set(format, days);
  }
  const bucket = Math.floor(time / QUARTER);
  let key = days.get(bucket);
  if (key === undefined) {
    key = format.format(bucket * QUARTER);
    days.set(bucket, key);
  }
  return key;
}
