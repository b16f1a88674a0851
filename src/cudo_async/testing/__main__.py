"""``python -m cudo_async.testing --port 8787``: serve the emulator until interrupted.

Several processes can share one emulator: give them its URL and key. ``--stats-every`` prints
how many requests it answered and how many of those it rate-limited.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import sys
from collections.abc import Callable
from typing import NoReturn

import anyio

from ..errors import ConfigurationError
from ._emulator import WIRE_FORMS, Emulator


def _stats(emu: Emulator) -> str:
    return f"answered {emu.answered}, rate-limited {emu.rate_limited}"


async def _serve(args: argparse.Namespace) -> None:
    emu = Emulator(
        host=args.host,
        port=args.port,
        rate_limit=args.rate_limit or None,
        burst=args.burst,
        boot_seconds=args.boot_seconds,
        transition_seconds=args.transition_seconds,
        api_key=args.api_key,
        project_id=args.project_id,
        wire=args.wire,
        idle_timeout=args.idle_timeout,
        max_connections=args.max_connections,
        allow_remote=args.allow_remote,
    )
    async with emu:
        print(f"CUDO emulator at {emu.base_url}", flush=True)
        print(f"export CUDO_BASE_URL={emu.base_url}", flush=True)
        print(f"export CUDO_API_KEY={emu.api_key}", flush=True)
        print(f"export CUDO_PROJECT_ID={emu.project_id}", flush=True)
        try:
            async with anyio.create_task_group() as tg:
                if args.stats_every > 0:
                    tg.start_soon(_print_stats, emu, args.stats_every)
                await emu.serving_stopped()  # only a failure of the listener gets here
                tg.cancel_scope.cancel()
        finally:
            print(_stats(emu), flush=True)
    raise SystemExit("the emulator stopped serving")


async def _print_stats(emu: Emulator, every: float) -> None:
    while True:
        await anyio.sleep(every)
        print(_stats(emu), flush=True)


def _positive(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _whole(low: int, high: int | None, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (``None``: no upper bound)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
        if value < low or (high is not None and value > high):
            raise argparse.ArgumentTypeError(f"{text} is not {what}")
        return value

    return parse


_port = _whole(0, 65535, "a port (0 to 65535; 0: any free port)")
_count = _whole(1, None, "a whole number of at least 1")


def _seconds_or_range(text: str) -> float | tuple[float, float]:
    with contextlib.suppress(ValueError):  # one number (1e-5 holds a "-" too)
        return _positive(text)
    low, sep, high = text.partition("-")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds, nor a range such as 20-180")
    shortest, longest = _positive(low), _positive(high)
    if shortest > longest:
        raise argparse.ArgumentTypeError(f"{text}: the shortest time comes first")
    return (shortest, longest)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A refused argument in one line (argparse's usage is what --help is for)."""
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def main() -> None:
    parser = _Parser(prog="python -m cudo_async.testing", description="Serve the CUDO emulator.")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host that is not a loopback address (any client may call)",
    )
    parser.add_argument(
        "--idle-timeout", type=_positive, default=30.0, help="close a connection idle for this many seconds"
    )
    parser.add_argument(
        "--max-connections",
        type=_count,
        default=512,
        help="connections served at once (at most half the file-descriptor limit); more wait to be accepted",
    )
    parser.add_argument("--port", type=_port, default=8787, help="port (0: any free port)")
    parser.add_argument("--rate-limit", type=_positive, default=100.0, help="requests per second per key (0: none)")
    parser.add_argument("--burst", type=_count, default=200, help="requests a key may send at once before the limit")
    parser.add_argument(
        "--boot-seconds", type=_seconds_or_range, default=0.3, help="how long a new VM takes to boot: 20, or 20-180"
    )
    parser.add_argument("--transition-seconds", type=_positive, default=0.2, help="how long start/stop/reboot take")
    parser.add_argument("--api-key", default=None, help="the key to accept (default: a random one, printed)")
    parser.add_argument("--project-id", default="demo-project", help="the project that exists from the start")
    parser.add_argument(
        "--wire", choices=WIRE_FORMS, default=None, help="answers as CUDO's gateway sends them, or in AIP-193 form"
    )
    parser.add_argument("--stats-every", type=_positive, default=0.0, help="print request counts every N seconds")
    args = parser.parse_args()
    try:
        with contextlib.suppress(KeyboardInterrupt):
            anyio.run(_serve, args)
    except OSError as exc:  # the listener could not be opened: say why in one line
        where = f"{args.host}:{args.port}"
        if exc.errno == errno.EADDRINUSE or "in use" in str(exc):
            why = f"port {args.port} is in use (choose another with --port, or --port 0 for any free one)"
        else:
            why = exc.strerror or str(exc)
        print(f"the emulator cannot listen on {where}: {why}", file=sys.stderr, flush=True)
        raise SystemExit(1) from None
    except ConfigurationError as exc:  # an option the emulator refuses (a host that is not loopback)
        parser.error(str(exc))
    except RuntimeError as exc:  # serving failed: exit non-zero, saying why
        cause: BaseException = exc.__cause__ or exc
        while inner := getattr(cause, "exceptions", None):  # an exception group: its first failure
            cause = inner[0]
        print(f"the emulator stopped serving: {type(cause).__name__}: {cause}", file=sys.stderr, flush=True)
        raise SystemExit(1) from exc


if __name__ == "__main__":
    main()
