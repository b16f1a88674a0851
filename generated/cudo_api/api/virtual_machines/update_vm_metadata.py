"""``POST /v1/projects/{project_id}/vm/{id}/metadata``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_vm_metadata_body import UpdateVMMetadataBody
from ...models.update_vm_metadata_response import UpdateVMMetadataResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateVMMetadataBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{id}/metadata",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> UpdateVMMetadataResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdateVMMetadataResponse.from_dict(data)

    return response_200
