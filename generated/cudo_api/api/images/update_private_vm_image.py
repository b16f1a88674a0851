from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.status import Status
from ...models.update_private_vm_image_response_200 import UpdatePrivateVmImageResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images/{id}".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Status | UpdatePrivateVmImageResponse200:
    if response.status_code == 200:
        response_200 = UpdatePrivateVmImageResponse200.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Status | UpdatePrivateVmImageResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> UpdatePrivateVmImageResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdatePrivateVmImageResponse200.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    description: str | Unset = UNSET,
) -> Response[Status | UpdatePrivateVmImageResponse200]:
    """
    Args:
        project_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Status | UpdatePrivateVmImageResponse200]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        description=description,
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
    description: str | Unset = UNSET,
) -> Status | UpdatePrivateVmImageResponse200 | None:
    """
    Args:
        project_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Status | UpdatePrivateVmImageResponse200
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        description=description,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    description: str | Unset = UNSET,
) -> Response[Status | UpdatePrivateVmImageResponse200]:
    """
    Args:
        project_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Status | UpdatePrivateVmImageResponse200]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    description: str | Unset = UNSET,
) -> Status | UpdatePrivateVmImageResponse200 | None:
    """
    Args:
        project_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Status | UpdatePrivateVmImageResponse200
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            description=description,
        )
    ).parsed
