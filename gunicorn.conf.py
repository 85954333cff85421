"""gunicorn settings of command 1 (scripts/run.sh); `gunicorn portal.wsgi` reads this file from
the working folder, so production can use it too, with its own environment.

Workers and threads for a 2-core machine: gthread workers, 3 processes x 4 threads (~150 MB
each). Python runs one thread at a time per process, so serving pages from the cache (CPU-bound
work) scales with processes: about one per core, plus one so that a core never idles while a
process waits on PostgreSQL, Redis or OpenSearch. Threads overlap those waits (cache misses,
site search) and keep a slow client from holding a whole process. More processes (4 x 2, 5 x 1)
served cache hits a little faster but left less CPU to OpenSearch and PostgreSQL on the same two
cores, so site search and the tail latency got worse; fewer (2 x 4) left a core idle while a
worker waited. Measured with benchmarks/load_bench.py (README, "Load benchmark").
"""

import os

_var = os.environ.get("ALI_VAR_DIR") or os.path.join(os.path.dirname(__file__), "var")

bind = f"{os.environ.get('ALI_HOST', '127.0.0.1')}:{os.environ.get('ALI_PORT', '8000')}"
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("WEB_THREADS", "4"))
preload_app = True  # import Django once, then fork: faster start, shared memory
max_requests = 2000  # recycle a worker now and then (a leak cannot grow forever)
max_requests_jitter = 200
timeout = 30
graceful_timeout = 20
keepalive = 5
worker_tmp_dir = "/dev/shm"  # noqa: S108 - the heartbeat file, in memory rather than on disk
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", os.path.join(_var, "log", "gunicorn-access.log"))
errorlog = "-"  # the terminal of scripts/run.sh
proc_name = "ali-portal"
control_socket = os.path.join(_var, "run", "gunicorn.ctl")  # per checkout, not in $HOME
