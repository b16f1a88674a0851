"""``python -m cudo_async.testing --port 8787``: serve the emulator until interrupted."""

from __future__ import annotations

import argparse
import contextlib

import anyio

from ._emulator import Emulator


async def _serve(host: str, port: int, rate_limit: float | None) -> None:
    async with Emulator(host=host, port=port, rate_limit=rate_limit) as emu:
        print(f"CUDO emulator at {emu.base_url}", flush=True)
        print(f"export CUDO_BASE_URL={emu.base_url}", flush=True)
        print(f"export CUDO_API_KEY={emu.api_key}", flush=True)
        print(f"export CUDO_PROJECT_ID={emu.project_id}", flush=True)
        await anyio.sleep_forever()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m cudo_async.testing", description="Serve the CUDO emulator.")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8787, help="port (0: any free port)")
    parser.add_argument("--rate-limit", type=float, default=100.0, help="requests per second per key (0: none)")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(_serve, args.host, args.port, args.rate_limit or None)


if __name__ == "__main__":
    main()
