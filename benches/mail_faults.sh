#!/usr/bin/env bash
# Mail fault checks, each against the real test SMTP server and `pfp worker` processes
# (release build). Prints PASS or FAIL per check and exits non-zero if any failed.
#
#   benches/mail_faults.sh                         # every check, SQLite and PostgreSQL
#   FAULTS="outage kill" BACKENDS=sqlite benches/mail_faults.sh
#
#   outage  the SMTP server is down while 200 messages are queued and back OUTAGE (60)
#           seconds later: all 200 arrive, none twice.
#   kill    the worker is killed with SIGKILL mid-batch (2,000 messages) and restarted:
#           every message arrives; duplicates at most the messages it held at the kill.
#   two     two workers on one PostgreSQL, 2,000 messages: each delivered exactly once.
#   refuse  an address the server refuses permanently becomes a dead letter with the
#           server's reply; the 100 other messages arrive.
#
# Retry delays and leases are shortened (PFP_MAIL_RETRY_BASE_SECS=5, lease 15 s) so the
# checks take minutes, not hours; the logic is the same as with the defaults.
source "$(dirname "$0")/mail_common.sh"
FAULTS=${FAULTS:-"outage kill two refuse"}
BACKENDS=${BACKENDS:-"sqlite postgres"}
OUTAGE=${OUTAGE:-60}
FAILED=0
FAST=(PFP_MAIL_RETRY_BASE_SECS=5 PFP_MAIL_TIMEOUT_SECS=3 PFP_MAIL_LEASE_SECS=15)

verdict() { # ok? label details
  if [ "$1" = 0 ]; then echo "PASS $2: $3"; else echo "FAIL $2: $3"; FAILED=1; fi
}

stop() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

outage() { # backend
  fresh_db "$1" pfp_fault_outage; local url=$DB_URL
  local port; port=$(free_port); local maildir="$WORK/outage-$1"
  start_worker "$url" "$port" "${FAST[@]}"; local worker=$WORKER_PID
  queue "$url" 200 outage@example.org
  local t0=$SECONDS
  sleep "$OUTAGE"
  local during; during=$(arrived "$maildir")
  start_smtp "$port" "$maildir"
  local ok=0
  wait_arrived "$maildir" 200 300 || ok=1
  local waited=$((SECONDS - t0 - OUTAGE))
  sleep 2 # anything sent twice would come now
  local result; result=$(stats "$maildir" --expect 200 --max-duplicates 0) || ok=1
  [ "$during" = 0 ] || ok=1
  verdict $ok "outage $1" "server down ${OUTAGE}s ($during arrived meanwhile), then all in ${waited}s: $result"
  stop "$worker"; stop "$SMTP_PID"
}

kill_mid_batch() { # backend
  fresh_db "$1" pfp_fault_kill; local url=$DB_URL
  local port; port=$(free_port); local maildir="$WORK/kill-$1"
  start_smtp "$port" "$maildir"
  queue "$url" 2000 kill@example.org
  start_worker "$url" "$port" "${FAST[@]}"
  wait_arrived "$maildir" 500 120 || true
  kill -KILL "$WORKER_PID"; wait "$WORKER_PID" 2>/dev/null || true
  local at_kill; at_kill=$(arrived "$maildir")
  local held; held=$(status_count "$url" sending)
  start_worker "$url" "$port" "${FAST[@]}"; local worker=$WORKER_PID
  local ok=0
  wait_arrived "$maildir" 2000 300 || ok=1
  sleep 2
  local result; result=$(stats "$maildir" --expect 2000 --max-duplicates "$held") || ok=1
  verdict $ok "kill $1" "SIGKILL after $at_kill arrived, holding $held claimed messages; after restart: $result"
  stop "$worker"; stop "$SMTP_PID"
}

two_workers() { # backend
  fresh_db "$1" pfp_fault_two; local url=$DB_URL
  local port; port=$(free_port); local maildir="$WORK/two-$1"
  start_smtp "$port" "$maildir"
  queue "$url" 2000 two@example.org
  start_worker "$url" "$port" PFP_MAIL_BATCH_SIZE=20; local w1=$WORKER_PID
  start_worker "$url" "$port" PFP_MAIL_BATCH_SIZE=20; local w2=$WORKER_PID
  local ok=0
  wait_arrived "$maildir" 2000 300 || ok=1
  sleep 2
  local result; result=$(stats "$maildir" --expect 2000 --max-duplicates 0) || ok=1
  local split=""
  if [ "$1" = postgres ]; then
    split=$(psql "$url" -qAtc "SELECT string_agg(n::text, ' + ' ORDER BY n) FROM (SELECT count(*) n FROM outbox GROUP BY claimed_by) x")
    [[ "$split" == *"+"* ]] || ok=1
    split=" (sent by the two workers: $split)"
  fi
  verdict $ok "two $1" "$result$split"
  stop "$w1"; stop "$w2"; stop "$SMTP_PID"
}

refuse() { # backend
  fresh_db "$1" pfp_fault_refuse; local url=$DB_URL
  local port; port=$(free_port); local maildir="$WORK/refuse-$1"
  start_smtp "$port" "$maildir" --reject refused@example.org
  queue "$url" 50 ok@example.org
  queue "$url" 1 refused@example.org
  queue "$url" 50 ok@example.org
  start_worker "$url" "$port" "${FAST[@]}"; local worker=$WORKER_PID
  local ok=0
  wait_arrived "$maildir" 100 120 || ok=1
  for _ in $(seq 50); do [ "$(status_count "$url" dead)" = 1 ] && break; sleep 0.2; done
  local result; result=$(stats "$maildir" --expect 100 --max-duplicates 0) || ok=1
  local status; status=$(PFP_DATABASE_URL=$url "$BIN" mail status)
  grep -q "#.*refused@example.org" <<<"$status" && grep -q "(550).*User unknown" <<<"$status" || ok=1
  [ "$(status_count "$url" dead)" = 1 ] && [ "$(status_count "$url" sent)" = 100 ] || ok=1
  verdict $ok "refuse $1" "$result; dead letter: $(grep -m1 'permanent error' <<<"$status" | sed 's/^ *//')"
  stop "$worker"; stop "$SMTP_PID"
}

for fault in $FAULTS; do
  for backend in $BACKENDS; do
    case $fault in
      outage) outage "$backend" ;;
      kill) kill_mid_batch "$backend" ;;
      two) two_workers "$backend" ;;
      refuse) refuse "$backend" ;;
      *) echo "unknown fault $fault" >&2; exit 2 ;;
    esac
  done
done
exit $FAILED
