"""The node's process, found with psutil by the state folder it was started on, and the
diagnostics printed when a start fails.

A node belongs to a checkout when its command line has the runner's main class and, after
``-basePath``, that checkout's state folder: nothing here ever acts on another checkout's node.
"""

from __future__ import annotations

import re
from pathlib import Path

import psutil

MAIN_CLASS = "org.codelibs.opensearch.runner.OpenSearchRunner"
# The runner picks its transport port from 9300 up; HTTP ports are below.
TRANSPORT_PORTS_FROM = 9300


def _base_path(cmdline: list[str]) -> str | None:
    if MAIN_CLASS not in cmdline or "-basePath" not in cmdline:
        return None
    index = cmdline.index("-basePath") + 1
    return cmdline[index] if index < len(cmdline) else None


def find_node(home: Path) -> psutil.Process | None:
    """The live runner process started with ``-basePath home``, or None."""
    for proc in psutil.process_iter(["cmdline", "status"]):
        if proc.info["status"] == psutil.STATUS_ZOMBIE:
            continue
        if _base_path(proc.info["cmdline"] or []) == str(home):
            return proc
    return None


def alive(proc: psutil.Process) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def http_ports(proc: psutil.Process) -> set[int]:
    """The HTTP ports the node listens on (its transport port excluded)."""
    try:
        connections = proc.net_connections(kind="tcp")
    except psutil.Error:
        return set()
    return {
        c.laddr.port
        for c in connections
        if c.status == psutil.CONN_LISTEN and c.laddr.port < TRANSPORT_PORTS_FROM
    }


def describe_listener(port: int) -> str:
    """Who listens on a local TCP port, in words, e.g. for a 'port taken' message."""
    try:
        connections = psutil.net_connections(kind="tcp")
    except psutil.Error:
        connections = []
    for conn in connections:
        if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port and conn.pid:
            try:
                proc = psutil.Process(conn.pid)
                cmdline = proc.cmdline()
            except psutil.Error:
                break
            base = _base_path(cmdline)
            if base:
                where = Path(base).parent
                return f"the OpenSearch node of another checkout (pid {conn.pid}, state {where})"
            return f"another program (pid {conn.pid}: {' '.join(cmdline)[:80]})"
    return "another program"


def terminate(proc: psutil.Process, timeout: float) -> None:
    """SIGTERM, then SIGKILL after ``timeout`` seconds; returns once the process is gone."""
    try:
        proc.terminate()
        proc.wait(timeout=timeout)
    except psutil.NoSuchProcess:
        return
    except psutil.TimeoutExpired:
        try:
            proc.kill()
            proc.wait(timeout=10)
        except psutil.NoSuchProcess:
            return


def rss_mb(proc: psutil.Process) -> float | None:
    try:
        return proc.memory_info().rss / 2**20
    except psutil.Error:
        return None


# --------------------------------------------------------------------------------------------
# diagnostics: the runner's main() swallows start-up exceptions (exit 1, nothing logged), so the
# JVM records every thrown exception (-Xlog:exceptions) and a failed start prints the last ones.

_NOISE = re.compile(
    r"StreamReadException|JsonParseException|ConnectException|UnixException|"
    r"FileAlreadyExistsException|NoSuchFileException|ClassNotFoundException|"
    r"NumberFormatException|NoSuchMethodException|NoSuchFieldException|"
    r"InterruptedException|SocketTimeoutException|InvocationTargetException"
)
_NOISE_MESSAGES = re.compile(r'VM option "|Boot class path mechanism|^$')
_THROWN = re.compile(r"Exception <a '([^']+)'\{[^}]*\}(?:: (.*?))?>\s*$", re.MULTILINE)


def tail(path: Path, lines: int = 40) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - 64 * 1024))
            text = fh.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def thrown_exceptions(path: Path, count: int = 6) -> list[str]:
    """The last distinct meaningful exceptions of the JVM's exception log, newest last."""
    try:
        text = path.read_text("utf-8", "replace")
    except OSError:
        return []
    found: list[str] = []
    for match in _THROWN.finditer(text):
        name, message = match.group(1).replace("/", "."), match.group(2) or ""
        if _NOISE.search(name) or _NOISE_MESSAGES.search(message):
            continue
        entry = f"{name}: {message}".strip()
        if entry in found:
            found.remove(entry)
        found.append(entry)
    return found[-count:]


def diagnostics(exceptions_log: Path, logs: list[Path]) -> str:
    parts = []
    exceptions = thrown_exceptions(exceptions_log)
    if exceptions:
        listed = "\n  ".join(exceptions)
        parts.append(f"Last exceptions thrown in the JVM (newest last):\n  {listed}")
    for path in logs:
        text = tail(path, 25)
        if text:
            parts.append(f"--- tail of {path} ---\n{text}")
    return "\n".join(parts)
