"""``PATCH /v1/projects/{project_id}/security-groups/{security_group_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.security_group import SecurityGroup
from ...models.update_security_group_body import UpdateSecurityGroupBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    security_group_id: str,
    *,
    body: UpdateSecurityGroupBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/security-groups/{security_group_id}",
        "path_params": {
            "project_id": project_id,
            "security_group_id": security_group_id,
        },
        "json": wire_body(body, UpdateSecurityGroupBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> SecurityGroup:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return SecurityGroup._from_parsed(data) if reuse else SecurityGroup.from_dict(data)
