from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.remove_project_permission_response_200 import RemoveProjectPermissionResponse200
from ...models.status import Status
from ...models.user_permission import UserPermission
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UserPermission,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{id}:remove-permission".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RemoveProjectPermissionResponse200 | Status:
    if response.status_code == 200:
        response_200 = RemoveProjectPermissionResponse200.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RemoveProjectPermissionResponse200 | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> RemoveProjectPermissionResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = RemoveProjectPermissionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPermission,
) -> Response[RemoveProjectPermissionResponse200 | Status]:
    """
    Args:
        id (str):
        body (UserPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveProjectPermissionResponse200 | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPermission,
) -> RemoveProjectPermissionResponse200 | Status | None:
    """
    Args:
        id (str):
        body (UserPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveProjectPermissionResponse200 | Status
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPermission,
) -> Response[RemoveProjectPermissionResponse200 | Status]:
    """
    Args:
        id (str):
        body (UserPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveProjectPermissionResponse200 | Status]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserPermission,
) -> RemoveProjectPermissionResponse200 | Status | None:
    """
    Args:
        id (str):
        body (UserPermission):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveProjectPermissionResponse200 | Status
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
