import type { SimChat } from '@connect-transcript/mock';
import { ChatScript, chatOf, people } from './chats.js';

/**
 * Content that must render as text, never as markup or script: script tags, event handlers,
 * javascript:/data: links, HTML entities, bidi overrides, zero-width and huge characters.
 */
export const HOSTILE_CONTENT: readonly string[] = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '[click me](javascript:window.__pwned=true)',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">html link</a>',
  '**bold** <b>not bold</b> &lt;escaped&gt; &amp;amp;',
  '![tracking pixel](https://example.com/pixel.gif)',
  '<iframe src="https://example.com"></iframe><style>body{display:none}</style>',
  'Bidi override: \u202Egnp.exe\u202C and zero\u200Bwidth\u200Bspaces',
  '`<code>` and ```\n<pre>block</pre>\n```',
  '[safe link](https://example.com/ok) · [mail](mailto:help@example.com) · [vbscript](vbscript:msgbox(1))',
  '{{constructor.constructor("window.__pwned=true")()}}',
];

/** Markdown as agents send it. */
export const MARKDOWN_CONTENT: readonly string[] = [
  'Here is what to try:\n\n1. Open **Settings**\n2. Tap *Accounts*\n3. Choose **Sign out everywhere**',
  'Track it here: [tracking page](https://example.com/track/48213).\n\n- **Carrier:** ParcelGo\n- **ETA:** Friday',
  'A few options:\n\n- `Standard` — free, 3–5 days\n- `Express` — $9, next day\n\n> Orders placed before 2 pm ship the same day.',
  '~~old price~~ **new price** and a line\nbreak',
];

/** Markdown, then every hostile string, from agent and customer alike. */
export function hostileChat(): SimChat {
  const s = new ChatScript('x');
  for (const md of MARKDOWN_CONTENT) s.say(people.agent, md, 'text/markdown');
  HOSTILE_CONTENT.forEach((content, i) => {
    s.say(i % 2 ? people.agent : people.customer, content, i % 2 ? 'text/markdown' : 'text/plain');
  });
  s.raw({
    Type: 'MESSAGE',
    ContentType: 'text/markdown',
    Content: '<svg onload=alert(1)>',
    ...people.customer,
    DisplayName: '<img src=x onerror=alert(1)>',
  });
  return chatOf(s.items);
}

/** A 16,384-character message, an unbroken 300-character word and a long URL. */
export function longContentChat(): SimChat {
  const paragraph =
    'The quick brown fox jumps over the lazy dog while the support team looks into order 48213. ';
  const huge = paragraph.repeat(Math.ceil(16_384 / paragraph.length)).slice(0, 16_384);
  const s = new ChatScript('l');
  s.say(people.customer, `Supercalifragilistic${'expialidocious'.repeat(20)}`)
    .say(
      people.agent,
      `https://example.com/${'very-long-path-segment/'.repeat(12)}?q=${'x'.repeat(80)}`,
    )
    .say(people.customer, huge)
    .say(people.agent, 'Got all of that, thanks.');
  return chatOf(s.items);
}

/** Arabic and Hebrew with some embedded Latin, numbers and emoji. */
export function rtlChat(): SimChat {
  const s = new ChatScript('r');
  s.say(people.customer, 'مرحبا، لدي مشكلة في الطلب رقم 48213')
    .say(people.agent, 'أهلا مايا! سأتحقق من ذلك الآن. هل يمكنك تأكيد البريد maya.l@example.com؟')
    .say(people.customer, 'نعم، هذا صحيح 👍')
    .say(people.agent2, 'שלום, ההזמנה שלך תגיע ביום שישי.')
    .say(people.customer, 'תודה רבה! **מעולה**', 'text/markdown')
    .say(people.agent, 'Mixed: the order الطلب #48213 ships via ParcelGo.');
  return chatOf(s.items);
}
