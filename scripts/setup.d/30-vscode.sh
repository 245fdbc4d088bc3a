#!/bin/sh
# The VS Code extension and the real VS Code its end-to-end test drives:
#   1. the extension's npm dependencies (npm ci, from the committed lock file);
#   2. the .vsix (esbuild bundle + vsce package), rebuilt when a source is newer;
#   3. code-server 4.100.3 (VS Code 1.100.3; newer releases need Node 24) into
#      .cache/code-server, from the npm registry only.
# Idempotent: a second run only compares timestamps and a version marker.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXT="$ROOT/vscode-extension"
CODE_SERVER_VERSION=4.100.3
CS="$ROOT/.cache/code-server"

# 1. npm dependencies: npm ci leaves node_modules/.package-lock.json behind,
# so it is stale exactly when the committed lock file is newer.
if [ ! -f "$EXT/node_modules/.package-lock.json" ] ||
   [ "$EXT/package-lock.json" -nt "$EXT/node_modules/.package-lock.json" ]; then
  (cd "$EXT" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 2. the .vsix, named by the version in package.json (kept equal to pyproject's
# by `npm run check-version`, which `npm run package` runs first).
VERSION=$(node -p "require('$EXT/package.json').version")
VSIX="$EXT/opl-studio-$VERSION.vsix"
if [ ! -f "$VSIX" ] || [ -n "$(find "$EXT/src" "$EXT/media" "$EXT/syntaxes" "$EXT/snippets" \
     "$EXT/language-configuration" "$EXT/scripts" "$EXT/package.json" "$EXT/package-lock.json" \
     "$EXT/tsconfig.json" "$EXT/.vscodeignore" "$EXT/README.md" "$ROOT/pyproject.toml" \
     -newer "$VSIX" 2>/dev/null | head -n 1)" ]; then
  (cd "$EXT" && npm run --silent package)
fi

# 3. code-server. Its own install scripts refuse root and download ripgrep, so
# they are skipped and the native parts rebuilt by hand (ripgrep from Debian).
MARKER="$CS/.installed-$CODE_SERVER_VERSION"
[ -f "$MARKER" ] && [ -x "$CS/node_modules/.bin/code-server" ] && exit 0
command -v rg >/dev/null || { echo "ripgrep is missing (scripts/setup.d/00-apt.sh installs it)" >&2; exit 1; }
mkdir -p "$CS"
cd "$CS"
[ -f package.json ] || npm init -y >/dev/null
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
npm_config_yes=true npm rebuild --loglevel=error argon2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --loglevel=error
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
# (its postinstall lists every file it prunes)
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
cd "$CS"
node_modules/.bin/code-server --version >/dev/null
touch "$MARKER"
