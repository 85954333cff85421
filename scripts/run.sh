#!/usr/bin/env bash
# Command 1: install everything, start OpenSearch, Redis and a Celery worker, migrate, load the
# Italian demo content and serve the portal on http://127.0.0.1:8000.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-portal.settings.dev}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/0}"

setup_common
start_redis
start_opensearch
step "Database (${DATABASE_URL:-SQLite in $VAR/ali.sqlite3})"
"$PY" manage.py migrate --noinput -v0
step "Demo content"
"$PY" manage.py load_demo
step "Search indexes"
"$PY" manage.py update_index >/dev/null 2>&1 || note "OpenSearch index not updated (see the site's search page)"
"$PY" manage.py search_reindex || note "Candidate/offer indices not built (OpenSearch down?): the beat task catches up"
start_celery "$DJANGO_SETTINGS_MODULE"
step "Serving on http://127.0.0.1:8000  (staff area: http://127.0.0.1:8000/admin/ · stop with Ctrl-C, then scripts/stop.sh)"
exec "$PY" manage.py runserver 127.0.0.1:8000
