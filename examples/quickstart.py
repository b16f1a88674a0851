"""A tour of cudo-async: catalogue, a VM's life, a decoded error, a retried 429.

python examples/quickstart.py --emulator   # against the bundled emulator (what `make demo` runs)
python examples/quickstart.py              # against the API: CUDO_API_KEY and CUDO_PROJECT_ID set
"""

from __future__ import annotations

import argparse
import logging
import secrets
import sys
from contextlib import AsyncExitStack

import anyio

from cudo_async import AsyncCudo, RetryPolicy, errors, models


def say(text: str = "") -> None:
    print(text, flush=True)


async def tour(cudo: AsyncCudo, project_id: str, emulator: object | None) -> None:
    dcs = await cudo.virtual_machines.list_vm_data_centers()
    say(f"Data centers ({len(dcs.data_centers)}):")
    for dc in dcs.data_centers:
        say(f"  {dc.id:<22} renewable={dc.renewable_energy}  free IPv4={dc.ipv4_free}")

    types = await cudo.virtual_machines.list_vm_machine_types()
    say(f"\nMachine types ({len(types.machine_types)}):")
    for mt in types.machine_types[:4]:
        gpu = mt.gpu_model or "no GPU"
        say(f"  {mt.data_center_id:<22} {mt.machine_type:<16} {mt.cpu_model} / {gpu}  vCPU ${mt.vcpu_price_hr}/h")

    dc_id = dcs.data_centers[0].id
    vm_id = f"demo-{secrets.token_hex(3)}"
    say(f"\nCreating VM {vm_id} in {dc_id} ...")
    body = models.CreateVMBody(
        vm_id=vm_id,
        data_center_id=dc_id,
        machine_type="epyc-milan",
        boot_disk_image_id="ubuntu-2204",
        vcpus=2,
        memory_gib=4,
        gpus=0,
    )
    created = await cudo.virtual_machines.create_vm(project_id, body=body)
    say(f"  created {created.id}: state {created.vm.state if created.vm else '?'}")
    vm = await cudo.wait_for_vm(project_id, vm_id, until={"ACTIVE"}, timeout=120)
    hourly = vm.price.total_price_hr if vm.price else "?"
    say(f"  {vm.id} is {vm.state}: {vm.vcpus} vCPU, {vm.memory} GiB, ${hourly}/h")

    say("\nA decoded AIP-193 error (creating the same VM again):")
    try:
        await cudo.virtual_machines.create_vm(project_id, body=body)
    except errors.AlreadyExistsError as exc:
        say(f"  {type(exc).__name__}: status={exc.status} http={exc.http_status}")
        say(f"  message: {exc.message}")
        say(f"  details: {[type(d).__name__ for d in exc.details]}")

    say("\nA bad request, with field violations:")
    bad = models.CreateVMBody(
        vm_id="Not An Id",
        data_center_id=dc_id,
        machine_type="epyc-milan",
        boot_disk_image_id="x",
        vcpus=0,
        memory_gib=4,
        gpus=0,
    )
    try:
        await cudo.virtual_machines.create_vm(project_id, body=bad)
    except errors.InvalidArgumentError as exc:
        for violation in exc.field_violations:
            say(f"  {violation.field}: {violation.description}")

    if emulator is not None:
        say("\nA 429 answered by the server, retried by the SDK (see the INFO log line):")
        emulator.inject(  # type: ignore[attr-defined]
            "list_vms",
            status=429,
            headers={"Retry-After": "1"},
            body={
                "code": 429,
                "status": "RESOURCE_EXHAUSTED",
                "message": "rate limit exceeded",
                "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.3s"}],
            },
        )
        raw = await cudo.raw(cudo.virtual_machines.list_vms, project_id)
        say(f"  list_vms succeeded after {raw.attempts} attempts: {len(raw.parsed.vms)} VM(s)")

    say(f"\nTerminating {vm_id} ...")
    await cudo.virtual_machines.terminate_vm(project_id, vm_id)
    vm = await cudo.wait_for_vm(project_id, vm_id, until={"DELETED"}, timeout=120)
    say(f"  {vm.id} is {vm.state}")


async def main(use_emulator: bool) -> int:
    logging.basicConfig(level=logging.WARNING, format="  [log] %(levelname)s %(name)s: %(message)s")
    logging.getLogger("cudo_async").setLevel(logging.INFO)
    async with AsyncExitStack() as stack:
        emulator = None
        if use_emulator:
            from cudo_async.testing import Emulator

            emulator = await stack.enter_async_context(Emulator(boot_seconds=1.0, transition_seconds=0.5))
            say(f"Started the CUDO emulator at {emulator.base_url}\n")
            cudo = emulator.client(retry=RetryPolicy(deadline=30))
        else:
            cudo = AsyncCudo()
        await stack.enter_async_context(cudo)
        try:
            project_id = cudo.project_id
        except errors.ConfigurationError as exc:
            say(str(exc))
            return 2
        try:
            await tour(cudo, project_id, emulator)
        except errors.CudoError as exc:
            say(f"\nFailed: {type(exc).__name__}: {exc}")
            return 1
    if use_emulator:
        say("\nStopped the emulator. Done.")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emulator", action="store_true", help="run against the bundled local emulator")
    sys.exit(anyio.run(main, parser.parse_args().emulator))
