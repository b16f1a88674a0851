"""A deliberately minimal HTTP/1.1 server for the benchmarks: precomputed answers, keep-alive,
no framework, one process on loopback. It only needs to outrun the client under test.

    python bench/server.py PORT
"""

from __future__ import annotations

import asyncio
import json
import sys

VM = {
    "id": "vm-1",
    "projectId": "bench",
    "datacenterId": "gb-bournemouth-1",
    "machineType": "epyc-milan",
    "vcpus": 4,
    "memory": 16,
    "gpuQuantity": 0,
    "state": "ACTIVE",
    "shortState": "active",
    "createTime": "2026-01-02T03:04:05.123456Z",
    "bootDiskSizeGib": 50,
    "imageId": "ubuntu-2204",
    "commitmentTerm": "COMMITMENT_TERM_NONE",
    "internalIpAddress": "10.0.0.5",
    "externalIpAddress": "192.0.2.5",
    "renewableEnergy": True,
}
BODIES = {
    b"/v1/projects/bench/vms/vm-1": json.dumps({"VM": VM}).encode(),
    b"/v1/vms/data-centers": json.dumps({"dataCenters": [{"id": "gb-bournemouth-1", "ipv4Free": 10}]}).encode(),
}
NOT_FOUND = b'{"code":5,"message":"Not Found","details":[]}'


def answer(path: bytes) -> bytes:
    body = BODIES.get(path.split(b"?", 1)[0])
    status = b"200 OK" if body is not None else b"404 Not Found"
    body = body if body is not None else NOT_FOUND
    return (
        b"HTTP/1.1 "
        + status
        + b"\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


CACHE = {path: answer(path) for path in BODIES}


class Http(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            path = head.split(b" ", 2)[1]
            self.transport.write(CACHE.get(path) or answer(path))  # type: ignore[attr-defined]


async def main(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Http, "127.0.0.1", port, backlog=1024)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
