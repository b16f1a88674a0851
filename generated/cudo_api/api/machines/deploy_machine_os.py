"""``POST /v1/projects/{project_id}/machines/{id}/deploy``: the request builder and the answer decoder."""

from typing import Any

from ...models.deploy_machine_os_body import DeployMachineOSBody
from ...models.deploy_machine_os_response_200 import DeployMachineOsResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: DeployMachineOSBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/machines/{id}/deploy",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> DeployMachineOsResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeployMachineOsResponse200.from_dict(data)

    return response_200
