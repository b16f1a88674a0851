"""One worker process of the shared-limit proof: CALLS calls over CONCURRENCY tasks on one key.

    python -m tests.reliability.fleet_worker BASE_URL KEY (REDIS_URL | local) PER_SECOND CALLS

Prints one JSON line: how many calls succeeded and when the first and last were sent.
"""

from __future__ import annotations

import json
import sys
import time

import anyio

from cudo_async import AsyncCudo, RateLimit, RetryPolicy
from cudo_async.redis import RedisRateLimiter

CONCURRENCY = 10


async def main(base_url: str, key: str, redis_url: str, per_second: float, calls: int) -> None:
    limit: float | RateLimit = per_second
    if redis_url != "local":
        limit = RedisRateLimiter(redis_url, per_second=per_second, prefix="proof")
    done: list[float] = []
    failed: list[str] = []
    started = time.time()
    async with AsyncCudo(api_key=key, base_url=base_url, rate_limit=limit, retry=RetryPolicy(deadline=60)) as cudo:

        async def worker(share: int) -> None:
            for _ in range(share):
                try:
                    await cudo.virtual_machines.list_vm_data_centers()
                    done.append(time.time())
                except Exception as exc:  # reported, never hidden
                    failed.append(type(exc).__name__)

        async with anyio.create_task_group() as tg:
            for i in range(CONCURRENCY):
                tg.start_soon(worker, calls // CONCURRENCY + (1 if i < calls % CONCURRENCY else 0))
    if isinstance(limit, RedisRateLimiter):
        await limit.aclose()
    print(json.dumps({"ok": len(done), "failed": failed, "started": started, "last": max(done, default=started)}))


if __name__ == "__main__":
    url, key, redis_url, per_second, calls = sys.argv[1:6]
    anyio.run(main, url, key, redis_url, float(per_second), int(calls))
