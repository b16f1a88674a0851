from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_private_vm_image_response import CreatePrivateVMImageResponse
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    vm_id: str,
    id: str,
    description: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["vmId"] = vm_id

    params["id"] = id

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePrivateVMImageResponse | Status:
    if response.status_code == 200:
        response_200 = CreatePrivateVMImageResponse.from_dict(response.json())

        return response_200

    response_default = Status.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePrivateVMImageResponse | Status]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _decode(data: Any) -> CreatePrivateVMImageResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CreatePrivateVMImageResponse.from_dict(data)

    return response_200


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    vm_id: str,
    id: str,
    description: str | Unset = UNSET,
) -> Response[CreatePrivateVMImageResponse | Status]:
    """
    Args:
        project_id (str):
        vm_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePrivateVMImageResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        vm_id=vm_id,
        id=id,
        description=description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    vm_id: str,
    id: str,
    description: str | Unset = UNSET,
) -> CreatePrivateVMImageResponse | Status | None:
    """
    Args:
        project_id (str):
        vm_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePrivateVMImageResponse | Status
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        vm_id=vm_id,
        id=id,
        description=description,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    vm_id: str,
    id: str,
    description: str | Unset = UNSET,
) -> Response[CreatePrivateVMImageResponse | Status]:
    """
    Args:
        project_id (str):
        vm_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePrivateVMImageResponse | Status]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        vm_id=vm_id,
        id=id,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    vm_id: str,
    id: str,
    description: str | Unset = UNSET,
) -> CreatePrivateVMImageResponse | Status | None:
    """
    Args:
        project_id (str):
        vm_id (str):
        id (str):
        description (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePrivateVMImageResponse | Status
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            vm_id=vm_id,
            id=id,
            description=description,
        )
    ).parsed
