#!/bin/sh
# Runs every step in scripts/setup.d/ in order (each is idempotent and fast
# when already done). Steps that need Debian packages install them when run as
# root, and otherwise say what is missing.
set -eu
cd "$(dirname "$0")/.."
for step in scripts/setup.d/*.sh; do
  [ -e "$step" ] || continue
  echo "== setup: $(basename "$step")"
  sh "$step"
done
