#!/usr/bin/env bash
# Command 1: install everything, start PostgreSQL, Redis, OpenSearch and a Celery worker, migrate,
# load the Italian demo content and serve the portal with gunicorn on http://127.0.0.1:8000
# (production-like: DEBUG off, WhiteNoise, the page cache; portal.settings.local).
#
#   ALI_DEV=1 bash scripts/run.sh    (or: bash scripts/run.sh --dev) serves with Django's
#                                    runserver instead: autoreload and DEBUG (portal.settings.dev)
#   ALI_PORT=8010 REDIS_PORT=6390 OPENSEARCH_PORT=9210 PGPORT=5440 ALI_VAR_DIR=... bash scripts/run.sh
#                                    a second stack beside the first one
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DEV="${ALI_DEV:-0}"
[ "${1:-}" = "--dev" ] && DEV=1
if [ "$DEV" = 1 ]; then default_settings=portal.settings.dev; else default_settings=portal.settings.local; fi
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-$default_settings}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}"
export ALI_PORT="${ALI_PORT:-8000}"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$ALI_PORT}"
URL="http://127.0.0.1:$ALI_PORT"

if (exec 3<>"/dev/tcp/127.0.0.1/$ALI_PORT") 2>/dev/null; then
  echo "Port $ALI_PORT is already in use: stop what serves $URL, or set ALI_PORT." >&2
  exit 1
fi

setup_common
start_redis
start_postgres
start_opensearch
step "Database (PostgreSQL on 127.0.0.1:$PGPORT, database ali)"
"$PY" manage.py migrate --noinput -v0
step "Demo content"
"$PY" manage.py load_demo | tee "$VAR/log/demo.txt"
step "Search indexes"
"$PY" manage.py update_index >/dev/null 2>&1 || note "OpenSearch index not updated (see the site's search page)"
"$PY" manage.py search_reindex || note "Candidate/offer indices not built (OpenSearch down?): the beat task catches up"
start_celery "$DJANGO_SETTINGS_MODULE"

sed -n '/^Demo accounts/,$p' "$VAR/log/demo.txt"
if [ "$DEV" = 1 ]; then
  step "Serving on $URL with runserver (DEBUG, autoreload; staff area: $URL/admin/) · stop with Ctrl-C, then scripts/stop.sh"
  exec "$PY" manage.py runserver "127.0.0.1:$ALI_PORT"
fi
step "Serving on $URL with gunicorn (staff area: $URL/admin/; log: $VAR/log/gunicorn-access.log) · stop with Ctrl-C, then scripts/stop.sh"
exec "$VENV/bin/gunicorn" portal.wsgi --config gunicorn.conf.py
