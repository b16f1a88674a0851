"""``python -m cudo_async.testing --port 8787``: serve the emulator until interrupted.

Several processes can share one emulator: give them its URL and key. ``--stats-every`` prints
how many requests it answered and how many of those it rate-limited.
"""

from __future__ import annotations

import argparse
import contextlib

import anyio

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
    )
    async with emu:
        print(f"CUDO emulator at {emu.base_url}", flush=True)
        print(f"export CUDO_BASE_URL={emu.base_url}", flush=True)
        print(f"export CUDO_API_KEY={emu.api_key}", flush=True)
        print(f"export CUDO_PROJECT_ID={emu.project_id}", flush=True)
        try:
            if args.stats_every > 0:
                while True:
                    await anyio.sleep(args.stats_every)
                    print(_stats(emu), flush=True)
            await anyio.sleep_forever()
        finally:
            print(_stats(emu), flush=True)


def _positive(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _seconds_or_range(text: str) -> float | tuple[float, float]:
    low, sep, high = text.partition("-")
    if not sep:
        return _positive(text)
    shortest, longest = _positive(low), _positive(high)
    if shortest > longest:
        raise argparse.ArgumentTypeError(f"{text}: the shortest time comes first")
    return (shortest, longest)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m cudo_async.testing", description="Serve the CUDO emulator.")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8787, help="port (0: any free port)")
    parser.add_argument("--rate-limit", type=_positive, default=100.0, help="requests per second per key (0: none)")
    parser.add_argument("--burst", type=int, default=200, help="requests a key may send at once before the limit")
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
    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(_serve, args)


if __name__ == "__main__":
    main()
