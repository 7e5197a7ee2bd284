#!/usr/bin/env bash
# What npm test needs from the system, installed from Debian's packages where it is missing (run by
# `npm test` itself, as its pretest step, and by .ci/run): Chromium, WebKitGTK's WebDriver with its
# MiniBrowser and a virtual display to run it on, Firefox ESR, a CJK font (or Chinese renders as
# boxes), and Java for the Nu HTML Checker. Nothing is downloaded by a browser installer.
# Without root (or sudo) it names what is missing and stops: the browser tests do not skip.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth) # xvfb-run needs it
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
# No -q: an early exit would SIGPIPE fc-list and fail the pipe.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless) # the Nu HTML Checker (vnu-jar)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo); else
  echo "npm test needs these Debian packages: ${need[*]}" >&2
  echo "Install them (apt-get install ${need[*]}) and run npm test again." >&2
  exit 1
fi
echo "Installing ${need[*]} from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
