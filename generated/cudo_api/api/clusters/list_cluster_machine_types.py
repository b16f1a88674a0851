from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_cluster_machine_types_response import ListClusterMachineTypesResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clusters/machine-types",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListClusterMachineTypesResponse | Status:
    if response.status_code == 200:
        response_200 = ListClusterMachineTypesResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListClusterMachineTypesResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ListClusterMachineTypesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListClusterMachineTypesResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[ListClusterMachineTypesResponse | Status]:
    """
    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListClusterMachineTypesResponse | Status]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> ListClusterMachineTypesResponse | Status | None:
    """
    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListClusterMachineTypesResponse | Status
    """

    return sync_detailed(
        client=client,
        page_number=page_number,
        page_size=page_size,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[ListClusterMachineTypesResponse | Status]:
    """
    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListClusterMachineTypesResponse | Status]
    """

    kwargs = _get_kwargs(
        page_number=page_number,
        page_size=page_size,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> ListClusterMachineTypesResponse | Status | None:
    """
    Args:
        page_number (int | Unset):
        page_size (int | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListClusterMachineTypesResponse | Status
    """

    return (
        await asyncio_detailed(
            client=client,
            page_number=page_number,
            page_size=page_size,
            project_id=project_id,
        )
    ).parsed
