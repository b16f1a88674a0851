from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_vm_machine_type_response import GetVMMachineTypeResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_center_id: str,
    machine_type_id: str,
    *,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}".format(
            data_center_id=quote(str(data_center_id), safe=""),
            machine_type_id=quote(str(machine_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVMMachineTypeResponse | Status:
    if response.status_code == 200:
        response_200 = GetVMMachineTypeResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetVMMachineTypeResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> GetVMMachineTypeResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetVMMachineTypeResponse.from_dict(data)

    return response_200


def sync_detailed(
    data_center_id: str,
    machine_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Response[GetVMMachineTypeResponse | Status]:
    """
    Args:
        data_center_id (str):
        machine_type_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVMMachineTypeResponse | Status]
    """

    kwargs = _get_kwargs(
        data_center_id=data_center_id,
        machine_type_id=machine_type_id,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_center_id: str,
    machine_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> GetVMMachineTypeResponse | Status | None:
    """
    Args:
        data_center_id (str):
        machine_type_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVMMachineTypeResponse | Status
    """

    return sync_detailed(
        data_center_id=data_center_id,
        machine_type_id=machine_type_id,
        client=client,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    data_center_id: str,
    machine_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> Response[GetVMMachineTypeResponse | Status]:
    """
    Args:
        data_center_id (str):
        machine_type_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetVMMachineTypeResponse | Status]
    """

    kwargs = _get_kwargs(
        data_center_id=data_center_id,
        machine_type_id=machine_type_id,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_center_id: str,
    machine_type_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
) -> GetVMMachineTypeResponse | Status | None:
    """
    Args:
        data_center_id (str):
        machine_type_id (str):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetVMMachineTypeResponse | Status
    """

    return (
        await asyncio_detailed(
            data_center_id=data_center_id,
            machine_type_id=machine_type_id,
            client=client,
            project_id=project_id,
        )
    ).parsed
