import type { Decorator, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createElement } from 'react';
import '@connect-transcript/ui/styles.css';
import { simulatorHandler } from '../src/stories/simulatorRegistry.js';

/** RTL locales of the toolbar: the wrapper gets `dir="rtl"` for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * The theme and locale toolbar: wraps every story in an element carrying `data-theme`, `lang`
 * and `dir`. A story's own `theme`/`locale` args win (see the ui stories' helpers).
 */
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = String(context.globals.theme ?? 'light');
  const locale = String(context.globals.locale ?? 'en-US');
  const language = locale.split('-')[0] ?? 'en';
  // Stories with `locale`/`theme` args take the toolbar's values unless the story sets its own.
  const args = { ...context.args };
  if ('locale' in context.argTypes && args.locale === undefined) args.locale = locale;
  if ('theme' in context.argTypes && args.theme === undefined && theme === 'dark')
    args.theme = theme;
  return createElement(
    'div',
    {
      'data-theme': theme,
      lang: locale,
      dir: RTL.has(language) ? 'rtl' : 'ltr',
      className: 'sb-ct-frame',
      style: {
        colorScheme: theme,
        background: theme === 'dark' ? '#0f1115' : '#ffffff',
        color: theme === 'dark' ? '#e8eaed' : '#1b1d21',
        padding: 16,
      },
    },
    Story({ args }),
  );
};

const preview: Preview = {
  // One worker for the whole book; its only handler routes each `sim-N` origin to simulator N.
  // Handlers given to setupWorker survive the addon's reset between stories.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(simulatorHandler);
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      return worker;
    }),
  ],
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of dates, numbers and direction',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'ja-JP', title: '日本語' },
          { value: 'ar-EG', title: 'العربية' },
          { value: 'he-IL', title: 'עברית' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
  tags: ['autodocs'],
};

export default preview;
