from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resize_vm_response import ResizeVMResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vcpus"] = vcpus

    params["memoryGib"] = memory_gib

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/vms/{id}/resize".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResizeVMResponse | Status:
    if response.status_code == 200:
        response_200 = ResizeVMResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResizeVMResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ResizeVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ResizeVMResponse.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> Response[ResizeVMResponse | Status]:
    """
    Args:
        project_id (str):
        id (str):
        vcpus (int | Unset):
        memory_gib (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResizeVMResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        vcpus=vcpus,
        memory_gib=memory_gib,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> ResizeVMResponse | Status | None:
    """
    Args:
        project_id (str):
        id (str):
        vcpus (int | Unset):
        memory_gib (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResizeVMResponse | Status
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        vcpus=vcpus,
        memory_gib=memory_gib,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> Response[ResizeVMResponse | Status]:
    """
    Args:
        project_id (str):
        id (str):
        vcpus (int | Unset):
        memory_gib (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResizeVMResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        vcpus=vcpus,
        memory_gib=memory_gib,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> ResizeVMResponse | Status | None:
    """
    Args:
        project_id (str):
        id (str):
        vcpus (int | Unset):
        memory_gib (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResizeVMResponse | Status
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            vcpus=vcpus,
            memory_gib=memory_gib,
        )
    ).parsed
