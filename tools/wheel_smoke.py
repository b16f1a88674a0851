"""Smoke test of an installed wheel on one Python version (make test runs it on 3.10-3.13).

Decodes proto3 JSON the way CUDO's gateway writes it (Z and nanosecond timestamps, an enum value
the spec does not list, 64-bit integers as strings, an omitted list), then drives a VM through
the bundled emulator, on asyncio and on trio when trio is installed.
"""

from __future__ import annotations

import datetime
import sys

import anyio
import httpx2

import cudo_async
from cudo_async import AsyncCudo, errors, models
from cudo_async.testing import Emulator


def check_decoding() -> None:
    from cudo_async_api.api.virtual_machines import list_vms

    answer = {
        "VMs": [
            {"id": "vm-1", "projectId": "p", "state": "BRAND_NEW_STATE", "memory": "4096",
             "createTime": "2026-01-02T03:04:05.123456789Z", "expireTime": "2026-01-02T03:04:05+05:30"},
        ]
    }  # fmt: skip
    vm = list_vms._decode(answer).vms[0]
    assert vm.memory == 4096, vm.memory
    assert vm.state == "BRAND_NEW_STATE" and not vm.state.is_known
    assert vm.create_time == datetime.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.timezone.utc)
    assert vm.expire_time.utcoffset() == datetime.timedelta(hours=5, minutes=30)
    assert list_vms._decode({}).to_dict() == {} and list_vms._decode({}).vms == []
    from cudo_async.models import VM

    assert VM is models.VM and VM.from_dict({"projectId": "p", "id": "v"}).vcpus == 0


async def check_emulator_flow() -> None:
    async with Emulator(boot_seconds=0.05) as emu, emu.client() as cudo:
        assert isinstance(cudo, AsyncCudo)
        dcs = await cudo.virtual_machines.list_vm_data_centers()
        body = models.CreateVMBody(
            vm_id="smoke-vm", data_center_id=dcs.data_centers[0].id, machine_type="epyc-milan",
            boot_disk_image_id="ubuntu-2204", vcpus=2, memory_gib=4, gpus=0,
        )  # fmt: skip
        await cudo.virtual_machines.create_vm(emu.project_id, body=body)
        vm = await cudo.wait_for_vm(emu.project_id, "smoke-vm", until="ACTIVE", timeout=10)
        assert vm.state == "ACTIVE"
        try:
            await cudo.virtual_machines.get_vm(emu.project_id, "no-such-vm")
        except errors.NotFoundError as exc:
            assert exc.code == 5 and exc.http_status == 404
        else:
            raise AssertionError("a missing VM must raise NotFoundError")
        # Operations without a handler are served from the spec the wheel ships (cudo_async_api/openapi.json).
        from cudo_async_api.api import ROUTES

        from cudo_async.testing._store import HANDLERS

        assert len(emu.spec.operations) == len(ROUTES)
        generic = [op for op in emu.spec.operations.values() if op.method == "GET" and not op.path_names]
        generic = [op for op in generic if op.id not in HANDLERS and not any(p.required for p in op.params)]
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {emu.api_key}"}) as http:
            for op in generic:
                reply = await http.get(emu.base_url + op.path)
                assert reply.status_code == 200, (op.id, reply.text)


def main() -> None:
    check_decoding()
    backends = ["asyncio"]
    try:
        import trio  # noqa: F401
    except ImportError:
        pass
    else:
        backends.append("trio")
    for backend in backends:
        anyio.run(check_emulator_flow, backend=backend)
    python = sys.version.split()[0]
    print(f"wheel smoke passed: cudo-async {cudo_async.__version__} on Python {python} ({', '.join(backends)})")


if __name__ == "__main__":
    main()
