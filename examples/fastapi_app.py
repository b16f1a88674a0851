"""A small FastAPI service over cudo-async: one client per app, SDK models in and out of routes.

    CUDO_API_KEY=... CUDO_PROJECT_ID=... uvicorn examples.fastapi_app:app

Routes return SDK models directly (the JSON is CUDO's wire form, as ``to_dict()`` writes it) and
take them as request bodies; the app's /docs show their schemas.

Errors are mapped by whose fault they are (``cudo_async.fastapi.add_exception_handlers``). The
caller's own mistakes keep CUDO's status and AIP-193 body (a VM id that does not exist is a 404,
a bad field a 400). The service's failures are the service's: CUDO refusing the service's own
key (401/403) or its quota (429), CUDO being down or slow, all reach the caller as 502/503/504
without CUDO's details; the key never leaves the process.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Body, Depends, FastAPI, Request
from pydantic import BaseModel

from cudo_async import AsyncCudo, models
from cudo_async.fastapi import add_exception_handlers

logger = logging.getLogger("fastapi_app")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client (one connection pool, one set of limits) for the whole app.
    async with AsyncCudo(max_concurrency=50) as cudo:
        cudo.project_id  # noqa: B018 (fail at start-up, not on the first request, when no project is set)
        app.state.cudo = cudo
        yield


app = FastAPI(lifespan=lifespan)
add_exception_handlers(app, logger=logger)  # errors answered by whose fault they are


def get_cudo(request: Request) -> AsyncCudo:
    cudo: AsyncCudo = request.app.state.cudo
    return cudo


CudoDep = Annotated[AsyncCudo, Depends(get_cudo)]


class NewVM(BaseModel):
    data_center_id: str = "gb-bournemouth-1"
    machine_type: str = "epyc-milan"
    image: str = "ubuntu-2204"
    vcpus: int = 2
    memory_gib: int = 4


@app.get("/vms")
async def list_vms(cudo: CudoDep) -> list[models.VM]:
    return (await cudo.virtual_machines.list_vms(cudo.project_id)).vms


@app.get("/vms/{vm_id}", response_model=models.VM)
async def get_vm(vm_id: str, cudo: CudoDep) -> models.VM:
    return (await cudo.virtual_machines.get_vm(cudo.project_id, vm_id)).vm


@app.post("/vms/{vm_id}", status_code=201)
async def create_vm(vm_id: str, spec: NewVM, cudo: CudoDep) -> models.CreateVMResponse:
    body = models.CreateVMBody(
        vm_id=vm_id,
        data_center_id=spec.data_center_id,
        machine_type=spec.machine_type,
        boot_disk_image_id=spec.image,
        vcpus=spec.vcpus,
        memory_gib=spec.memory_gib,
        gpus=0,
    )
    return await cudo.virtual_machines.create_vm(cudo.project_id, body=body)


@app.post("/disks", status_code=201)
async def create_disk(body: Annotated[models.CreateStorageDiskBody, Body()], cudo: CudoDep) -> models.GetDiskResponse:
    """The body is the SDK's own model: FastAPI validates it, documents it, and hands it over.
    (``Body()`` says where it comes from: FastAPI guesses a body only for its own kinds of class.)"""
    await cudo.disks.create_storage_disk(cudo.project_id, body=body)
    return await cudo.disks.get_disk(cudo.project_id, body.id)
