"""``POST /v1/projects/{project_id}/security-groups``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_security_group_body import CreateSecurityGroupBody
from ...models.security_group import SecurityGroup
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateSecurityGroupBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/security-groups",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateSecurityGroupBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> SecurityGroup:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return SecurityGroup._from_parsed(data) if reuse else SecurityGroup.from_dict(data)
