"""``PATCH /v1/projects/{project_id}/security-groups/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.security_group import SecurityGroup
from ...models.update_security_group_body import UpdateSecurityGroupBody
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateSecurityGroupBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/security-groups/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> SecurityGroup:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = SecurityGroup.from_dict(data)

    return response_200
