# Shared by benches/mail.sh and benches/mail_faults.sh (sourced, not run): a release build,
# a scratch folder, fresh databases, the test SMTP server (tests/smtp/server.py) and
# `pfp worker` processes, all stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
export PGOPTIONS="-c client_min_messages=warning" # no NOTICE from DROP … IF EXISTS
python3 -c "import aiosmtpd" 2>/dev/null || { echo "needs aiosmtpd: pip install aiosmtpd" >&2; exit 1; }
cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/pfp
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pfp-mail.XXXXXX")
PIDS=()
PG_DBS=()
export PFP_LOG=${PFP_LOG:-warn}
unset PFP_ENV PFP_SMTP_URL

cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for d in "${PG_DBS[@]}"; do psql "$PG_ADMIN_URL" -qAtc "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# fresh_db BACKEND NAME: sets DB_URL to a new, migrated database.
fresh_db() {
  local url
  case $1 in
    sqlite) url="$WORK/$2.db"; rm -f "$url" ;;
    postgres)
      psql "$PG_ADMIN_URL" -qAtc "DROP DATABASE IF EXISTS $2 WITH (FORCE)" >/dev/null
      psql "$PG_ADMIN_URL" -qAtc "CREATE DATABASE $2" >/dev/null
      PG_DBS+=("$2")
      url=$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$PG_ADMIN_URL" "$2") ;;
    *) echo "unknown backend $1" >&2; exit 1 ;;
  esac
  PFP_DATABASE_URL=$url "$BIN" migrate >/dev/null
  DB_URL=$url
}

# start_smtp PORT MAILDIR [server options]: sets SMTP_PID once it accepts connections.
start_smtp() {
  local port=$1 maildir=$2; shift 2
  python3 tests/smtp/server.py --port "$port" --maildir "$maildir" "$@" >/dev/null &
  SMTP_PID=$!
  PIDS+=("$SMTP_PID")
  for _ in $(seq 100); do
    python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2)' "$port" 2>/dev/null && return
    sleep 0.1
  done
  echo "SMTP server did not start" >&2; exit 1
}

# start_worker DB_URL SMTP_PORT [VAR=value …]: sets WORKER_PID.
start_worker() {
  local url=$1 port=$2; shift 2
  env PFP_DATABASE_URL="$url" PFP_SMTP_URL="smtp://127.0.0.1:$port" PFP_DATA_DIR="$WORK/data" \
    PFP_MAIL_POLL_INTERVAL_MS=${PFP_MAIL_POLL_INTERVAL_MS:-100} "$@" "$BIN" worker >>"$WORK/worker.log" 2>&1 &
  WORKER_PID=$!
  PIDS+=("$WORKER_PID")
}

# queue DB_URL COUNT ADDRESS: N test messages in the outbox.
queue() { PFP_DATABASE_URL=$1 "$BIN" mail test --to "$3" --count "$2" >/dev/null; }

# arrived MAILDIR: how many messages the SMTP server has written.
arrived() { { find "$1/new" -type f 2>/dev/null || true; } | wc -l; }

# wait_arrived MAILDIR N TIMEOUT_SECONDS: false if fewer arrived in time.
wait_arrived() {
  local deadline=$((SECONDS + $3))
  while [ "$(arrived "$1")" -lt "$2" ]; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.2
  done
}

# stats MAILDIR [--expect N] [--max-duplicates K]: prints and checks what arrived.
stats() { python3 tests/smtp/maildir_stats.py "$@"; }

# status_count DB_URL STATUS: that line of `pfp mail status`.
status_count() { PFP_DATABASE_URL=$1 "$BIN" mail status | awk -v s="$2" '$1 == s {print $2}'; }
