#!/usr/bin/env bash
# Shared set-up steps of the two README commands. Every step is idempotent: a second run
# skips what is already done. Sourced by scripts/run.sh and scripts/test.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export ALI_VAR_DIR="${ALI_VAR_DIR:-$ROOT/var}"
VAR="$ALI_VAR_DIR"
VENV="${ALI_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"
mkdir -p "$VAR/log" "$VAR/run"

export REDIS_PORT="${REDIS_PORT:-6379}"
export OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
export PGPORT="${PGPORT:-5433}"

step() { printf '\033[1;34m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# Hash of some files: a step re-runs only when what it depends on changed.
stamp_of() { cat "$@" 2>/dev/null | sha256sum | cut -c1-16; }
stamp_ok() { [ -f "$VAR/run/$1.stamp" ] && [ "$(cat "$VAR/run/$1.stamp")" = "$2" ]; }
stamp_set() { echo "$2" > "$VAR/run/$1.stamp"; }

APT_PACKAGES=(
  python3 python3-venv python3-dev build-essential
  postgresql redis-server
  chromium chromium-driver
  maven nodejs npm
  gettext poppler-utils
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-core
  curl ca-certificates
)

ensure_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # Node and Maven may come from elsewhere on a prepared machine: accept working binaries.
  local wanted=()
  for pkg in "${missing[@]}"; do
    case "$pkg" in
      nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;;
      maven) command -v mvn >/dev/null && continue ;;
      python3|python3-venv|python3-dev) command -v python3.11 >/dev/null && continue ;;
    esac
    wanted+=("$pkg")
  done
  if [ ${#wanted[@]} -eq 0 ]; then return; fi
  step "Installing Debian packages: ${wanted[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}

ensure_venv() {
  # Installs the locked set (requirements-dev.txt, hashes checked) with uv, which is
  # itself bootstrapped from its pinned, hashed line of the lock. Re-lock: scripts/lock.sh.
  local want; want="$(stamp_of requirements-dev.txt)"
  if [ -x "$PY" ] && [ -x "$VENV/bin/uv" ] && stamp_ok venv "$want"; then return; fi
  step "Python virtualenv and locked dependencies ($VENV)"
  local python; python="$(command -v python3.11 || command -v python3)"
  [ -x "$PY" ] || "$python" -m venv "$VENV"
  "$PY" -m pip install -q --no-deps --require-hashes \
    -r <(awk '/^uv==/ {on=1} on {print; if ($0 !~ /\\$/) exit}' requirements-dev.txt)
  # install, not sync: exactly the locked versions, without removing what a developer added by
  # hand (a clean clone's fresh venv holds exactly the lock either way).
  "$VENV/bin/uv" pip install -q --python "$PY" --require-hashes -r requirements-dev.txt
  stamp_set venv "$want"
}

ensure_npm() {
  if [ -L node_modules ]; then return; fi  # a checkout sharing another's node_modules
  local want; want="$(stamp_of package.json package-lock.json)"
  if [ -d node_modules/bootstrap-italia ] && [ -f build/rtl/bootstrap-italia.rtl.min.css ] && stamp_ok npm "$want"; then return; fi
  step "Front-end assets (npm: Bootstrap Italia, RTL stylesheet)"
  npm ci --no-audit --no-fund --loglevel=error
  npm run --silent build >/dev/null
  stamp_set npm "$want"
}

ensure_opensearch_jars() {
  "$PY" -m tools.opensearch.launcher install
}

ensure_static_and_messages() {
  local want; want="$(stamp_of package-lock.json $(find portal cms courses jobs notify search -name '*.po' -o -path '*/static/*' -type f 2>/dev/null | sort))"
  if stamp_ok static "$want"; then return; fi
  step "Compiling translations and collecting static files"
  "$PY" manage.py compilemessages -v0 --ignore=.venv --ignore=node_modules
  "$PY" manage.py collectstatic --noinput -v0
  stamp_set static "$want"
}

start_redis() {
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then note "Redis already running on port $REDIS_PORT"; return; fi
  step "Starting Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$VAR/redis"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes \
    --dir "$VAR/redis" --pidfile "$VAR/run/redis.pid" --logfile "$VAR/log/redis.log" \
    --save "" --appendonly no
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return; sleep 0.1; done
  echo "Redis did not start; see $VAR/log/redis.log" >&2; return 1
}

stop_redis() {
  [ -f "$VAR/run/redis.pid" ] || return 0
  redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  rm -f "$VAR/run/redis.pid"
}

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
PGDATA="$VAR/pg"
pg_as() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  export PGHOST=127.0.0.1
  if pg_as "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT"; then note "PostgreSQL already running on port $PGPORT"; else
    step "Starting PostgreSQL on 127.0.0.1:$PGPORT ($PGDATA)"
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
      mkdir -p "$PGDATA"
      [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PGDATA" && chmod 755 "$VAR"
      pg_as "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    [ "$(id -u)" -eq 0 ] && touch "$VAR/log/postgres.log" && chown postgres "$VAR/log/postgres.log"
    pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$VAR/log/postgres.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $PGPORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  fi
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='ali'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE ali"
  export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:$PGPORT/ali}"
}

stop_postgres() {
  [ -f "$PGDATA/postmaster.pid" ] || return 0
  pg_as "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}

start_opensearch() {
  "$PY" -m tools.opensearch.launcher start
}

stop_opensearch() {
  "$PY" -m tools.opensearch.launcher stop >/dev/null 2>&1 || true
}

start_celery() {
  # $1: settings module. A worker with an embedded beat scheduler (periodic tasks).
  local settings="$1"
  stop_celery
  step "Starting a Celery worker (log: $VAR/log/celery.log)"
  DJANGO_SETTINGS_MODULE="$settings" "$VENV/bin/celery" -A portal worker -B \
    --loglevel=INFO --concurrency=2 --pidfile="$VAR/run/celery.pid" \
    --schedule="$VAR/celerybeat-schedule" \
    --logfile="$VAR/log/celery.log" --detach
  for _ in $(seq 100); do
    grep -q "ready" "$VAR/log/celery.log" 2>/dev/null && return; sleep 0.2
  done
  note "the worker is still starting; see $VAR/log/celery.log"
}

stop_celery() {
  [ -f "$VAR/run/celery.pid" ] || return 0
  local pid; pid="$(cat "$VAR/run/celery.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$VAR/run/celery.pid"
}

setup_common() {
  ensure_apt
  ensure_venv
  ensure_npm
  ensure_opensearch_jars
  ensure_static_and_messages
}
