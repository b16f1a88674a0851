"""Where the API key comes from, how it is checked, and how it stays out of logs and reprs.

Sources, in order: the ``api_key`` argument (a string, or a sync or async callable asked on
every request), ``CUDO_API_KEY``, then the cudoctl configuration file
(``~/.config/cudo/cudo.yml``: ``current-context`` names a context whose ``key`` names an entry
of ``keys``). The key itself is never formatted into any message.
"""

from __future__ import annotations

import enum
import functools
import inspect
import ipaddress
import os
import unicodedata
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import httpx2

from ._redact import without_userinfo
from .errors import ConfigurationError, exception_text


class NoKey(enum.Enum):
    """The type of :data:`NO_KEY`."""

    NO_KEY = "NO_KEY"

    def __repr__(self) -> str:
        return "NO_KEY"


#: ``AsyncCudo(api_key=NO_KEY)``: send no key at all (no ``Authorization`` header), for the calls
#: CUDO answers without one (its catalogue). ``api_key=None`` means "look in the environment".
NO_KEY = NoKey.NO_KEY

KeyCallable = Callable[[], str] | Callable[[], Awaitable[str]]
KeyLike = str | KeyCallable | NoKey

ENV_KEY = "CUDO_API_KEY"
ENV_PROJECT = "CUDO_PROJECT_ID"
ENV_BASE_URL = "CUDO_BASE_URL"
DEFAULT_BASE_URL = "https://rest.compute.cudo.org"


def cudoctl_config_path() -> Path:
    return Path(os.environ.get("CUDO_CONFIG") or Path.home() / ".config" / "cudo" / "cudo.yml")


def check_key(raw: object, source: str) -> str:
    """Strip surrounding whitespace; refuse empty keys and keys with inner whitespace or control characters."""
    if not isinstance(raw, str):
        raise ConfigurationError(f"the API key from {source} is not a string (got {type(raw).__name__})")
    key = raw.strip()
    if not key:
        raise ConfigurationError(f"the API key from {source} is empty")
    if not key.isascii():
        raise ConfigurationError(
            f"the API key from {source} contains non-ASCII characters, which cannot travel in an HTTP header; "
            "copy the key again"
        )
    if any(ch.isspace() or not ch.isprintable() for ch in key):
        raise ConfigurationError(
            f"the API key from {source} contains whitespace or control characters; copy the key again"
        )
    return key


def _load_cudoctl(path: Path) -> Mapping[str, Any] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return _parse_cudoctl(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _parse_cudoctl(path: Path, mtime_ns: int, size: int) -> Mapping[str, Any] | None:
    """The file parsed once per version (the key and the project both come from it)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        # The message of a YAML error can quote the file; never show it.
        raise ConfigurationError(f"cannot read the cudoctl configuration {path} ({type(exc).__name__})") from None
    return data if isinstance(data, Mapping) else None


def _named(items: Any, name: Any) -> Mapping[str, Any] | None:
    if not isinstance(items, list):
        return None
    return next((i for i in items if isinstance(i, Mapping) and i.get("name") == name), None)


def cudoctl_context(path: Path | None = None) -> tuple[str | None, str | None]:
    """(key, project) of the cudoctl ``current-context``; either may be None."""
    path = path or cudoctl_config_path()
    data = _load_cudoctl(path)
    if data is None:
        return None, None
    context = _named(data.get("contexts"), data.get("current-context"))
    if context is None:
        return None, None
    entry = _named(data.get("keys"), context.get("key"))
    key = entry.get("key") if entry else None
    project = context.get("project")
    return (
        check_key(key, f"cudoctl configuration {path}") if key is not None else None,
        str(project) if project else None,
    )


class KeySource:
    """Supplies the key for each request. Its repr names the source, never the key."""

    __slots__ = ("_fixed", "_func", "source")

    def __init__(self, api_key: KeyLike | None) -> None:
        self._fixed: str | None = None
        self._func: KeyCallable | None = None
        if api_key is NO_KEY:
            self.source = "api_key=NO_KEY (no Authorization header)"
            self._fixed = ""  # the request path sends no header for an empty key
            return
        if callable(api_key):
            self._func = api_key
            self.source = "the api_key callable"
            return
        if api_key is not None:
            self.source = "the api_key argument"
            self._fixed = check_key(api_key, self.source)
            return
        env = os.environ.get(ENV_KEY)
        if env is not None and env.strip():
            self.source = f"${ENV_KEY}"
            self._fixed = check_key(env, self.source)
            return
        path = cudoctl_config_path()
        key, _ = cudoctl_context(path)
        if key is None:
            raise ConfigurationError(
                "no CUDO API key found: looked at the api_key argument, "
                f"${ENV_KEY} and the cudoctl configuration {path}"
            )
        self.source = f"cudoctl configuration {path}"
        self._fixed = key

    async def get(self) -> str:
        if self._fixed is not None:
            return self._fixed
        assert self._func is not None
        try:
            value = self._func()
            if inspect.isawaitable(value):
                value = await value
        except ConfigurationError:
            raise
        except Exception as exc:
            # The provider's own exception stays the cause; its text is the caller's, never the key.
            raise ConfigurationError(f"{self.source} failed: {type(exc).__name__}") from exc
        return check_key(value, self.source)

    def __repr__(self) -> str:
        return f"<KeySource {self.source}>"


def resolve_project_id(project_id: str | None) -> str | None:
    if project_id:
        return project_id
    env = os.environ.get(ENV_PROJECT)
    if env and env.strip():
        return env.strip()
    try:
        return cudoctl_context()[1]
    except ConfigurationError:
        return None


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str | None) -> httpx2.URL:
    """https anywhere, plain http only to a loopback host (tests, the emulator). Each mistake is
    refused with what is wrong and what to write instead."""
    where = "base_url"
    raw: object = base_url
    if base_url is None:
        where, raw = ENV_BASE_URL, os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    example = f"write e.g. {DEFAULT_BASE_URL!r}, or 'http://127.0.0.1:8787' for a local server"
    if not isinstance(raw, str):
        raise ConfigurationError(f"{where} must be a str, got {type(raw).__name__}; {example}")
    if not raw.strip():
        raise ConfigurationError(f"{where} is empty; {example} (or leave it out for the default)")
    # Credentials (user:password@), however malformed and in whatever look-alike of '@' a URL
    # parser would read as one (U+FF20, U+FE6B: NFKC folds them, as IDNA does): refused first,
    # never echoed.
    if "@" in unicodedata.normalize("NFKC", raw):
        raise ConfigurationError(
            f"{where} holds an '@' (or a character read as one): credentials in the URL are never sent nor "
            f"shown; give the key as api_key= or ${ENV_KEY} and write only scheme, host, port and path"
        )
    # (nothing to take out now: a second guard for what follows, which never shows a query either)
    safe = without_userinfo(raw).split("?", 1)[0].split("#", 1)[0]
    shown = repr(safe[:200])
    if raw != raw.strip():
        raise ConfigurationError(f"{where} {shown} has spaces around it; write {safe.strip()[:200]!r}")
    if "://" not in raw:
        raise ConfigurationError(
            f"{where} {shown} has no scheme; write 'https://{safe[:200]}' "
            f"(or 'http://{safe[:200]}' for a loopback test server)"
        )
    try:
        url = httpx2.URL(raw)
    except (httpx2.InvalidURL, TypeError) as exc:
        raise ConfigurationError(
            f"invalid {where} {shown}: {without_userinfo(exception_text(exc))}; {example}"
        ) from None
    if not url.host:
        raise ConfigurationError(f"{where} {shown} has no host; {example}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing {where} {shown}: the key is only sent over https (plain http only to a loopback "
            f"host); write 'https://{url.host}{url.path.rstrip('/')}'"
        )
    if url.scheme not in ("https", "http"):
        raise ConfigurationError(f"refusing {where} {shown}: the scheme must be https; {example}")
    if url.userinfo or url.query or url.fragment:
        raise ConfigurationError(
            f"{where} must not carry credentials, a query or a fragment; write only scheme, host, port and path"
        )
    path = url.raw_path.rstrip(b"/")
    if path.endswith(b"/v1"):  # every operation's path starts with /v1 already
        fixed = str(url.copy_with(raw_path=path[:-3]))
        raise ConfigurationError(f"{where} {shown} ends in /v1, which every operation adds itself; write {fixed!r}")
    return url.copy_with(raw_path=path)
