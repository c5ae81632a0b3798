#!/usr/bin/env bash
# Runs a command with a virtual display and a WebKitWebDriver on WEBKIT_WEBDRIVER_PORT, for the
# WebKit browser tests (MiniBrowser has no headless mode). Usage: scripts/with-webkit.sh CMD...
set -euo pipefail
export WEBKIT_WEBDRIVER_PORT=${WEBKIT_WEBDRIVER_PORT:-4445}
for tool in xvfb-run WebKitWebDriver; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-webkit: $tool is missing (Debian: apt-get install webkit2gtk-driver xvfb)" >&2
    exit 1
  fi
done
exec xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
  set -euo pipefail
  log=$(mktemp -t webkitwebdriver.XXXXXX.log)
  # Element screenshots come out black without it; the browser inherits the driver environment.
  WEBKIT_DISABLE_DMABUF_RENDERER=1 WebKitWebDriver --port="$WEBKIT_WEBDRIVER_PORT" >"$log" 2>&1 &
  driver=$!
  trap "kill $driver 2>/dev/null || true" EXIT
  # Wait for the driver to answer (up to 10 s), with Node: no curl needed.
  if ! node -e "
    const url = \"http://127.0.0.1:\" + process.env.WEBKIT_WEBDRIVER_PORT + \"/status\";
    const until = Date.now() + 10000;
    (async () => {
      while (Date.now() < until) {
        try { if ((await fetch(url)).ok) process.exit(0); } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      process.exit(1);
    })();
  "; then
    echo "with-webkit: WebKitWebDriver did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  "$@"
' bash "$@"
