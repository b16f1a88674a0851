"""A real redis-server (Debian's package) on a free loopback port, for the tests that need one."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers import free_port


@contextmanager
def redis_server(port: int | None = None, *, password: str | None = None) -> Iterator[str]:
    """Start redis-server on 127.0.0.1 (no persistence; with ``password``, it asks for it), yield
    its URL (without the password), stop it afterwards."""
    exe = shutil.which("redis-server")
    assert exe, "these tests need redis-server (apt-get install redis-server; .ci/run installs it)"
    port = port or free_port()
    command = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    if password is not None:
        command += ["--requirepass", password]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):  # bounded: 10 s
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(64).startswith((b"+PONG", b"-NOAUTH")):
                        break
            except OSError:
                pass
            assert proc.poll() is None, "redis-server exited at start"
            time.sleep(0.05)
        else:
            raise AssertionError("redis-server did not answer within 10 s")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
