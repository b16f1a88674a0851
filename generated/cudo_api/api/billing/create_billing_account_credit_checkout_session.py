from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.checkout_session import CheckoutSession
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["amount.value"] = amount_value

    params["returnUrl"] = return_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing-accounts/{id}/credit-checkout-session".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckoutSession | Status:
    if response.status_code == 200:
        response_200 = CheckoutSession.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckoutSession | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> CheckoutSession:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CheckoutSession.from_dict(data)

    return response_200


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> Response[CheckoutSession | Status]:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        return_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        amount_value=amount_value,
        return_url=return_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> CheckoutSession | Status | None:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        return_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | Status
    """

    return sync_detailed(
        id=id,
        client=client,
        amount_value=amount_value,
        return_url=return_url,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> Response[CheckoutSession | Status]:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        return_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckoutSession | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        amount_value=amount_value,
        return_url=return_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> CheckoutSession | Status | None:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        return_url (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckoutSession | Status
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            amount_value=amount_value,
            return_url=return_url,
        )
    ).parsed
