from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    amount_value: str | Unset = UNSET,
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["amount.value"] = amount_value

    params["paymentMethod"] = payment_method

    params["radarSessionId"] = radar_session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing-accounts/{id}/credit".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBillingAccountCreditPaymentResponse | Status:
    if response.status_code == 200:
        response_200 = CreateBillingAccountCreditPaymentResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBillingAccountCreditPaymentResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> CreateBillingAccountCreditPaymentResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CreateBillingAccountCreditPaymentResponse.from_dict(data)

    return response_200


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> Response[CreateBillingAccountCreditPaymentResponse | Status]:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        payment_method (str):
        radar_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBillingAccountCreditPaymentResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        amount_value=amount_value,
        payment_method=payment_method,
        radar_session_id=radar_session_id,
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
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> CreateBillingAccountCreditPaymentResponse | Status | None:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        payment_method (str):
        radar_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBillingAccountCreditPaymentResponse | Status
    """

    return sync_detailed(
        id=id,
        client=client,
        amount_value=amount_value,
        payment_method=payment_method,
        radar_session_id=radar_session_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> Response[CreateBillingAccountCreditPaymentResponse | Status]:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        payment_method (str):
        radar_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBillingAccountCreditPaymentResponse | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        amount_value=amount_value,
        payment_method=payment_method,
        radar_session_id=radar_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    amount_value: str | Unset = UNSET,
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> CreateBillingAccountCreditPaymentResponse | Status | None:
    """
    Args:
        id (str):
        amount_value (str | Unset):
        payment_method (str):
        radar_session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBillingAccountCreditPaymentResponse | Status
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            amount_value=amount_value,
            payment_method=payment_method,
            radar_session_id=radar_session_id,
        )
    ).parsed
