from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.connect_vm_response import ConnectVMResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    connection_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connectionId"] = connection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/vms/{id}/connect".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConnectVMResponse | Status:
    if response.status_code == 200:
        response_200 = ConnectVMResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectVMResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ConnectVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ConnectVMResponse.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
) -> Response[ConnectVMResponse | Status]:
    """
    Args:
        project_id (str):
        id (str):
        connection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectVMResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        connection_id=connection_id,
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
    connection_id: str | Unset = UNSET,
) -> ConnectVMResponse | Status | None:
    """
    Args:
        project_id (str):
        id (str):
        connection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectVMResponse | Status
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        connection_id=connection_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
) -> Response[ConnectVMResponse | Status]:
    """
    Args:
        project_id (str):
        id (str):
        connection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectVMResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        connection_id=connection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
) -> ConnectVMResponse | Status | None:
    """
    Args:
        project_id (str):
        id (str):
        connection_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectVMResponse | Status
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            connection_id=connection_id,
        )
    ).parsed
