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


def _decode(data: Any, *, reuse: bool = True) -> ListMachineOperatingSystemsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        ListMachineOperatingSystemsResponse._from_parsed(data)
        if reuse
        else ListMachineOperatingSystemsResponse.from_dict(data)
    )
