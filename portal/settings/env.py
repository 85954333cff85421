"""Typed reads of environment variables, with safe defaults."""

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}.") from exc


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def persisted_secret_key(path: Path) -> str:
    """A secret key generated once for this machine and kept in ``path`` (mode 0600).

    For the local runs only: production sets DJANGO_SECRET_KEY. Sessions and password-reset
    links stay valid across restarts, and no key is ever committed.
    """
    try:
        return path.read_text().strip() or _new_secret_key(path)
    except FileNotFoundError:
        return _new_secret_key(path)


def _new_secret_key(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(64)
    try:  # O_EXCL: when two processes start at once, the first one's key wins
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")
    return key


def var_dir(base_dir: Path) -> Path:
    """Where this checkout keeps its state (databases, logs, media): $ALI_VAR_DIR or var/."""
    return Path(os.environ.get("ALI_VAR_DIR") or base_dir / "var")


def redis_url_with_db(url: str, *, offset: int) -> str:
    """The same Redis server, `offset` databases after the one in `url` (0–15)."""
    parts = urlsplit(url)
    current = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(current + offset) % 16}"))
