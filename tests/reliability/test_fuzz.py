"""Fuzzing: the error decoder and the success decoders take arbitrary bytes and JSON shapes and
only ever return a value or raise a CudoError."""

from __future__ import annotations

import json
import random
from typing import Any

from cudo_async_api.api.billing import list_invoices
from cudo_async_api.api.disks import list_disks
from cudo_async_api.api.projects import list_projects
from cudo_async_api.api.virtual_machines import create_vm, get_vm, list_vm_data_centers, list_vms
from hypothesis import given, settings
from hypothesis import strategies as st

from cudo_async import errors
from cudo_async._request import Call
from cudo_async._retry import AttemptFailed
from cudo_async._status import DETAIL_TYPE_PREFIX
from cudo_async._transport import Answer
from cudo_async.errors import decode_error
from tests.reliability.conftest import FUZZ_EXAMPLES, record

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=30,
)
FIELDS = st.sampled_from(
    ["code", "status", "message", "details", "@type", "reason", "retryDelay", "fieldViolations", "error", "VM", "VMs"]
)
DETAIL_TYPES = st.sampled_from(
    [
        DETAIL_TYPE_PREFIX + n
        for n in (
            "ErrorInfo",
            "RetryInfo",
            "DebugInfo",
            "QuotaFailure",
            "PreconditionFailure",
            "BadRequest",
            "RequestInfo",
            "ResourceInfo",
            "Help",
            "LocalizedMessage",
        )
    ]
)
# Shapes near the real ones: AIP-193 objects whose fields hold anything.
AIP_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "code": JSON,
        "status": st.text(max_size=20) | JSON,
        "message": JSON,
        "details": st.lists(
            st.dictionaries(FIELDS | st.text(max_size=8), JSON, max_size=4).map(lambda d: d)
            | st.builds(
                lambda t, body: {"@type": t, **body}, DETAIL_TYPES, st.dictionaries(st.text(max_size=15), JSON)
            ),
            max_size=4,
        )
        | JSON,
    },
)
STATUS = st.integers(min_value=300, max_value=599)
HEADERS = st.dictionaries(st.sampled_from(["retry-after", "x-request-id", "content-type"]), st.text(max_size=40))

counts: dict[str, int] = {}


def count(name: str) -> None:
    counts[name] = counts.get(name, 0) + 1
    record("fuzzing", **{f"{k} examples": v for k, v in sorted(counts.items())}, profile_max_examples=FUZZ_EXAMPLES)


def check_error(http: int, headers: dict[str, str], body: bytes) -> None:
    err = decode_error(http, headers, body)
    assert isinstance(err, errors.APIError)
    assert len(str(err)) < 2000
    _ = (err.reason, err.retry_delay, err.field_violations, err.metadata, err.to_dict())


@settings(settings.get_profile("reliability"))
@given(STATUS, HEADERS, st.binary(max_size=2000))
def test_error_decoder_on_bytes(http: int, headers: dict[str, str], body: bytes) -> None:
    count("error decoder, bytes")
    check_error(http, headers, body)


@settings(settings.get_profile("reliability"))
@given(STATUS, HEADERS, JSON | AIP_LIKE | st.builds(lambda e: {"error": e}, AIP_LIKE))
def test_error_decoder_on_json_shapes(http: int, headers: dict[str, str], value: Any) -> None:
    count("error decoder, JSON shapes")
    check_error(http, headers, json.dumps(value).encode())


DECODERS = [
    ("list_vms", list_vms._decode),
    ("get_vm", get_vm._decode),
    ("create_vm", create_vm._decode),
    ("list_disks", list_disks._decode),
    ("list_projects", list_projects._decode),
    ("list_invoices", list_invoices._decode),
    ("list_vm_data_centers", list_vm_data_centers._decode),
]

VALID_VM = {
    "id": "vm-1",
    "projectId": "p",
    "state": "ACTIVE",
    "memory": "4096",
    "vcpus": 2,
    "createTime": "2026-01-01T00:00:00Z",
    "commitmentTerm": "COMMITMENT_TERM_NONE",
    "price": {"totalPriceHr": {"value": "0.1"}},
    "nics": [{"networkId": "n", "securityGroupIds": ["a"]}],
    "storageDisks": [{"id": "d", "sizeGib": 1, "diskState": "READY"}],
    "metadata": {"k": "v"},
}
VALID = {
    "list_vms": {"VMs": [VALID_VM]},
    "get_vm": {"VM": VALID_VM, "totalPriceHr": {"value": "1"}},
    "create_vm": {"id": "vm-1", "vm": VALID_VM},
    "list_disks": {"disks": [{"id": "d", "sizeGib": 3}], "totalCount": 1, "pageNumber": 1, "pageSize": 10},
    "list_projects": {"projects": [{"id": "p", "billingAccountId": "b"}], "pageToken": "", "pageSize": 10},
    "list_invoices": {"invoices": [{"id": "in_1", "created": "2026-01-01T00:00:00Z"}], "hasMore": False},
    "list_vm_data_centers": {"dataCenters": [{"id": "dc", "location": {"latitude": 1.5}, "ipv4Free": 3}]},
}


def mutate(value: Any, rng: random.Random, replacement: Any) -> Any:
    """Replace one random node of `value` by `replacement`."""
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(sorted(value))
        return {**value, key: mutate(value[key], rng, replacement)}
    if isinstance(value, list) and value and rng.random() < 0.8:
        i = rng.randrange(len(value))
        return [*value[:i], mutate(value[i], rng, replacement), *value[i + 1 :]]
    return replacement


def check_success(index: int, body: bytes) -> None:
    name, decode = DECODERS[index % len(DECODERS)]
    url = "http://127.0.0.1/x"
    try:
        Call(name, "GET", url, name, url, None, decode, "/x").decode_success(Answer(200, (), body))
    except AttemptFailed as failed:
        exc = failed.error
        # An error body under a 2xx status is decoded as the error it is.
        assert isinstance(exc, errors.APIError) or (
            isinstance(exc, errors.InvalidResponseError) and exc.operation == name
        )


@settings(settings.get_profile("reliability"))
@given(st.integers(min_value=0), st.binary(max_size=2000))
def test_success_decoders_on_bytes(index: int, body: bytes) -> None:
    count("success decoders, bytes")
    check_success(index, body)


@settings(settings.get_profile("reliability"))
@given(st.integers(min_value=0), JSON)
def test_success_decoders_on_json_shapes(index: int, value: Any) -> None:
    count("success decoders, JSON shapes")
    check_success(index, json.dumps(value).encode())


@settings(settings.get_profile("reliability"))
@given(st.integers(min_value=0), st.integers(min_value=0), JSON)
def test_success_decoders_on_mutated_real_answers(index: int, seed: int, replacement: Any) -> None:
    count("success decoders, mutated real answers")
    name = DECODERS[index % len(DECODERS)][0]
    check_success(index, json.dumps(mutate(VALID[name], random.Random(seed), replacement)).encode())
