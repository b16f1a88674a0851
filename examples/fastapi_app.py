"""A small FastAPI service over cudo-async: one client per app, handed to routes with Depends.

    CUDO_API_KEY=... CUDO_PROJECT_ID=... uvicorn examples.fastapi_app:app

API errors come back to the service's callers with CUDO's HTTP status and AIP-193 body;
the key never leaves the process.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from cudo_async import AsyncCudo, errors, models


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client (one connection pool, one set of limits) for the whole app.
    async with AsyncCudo(max_concurrency=50) as cudo:
        app.state.cudo = cudo
        yield


app = FastAPI(lifespan=lifespan)


def get_cudo(request: Request) -> AsyncCudo:
    cudo: AsyncCudo = request.app.state.cudo
    return cudo


Cudo = Annotated[AsyncCudo, Depends(get_cudo)]


@app.exception_handler(errors.APIError)
async def cudo_api_error(request: Request, exc: errors.APIError) -> JSONResponse:
    return JSONResponse(status_code=exc.http_status, content=exc.to_dict())


@app.exception_handler(errors.CudoError)
async def cudo_error(request: Request, exc: errors.CudoError) -> JSONResponse:
    # No answer from CUDO (or an unreadable one): the service's upstream is unavailable.
    body = {"code": 503, "status": "UNAVAILABLE", "message": type(exc).__name__, "details": []}
    return JSONResponse(status_code=503, content=body)


class NewVM(BaseModel):
    data_center_id: str = "gb-bournemouth-1"
    machine_type: str = "epyc-milan"
    image: str = "ubuntu-2204"
    vcpus: int = 2
    memory_gib: int = 4


def _project(cudo: AsyncCudo) -> str:
    if not cudo.project_id:
        raise errors.ConfigurationError("set CUDO_PROJECT_ID")
    return cudo.project_id


@app.get("/vms")
async def list_vms(cudo: Cudo) -> list[dict[str, Any]]:
    result = await cudo.virtual_machines.list_vms(_project(cudo))
    return [{"id": vm.id, "state": str(vm.state)} for vm in result.vms]


@app.get("/vms/{vm_id}")
async def get_vm(vm_id: str, cudo: Cudo) -> dict[str, Any]:
    result = await cudo.virtual_machines.get_vm(_project(cudo), vm_id)
    return result.vm.to_dict() if result.vm else {}


@app.post("/vms/{vm_id}", status_code=201)
async def create_vm(vm_id: str, spec: NewVM, cudo: Cudo) -> dict[str, Any]:
    body = models.CreateVMBody(
        vm_id=vm_id,
        data_center_id=spec.data_center_id,
        machine_type=spec.machine_type,
        boot_disk_image_id=spec.image,
        vcpus=spec.vcpus,
        memory_gib=spec.memory_gib,
        gpus=0,
    )
    created = await cudo.virtual_machines.create_vm(_project(cudo), body=body)
    return {"id": created.id}
