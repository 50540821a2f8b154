#!/usr/bin/env bash
# Installs the Debian packages the tests need, from Debian's own repositories:
#   chromium   the browser the web-widget test drives (Playwright never downloads one)
# Nothing happens when they are already there. Needs root (or sudo) and apt.
set -euo pipefail
packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
for extra in "$@"; do
  command -v "$extra" >/dev/null 2>&1 || packages+=("$extra")
done
[ ${#packages[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${packages[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 && SUDO="sudo" || {
    echo "error: need root or sudo to install ${packages[*]} with apt-get" >&2; exit 1; }
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; install ${packages[*]} with your package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
