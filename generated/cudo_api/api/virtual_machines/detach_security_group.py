"""``PATCH /v1/projects/{project_id}/vm/{id}/security-group/detach``: the request builder and the answer decoder."""

from typing import Any

from ...models.detach_security_group_response_200 import DetachSecurityGroupResponse200
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    security_group_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["securityGroupId"] = security_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/vm/{id}/security-group/detach",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> DetachSecurityGroupResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DetachSecurityGroupResponse200.from_dict(data)

    return response_200
