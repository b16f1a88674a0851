from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_invoices_response import ListInvoicesResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["pageSize"] = page_size

    params["startingAfter"] = starting_after

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListInvoicesResponse | Status:
    if response.status_code == 200:
        response_200 = ListInvoicesResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListInvoicesResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ListInvoicesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListInvoicesResponse.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ListInvoicesResponse | Status]:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListInvoicesResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        starting_after=starting_after,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ListInvoicesResponse | Status | None:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListInvoicesResponse | Status
    """

    return sync_detailed(
        client=client,
        id=id,
        page_size=page_size,
        starting_after=starting_after,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ListInvoicesResponse | Status]:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListInvoicesResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        starting_after=starting_after,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ListInvoicesResponse | Status | None:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListInvoicesResponse | Status
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            page_size=page_size,
            starting_after=starting_after,
            status=status,
        )
    ).parsed
