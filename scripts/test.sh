#!/usr/bin/env bash
# npm test: lint, typecheck, unit tests, then browser tests in Debian's Chromium against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

need_browser() {
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'
}

if ! need_browser; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "› Installing Debian's chromium and CJK fonts for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "The browser tests need Debian's Chromium and CJK fonts. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
    echo "(or set CHROMIUM_PATH to another Chromium binary)" >&2
    exit 1
  fi
fi

echo "› audit (production dependencies)"
# Fails on high or critical advisories. Where the registry's audit service cannot be reached (it
# answers 405 on some mirrors and offline machines), say so and go on rather than pass silently.
if audit_out=$(npm audit --omit=dev --audit-level=high 2>&1); then
  echo "  no high or critical advisories"
elif grep -qE "audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN" <<<"$audit_out"; then
  echo "  WARNING: the npm audit service could not be reached here; advisories were not checked"
else
  echo "$audit_out" >&2
  exit 1
fi

echo "› lint";       npx eslint .
echo "› typecheck";  npx tsc --noEmit
echo "› unit tests"; npx vitest run
echo "› browser tests"; npx playwright test
