import { createParticipantClient, type TranscriptItem } from '@connect-transcript/core';
import { createParticipantSimulator } from '@connect-transcript/mock';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRenderContext, TranscriptRenderProvider } from '../context.js';
import { attachment } from '../test/items.js';
import { renderRows } from '../test/renderRows.js';
import { fileSize } from './Attachment.js';
import { buildRows } from './rows.js';
import { TranscriptRow } from './TranscriptRow.js';

afterEach(cleanup);

function withSimulator() {
  const sim = createParticipantSimulator({
    seed: 3,
    scenario: { size: 120 },
    now: () => Date.now(),
  });
  const client = createParticipantClient({
    endpoint: 'https://participant.sim.local',
    connectionToken: sim.issueToken(sim.defaultContactId),
    fetch: (url, init) => sim.handler(url, init),
  });
  const item = sim
    .items()
    .find((i: TranscriptItem) => i.Attachments?.some((a) => a.Status === 'APPROVED'));
  if (!item) throw new Error('the scenario has no approved attachment');
  const rows = buildRows([item], {});
  // What a data layer puts in the transcript: here the core client itself, signing every time.
  const openAttachment = (id: string) =>
    client.getAttachment({ AttachmentId: id }).then((out) => out.Url ?? '');
  const view = render(
    <TranscriptRenderProvider value={createRenderContext({ openAttachment })}>
      <TranscriptRow row={rows[0]!} />
    </TranscriptRenderProvider>,
  );
  const signs = () => sim.requests.filter((r) => r.operation === 'GetAttachment').length;
  const name = item.Attachments!.find((a) => a.Status === 'APPROVED')!.AttachmentName!;
  return { sim, view, signs, name };
}

describe('opening attachments', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('signs a URL through the transcript on click and opens it in a new tab', async () => {
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const { signs, name } = withSimulator();
    expect(signs()).toBe(0); // nothing is signed before the reader asks
    const button = screen.getByRole('button', { name: `Open ${name}` });
    fireEvent.click(button);
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const [url, target, features] = opened.mock.calls[0]!;
    expect(String(url)).toMatch(/^https?:\/\//);
    expect(target).toBe('_blank');
    expect(features).toBe('noopener,noreferrer');
    expect(signs()).toBe(1);
    fireEvent.click(button);
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
  });

  it('shows the file size once the URL was signed, in the reader’s words', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const sizes = new Map<string, number>();
    const item: TranscriptItem = {
      Id: 'file',
      Type: 'ATTACHMENT',
      Attachments: [{ AttachmentId: 'a1', AttachmentName: 'receipt.pdf', Status: 'APPROVED' }],
    };
    const ctx = createRenderContext({
      locale: 'en-US',
      openAttachment: async (id) => {
        sizes.set(id, 1_234_567);
        return 'https://files.example.com/receipt.pdf';
      },
      attachmentSize: (id) => sizes.get(id),
    });
    render(
      <TranscriptRenderProvider value={ctx}>
        <TranscriptRow row={buildRows([item], {})[0]!} />
      </TranscriptRenderProvider>,
    );
    expect(document.querySelector('.ct-Attachment-size')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open receipt.pdf' }));
    await waitFor(() =>
      expect(document.querySelector('.ct-Attachment-size')?.textContent).toBe('1.2 MB'),
    );
  });

  it('says so when the URL cannot be signed, and lets the reader try again', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { sim, name, signs } = withSimulator();
    sim.setFaults({ next: [{ kind: 'truncatedJson', operation: 'GetAttachment' }] });
    const button = screen.getByRole('button', { name: `Open ${name}` });
    fireEvent.click(button);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Couldn’t open the file'),
    );
    const before = signs();
    fireEvent.click(button);
    await waitFor(() => expect(signs()).toBe(before + 1));
  });

  it('reads "Not available" when the service denies this reader the file, and does not ask again', async () => {
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const { sim, name, signs } = withSimulator();
    sim.setFaults({ next: [{ kind: 'accessDenied', operation: 'GetAttachment' }] });
    const button = screen.getByRole('button', { name: `Open ${name}` });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not available'));
    expect(signs()).toBe(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 20));
    expect(signs()).toBe(1);
    expect(opened).not.toHaveBeenCalled();
  });

  it('shows the name as text (no button, no crash) when the transcript cannot sign', () => {
    renderRows([attachment('notes.txt', 'text/plain')]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('.ct-Attachment-name')?.textContent).toBe('notes.txt');
  });
});

describe('fileSize', () => {
  it('writes sizes as people read them, in their locale', () => {
    expect(fileSize(820, 'en-US')).toBe('820 bytes');
    expect(fileSize(1_000, 'en-US')).toBe('1 kB');
    expect(fileSize(15_400, 'en-US')).toBe('15 kB');
    expect(fileSize(1_234_567, 'en-US')).toBe('1.2 MB');
    expect(fileSize(1_234_567, 'de-DE')).toBe('1,2 MB');
    expect(fileSize(3_000_000_000, 'en-US')).toBe('3 GB');
  });
});
