"""Checked by `make typecheck` (mypy --strict): the public surface has precise types."""

from __future__ import annotations

from typing import assert_type

from cudo_async import AsyncCudo, RawResponse, RetryPolicy, errors, models


async def surface(cudo: AsyncCudo) -> None:
    vm = await cudo.virtual_machines.get_vm("project", "vm-id")
    assert_type(vm, models.GetVMResponse)
    vms = await cudo.virtual_machines.list_vms(project_id="project")
    assert_type(vms, models.ListVMsResponse)
    body = models.CreateVMBody(
        data_center_id="dc", machine_type="m", vm_id="v", boot_disk_image_id="i", vcpus=1, memory_gib=1, gpus=0
    )
    assert_type(await cudo.virtual_machines.create_vm(project_id="p", body=body), models.CreateVMResponse)
    raw = await cudo.raw(cudo.disks.get_disk, "project", "disk")
    assert_type(raw, RawResponse[models.GetDiskResponse])
    view = cudo.with_options(timeout=5, retry=RetryPolicy(max_retries=0))
    assert_type(view, AsyncCudo)
    try:
        await view.projects.list_projects()
    except errors.NotFoundError as exc:
        assert_type(exc.reason, str | None)
        assert_type(exc.field_violations, tuple[errors.FieldViolation, ...])
