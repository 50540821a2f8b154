#!/usr/bin/env bash
# Installs the Debian packages the tests and the cluster need, from Debian's own
# repositories, when they are missing:
#   browser  chromium          the browser the web-widget test drives (Playwright never
#                              downloads one), fonts-noto-color-emoji (the answer
#                              feedback buttons' thumbs in its screenshots)
#   cluster  postgresql, redis-server, nginx   the scale-out profile (make cluster)
# Usage: scripts/system_deps.sh [browser] [cluster]   (default: both)
# Needs root (or sudo) and apt-get; says what is missing otherwise.
set -euo pipefail
groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(browser cluster)
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
packages=()
for group in "${groups[@]}"; do
  case "$group" in
    browser)
      have chromium || packages+=(chromium)
      [ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || packages+=(fonts-noto-color-emoji) ;;
    cluster)
      compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || packages+=(postgresql)
      have redis-server || packages+=(redis-server)
      have nginx || packages+=(nginx-light) ;;
    *) echo "unknown group: $group (browser, cluster)" >&2; exit 2 ;;
  esac
done
[ ${#packages[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${packages[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "error: need root or sudo to install ${packages[*]} with apt-get" >&2; exit 1; fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; install ${packages[*]} with your package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Packages must not start their system services: the project starts its own on loopback.
policy=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy"
  added_policy=1
fi
trap '[ -n "$added_policy" ] && $SUDO rm -f "$policy"' EXIT
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
