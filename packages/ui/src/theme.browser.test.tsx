import { afterEach, describe, expect, it } from 'vitest';
import './styles.css';
import { staticTranscript } from '@connect-transcript/core';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { TranscriptView } from './TranscriptView/TranscriptView.js';
import { untilOpened } from './test/mountView.js';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(13, 17, 23)';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

/** Waits until the view in `host` shows its rows (a client mount opens in a transition). */
/** Renders a view inside `<div {...outer}>` and returns its computed background colour. */
function background(outer: Record<string, string>, own: Record<string, string> = {}): string {
  host = document.createElement('div');
  for (const [k, v] of Object.entries(outer)) host.setAttribute(k, v);
  document.body.append(host);
  root = createRoot(host);
  const transcript = staticTranscript([
    {
      Id: 'a',
      Type: 'MESSAGE',
      ContentType: 'text/plain',
      Content: 'Hi',
      AbsoluteTime: '2026-01-01T10:00:00.000Z',
    },
  ]);
  flushSync(() => root?.render(<TranscriptView transcript={transcript} {...own} />));
  const view = host.querySelector<HTMLElement>('.ct-TranscriptView');
  if (!view) throw new Error('no view rendered');
  return getComputedStyle(view).backgroundColor;
}

describe('theme', () => {
  it('is dark with data-theme="dark" on the view', () => {
    expect(background({}, { 'data-theme': 'dark' })).toBe(DARK_BG);
  });

  it('is dark under an ancestor with data-theme="dark"', () => {
    expect(background({ 'data-theme': 'dark' })).toBe(DARK_BG);
  });

  it("lets the view's own data-theme win over its ancestor's", () => {
    expect(background({ 'data-theme': 'dark' }, { 'data-theme': 'light' })).toBe(LIGHT_BG);
    root?.unmount();
    host?.remove();
    expect(background({ 'data-theme': 'light' }, { 'data-theme': 'dark' })).toBe(DARK_BG);
  });

  it('follows the system preference when no theme is set (light in this headless run)', () => {
    const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(background({})).toBe(systemDark ? DARK_BG : LIGHT_BG);
  });
});

describe('colours by role', () => {
  it('colours other participants’ bubbles from --ct-bubble-<role>-bg / -fg, and the reader’s not', async () => {
    host = document.createElement('div');
    host.style.setProperty('--ct-bubble-agent-bg', 'rgb(1, 2, 3)');
    host.style.setProperty('--ct-bubble-agent-fg', 'rgb(250, 250, 250)');
    host.style.setProperty('--ct-bubble-bot-bg', 'rgb(4, 5, 6)');
    document.body.append(host);
    root = createRoot(host);
    const at = '2026-01-01T10:00:00.000Z';
    const transcript = staticTranscript([
      {
        Id: 'agent',
        Type: 'MESSAGE',
        ContentType: 'text/plain',
        Content: 'Hi',
        AbsoluteTime: at,
        ParticipantRole: 'AGENT',
        ParticipantId: 'a',
      },
      {
        Id: 'bot',
        Type: 'MESSAGE',
        ContentType: 'text/plain',
        Content: 'Hi',
        AbsoluteTime: at,
        ParticipantRole: 'CUSTOM_BOT',
        ParticipantId: 'b',
      },
      {
        Id: 'me',
        Type: 'MESSAGE',
        ContentType: 'text/plain',
        Content: 'Hi',
        AbsoluteTime: at,
        ParticipantRole: 'CUSTOMER',
        ParticipantId: 'c',
      },
    ]);
    flushSync(() => root?.render(<TranscriptView transcript={transcript} selfRole="CUSTOMER" />));
    await untilOpened(host);
    const bubble = (key: string) =>
      getComputedStyle(host!.querySelector(`.ct-Row[data-key="${key}"] .ct-Message-bubble`)!);
    expect(bubble('agent').backgroundColor).toBe('rgb(1, 2, 3)');
    expect(bubble('agent').color).toBe('rgb(250, 250, 250)');
    expect(bubble('bot').backgroundColor).toBe('rgb(4, 5, 6)');
    // The reader's own bubble keeps the "mine" colours.
    expect(bubble('me').backgroundColor).not.toBe('rgb(1, 2, 3)');
  });
});

describe('icons by role', () => {
  const PIXEL =
    'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
  const at = '2026-01-01T10:00:00.000Z';
  const say = (Id: string, ParticipantRole: string, ParticipantId: string) => ({
    Id,
    Type: 'MESSAGE' as const,
    ContentType: 'text/plain',
    Content: `Hi from ${Id}`,
    AbsoluteTime: at,
    ParticipantRole,
    ParticipantId,
  });
  const render = async (vars: Record<string, string>) => {
    host = document.createElement('div');
    for (const [k, v] of Object.entries(vars)) host.style.setProperty(k, v);
    document.body.append(host);
    root = createRoot(host);
    const transcript = staticTranscript([
      say('a1', 'AGENT', 'a'),
      say('a2', 'AGENT', 'a'),
      say('b1', 'CUSTOM_BOT', 'b'),
      say('me', 'CUSTOMER', 'c'),
    ]);
    flushSync(() => root?.render(<TranscriptView transcript={transcript} selfRole="CUSTOMER" />));
    await untilOpened(host);
    const message = (key: string) =>
      host!.querySelector<HTMLElement>(`.ct-Row[data-key="${key}"] .ct-Message`)!;
    const icon = (key: string) => getComputedStyle(message(key), '::before');
    const bubbleStart = (key: string) =>
      message(key).querySelector('.ct-Message-bubble')!.getBoundingClientRect().left -
      message(key).getBoundingClientRect().left;
    return { icon, bubbleStart };
  };

  it('are off by default: no picture, no room kept', async () => {
    const { icon, bubbleStart } = await render({ '--ct-icon-agent': `url("${PIXEL}")` });
    expect(icon('a1').width).toBe('0px');
    expect(bubbleStart('a1')).toBeLessThanOrEqual(1);
  });

  it('show each role’s picture at the start of a group, and line up the group’s bubbles', async () => {
    const { icon, bubbleStart } = await render({
      '--ct-icon-size': '28px',
      '--ct-icon-agent': `url("${PIXEL}")`,
      '--ct-icon-bot': 'linear-gradient(red, red)',
    });
    expect(icon('a1').width).toBe('28px');
    expect(icon('a1').backgroundImage).toContain('data:image/gif');
    expect(icon('b1').backgroundImage).toContain('linear-gradient');
    // The second message of the agent's group has no picture, and its bubble lines up.
    expect(icon('a2').content).toBe('none');
    expect(bubbleStart('a1')).toBe(35);
    expect(bubbleStart('a2')).toBe(35);
    // The reader's own messages have none.
    expect(icon('me').content).toBe('none');
  });
});
