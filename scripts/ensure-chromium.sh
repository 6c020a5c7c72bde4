#!/usr/bin/env bash
# Makes sure a Chromium for the e2e suite exists: $CHROMIUM_PATH, else /usr/bin/chromium.
# Missing and running as root on Debian/Ubuntu: installs chromium, CJK fonts (so screenshots of
# Chinese pages are readable) and Chromium's language packs (the UI-language e2e tests run the
# browser in zh-CN, zh-TW and en). Otherwise explains what to install and exits 1.
set -euo pipefail

want="${CHROMIUM_PATH:-/usr/bin/chromium}"

have_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "$@"
}

is_root() { [ "$(id -u)" = 0 ]; }

# Chromium's zh-CN/zh-TW UI strings (Debian: chromium-l10n); only checked for the system build.
have_locales() {
  [ "$want" != /usr/bin/chromium ] || [ -f /usr/lib/chromium/locales/zh-TW.pak ]
}

if [ -x "$want" ]; then
  echo "ensure-chromium: using $want"
  if ! have_locales; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      echo "ensure-chromium: no Chinese locale data for Chromium; installing chromium-l10n"
      apt_install chromium-l10n </dev/null
    else
      echo "ensure-chromium: warning: chromium-l10n missing; the UI-language e2e tests will fail" >&2
    fi
  fi
  if ! have_cjk_font; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      echo "ensure-chromium: no CJK font found; installing fonts-noto-cjk"
      apt_install fonts-noto-cjk </dev/null
    else
      echo "ensure-chromium: warning: no CJK font (e.g. fonts-noto-cjk); tests still run, screenshots show boxes for Chinese" >&2
    fi
  fi
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

if is_root && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium missing; installing chromium, chromium-l10n and fonts-noto-cjk with apt-get"
  apt_install chromium chromium-l10n fonts-noto-cjk </dev/null
  if [ -x /usr/bin/chromium ]; then
    echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing" >&2
  exit 1
fi

cat >&2 <<'MSG'
ensure-chromium: no Chromium found at /usr/bin/chromium, and this script can only install it as root with apt-get.
The end-to-end tests need a Chromium or Chrome build that can load unpacked extensions (new headless mode):
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n fonts-noto-cjk
  elsewhere:      install Chromium or Google Chrome, then export CHROMIUM_PATH=/path/to/the/binary
                  (macOS: CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium")
(`npx playwright install` is not needed: the suite drives the system browser through playwright-core.)
MSG
exit 1
