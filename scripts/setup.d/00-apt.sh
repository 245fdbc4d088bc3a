#!/bin/sh
# Debian packages the end-to-end tests drive: a real browser, real editors, a
# real terminal multiplexer. Installed only when running as root (CI is root);
# otherwise we report what is missing.
set -eu
PKGS="chromium tmux neovim ripgrep build-essential pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev"
missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "missing Debian packages (run as root, or: sudo apt-get install$missing)" >&2
  exit 1
fi
