"""Forward-compatible decoding (from the generator templates): what proto3 JSON and additive change allow."""

from __future__ import annotations

import datetime
import math

import pytest

from cudo_async import errors, models
from tests.helpers import client, ok

VM = {"projectId": "p", "commitmentTerm": "COMMITMENT_TERM_NONE", "id": "vm-1"}


def test_unknown_enum_value_is_kept_and_visible() -> None:
    vm = models.VM.from_dict({**VM, "state": "HIBERNATING", "commitmentTerm": "COMMITMENT_TERM_7_YEARS"})
    assert vm.state == "HIBERNATING" and str(vm.state) == "HIBERNATING"
    assert isinstance(vm.state, models.VMState) and not vm.state.is_known
    assert models.VMState("ACTIVE").is_known and models.VMState("ACTIVE") is models.VMState.ACTIVE
    assert vm.to_dict()["state"] == "HIBERNATING"  # survives a round trip
    with pytest.raises(ValueError):
        models.VMState(5)  # type: ignore[arg-type]


def test_unknown_fields_are_kept() -> None:
    vm = models.VM.from_dict({**VM, "gpuTopology": {"nvlink": True}, "price": {"newPrice": {"value": "1"}}})
    assert vm.additional_properties == {"gpuTopology": {"nvlink": True}}
    assert vm.to_dict()["gpuTopology"] == {"nvlink": True}


def test_missing_required_fields_take_their_zero_value() -> None:
    page = models.ListDisksResponse.from_dict({"disks": [{"id": "d"}]})  # proto3 omits totalCount=0 etc.
    assert (page.total_count, page.page_number, page.page_size) == (0, 0, 0)
    disk = page.disks[0]  # type: ignore[index]
    assert (disk.id, disk.project_id, disk.size_gib) == ("d", "", 0)
    get = models.GetVMResponse.from_dict({})
    assert isinstance(get.vm, models.VM) and get.vm.project_id == ""
    price = models.MachineTypePrice.from_dict({})
    assert price.commitment_term == models.CommitmentTerm.COMMITMENT_TERM_NONE


def test_null_means_default() -> None:
    page = models.ListDisksResponse.from_dict({"disks": None, "totalCount": None})
    assert page.total_count == 0 and not page.disks


@pytest.mark.parametrize(("wire", "expected"), [("4096", 4096), (4096, 4096), ("-7", -7), (1e3, 1000), ("1e3", 1000)])
def test_integers_in_any_proto3_form(wire: object, expected: int) -> None:
    assert models.VM.from_dict({**VM, "memory": wire}).memory == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [(1.5, 1.5), (2, 2.0), ("0.25", 0.25), ("NaN", math.nan), ("Infinity", math.inf), ("-Infinity", -math.inf)],
)
def test_floats_in_any_proto3_form(wire: object, expected: float) -> None:
    value = models.LatLng.from_dict({"latitude": wire}).latitude
    assert isinstance(value, float)
    assert (math.isnan(value) and math.isnan(expected)) or value == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-01-02T03:04:05Z", datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
        ("2026-01-02T03:04:05.123456789Z", datetime.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC)),
        (
            "2026-01-02T03:04:05.1+05:30",
            datetime.datetime(
                2026, 1, 2, 3, 4, 5, 100000, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))
            ),
        ),
        ("2026-01-02t03:04:05z", datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
    ],
)
def test_timestamps_in_rfc3339_forms(wire: str, expected: datetime.datetime) -> None:
    assert models.VM.from_dict({**VM, "createTime": wire}).create_time == expected


@pytest.mark.anyio
@pytest.mark.parametrize(
    "payload",
    [
        {"VM": {**VM, "memory": "not a number"}},
        {"VM": {**VM, "createTime": "yesterday"}},
        {"VM": {**VM, "nics": {"not": "a list"}}},
        {"VM": {**VM, "state": 3}},
    ],
)
async def test_values_that_cannot_be_read_are_invalid_response_errors(payload: object) -> None:
    async with client(lambda r: ok(payload)) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert info.value.operation == "get_vm" and info.value.excerpt.startswith('{"VM"')


@pytest.mark.anyio
async def test_a_real_forward_compatible_answer_end_to_end() -> None:
    answer = {
        "VMs": [
            {
                "id": "vm-1",
                "projectId": "p",
                "state": "HIBERNATING",
                "memory": "8192",
                "vcpus": 4,
                "createTime": "2026-03-01T10:00:00.000000001Z",
                "newTopLevel": [1, 2],
                "price": {"totalPriceHr": {"value": "0.1"}},
            }
        ],
        "nextGeneration": True,
    }
    async with client(lambda r: ok(answer)) as cudo:
        result = await cudo.virtual_machines.list_vms("p")
    vm = result.vms[0]
    assert (vm.state, vm.memory, vm.vcpus) == ("HIBERNATING", 8192, 4)
    assert vm.additional_properties == {"newTopLevel": [1, 2]}
    assert result.additional_properties == {"nextGeneration": True}
    assert vm.commitment_term == models.CommitmentTerm.COMMITMENT_TERM_NONE  # required, left out: zero value
