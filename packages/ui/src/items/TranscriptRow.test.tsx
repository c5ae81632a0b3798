import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  AttachmentProps,
  DaySeparatorProps,
  EventProps,
  MessageProps,
} from '../components.js';
import { agent, attachment, bot, customer, event, message } from '../test/items.js';
import { renderRows } from '../test/renderRows.js';

afterEach(cleanup);
const INTERACTIVE = 'application/vnd.amazonaws.connect.message.interactive';
const listItems = () => [...document.querySelectorAll<HTMLElement>('.ct-Row')];

describe('messages', () => {
  it('shows plain text with the sender name and time, and autolinks URLs', () => {
    renderRows([message('Track it at https://example.com/t?id=1.', agent)], {
      timeZone: 'UTC',
      locale: 'en-GB',
    });
    const [row] = listItems();
    expect(row!.textContent).toContain('Ana');
    expect(row!.textContent).toContain('Track it at https://example.com/t?id=1.');
    const link = within(row!).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.com/t?id=1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(row!.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/);
  });

  it('keeps line breaks and shows long messages whole', () => {
    const long = 'x'.repeat(5000);
    renderRows([message(`line 1\nline 2 ${long}`)]);
    expect(listItems()[0]!.textContent).toContain(`line 1\nline 2 ${long}`);
  });

  it('renders markdown: bold, italics, lists, code, links', () => {
    renderRows([
      message(
        '**Your order**\n\n- item *one*\n- item two\n\nthen\n\n1. first\n2. second\n\nRun `npm i` or\n\n```\ncode block\n```\n\nSee [the docs](https://example.com/docs).',
        agent,
        { ContentType: 'text/markdown' },
      ),
    ]);
    const row = listItems()[0]!;
    expect(row.querySelector('strong')?.textContent).toBe('Your order');
    expect(row.querySelector('em')?.textContent).toBe('one');
    expect(row.querySelectorAll('ul > li')).toHaveLength(2);
    expect(row.querySelectorAll('ol > li')).toHaveLength(2);
    expect(row.querySelector('code')?.textContent).toBe('npm i');
    expect(row.querySelector('pre code')?.textContent).toBe('code block');
    const link = within(row).getByRole('link', { name: 'the docs' });
    expect(link.getAttribute('href')).toBe('https://example.com/docs');
    expect(row.querySelectorAll('h1,h2,h3,h4,h5,h6')).toHaveLength(0);
  });

  it('formats markdown of any length, keeping line breaks and links', () => {
    const long = `see https://example.com/x\n**bold**\n${'word '.repeat(3000)}`;
    renderRows([message(long, agent, { ContentType: 'text/markdown' })]);
    const bubble = listItems()[0]!.querySelector<HTMLElement>('.ct-Message-bubble')!;
    expect(bubble.classList.contains('ct-md')).toBe(true);
    expect(bubble.querySelector('strong')?.textContent).toBe('bold');
    expect(bubble.textContent).toBe(long.replace(/\*\*/g, '').trimEnd());
    expect(within(bubble).getByRole('link').getAttribute('href')).toBe('https://example.com/x');
  });

  it('renders markdown images as links, never as <img>', () => {
    renderRows([
      message('![a cat](https://example.com/cat.png)', agent, { ContentType: 'text/markdown' }),
    ]);
    const row = listItems()[0]!;
    expect(row.querySelector('img')).toBeNull();
    expect(within(row).getByRole('link', { name: 'a cat' }).getAttribute('href')).toBe(
      'https://example.com/cat.png',
    );
  });

  it('shows broken markdown as text instead of failing', () => {
    renderRows([message('**unclosed [link](  `code ~~x', agent, { ContentType: 'text/markdown' })]);
    expect(listItems()[0]!.textContent).toContain('unclosed');
    expect(listItems()[0]!.textContent).toContain('code ~~x');
  });

  it('shows an interactive list picker read-only: title, subtitle and options, no JSON', () => {
    const content = JSON.stringify({
      templateType: 'ListPicker',
      version: '1.0',
      data: {
        content: {
          title: 'Which order?',
          subtitle: 'Tap to select',
          elements: [{ title: 'Order #1', subtitle: 'Shipped' }, { title: 'Order #2' }],
        },
      },
    });
    renderRows([message(content, bot, { ContentType: INTERACTIVE })]);
    const row = listItems()[0]!;
    expect(row.textContent).toContain('Which order?');
    expect(row.textContent).toContain('Tap to select');
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Order #1Shipped', 'Order #2']);
    expect(row.textContent).not.toContain('templateType');
    expect(row.querySelector('button,input')).toBeNull();
  });

  it('shows template images only when the app allows them: https, with their description', () => {
    const image = (url: string, description?: string) => ({
      imageType: 'URL',
      imageData: url,
      ...(description ? { imageDescription: description } : {}),
    });
    const content = JSON.stringify({
      templateType: 'ListPicker',
      version: '1.0',
      data: {
        content: {
          title: 'Which plan?',
          ...image('https://cdn.example.com/plans.png', 'Our plans'),
          elements: [
            { title: 'Basic', ...image('https://cdn.example.com/basic.png', 'A small box') },
            { title: 'Plus', ...image('http://cdn.example.com/plus.png') },
            { title: 'Max', ...image('javascript:alert(1)') },
            { title: 'Pro', ...image('https://tracker.example.net/pixel.gif') },
          ],
        },
      },
    });
    const item = message(content, bot, { ContentType: INTERACTIVE });
    const images = () =>
      [...document.querySelectorAll<HTMLImageElement>('img.ct-Interactive-image')].map((img) => [
        img.dataset.kind,
        img.getAttribute('src'),
        img.getAttribute('alt'),
        img.getAttribute('referrerpolicy'),
        img.getAttribute('loading'),
      ]);
    renderRows([item]);
    expect(images()).toEqual([]);
    cleanup();
    renderRows([item], { interactiveImages: true });
    expect(images()).toEqual([
      ['header', 'https://cdn.example.com/plans.png', 'Our plans', 'no-referrer', 'lazy'],
      ['option', 'https://cdn.example.com/basic.png', 'A small box', 'no-referrer', 'lazy'],
      ['option', 'https://tracker.example.net/pixel.gif', '', 'no-referrer', 'lazy'],
    ]);
    // The words stay what they were, beside the image.
    expect(
      within(listItems()[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Basic', 'Plus', 'Max', 'Pro']);
    cleanup();
    const asked: string[] = [];
    renderRows([item], {
      interactiveImages: (url) => {
        asked.push(url);
        return url.includes('//cdn.example.com/');
      },
    });
    expect(images().map(([kind, src]) => [kind, src])).toEqual([
      ['header', 'https://cdn.example.com/plans.png'],
      ['option', 'https://cdn.example.com/basic.png'],
      ['option', 'http://cdn.example.com/plus.png'],
    ]);
    // Never asked about another scheme.
    expect(asked.some((url) => url.startsWith('javascript:'))).toBe(false);
  });

  it('shows quick replies, carousel cards and time slots', () => {
    const quick = {
      templateType: 'QuickReply',
      data: { content: { title: 'Help?', elements: [{ title: 'Yes' }, { title: 'No' }] } },
    };
    const carousel = {
      templateType: 'Carousel',
      data: {
        content: {
          title: 'Pick',
          elements: [{ templateType: 'Panel', data: { content: { title: 'Card A' } } }],
        },
      },
    };
    const time = {
      templateType: 'TimePicker',
      data: {
        content: {
          title: 'When?',
          timeslots: [{ date: '2026-03-03T15:00:00.000Z', duration: 60 }],
        },
      },
    };
    renderRows(
      [quick, carousel, time].map((c) =>
        message(JSON.stringify(c), bot, { ContentType: INTERACTIVE }),
      ),
      { timeZone: 'UTC', locale: 'en-US' },
    );
    const [a, b, c] = listItems();
    expect(a!.textContent).toContain('Yes');
    expect(b!.textContent).toContain('Card A');
    expect(c!.textContent).toContain('Mar 3, 2026');
  });

  it('shows time slots at the template’s timeZoneOffset, in the reader’s locale', () => {
    const slots = (timeZoneOffset?: number) =>
      message(
        JSON.stringify({
          templateType: 'TimePicker',
          data: {
            content: {
              title: 'When?',
              ...(timeZoneOffset === undefined ? {} : { timeZoneOffset }),
              timeslots: [{ date: '2026-03-03T15:00+00:00', duration: 30 }],
            },
          },
        }),
        bot,
        { ContentType: INTERACTIVE, Id: `slots-${timeZoneOffset}` },
      );
    renderRows([slots(60), slots(-330), slots(0), slots()], {
      timeZone: 'America/New_York',
      locale: 'en-GB',
    });
    const slot = (id: string) =>
      document.querySelector(`.ct-Row[data-key="${id}"] .ct-Interactive-option`)?.textContent;
    // 15:00 UTC is 16:00 at UTC+1 and 09:30 at UTC−5:30, whatever the reader's own zone.
    expect(slot('slots-60')).toBe('3 Mar 2026, 16:00 (UTC+1)');
    expect(slot('slots--330')).toBe('3 Mar 2026, 09:30 (UTC−5:30)');
    expect(slot('slots-0')).toBe('3 Mar 2026, 15:00 (UTC)');
    // No offset in the template: the reader's time zone (New York, 10:00).
    expect(slot('slots-undefined')).toBe('3 Mar 2026, 10:00');
  });

  it('shows a neutral "Interactive message" for invalid or unknown interactive JSON', () => {
    renderRows([
      message('{not json', bot, { ContentType: INTERACTIVE }),
      message('{"templateType":"FuturePicker","data":{"content":{"title":"x"}}}', bot, {
        ContentType: INTERACTIVE,
      }),
      message('[1,2,3]', bot, { ContentType: INTERACTIVE }),
    ]);
    for (const row of listItems()) {
      expect(row.textContent).toContain('Interactive message');
      expect(row.textContent).not.toMatch(/[{[]/);
    }
  });

  it('shows an interactive response as the chosen option', () => {
    renderRows([
      message('{"templateIdentifier":"x","data":{"content":{"title":"Billing"}}}', customer, {
        ContentType: `${INTERACTIVE}.response`,
      }),
    ]);
    expect(listItems()[0]!.textContent).toContain('Billing');
    expect(listItems()[0]!.textContent).not.toContain('templateIdentifier');
  });

  it('never shows an empty bubble for a message without content', () => {
    renderRows([message('', agent), message('   ', agent, { ContentType: 'text/markdown' })]);
    for (const row of listItems()) {
      expect(row.querySelector('.ct-Message-bubble')?.textContent).toBe(
        'This message can’t be shown here',
      );
    }
  });

  it('says a message is being processed, then shows its final content, or that it was not passed', () => {
    const meta = (MessageProcessingStatus: string) => ({
      MessageMetadata: { MessageId: 'x', MessageProcessingStatus },
    });
    renderRows([
      message('my card is 4111 1111 1111 1111', customer, { Id: 'sending', ...meta('PROCESSING') }),
      message('rude words', customer, { Id: 'rejected', ...meta('REJECTED') }),
      message('hola', customer, { Id: 'failed', ...meta('FAILED') }),
      message('odd', customer, { Id: 'odd', ...meta('constructor') }),
    ]);
    const row = (id: string) => document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"]`)!;
    const status = (id: string) => row(id).querySelector('.ct-Message-status')?.textContent;
    expect(status('sending')).toBe('Sending…');
    expect(row('sending').querySelector('.ct-Message')?.getAttribute('aria-busy')).toBe('true');
    expect(status('rejected')).toBe('Not delivered');
    expect(status('failed')).toBe('Couldn’t be checked');
    expect(row('failed').querySelector('.ct-Message')?.getAttribute('data-status')).toBe('failed');
    expect(status('odd')).toBeUndefined();
    expect(row('odd').querySelector('.ct-Message')?.hasAttribute('data-status')).toBe(false);
  });

  it('marks a reply that is still streaming in as busy, and not once it is complete', () => {
    const lex = { ParticipantId: 'p-lex', DisplayName: 'BOT', ParticipantRole: 'SYSTEM' };
    const part = (ChunkNumber: number, MessageCompleted?: boolean) => ({
      MessageMetadata: {
        MessageId: 'x',
        ChunkNumber,
        ...(MessageCompleted ? { MessageCompleted } : {}),
      },
    });
    renderRows([
      message('Your order ', lex, { Id: 'streaming', ...part(2) }),
      message('Done.', lex, { Id: 'complete', ...part(3, true) }),
    ]);
    const msg = (id: string) =>
      document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"] .ct-Message`)!;
    expect(msg('streaming').getAttribute('aria-busy')).toBe('true');
    expect(msg('streaming').dataset.streaming).toBe('');
    expect(msg('complete').hasAttribute('aria-busy')).toBe(false);
    expect(msg('complete').hasAttribute('data-streaming')).toBe(false);
  });

  it('lets the browser pick the direction of right-to-left text', () => {
    renderRows([message('مرحبا، كيف حالك؟', agent)]);
    expect(listItems()[0]!.querySelector('.ct-Message-bubble')?.getAttribute('dir')).toBe('auto');
  });

  it('shows other content types as a neutral text, not the content', () => {
    renderRows([message('<b>html</b>', agent, { ContentType: 'text/html' })]);
    expect(listItems()[0]!.textContent).toContain('This message can’t be shown here');
    expect(listItems()[0]!.textContent).not.toContain('html</b>');
  });
});

describe('events', () => {
  it('names who joined and left, and shows transfers and chat end', () => {
    renderRows([
      event('participant.joined', agent),
      event('participant.left', customer),
      event('participant.idle', customer),
      event('participant.returned', customer),
      event('transfer.succeeded', agent),
      event('transfer.failed', agent),
      event('chat.ended', { ParticipantRole: 'SYSTEM' }),
      { Id: 'pj', Type: 'PARTICIPANT_JOINED', DisplayName: 'Sam', ParticipantRole: 'AGENT' },
    ]);
    expect(listItems().map((r) => r.querySelector('.ct-Event-text')?.textContent)).toEqual([
      'Ana joined the chat',
      'Chris left the chat',
      'Chris is idle',
      'Chris is back',
      'The chat was transferred',
      'The transfer failed',
      'The chat ended',
      'Sam joined the chat',
    ]);
  });

  it('shows an unknown event and an unknown item type as neutral rows, never empty', () => {
    renderRows([
      event('participant.teleported', agent),
      { Id: 'u1', Type: 'HOLOGRAM', Content: 'secret' },
      {},
    ]);
    const rows = listItems();
    expect(rows[0]!.textContent).toContain('Chat event');
    expect(rows[1]!.textContent).toBe('Unsupported item');
    expect(rows[2]!.textContent).toBe('Unsupported item');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Chat event'),
      'Unsupported item',
      'Unsupported item',
    ]);
  });

  it('falls back to the role when a name is missing', () => {
    renderRows([event('participant.joined', { ParticipantRole: 'SUPERVISOR' })]);
    expect(listItems()[0]!.textContent).toContain('Supervisor joined the chat');
  });

  it('has words for every participant, authentication and workflow event', () => {
    const sam = { ParticipantId: 'p-sam', DisplayName: 'Sam', ParticipantRole: 'CUSTOMER' };
    renderRows([
      event('participant.invited', agent),
      event('participant.autodisconnection', sam),
      event('participant.displayname.updated', sam),
      event('participant.active', sam),
      event('participant.inactive', sam),
      event('chat.rehydrated', { ParticipantRole: 'SYSTEM' }),
      event('authentication.initiated', sam),
      event('authentication.succeeded', sam),
      event('authentication.failed', sam),
      event('authentication.timeout', sam),
      event('authentication.expired', sam),
      event('authentication.cancelled', sam),
      event('workflow.cancelled', { ParticipantRole: 'SYSTEM' }),
    ]);
    expect(listItems().map((r) => r.querySelector('.ct-Event-text')?.textContent)).toEqual([
      'Ana was invited',
      'Sam was disconnected for inactivity',
      'Sam changed their name',
      'Sam is active',
      'Sam is inactive',
      'The chat was resumed',
      'Sign-in requested',
      'Sam signed in',
      'Sign-in failed',
      'Sign-in timed out',
      'Sign-in expired',
      'Sign-in cancelled',
      'The automated steps were cancelled',
    ]);
  });

  it('reads the sentinel names SYSTEM_MESSAGE and BOT as a role, in messages and event lines', () => {
    const flow = {
      ParticipantId: 'p-flow',
      DisplayName: 'SYSTEM_MESSAGE',
      ParticipantRole: 'SYSTEM',
    };
    const lex = { ParticipantId: 'p-lex', DisplayName: 'BOT', ParticipantRole: 'SYSTEM' };
    renderRows([
      message('Welcome! How can we help?', flow, { Id: 'flow-msg' }),
      message('I can check your order.', lex, { Id: 'lex-msg' }),
      event('participant.left', lex, { Id: 'lex-left' }),
      event('participant.joined', { ...agent, DisplayName: '  ' }, { Id: 'blank-joined' }),
    ]);
    const row = (id: string) => document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"]`)!;
    expect(row('flow-msg').querySelector('.ct-Message-sender')?.textContent).toBe('System');
    expect(row('lex-msg').querySelector('.ct-Message-sender')?.textContent).toBe('Assistant');
    expect(row('lex-msg').getAttribute('aria-label')).toMatch(/^Assistant, /);
    expect(row('lex-left').textContent).toContain('Assistant left the chat');
    expect(row('blank-joined').textContent).toContain('Agent joined the chat');
    expect(document.body.textContent).not.toMatch(/SYSTEM_MESSAGE|\bBOT\b/);
  });

  it('lets an app name each role, and never shows a role this version does not know', () => {
    const lex = { ParticipantId: 'p-lex', DisplayName: 'BOT', ParticipantRole: 'SYSTEM' };
    renderRows(
      [message('Hi', lex, { Id: 'lex-msg' }), event('participant.left', lex, { Id: 'lex-left' })],
      { messages: { roleName: (role) => (role === 'BOT' ? 'Helper' : `role ${role}`) } },
    );
    const row = (id: string) => document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"]`)!;
    expect(row('lex-msg').querySelector('.ct-Message-sender')?.textContent).toBe('Helper');
    expect(row('lex-left').textContent).toContain('Helper left the chat');
    cleanup();
    renderRows([
      event('participant.joined', { ParticipantRole: 'constructor' }, { Id: 'odd-role' }),
      event('participant.joined', { ParticipantRole: 'NEW_ROLE' }, { Id: 'new-role' }),
    ]);
    expect(row('odd-role').textContent).toContain('Participant joined the chat');
    expect(row('new-role').textContent).toContain('Participant joined the chat');
  });
});

describe('attachments', () => {
  it('shows name, type and status; rejected and scanning files are not openable', () => {
    renderRows(
      [
        attachment('report.pdf', 'application/pdf', 'APPROVED'),
        attachment('photo.jpg', 'image/jpeg', 'IN_PROGRESS'),
        attachment('virus.exe', 'application/octet-stream', 'REJECTED'),
      ],
      { onAttachmentOpen: () => {} },
    );
    const [a, b, c] = listItems();
    expect(within(a!).getByRole('button', { name: 'Open report.pdf' })).toBeTruthy();
    expect(a!.querySelector('[data-type="pdf"][data-status="approved"]')).not.toBeNull();
    expect(b!.querySelector('[data-type="image"][data-status="in-progress"]')).not.toBeNull();
    expect(b!.textContent).toContain('Scanning…');
    expect(within(b!).queryByRole('button')).toBeNull();
    expect(c!.textContent).toContain('Blocked');
    expect(within(c!).queryByRole('button')).toBeNull();
    expect(a!.getAttribute('aria-label')).toContain('Attachment: report.pdf');
    // The type icon is CSS: nothing in the DOM, nothing read out beside the name and status.
    expect(document.querySelector('svg')).toBeNull();
    expect(a!.querySelector('.ct-Attachment')?.textContent).toBe('report.pdf');
    expect(b!.querySelector('.ct-Attachment')?.textContent).toBe('photo.jpgScanning…');
  });

  it('calls onAttachmentOpen with the attachment and item', () => {
    const onOpen = vi.fn();
    const item = attachment('report.pdf');
    renderRows([item], { onAttachmentOpen: onOpen });
    fireEvent.click(screen.getByRole('button', { name: 'Open report.pdf' }));
    expect(onOpen).toHaveBeenCalledWith(item.Attachments![0], item);
  });
});

describe('layout state', () => {
  it('marks mine, role and groups with data attributes (present or absent, never "false")', () => {
    renderRows([message('a', customer), message('b', customer), message('c', agent)]);
    const [a, b, c] = listItems();
    expect(a!.dataset.mine).toBe('');
    expect(a!.dataset.role).toBe('customer');
    expect(a!.dataset.groupStart).toBe('');
    expect(a!.dataset.groupEnd).toBeUndefined();
    expect(b!.dataset.groupStart).toBeUndefined();
    expect(c!.dataset.mine).toBeUndefined();
    expect(document.body.innerHTML).not.toContain('="false"');
  });

  it('shows the sender once per group and never for the reader’s own messages', () => {
    renderRows([message('a', agent), message('b', agent), message('c', customer)]);
    expect([...document.querySelectorAll('.ct-Message-sender')].map((e) => e.textContent)).toEqual([
      'Ana',
    ]);
  });

  it('shows day separators in the time zone and locale', () => {
    renderRows(
      [
        message('late', agent, { AbsoluteTime: '2026-03-03T14:50:00.000Z' }),
        message('after midnight in Tokyo', agent, { AbsoluteTime: '2026-03-03T15:10:00.000Z' }),
      ],
      { timeZone: 'Asia/Tokyo', locale: 'de-DE' },
    );
    expect([...document.querySelectorAll('.ct-DaySeparator')].map((e) => e.textContent)).toEqual([
      'Dienstag, 3. März 2026',
      'Mittwoch, 4. März 2026',
    ]);
    expect(document.querySelectorAll('time')[1]?.textContent).toBe('0:10');
  });

  it('marks off persistent-chat history from the current contact', () => {
    renderRows([message('old', agent, { RelatedContactId: 'c0' }), message('new', agent)]);
    const [a, b] = listItems();
    expect(a!.dataset.history).toBe('');
    expect(a!.textContent).toContain('Previous conversation');
    expect(b!.textContent).toContain('Current conversation');
  });

  it('dates a past conversation’s marker in the locale and time zone', () => {
    renderRows(
      [
        message('old', agent, { RelatedContactId: 'c0', AbsoluteTime: '2026-03-03T15:10:00.000Z' }),
        message('new', agent),
      ],
      { timeZone: 'Asia/Tokyo', locale: 'en-GB' },
    );
    const marker = document.querySelector('.ct-HistoryMarker');
    expect(marker?.textContent).toBe('Previous conversation · 4 Mar 2026, 00:10');
    expect(marker?.querySelector('time')?.dateTime).toBe('2026-03-03T15:10:00.000Z');
  });

  it('shows Delivered, then Read, under the reader’s last message only', () => {
    const first = message('one', customer);
    const last = message('two', customer);
    const delivered = {
      Type: 'MESSAGE_DELIVERED',
      ContentType: 'application/vnd.amazonaws.connect.event.message.delivered',
      MessageMetadata: { MessageId: last.Id },
      AbsoluteTime: last.AbsoluteTime,
    };
    const { unmount } = renderRows(
      [first, last, delivered].filter((i) => i.Type !== 'MESSAGE_DELIVERED'),
      {
        receipts: new Map([[last.Id!, { deliveredAt: last.AbsoluteTime, readAt: undefined }]]),
      },
    );
    expect(screen.getAllByText('Delivered')).toHaveLength(1);
    expect(listItems()[1]!.textContent).toContain('Delivered');
    unmount();
    renderRows([first, last], {
      receipts: new Map([
        [last.Id!, { deliveredAt: last.AbsoluteTime, readAt: last.AbsoluteTime }],
      ]),
    });
    expect(listItems()[1]!.querySelector('.ct-Receipt')?.textContent).toBe('Read');
    expect(listItems()[0]!.querySelector('.ct-Receipt')).toBeNull();
  });

  it('ends a group with its time (machine-readable, full date on hover), the receipt beside it', () => {
    const first = message('one', customer);
    const last = message('two', customer);
    renderRows([message('hi', agent), first, last], {
      timeZone: 'UTC',
      locale: 'en-GB',
      receipts: new Map([[last.Id!, { deliveredAt: last.AbsoluteTime, readAt: undefined }]]),
    });
    const [theirs, mid, end] = listItems();
    const time = theirs!.querySelector('time')!;
    expect(time.closest('.ct-Message-meta')).not.toBeNull();
    expect(time.dateTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(time.title).toMatch(/2026/);
    expect(mid!.querySelector('.ct-Message-meta, time')).toBeNull();
    const meta = end!.querySelector('.ct-Message-meta')!;
    expect(meta.querySelector('time')?.textContent).toMatch(/^\d\d:\d\d$/);
    expect(meta.querySelector('.ct-Receipt')?.textContent).toBe('Delivered');
  });

  it('gives every row an accessible name with sender, time and text', () => {
    renderRows([message('Hello there', agent, { AbsoluteTime: '2026-03-03T10:05:00.000Z' })], {
      timeZone: 'UTC',
      locale: 'en-GB',
    });
    expect(listItems()[0]!.getAttribute('aria-label')).toBe('Ana, 10:05: Hello there');
  });

  it('cuts long accessible names to about 200 characters', () => {
    renderRows([message('word '.repeat(1000), customer)]);
    const label = listItems()[0]!.getAttribute('aria-label')!;
    expect(label.length).toBeLessThan(240);
    expect(label.startsWith('You')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
  });
});

function MyMessage({ row, children }: MessageProps) {
  return <div data-testid="my-message">{children ?? String(row.item.Content)}</div>;
}
function MyEvent({ row }: EventProps) {
  return <div data-testid="my-event">{row.cls.kind}</div>;
}
function MyFile({ attachment: a }: AttachmentProps) {
  return <div data-testid="my-file">{a.AttachmentName}</div>;
}
function MyDay({ label }: DaySeparatorProps) {
  return <div data-testid="my-day">{label}</div>;
}

describe('overrides', () => {
  it('replaces any string through messages', () => {
    renderRows([event('participant.joined', agent), message('Hallo', customer)], {
      messages: {
        participantJoined: (name) => `${name} ist beigetreten`,
        you: 'Ich',
      },
    });
    const [a, b] = listItems();
    expect(a!.textContent).toContain('Ana ist beigetreten');
    expect(b!.getAttribute('aria-label')).toMatch(/^Ich/);
  });

  it.each([
    ['roles', 'Agent'],
    ['hidden', undefined],
  ] as const)(
    'senderNames="%s" shows no person’s name, in messages, events and labels',
    (senderNames, line) => {
      renderRows(
        [
          message('Hello', agent, { Id: 'hello' }),
          event('participant.left', agent, { Id: 'left' }),
        ],
        { senderNames },
      );
      const row = (id: string) => document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"]`)!;
      expect(row('hello').querySelector('.ct-Message-sender')?.textContent).toBe(line);
      expect(row('hello').getAttribute('aria-label')).toMatch(/^Agent, /);
      expect(row('left').querySelector('.ct-Event-text')?.textContent).toBe('Agent left the chat');
      expect(document.body.textContent).not.toContain('Ana');
    },
  );

  it('fills {name} templates as the hosted widget does, and takes functions too', () => {
    renderRows(
      [
        event('participant.joined', { ...agent, DisplayName: 'Dr. $& {name}' }, { Id: 'tricky' }),
        event('participant.left', agent, { Id: 'left' }),
        event('chat.ended', { ParticipantRole: 'SYSTEM' }, { Id: 'ended' }),
      ],
      {
        messages: {
          participantJoined: '{name} ist beigetreten ({name})',
          participantLeft: (name) => `${name} ist gegangen`,
          chatEndedEvent: 'Chat beendet',
        },
      },
    );
    const row = (id: string) => document.querySelector<HTMLElement>(`.ct-Row[data-key="${id}"]`)!;
    expect(row('tricky').querySelector('.ct-Event-text')?.textContent).toBe(
      'Dr. $& {name} ist beigetreten (Dr. $& {name})',
    );
    expect(row('left').querySelector('.ct-Event-text')?.textContent).toBe('Ana ist gegangen');
    expect(row('ended').querySelector('.ct-Event-text')?.textContent).toBe('Chat beendet');
  });

  it('uses slots for Message, Event, Attachment and DaySeparator', () => {
    renderRows([message('hi', agent), event('chat.ended', agent), attachment('f.pdf')], {
      timeZone: 'UTC',
      components: { Message: MyMessage, Event: MyEvent, Attachment: MyFile, DaySeparator: MyDay },
    });
    expect(screen.getAllByTestId('my-message')).toHaveLength(2);
    expect(screen.getByTestId('my-event').textContent).toBe('event');
    expect(screen.getByTestId('my-file').textContent).toBe('f.pdf');
    expect(screen.getByTestId('my-day').textContent).toContain('2026');
  });

  it('renderContent replaces message content but keeps the bubble', () => {
    renderRows([message('**raw**', agent)], {
      renderContent: (item) => <em data-testid="custom">{item.Content?.toUpperCase()}</em>,
    });
    expect(screen.getByTestId('custom').textContent).toBe('**RAW**');
    expect(screen.getByTestId('custom').closest('.ct-Message-bubble')).not.toBeNull();
  });

  it('forwards rest props and merges className', () => {
    // Rendered through the list helper; check the defaults are present.
    renderRows([message('x')]);
    expect(listItems()[0]!.className).toBe('ct-Row');
  });
});
