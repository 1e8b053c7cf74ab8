#!/usr/bin/env bash
# HTTP benchmark of the public pages beside the Fortunes reference, on SQLite and PostgreSQL.
#
#   benches/http.sh            # or: BACKENDS=sqlite DURATION=10s benches/http.sh
#
# For each backend: a fresh database with the GFMD 2010 demo data plus 10,000 synthetic
# projects (`pfp seed synthetic`), `pfp serve` in release mode, then
#   wrk -t2 -c64 -d$DURATION --latency  on /projects and on one project page,
# after a warm-up; then ../shared/bench/reference/run.sh (the minimal actix+diesel+askama
# Fortunes app) in the same run, and the ratios. Knobs: BACKENDS, DURATION, WARMUP,
# PROJECTS, PORT, REFERENCE (folder of the reference; empty to skip it), PG_ADMIN_URL.
set -euo pipefail
cd "$(dirname "$0")/.."

BACKENDS=${BACKENDS:-"sqlite postgres"} DURATION=${DURATION:-15s} WARMUP=${WARMUP:-3s}
PROJECTS=${PROJECTS:-10000} PORT=${PORT:-18181}
REFERENCE=${REFERENCE-$(cd .. && pwd)/shared/bench/reference}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
cargo build --release --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/pfp
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pfp-bench.XXXXXX")
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
declare -A RPS P99

run_wrk() { # label url
  wrk -t2 -c64 -d"$WARMUP" "$2" >/dev/null
  wrk -t2 -c64 -d"$DURATION" --latency "$2" >"$WORK/wrk.txt"
  if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "errors during $1:" >&2; cat "$WORK/wrk.txt" >&2; exit 1; fi
  RPS[$1]=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
  P99[$1]=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  printf '  %-22s %10s req/s   p99 %s\n' "$1" "${RPS[$1]}" "${P99[$1]}"
}

bench_backend() { # name url
  local name=$1 url=$2 base="http://127.0.0.1:$PORT"
  echo "== $name: loading demo data and $PROJECTS synthetic projects"
  PFP_DATABASE_URL=$url PFP_LOG=warn "$BIN" seed demo --force >/dev/null
  PFP_DATABASE_URL=$url PFP_LOG=warn "$BIN" seed synthetic --projects "$PROJECTS" >/dev/null
  PFP_DATABASE_URL=$url PFP_DEMO=false PFP_LOG=warn PFP_LISTEN=127.0.0.1:$PORT "$BIN" serve >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  local id; id=$(curl -fs "$base/api/v1/projects?page=250" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  local body; body=$(curl -fs "$base/projects")
  grep -q 'results-count' <<<"$body" || { echo "sanity check failed" >&2; cat "$WORK/server.log" >&2; exit 1; }
  run_wrk "$name /projects" "$base/projects"
  run_wrk "$name /projects/{id}" "$base/projects/$id"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

for b in $BACKENDS; do
  case $b in
    sqlite) bench_backend sqlite "$WORK/bench.db" ;;
    postgres)
      psql "$PG_ADMIN_URL" -qAtc "DROP DATABASE IF EXISTS pfp_bench WITH (FORCE)" >/dev/null
      psql "$PG_ADMIN_URL" -qAtc "CREATE DATABASE pfp_bench" >/dev/null
      bench_backend postgres "${PG_ADMIN_URL/\/postgres\?//pfp_bench?}"
      psql "$PG_ADMIN_URL" -qAtc "DROP DATABASE IF EXISTS pfp_bench WITH (FORCE)" >/dev/null ;;
    *) echo "unknown backend $b" >&2; exit 2 ;;
  esac
done

if [ -n "$REFERENCE" ] && [ -x "$REFERENCE/run.sh" ]; then
  echo "== Fortunes reference ($REFERENCE/run.sh)"
  BACKENDS="$BACKENDS" DURATION=$DURATION WARMUP=$WARMUP "$REFERENCE/run.sh" | tee "$WORK/ref.txt" | grep -E 'requests/sec' || true
  echo
  printf '%-24s %10s %10s %8s %9s %s\n' page req/s reference ratio p99 target
  for b in $BACKENDS; do
    ref=$(awk -v b="$b" '$1 == b && $2 == "requests/sec:" {print $3}' "$WORK/ref.txt")
    for page in "/projects" "/projects/{id}"; do
      k="$b $page"; target=0.6; [ "$page" = "/projects/{id}" ] && target=0.5
      ratio=$(python3 -c "print(f'{${RPS[$k]}/${ref}:.2f}')")
      ok=$(python3 -c "print('ok' if ${RPS[$k]}/${ref} >= $target else 'BELOW')")
      printf '%-24s %10s %10s %8s %9s >= %s %s\n' "$k" "${RPS[$k]}" "$ref" "$ratio" "${P99[$k]}" "$target" "$ok"
    done
  done
fi
