"""Checked by `make typecheck` (mypy --strict): the public surface has precise types."""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from typing import Any, assert_type

from cudo_async import AsyncCudo, Cudo, FleetWaitResult, RawResponse, RetryPolicy, errors, models
from cudo_async.redis import RedisRateLimiter


async def surface(cudo: AsyncCudo) -> None:
    vm = await cudo.virtual_machines.get_vm("project", "vm-id")
    assert_type(vm, models.GetVMResponse)
    vms = await cudo.virtual_machines.list_vms(project_id="project")
    assert_type(vms, models.ListVMsResponse)
    body = models.CreateVMBody(
        data_center_id="dc", machine_type="m", vm_id="v", boot_disk_image_id="i", vcpus=1, memory_gib=1, gpus=0
    )
    assert_type(await cudo.virtual_machines.create_vm(project_id="p", body=body), models.CreateVMResponse)
    # The wrapper that turns a body given by position into ConfigurationError keeps the signature
    # type checkers see: they refuse it too (an unused ignore would fail mypy --strict).
    await cudo.virtual_machines.create_vm("p", body)  # type: ignore[call-arg]
    raw = await cudo.raw(cudo.disks.get_disk, "project", "disk")
    assert_type(raw, RawResponse[models.GetDiskResponse])
    view = cudo.with_options(timeout=5, retry=RetryPolicy(max_retries=0))
    assert_type(view, AsyncCudo)
    try:
        await view.projects.list_projects()
    except errors.NotFoundError as exc:
        assert_type(exc.reason, str | None)
        assert_type(exc.field_violations, tuple[errors.FieldViolation, ...])


async def user_code(cudo: AsyncCudo) -> None:
    """What a user writes: no guards for absent fields, pythonic names, typed pages."""
    listed = await cudo.virtual_machines.list_vms("project")
    for vm in listed.vms:  # a list even when the answer was {}
        assert_type(vm, models.VM)
        assert_type(vm.state, models.VMState)
        assert_type(vm.vcpus, int)
        assert_type(vm.id, str)
        assert_type(vm.boot_disk, models.Disk | None)  # a nested message may be absent
        assert_type(vm.nics, list[models.VMNIC])
        print(vm.vcpus + 1, vm.id.upper(), vm.metadata.get("team"))
    assert_type((await cudo.virtual_machines.list_vm_data_centers()).data_centers, list[models.VMDataCenter])
    machine_types = await cudo.virtual_machines.list_vm_machine_types()
    for machine_type in machine_types.machine_types:
        assert_type(machine_type.vcpu_price_hr, decimal.Decimal)
        assert_type(machine_type.prices, list[models.VirtualMachineTypePrice])
    async for disk in cudo.paginate(cudo.disks.list_disks, "project", page_size=50):
        assert_type(disk, models.Disk)
        assert_type(disk.size_gib, int)
    async for project in cudo.paginate(cudo.projects.list_projects):
        assert_type(project, models.Project)
    assert_type(await cudo.virtual_machines.start_vm("project", "vm-id"), models.Empty)
    assert_type(await cudo.users.get_profile(), models.Profile)
    network = await cudo.networks.get_network("project", "net-1")
    assert_type(network.price_hr, decimal.Decimal)  # a price reads as a decimal, zero when absent
    assert_type(network.state, models.NetworkState)
    metadata = models.CreateVMBodyMetadata()
    metadata["team"] = "ml"
    assert_type(dict(metadata), dict[str, str])
    assert_type(cudo.project_id, str)  # raises ConfigurationError when none is configured
    fleet = await cudo.wait_for_vms(cudo.project_id, ["web-1", "web-2"])
    assert_type(fleet.ready["web-1"], models.VM)
    assert_type(fleet.failed["web-2"].state, str | None)
    vm_wire = dict((await cudo.virtual_machines.get_vm("project", "vm-id")).vm)  # the wire form
    assert_type(vm_wire, dict[str, Any])


async def shared_limit() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:6379/0", per_second=20)
    async with AsyncCudo(rate_limit=limiter) as cudo:
        await cudo.virtual_machines.list_vm_data_centers()
    await limiter.aclose()


def sync_surface(cudo: Cudo) -> None:
    """The sync client: the same operations with sync signatures, from the same templates."""
    assert_type(cudo.virtual_machines.get_vm("project", "vm-id"), models.GetVMResponse)
    assert_type(
        cudo.virtual_machines.list_vms("project", timeout=5, extra_headers={"X-Team": "ml"}), models.ListVMsResponse
    )
    assert_type(cudo.raw(cudo.disks.get_disk, "project", "disk"), RawResponse[models.GetDiskResponse])
    disks = cudo.paginate(cudo.disks.list_disks, "project", page_size=50)
    assert_type(disks, Iterator[models.Disk])
    for disk in disks:
        assert_type(disk.size_gib, int)
    assert_type(cudo.wait_for_vm("project", "vm-id"), models.VM)
    assert_type(cudo.wait_for_vms("project", ["a", "b"]), FleetWaitResult)
    view = cudo.with_options(retry=RetryPolicy(max_retries=0), extra_query={"x": 1})
    assert_type(view, Cudo)
    with Cudo() as client:
        assert_type(client.projects.list_projects(retry=RetryPolicy(max_retries=1)), models.ListProjectsResponse)
    cudo.close()


async def per_call_options(cudo: AsyncCudo) -> None:
    vm = await cudo.virtual_machines.get_vm(
        "p", "v", timeout=2.5, retry=RetryPolicy(max_retries=0), extra_query={"a": 1}
    )
    assert_type(vm, models.GetVMResponse)
