#!/usr/bin/env bash
# Mail throughput: messages a minute from the outbox to a local SMTP server.
#
#   benches/mail.sh                  # 5,000 messages, SQLite then PostgreSQL
#   N=2000 BACKENDS=sqlite benches/mail.sh
#
# For each backend: a fresh database holding N queued test messages (`pfp mail test
# --count N`), the test SMTP server (tests/smtp/server.py, aiosmtpd writing a Maildir),
# then one `pfp worker` (release build, default settings) is started and timed until the
# last message has arrived. Every message must arrive once. Knobs: N, BACKENDS,
# PG_ADMIN_URL, and any PFP_MAIL_* setting (e.g. PFP_MAIL_CONCURRENCY=16).
source "$(dirname "$0")/mail_common.sh"
N=${N:-5000}
BACKENDS=${BACKENDS:-"sqlite postgres"}

for backend in $BACKENDS; do
  fresh_db "$backend" pfp_mail_bench; url=$DB_URL
  queue "$url" "$N" bench@example.org
  port=$(free_port); maildir="$WORK/maildir-$backend"
  start_smtp "$port" "$maildir"
  start=$(date +%s.%N)
  start_worker "$url" "$port"
  wait_arrived "$maildir" "$N" 900 || { echo "$backend: only $(arrived "$maildir") of $N arrived" >&2; exit 1; }
  end=$(date +%s.%N)
  kill -TERM "$WORKER_PID"; wait "$WORKER_PID" || true
  kill "$SMTP_PID"; wait "$SMTP_PID" 2>/dev/null || true
  result=$(stats "$maildir" --expect "$N" --max-duplicates 0) || { echo "$backend: $result" >&2; exit 1; }
  python3 -c 'import sys; n, s, e = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(f"{sys.argv[4]:9} {n} messages in {e - s:.1f} s = {n / (e - s) * 60:,.0f} messages a minute ({sys.argv[5]})")' \
    "$N" "$start" "$end" "$backend" "$result"
done
