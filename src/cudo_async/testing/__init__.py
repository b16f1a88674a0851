"""Testing helpers (the ``cudo-async[testing]`` extra): a local emulator of the CUDO Compute API.

>>> from cudo_async.testing import Emulator
>>> async with Emulator() as emu:
...     async with emu.client() as cudo:
...         vm = await cudo.virtual_machines.get_vm(emu.project_id, "my-vm")

``emu.inject(operation, times=N, status=..., latency=..., drop="before"|"after", truncate=True, body=b"...")``
makes chosen calls misbehave; ``emu.exchanges`` records what it answered, and ``emu.side_effects``
counts how often each mutating call was applied.

It answers as CUDO's gateway does (zero values left out, errors with the gRPC number in
``code``); ``Emulator(wire="aip193")`` gives the documented form. pytest finds the
``cudo_emulator`` and ``cudo_client`` fixtures by itself (see ``cudo_async._pytest_plugin``).
"""

from ._emulator import Emulator
from ._faults import Exchange, Fault
from ._store import ApiFailure

__all__ = ["ApiFailure", "Emulator", "Exchange", "Fault"]
