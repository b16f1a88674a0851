from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_machines_response import ListMachinesResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/machines".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListMachinesResponse | Status:
    if response.status_code == 200:
        response_200 = ListMachinesResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListMachinesResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ListMachinesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListMachinesResponse.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ListMachinesResponse | Status]:
    """
    Args:
        project_id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMachinesResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ListMachinesResponse | Status | None:
    """
    Args:
        project_id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMachinesResponse | Status
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ListMachinesResponse | Status]:
    """
    Args:
        project_id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMachinesResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ListMachinesResponse | Status | None:
    """
    Args:
        project_id (str):
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMachinesResponse | Status
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
