#!/usr/bin/env bash
# Stop the services started by scripts/run.sh or scripts/test.sh.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
stop_celery
stop_opensearch
stop_redis
stop_postgres
echo "Stopped."
