#!/usr/bin/env bash
# A throwaway Virtuoso SPARQL server on 127.0.0.1 for plankg's server tests and demos.
#
#   scripts/virtuoso.sh install       install Debian's virtuoso-opensource-7-bin if virtuoso-t is missing
#   scripts/virtuoso.sh start [DIR]   start a server whose database lives in DIR (default: a new temp
#                                     dir); prints the SPARQL query endpoint URL on stdout and writes
#                                     DIR/plankg.env with the PLANKG_* settings that reach it
#   scripts/virtuoso.sh env DIR       print those settings (eval "$(scripts/virtuoso.sh env DIR)")
#   scripts/virtuoso.sh stop DIR      stop the server started in DIR and delete DIR
#
# Only the binary package is installed: the full virtuoso-opensource package adds a system
# service that listens on every address. The server listens on two free ports of 127.0.0.1
# only, reads anonymously at /sparql, and writes as user `plankg` (random password, HTTP Basic)
# at /sparql-basic (SPARQL Update) and /sparql-graph-crud-basic (Graph Store protocol, POST).
# Virtuoso's own /sparql-auth wants Digest, which rdflib's SPARQL connector cannot send.
set -euo pipefail

MARKER=.plankg-virtuoso
BIN=/usr/bin/virtuoso-t
ISQL=/usr/bin/isql-vt

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

install_server() {
  [ -x "$BIN" ] && [ -x "$ISQL" ] && return 0
  command -v apt-get >/dev/null || die "no apt-get here; install Virtuoso 7 (virtuoso-t, isql-vt) by hand"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "virtuoso.sh: installing virtuoso-opensource-7-bin (Debian package)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine has no package lists yet: update once, only when the first try fails.
  $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null 2>&1 || {
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null
  }
  [ -x "$BIN" ] || die "apt-get finished but $BIN is missing"
}

# A port on 127.0.0.1 that nothing answers on (a refused connection means free).
free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  die "found no free port on 127.0.0.1"
}

# True when GET http://127.0.0.1:$1$2 answers 200 (plain bash: curl may be missing).
http_ok() (
  status=""
  exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
  read -r -t 5 status <&3 || true
  [[ $status == *" 200 "* ]]
) 2>/dev/null

random_password() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

write_ini() {  # DIR SQL_PORT HTTP_PORT
  cat >"$1/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $1/virtuoso.db
ErrorLogFile       = $1/virtuoso.log
LockFile           = $1/virtuoso.lck
TransactionFile    = $1/virtuoso.trx
xa_persistent_file = $1/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $1/virtuoso-temp.db
TransactionFile    = $1/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$2
DisableUnixSocket  = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode           = 2
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
DirsAllowed        = $1

[HTTPServer]
ServerPort         = 127.0.0.1:$3
ServerRoot         = $1/www
MaxClientConnections = 10
ServerThreads      = 10
Charset            = UTF-8

[SPARQL]
; Debian's default row cap: plankg pages its reads, and the tests prove it here.
ResultSetMaxRows   = 10000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
EOF
}

sql() {  # DIR STATEMENTS: run as dba through isql-vt; fail on any SQL error
  local out
  out=$("$ISQL" "127.0.0.1:$(cat "$1/sql-port")" dba "$(cat "$1/dba-password")" exec="$2" 2>&1) || die "isql-vt failed: $out"
  if grep -q '\*\*\* Error' <<<"$out"; then die "isql-vt: $out"; fi
}

start() {
  install_server
  local dir="${1:-}"
  if [ -z "$dir" ]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/plankg-virtuoso.XXXXXX")
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ -e "$dir/virtuoso.pid" ] && die "$dir already holds a server; run: $0 stop $dir"
  chmod 700 "$dir"
  umask 077  # the database and the password files are for this user only
  touch "$dir/$MARKER"
  mkdir -p "$dir/www"
  local sql_port http_port user_pw dba_pw
  sql_port=$(free_port)
  http_port=$(free_port)
  [ "$sql_port" != "$http_port" ] || http_port=$(free_port)
  echo "$sql_port" >"$dir/sql-port"
  echo "$http_port" >"$dir/http-port"
  write_ini "$dir" "$sql_port" "$http_port"

  "$BIN" +foreground +configfile "$dir/virtuoso.ini" >"$dir/server.out" 2>&1 </dev/null &
  echo $! >"$dir/virtuoso.pid"
  # From here on, a failed start must not leave a server behind.
  trap "stop $(printf %q "$dir")" EXIT
  local pid
  pid=$(cat "$dir/virtuoso.pid")
  for _ in $(seq 240); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/server.out" >&2; die "virtuoso-t exited while starting (log above, database in $dir)"; }
    http_ok "$http_port" '/sparql?query=ASK%7B%7D' && break
    sleep 0.5
  done
  http_ok "$http_port" '/sparql?query=ASK%7B%7D' || { tail -20 "$dir/server.out" >&2; die "no SPARQL endpoint on 127.0.0.1:$http_port after 120 s"; }

  # A fresh database has dba/dba: replace it, then add the writer and the Basic-auth endpoints.
  echo dba >"$dir/dba-password"
  dba_pw=$(random_password)
  user_pw=$(random_password)
  sql "$dir" "DB.DBA.USER_CREATE ('plankg', '$user_pw');
GRANT SPARQL_UPDATE TO \"plankg\";
DB.DBA.VHOST_DEFINE (lpath=>'/sparql-basic', ppath=>'/!sparql/', is_dav=>1, vsp_user=>'dba', opts=>vector('noinherit', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL', sec=>'basic');
DB.DBA.VHOST_DEFINE (lpath=>'/sparql-graph-crud-basic', ppath=>'/!sparql-graph-crud/', is_dav=>1, vsp_user=>'dba', opts=>vector('noinherit', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL', sec=>'basic');
USER_SET_PASSWORD ('dba', '$dba_pw');"
  echo "$dba_pw" >"$dir/dba-password"

  local base="http://127.0.0.1:$http_port"
  cat >"$dir/plankg.env" <<EOF
export PLANKG_STORE=sparql
export PLANKG_SPARQL_QUERY=$base/sparql
export PLANKG_SPARQL_UPDATE=$base/sparql-basic
export PLANKG_SPARQL_GRAPH_STORE=$base/sparql-graph-crud-basic
export PLANKG_SPARQL_USER=plankg
export PLANKG_SPARQL_PASSWORD=$user_pw
EOF
  trap - EXIT
  echo "virtuoso.sh: Virtuoso (pid $pid) serves $base/sparql; settings in $dir/plankg.env; stop with: $0 stop $dir" >&2
  echo "$base/sparql"
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] || die "usage: $0 stop DIR"
  [ -f "$dir/$MARKER" ] || die "$dir was not made by $0 start; not touching it"
  if [ -f "$dir/virtuoso.pid" ]; then
    local pid
    pid=$(cat "$dir/virtuoso.pid")
    # Only signal the process if it is still our server (pids get reused).
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$dir/virtuoso.ini"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.25
      done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) install_server ;;
  start) start "${2:-}" ;;
  env) [ -f "${2:-}/plankg.env" ] || die "no server settings in ${2:-DIR}; run: $0 start DIR"; cat "$2/plankg.env" ;;
  stop) stop "${2:-}" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
