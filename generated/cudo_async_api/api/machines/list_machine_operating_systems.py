"""``GET /v1/machines/operating-systems``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_machine_operating_systems_response import ListMachineOperatingSystemsResponse
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/machines/operating-systems",
        "path_params": {},
    }


def _decode(data: Any) -> ListMachineOperatingSystemsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListMachineOperatingSystemsResponse.from_dict(data)
