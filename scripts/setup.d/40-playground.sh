#!/bin/sh
# The browser playground: its npm packages (CodeMirror 6, Pyodide, esbuild)
# and a build of the site (.cache/playground/site), which also fills the
# caches the test suite's own build uses (our wheel, lark's wheel and the
# PyYAML sdist from PyPI). Idempotent: `npm ci` runs only when the lock file
# changed; a rebuild with warm caches takes a few seconds.
set -eu
cd "$(dirname "$0")/../.."
WEB=playground/web
STAMP="$WEB/node_modules/.opl-package-lock"
if [ ! -f "$STAMP" ] || ! cmp -s "$WEB/package-lock.json" "$STAMP"; then
  (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$WEB/package-lock.json" "$STAMP"
fi
OPL="${VENV:-.venv}/bin/opl"
if [ ! -x "$OPL" ]; then
  echo "40-playground: $OPL is missing (run \`make setup\` first)" >&2
  exit 1
fi
"$OPL" playground build --out .cache/playground/site >/dev/null
