from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_object_storage_key_response_200 import DeleteObjectStorageKeyResponse200
from ...models.status import Status
from ...types import Response


def _get_kwargs(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}/keys/{access_key}".format(
            project_id=quote(str(project_id), safe=""),
            data_center_id=quote(str(data_center_id), safe=""),
            id=quote(str(id), safe=""),
            access_key=quote(str(access_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteObjectStorageKeyResponse200 | Status:
    if response.status_code == 200:
        response_200 = DeleteObjectStorageKeyResponse200.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteObjectStorageKeyResponse200 | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> DeleteObjectStorageKeyResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteObjectStorageKeyResponse200.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteObjectStorageKeyResponse200 | Status]:
    """
    Args:
        project_id (str):
        data_center_id (str):
        id (str):
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteObjectStorageKeyResponse200 | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        data_center_id=data_center_id,
        id=id,
        access_key=access_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteObjectStorageKeyResponse200 | Status | None:
    """
    Args:
        project_id (str):
        data_center_id (str):
        id (str):
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteObjectStorageKeyResponse200 | Status
    """

    return sync_detailed(
        project_id=project_id,
        data_center_id=data_center_id,
        id=id,
        access_key=access_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteObjectStorageKeyResponse200 | Status]:
    """
    Args:
        project_id (str):
        data_center_id (str):
        id (str):
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteObjectStorageKeyResponse200 | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        data_center_id=data_center_id,
        id=id,
        access_key=access_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteObjectStorageKeyResponse200 | Status | None:
    """
    Args:
        project_id (str):
        data_center_id (str):
        id (str):
        access_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteObjectStorageKeyResponse200 | Status
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            data_center_id=data_center_id,
            id=id,
            access_key=access_key,
            client=client,
        )
    ).parsed
