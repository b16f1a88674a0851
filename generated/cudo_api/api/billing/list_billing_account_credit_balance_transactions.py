from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.list_billing_account_credit_balance_transactions_response import (
    ListBillingAccountCreditBalanceTransactionsResponse,
)
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["startingAfter"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing-accounts/{id}/credit-balance-transactions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListBillingAccountCreditBalanceTransactionsResponse | Status:
    if response.status_code == 200:
        response_200 = ListBillingAccountCreditBalanceTransactionsResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListBillingAccountCreditBalanceTransactionsResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> ListBillingAccountCreditBalanceTransactionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListBillingAccountCreditBalanceTransactionsResponse.from_dict(data)

    return response_200


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[ListBillingAccountCreditBalanceTransactionsResponse | Status]:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBillingAccountCreditBalanceTransactionsResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        starting_after=starting_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> ListBillingAccountCreditBalanceTransactionsResponse | Status | None:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBillingAccountCreditBalanceTransactionsResponse | Status
    """

    return sync_detailed(
        id=id,
        client=client,
        page_size=page_size,
        starting_after=starting_after,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> Response[ListBillingAccountCreditBalanceTransactionsResponse | Status]:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBillingAccountCreditBalanceTransactionsResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        page_size=page_size,
        starting_after=starting_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> ListBillingAccountCreditBalanceTransactionsResponse | Status | None:
    """
    Args:
        id (str):
        page_size (int | Unset):
        starting_after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBillingAccountCreditBalanceTransactionsResponse | Status
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page_size=page_size,
            starting_after=starting_after,
        )
    ).parsed
