import { afterEach, describe, expect, it } from 'vitest';
import './styles.css';
import { staticTranscript } from '@connect-transcript/core';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { TranscriptView } from './TranscriptView/TranscriptView.js';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(13, 17, 23)';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

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
