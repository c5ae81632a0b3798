// Firefox and WebKit for the browser tests, next to Chromium (scripts/chromium.ts). Debian's
// packages only: firefox-esr, driven over WebDriver BiDi by Playwright; WebKitGTK's MiniBrowser,
// driven over classic WebDriver by WebKitWebDriver (webkit2gtk-driver), inside Xvfb.

/** Debian's Firefox ESR (`apt-get install firefox-esr`, which ./dev does). */
export const FIREFOX_PATH: string = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** WebKitGTK's MiniBrowser, shipped by libwebkit2gtk-4.1-0 (pulled in by webkit2gtk-driver). */
export const MINIBROWSER_PATH: string =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The port of the WebKitWebDriver that `scripts/with-webkit.sh` starts; unset when tests run
 * without it (then the WebKit project is not configured, and the test command fails loudly).
 */
export const WEBKIT_WEBDRIVER_PORT: number | undefined = process.env.WEBKIT_WEBDRIVER_PORT
  ? Number(process.env.WEBKIT_WEBDRIVER_PORT)
  : undefined;
