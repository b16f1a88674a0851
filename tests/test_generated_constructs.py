"""The pure pieces behind the constructs a regenerated spec may bring (tests/test_spec_corpus.py
runs them end to end): reading and writing values of any kind, header and typed path parameters,
answers that are not JSON."""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

import pytest
from cudo_async_api import models, types

from cudo_async import errors
from cudo_async._request import Call, check_header_params, fill_path
from cudo_async._transport import Answer


def test_values_of_any_kind_read_as_their_type_says() -> None:
    listed = types.read_value([{"id": "d-1", "sizeGib": "3"}], ("list", ("message", models.Disk)))
    assert isinstance(listed[0], models.Disk) and listed[0].id == "d-1"
    assert types.read_value(["2026-03-01"], ("list", "date")) == [datetime.date(2026, 3, 1)]
    assert types.read_value("9007199254740993", "int64") == 9007199254740993
    assert types.read_value("AAE", "bytes") == b"\x00\x01" and types.read_value("_-8=", "bytes") == b"\xff\xef"
    assert types.read_value("{7D444840-9DC0-11D1-B245-5FFDCE74FAD2}", "uuid") == uuid.UUID(
        "7d444840-9dc0-11d1-b245-5ffdce74fad2"
    )
    assert types.read_value(3, ("enum", models.VMState)).value == 3  # a number: kept, never a ValueError
    assert types.read_value({"x": [1]}, "any") == {"x": [1]}


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"id": "d"}, ("list", ("message", models.Disk))),
        (["d"], ("message", models.Disk)),
        (5, "str"),
        (1, "bool"),
        ("not base64!", "bytes"),
        ("yesterday", "date"),
        ("not-a-uuid", "uuid"),
    ],
)
def test_a_value_of_the_wrong_shape_is_an_error_the_decoder_boundary_reports(data: Any, kind: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        types.read_value(data, kind)


def test_bodies_of_any_kind_are_checked_then_written_in_their_wire_form() -> None:
    disks = [models.Disk(id="d-1", size_gib=3), {"id": "d-2"}]
    assert types.wire_value(disks, ("list", ("message", models.Disk)), "body") == [
        {"id": "d-1", "sizeGib": 3},
        {"id": "d-2"},
    ]
    assert types.wire_value(datetime.date(2026, 3, 1), "date", "body") == "2026-03-01"
    assert types.wire_value(b"\x00\x01", "bytes", "body") == "AAE="
    assert types.wire_value(7, "int64", "body") == "7"
    with pytest.raises(errors.ConfigurationError) as info:
        types.wire_value([{"id": "d"}, {"idd": "x"}], ("list", ("message", models.Disk)), "body")
    assert "body[1]" in str(info.value) and "idd" in str(info.value)
    with pytest.raises(errors.ConfigurationError) as info:
        types.wire_value(datetime.datetime(2026, 3, 1), "date", "body")
    assert "datetime.date" in str(info.value)


class Colour(enum.Enum):
    RED = 1


def test_header_parameters_are_encoded_as_the_query_is_and_checked_as_extra_headers_are() -> None:
    types_ = {"X-Depth": ("depth", "int"), "X-Live": ("live", "bool"), "X-Day": ("day", "date"), "X-C": ("c", "enum")}
    sent = dict(
        check_header_params(
            {"X-Depth": 3, "X-Live": True, "X-Day": datetime.date(2026, 3, 1), "X-C": Colour.RED}, types_
        )
    )
    assert sent == {"X-Depth": "3", "X-Live": "true", "X-Day": "2026-03-01", "X-C": "1"}
    with pytest.raises(errors.ConfigurationError) as info:
        check_header_params({"X-Trace": "a\r\nSet-Cookie: s3cret"}, {"X-Trace": ("x_trace", "str")})
    assert "s3cret" not in str(info.value) and "X-Trace" in str(info.value)
    with pytest.raises(errors.ConfigurationError) as info:
        check_header_params({"X-Depth": "3"}, types_)
    assert "depth must be an int" in str(info.value)


def test_a_path_parameter_of_another_type_than_str_is_encoded_and_checked() -> None:
    template = "/v1/days/{day}/batches/{batch}/n/{n}"
    day, batch = datetime.date(2026, 3, 1), uuid.UUID(int=1)
    path = fill_path(template, {"day": day, "batch": batch, "n": 4}, {"day": "date", "batch": "uuid", "n": "int"})
    assert path == f"/v1/days/2026-03-01/batches/{batch}/n/4"
    with pytest.raises(errors.ConfigurationError) as info:
        fill_path(template, {"day": "2026-03-01", "batch": batch, "n": 4}, {"day": "date", "batch": "uuid", "n": "int"})
    assert "day must be a datetime.date" in str(info.value)


def test_an_answer_that_is_not_json_reaches_its_decoder_as_it_came() -> None:
    seen: list[Any] = []
    request: Any = {"method": "GET", "path": "/v1/x", "path_params": {}, "raw_answer": True,
                    "headers": {"Accept": "text/csv"}}  # fmt: skip
    call = Call.build("export_x", request, seen.append, "http://127.0.0.1:1")
    assert dict(call.headers) == {"Accept": "text/csv"} and call.raw
    call.decode_success(Answer(200, [(b"content-type", b"text/csv")], b"\x00not json"))
    assert seen == [types.RawAnswer(b"\x00not json", "text/csv")]
    assert types.text_of(types.RawAnswer("café".encode("latin-1"), "text/plain; charset=latin-1")) == "café"
