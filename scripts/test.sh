#!/usr/bin/env bash
# Command 2: install everything, start PostgreSQL, OpenSearch and Redis, check and lint, and run
# the whole test suite (a real Celery worker and Chromium are started by the tests).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export DJANGO_SETTINGS_MODULE=portal.settings.test
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/1}"
export OPENSEARCH_INDEX_PREFIX="${OPENSEARCH_INDEX_PREFIX:-ali-test}"

started_here=()
cleanup() {
  for service in "${started_here[@]}"; do "stop_$service"; done
}
trap cleanup EXIT

setup_common
redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 || started_here+=(redis)
start_redis
[ -f "$PGDATA/postmaster.pid" ] || started_here+=(postgres)
start_postgres
"$PY" -m tools.opensearch.launcher status >/dev/null 2>&1 || started_here+=(opensearch)
start_opensearch

step "Checks: ruff, mypy, manage.py check, migrations"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check . >/dev/null || { "$VENV/bin/ruff" format --diff . | head -50; exit 1; }
"$VENV/bin/mypy"  # django-stubs; strict on services, selectors and search/queries (pyproject.toml)
"$PY" manage.py check
"$PY" manage.py makemigrations --check --dry-run >/dev/null || { echo "Missing migrations" >&2; exit 1; }
DJANGO_SECRET_KEY=check-deploy-only-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH \
  DJANGO_SETTINGS_MODULE=portal.settings.production "$PY" manage.py check --deploy --fail-level WARNING

step "Tests (PostgreSQL :$PGPORT, OpenSearch :$OPENSEARCH_PORT, Redis :$REDIS_PORT)"
start=$(date +%s)
"$VENV/bin/pytest" --durations=25 "$@"  # the 25 slowest tests, to keep the suite short
echo "Test suite took $(( $(date +%s) - start )) s"
