"""AIP-193 decoding: a pure function from (status, headers, body) to a typed exception."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from typing import Any

import pytest

from cudo_async import errors
from cudo_async._decode import decode_error
from cudo_async._status import DETAIL_TYPE_PREFIX

CANONICAL = [
    ("CANCELLED", 1, 499, errors.RequestCancelledError),
    ("UNKNOWN", 2, 500, errors.UnknownError),
    ("INVALID_ARGUMENT", 3, 400, errors.InvalidArgumentError),
    ("DEADLINE_EXCEEDED", 4, 504, errors.DeadlineExceededError),
    ("NOT_FOUND", 5, 404, errors.NotFoundError),
    ("ALREADY_EXISTS", 6, 409, errors.AlreadyExistsError),
    ("PERMISSION_DENIED", 7, 403, errors.PermissionDeniedError),
    ("RESOURCE_EXHAUSTED", 8, 429, errors.ResourceExhaustedError),
    ("FAILED_PRECONDITION", 9, 400, errors.FailedPreconditionError),
    ("ABORTED", 10, 409, errors.AbortedError),
    ("OUT_OF_RANGE", 11, 400, errors.OutOfRangeError),
    ("UNIMPLEMENTED", 12, 501, errors.UnimplementedError),
    ("INTERNAL", 13, 500, errors.InternalError),
    ("UNAVAILABLE", 14, 503, errors.UnavailableError),
    ("DATA_LOSS", 15, 500, errors.DataLossError),
    ("UNAUTHENTICATED", 16, 401, errors.UnauthenticatedError),
]


def body(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


@pytest.mark.parametrize(("status", "number", "http", "cls"), CANONICAL)
def test_documented_aip193_form(status: str, number: int, http: int, cls: type[errors.APIError]) -> None:
    err = decode_error(http, {}, body(code=http, status=status, message="boom", details=[]))
    assert type(err) is cls
    assert isinstance(err, errors.APIError) and isinstance(err, errors.CudoError)
    assert (err.status, err.code, err.http_status, err.message) == (status, number, http, "boom")


@pytest.mark.parametrize(("status", "number", "http", "cls"), CANONICAL)
def test_bare_gateway_status_with_grpc_number(status: str, number: int, http: int, cls: type[errors.APIError]) -> None:
    # What the live API sends: google.rpc.Status with the gRPC number in `code`, no `status`.
    err = decode_error(http, {}, body(code=number, message="Not Found", details=[]))
    assert type(err) is cls and err.status == status


def test_live_404_wire_case() -> None:
    err = decode_error(404, {}, b'{"code":5,"message":"Not Found","details":[]}')
    assert isinstance(err, errors.NotFoundError)
    assert err.message == "Not Found" and err.details == ()


def test_status_wins_over_code_and_http() -> None:
    err = decode_error(400, {}, body(code=5, status="FAILED_PRECONDITION"))
    assert isinstance(err, errors.FailedPreconditionError)


def test_google_error_envelope() -> None:
    err = decode_error(403, {}, body(error={"code": 403, "status": "PERMISSION_DENIED", "message": "no"}))
    assert isinstance(err, errors.PermissionDeniedError) and err.message == "no"


@pytest.mark.parametrize(
    ("http", "cls"),
    [
        (400, errors.InvalidArgumentError),
        (401, errors.UnauthenticatedError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (429, errors.ResourceExhaustedError),
        (500, errors.InternalError),
        (501, errors.UnimplementedError),
        (502, errors.UnavailableError),
        (503, errors.UnavailableError),
        (504, errors.DeadlineExceededError),
        (418, errors.UnknownError),
    ],
)
def test_http_status_is_the_last_resort(http: int, cls: type[errors.APIError]) -> None:
    # code is the HTTP status here (not a gRPC number), and there is no status string.
    assert type(decode_error(http, {}, body(code=http, message="x"))) is cls
    assert type(decode_error(http, {}, b"")) is cls


def test_unknown_canonical_code_keeps_the_string() -> None:
    err = decode_error(400, {}, body(status="QUOTA_WOBBLE", message="new"))
    assert type(err) is errors.UnknownError
    assert err.status == "QUOTA_WOBBLE" and err.code == 2


MALFORMED = {
    "html_502": (502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", errors.UnavailableError),
    "empty": (503, b"", errors.UnavailableError),
    "truncated": (404, b'{"code": 5, "message": "Not Fo', errors.NotFoundError),
    "huge": (500, b'{"message": "' + b"x" * (2 << 20) + b'"}', errors.InternalError),
    "code_is_string": (404, body(code="5", message="m"), errors.NotFoundError),
    "details_not_list": (400, body(code=3, details={"@type": "x"}), errors.InvalidArgumentError),
    "detail_without_type": (400, body(code=3, details=[{"reason": "r"}]), errors.InvalidArgumentError),
    "detail_not_object": (400, body(code=3, details=[1, "two", None]), errors.InvalidArgumentError),
    "not_an_object": (409, b"[1, 2, 3]", errors.AbortedError),
    "not_utf8": (500, b"\xff\xfe\x00garbage", errors.InternalError),
    "message_not_string": (400, body(code=3, message={"a": 1}), errors.InvalidArgumentError),
    "nested_too_deep": (500, b"[" * 100000, errors.InternalError),
    "bad_fields_in_known_detail": (
        400,
        body(code=3, details=[{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": "oops"}]),
        errors.InvalidArgumentError,
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_bodies_still_give_the_right_class(case: str) -> None:
    http, raw, cls = MALFORMED[case]
    err = decode_error(http, {"Content-Type": "text/html"}, raw)
    assert type(err) is cls
    assert err.http_status == http
    text = str(err)
    assert len(text) < 1000 and "\n" not in text
    for detail in err.details:
        assert isinstance(detail, errors.UnknownDetail)


def test_html_body_is_shown_readably() -> None:
    err = decode_error(502, {"content-type": "text/html; charset=utf-8"}, MALFORMED["html_502"][1])
    assert "502 Bad Gateway" in err.message and "text/html" in err.message


T = DETAIL_TYPE_PREFIX


def test_every_detail_type() -> None:
    details = [
        {
            "@type": T + "ErrorInfo",
            "reason": "QUOTA",
            "domain": "cudo.com",
            "metadata": {"a": "1", "zones": ["x", "y"]},
        },
        {"@type": T + "RetryInfo", "retryDelay": "1.5s"},
        {"@type": T + "DebugInfo", "stackEntries": ["f", "g"], "detail": "d"},
        {
            "@type": T + "QuotaFailure",
            "violations": [
                {"subject": "s", "description": "d", "apiService": "api", "quotaMetric": "m", "quotaId": "q"},
                {"quotaDimensions": {"region": "eu"}, "quotaValue": "10", "futureQuotaValue": 20},
            ],
        },
        {"@type": T + "PreconditionFailure", "violations": [{"type": "TOS", "subject": "s", "description": "d"}]},
        {
            "@type": T + "BadRequest",
            "fieldViolations": [
                {
                    "field": "vmId",
                    "description": "too short",
                    "reason": "LEN",
                    "localizedMessage": {"locale": "en", "message": "m"},
                }
            ],
        },
        {"@type": T + "RequestInfo", "requestId": "req-1", "servingData": "sd"},
        {"@type": T + "ResourceInfo", "resourceType": "vm", "resourceName": "n", "owner": "o", "description": "d"},
        {"@type": T + "Help", "links": [{"description": "docs", "url": "https://example.invalid/x"}]},
        {"@type": T + "LocalizedMessage", "locale": "de", "message": "Hallo"},
        {"@type": "type.googleapis.com/cudo.NewThing", "x": 1},
    ]
    err = decode_error(400, {}, body(code=3, message="bad", details=details))
    d = err.details
    assert d[0] == errors.ErrorInfo(reason="QUOTA", domain="cudo.com", metadata={"a": "1", "zones": ("x", "y")})
    assert d[1] == errors.RetryInfo(retry_delay=datetime.timedelta(seconds=1.5))
    assert d[2] == errors.DebugInfo(stack_entries=("f", "g"), detail="d")
    assert isinstance(d[3], errors.QuotaFailure)
    assert d[3].violations[0].api_service == "api" and d[3].violations[0].quota_id == "q"
    assert d[3].violations[1].quota_dimensions == {"region": "eu"}
    assert (d[3].violations[1].quota_value, d[3].violations[1].future_quota_value) == (10, 20)
    assert d[4] == errors.PreconditionFailure(violations=(errors.PreconditionViolation("TOS", "s", "d"),))
    assert d[5] == errors.BadRequest(
        field_violations=(errors.FieldViolation("vmId", "too short", "LEN", errors.LocalizedMessage("en", "m")),)
    )
    assert d[6] == errors.RequestInfo(request_id="req-1", serving_data="sd")
    assert d[7] == errors.ResourceInfo("vm", "n", "o", "d")
    assert d[8] == errors.Help(links=(errors.HelpLink("docs", "https://example.invalid/x"),))
    assert d[9] == errors.LocalizedMessage("de", "Hallo")
    assert d[10] == errors.UnknownDetail(type_url="type.googleapis.com/cudo.NewThing", raw=details[10])
    # the shortcuts
    assert (err.reason, err.domain) == ("QUOTA", "cudo.com")
    assert err.metadata["a"] == "1"
    assert err.retry_delay == datetime.timedelta(seconds=1.5)
    assert [v.field for v in err.field_violations] == ["vmId"]
    assert err.request_id == "req-1"
    assert "reason=QUOTA" in str(err) and "request_id=req-1" in str(err)


def test_details_are_frozen() -> None:
    info = errors.ErrorInfo(reason="r")
    with pytest.raises(AttributeError):
        info.reason = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("30s", 30.0), ("1.5s", 1.5), ("0.000000001s", 1e-9), ({"seconds": 2, "nanos": 500000000}, 2.5), ("x", None)],
)
def test_retry_delay_forms(value: Any, seconds: float | None) -> None:
    err = decode_error(429, {}, body(code=8, details=[{"@type": T + "RetryInfo", "retryDelay": value}]))
    expected = datetime.timedelta(seconds=seconds) if seconds is not None else None
    assert err.retry_delay == expected


def test_retry_after_header_seconds_and_date() -> None:
    assert decode_error(429, {"Retry-After": "7"}, b"").retry_delay == datetime.timedelta(seconds=7)
    now = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)
    err = decode_error(503, {"retry-after": "Thu, 01 Jan 2026 12:00:09 GMT"}, b"", now=now)
    assert err.retry_delay == datetime.timedelta(seconds=9)
    assert decode_error(503, {"retry-after": "soon"}, b"").retry_delay is None
    # RetryInfo wins over the header
    both = decode_error(429, {"retry-after": "7"}, body(details=[{"@type": T + "RetryInfo", "retryDelay": "2s"}]))
    assert both.retry_delay == datetime.timedelta(seconds=2)


def test_request_id_from_header() -> None:
    assert decode_error(500, {"X-Request-Id": "abc"}, b"").request_id == "abc"


@pytest.mark.parametrize(("value", "seconds"), [("²", None), ("١٢", None), ("9" * 5000, 10**9), (" 12 ", 12)])
def test_retry_after_odd_values(value: str, seconds: int | None) -> None:
    # found by fuzzing: str.isdigit() accepts digits that int() refuses
    expected = datetime.timedelta(seconds=seconds) if seconds is not None else None
    assert decode_error(429, {"retry-after": value}, b"").retry_delay == expected


@pytest.mark.parametrize("copier", [copy.copy, copy.deepcopy, lambda e: pickle.loads(pickle.dumps(e))])
def test_errors_survive_pickle_and_copy(copier: Any) -> None:
    """Errors cross process boundaries in task queues: nothing may be lost or doubled."""
    details = [{"@type": T + "ErrorInfo", "reason": "STOCKOUT", "domain": "cudo", "metadata": {"dc": "gb-1"}}]
    error = decode_error(
        409, {"x-request-id": "req-7"}, json.dumps({"code": 10, "message": "busy", "details": details}).encode(),
        method="POST", url="https://rest.compute.cudo.org/v1/x",
    )  # fmt: skip
    error.attempts = 3
    error.add_hint("after 3 attempts")
    again = copier(error)
    assert type(again) is errors.AbortedError and str(again) == str(error) and again.args == error.args
    assert (again.message, again.status, again.code, again.http_status) == ("busy", "ABORTED", 10, 409)
    assert (again.request_id, again.method, again.url, again.attempts) == ("req-7", "POST", error.url, 3)
    assert again.reason == "STOCKOUT" and again.details == error.details and again.to_dict() == error.to_dict()
    timeout = errors.APITimeoutError("slow", method="GET", url="u")
    assert str(copier(timeout)) == "slow" and copier(timeout).method == "GET"
