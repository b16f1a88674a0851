import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
from ...models.status import Status
from ...types import UNSET, Response


def _get_kwargs(
    billing_account_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing-accounts/{billing_account_id}/spend/details".format(
            billing_account_id=quote(str(billing_account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetBillingAccountSpendDetailsResponse | Status:
    if response.status_code == 200:
        response_200 = GetBillingAccountSpendDetailsResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetBillingAccountSpendDetailsResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> GetBillingAccountSpendDetailsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetBillingAccountSpendDetailsResponse.from_dict(data)

    return response_200


def sync_detailed(
    billing_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Response[GetBillingAccountSpendDetailsResponse | Status]:
    """
    Args:
        billing_account_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBillingAccountSpendDetailsResponse | Status]
    """

    kwargs = _get_kwargs(
        billing_account_id=billing_account_id,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    billing_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> GetBillingAccountSpendDetailsResponse | Status | None:
    """
    Args:
        billing_account_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBillingAccountSpendDetailsResponse | Status
    """

    return sync_detailed(
        billing_account_id=billing_account_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    billing_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Response[GetBillingAccountSpendDetailsResponse | Status]:
    """
    Args:
        billing_account_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBillingAccountSpendDetailsResponse | Status]
    """

    kwargs = _get_kwargs(
        billing_account_id=billing_account_id,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    billing_account_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> GetBillingAccountSpendDetailsResponse | Status | None:
    """
    Args:
        billing_account_id (str):
        start_time (datetime.datetime):
        end_time (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBillingAccountSpendDetailsResponse | Status
    """

    return (
        await asyncio_detailed(
            billing_account_id=billing_account_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
