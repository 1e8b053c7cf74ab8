#!/usr/bin/env bash
# Browser checks: builds and starts the app (demo mode, fresh SQLite database and data
# folder, so no mail of an earlier run is taken for this one, free port),
# then runs check.mjs: axe-core (WCAG 2.2 AA) in headless Chromium and the Nu HTML Checker
# on every page type in six languages; then keyboard.mjs, the keyboard-only journeys.
# Installs what is missing (Chromium, fonts, Java, the Node packages of package-lock.json).
# Exit status: non-zero if either fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [[ ! -x /usr/bin/chromium ]] || ! command -v java >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    chromium fonts-noto-core fonts-noto-cjk default-jre-headless >/dev/null
fi
if ! command -v node >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
# --ignore-scripts: vnu-jar's postinstall would download a Java; ours comes from Debian.
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

cd "$root"
cargo build --quiet

tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
PFP_DATABASE_URL="$tmp/pfp.db" PFP_DATA_DIR="$tmp/data" PFP_LISTEN="127.0.0.1:$port" PFP_BASE_URL="$base" PFP_LOG=warn PFP_DEMO=true \
  "${CARGO_TARGET_DIR:-target}/debug/pfp" serve >"$tmp/server.log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap stop EXIT

for _ in $(seq 120); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { echo "the server stopped:"; cat "$tmp/server.log"; exit 1; }
  sleep 0.5
done
curl -fsS -o /dev/null "$base/healthz" || { echo "the server did not answer /healthz:"; cat "$tmp/server.log"; exit 1; }

status=0
# Keyboard-only journey of an introduction, first: the page checks below reuse the
# introduction it makes.
node "$here/keyboard_introduction.mjs" "$base" || status=$?
node "$here/check.mjs" "$base" || status=$?
# Keyboard-only journeys (a proposal; more journeys are functions in keyboard.mjs).
node "$here/keyboard.mjs" "$base" || status=$?
if ! kill -0 "$server" 2>/dev/null; then echo "the server died during the checks:"; cat "$tmp/server.log"; status=1; fi
exit "$status"
