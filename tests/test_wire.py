"""One encoder for everything that reaches the wire (path segments, query values, header names
and values, body fields): any enum member goes as its value, the other kinds deliberately, and
what cannot travel faithfully is refused before anything is sent, naming the argument, never
echoing its value. Checked on the bytes a real server receives, on both transports, both event
loops and the sync client."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, _wire, errors, models
from tests.helpers import CANARY, vm_body
from tests.servers import tcp_server
from tests.test_hostile import Canned, reply
from tests.test_sync_hostile import OnThreads

pytestmark = pytest.mark.anyio


class Project(str, enum.Enum):  # a caller's own enum, mixed with str (format() gives "Project.PROD")
    PROD = "prod"
    STAGING = "staging-2"


class Plain(enum.Enum):  # no mixin: only .value is the text
    NET = "net-a"
    ODD = "eu/west 1?&="


class Count(int, enum.Enum):  # mixed with int (str() gives "Count.TWO")
    TWO = 2
    THREE = 3


class Size(enum.IntEnum):
    TEN = 10


class Term(enum.Enum):  # a caller's own enum for a field whose type is one of the SDK's enums
    MONTH = "COMMITMENT_TERM_1_MONTH"


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


class Sent:
    """One request as the server read it off the socket."""

    def __init__(self, raw: bytes) -> None:
        head, _, self.body = raw.partition(b"\r\n\r\n")
        line, *fields = head.decode("latin-1").split("\r\n")
        self.method, self.target, _ = line.split(" ", 2)
        self.path = urlsplit(self.target).path
        self.query = parse_qsl(urlsplit(self.target).query, keep_blank_values=True)
        self.headers = {name.strip().lower(): value.strip() for name, _, value in (f.partition(":") for f in fields)}

    def json(self) -> Any:
        return json.loads(self.body)


@asynccontextmanager
async def on_the_wire(client_setup: tuple[str, str, str], **options: Any) -> AsyncIterator[tuple[Any, Canned]]:
    """A client of the setup's kind on a server that answers {} and records every request."""
    _, transport, kind = client_setup
    server = Canned(reply(200, {}))
    options.setdefault("retry", RetryPolicy(max_retries=2, initial_delay=0.001))
    async with tcp_server(server) as port:
        base = f"http://127.0.0.1:{port}"
        if kind == "sync":
            sync = Cudo(api_key=CANARY, base_url=base, transport=transport, **options)
            try:
                yield OnThreads(sync), server
            finally:
                sync.close()
        else:
            async with AsyncCudo(api_key=CANARY, base_url=base, transport=transport, **options) as cudo:  # type: ignore[arg-type]
                yield cudo, server


def view(cudo: Any, **options: Any) -> Any:
    """``cudo.with_options(...)``, for either kind of client (building a view sends nothing)."""
    if isinstance(cudo, OnThreads):
        return OnThreads(cudo._target.with_options(**options))
    return cudo.with_options(**options)


def sent(server: Canned) -> list[Sent]:
    return [Sent(raw) for raw in server.requests]


# ----------------------------------------------------------------------------- enums go as their value


@pytest.mark.parametrize("member", [Project.PROD, Project.STAGING, Plain.NET, Plain.ODD], ids=str)
async def test_any_enum_member_in_a_path_or_query_is_sent_as_its_value(client_setup: Any, member: enum.Enum) -> None:
    value = member.value
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.virtual_machines.list_vms(member, network_id=member)
        await cudo.virtual_machines.get_vm("p", member)
        await cudo.projects.list_projects(extra_query={"team": member, "teams": [member, "x"]})
    listed, got, extra = sent(server)
    assert unquote(listed.path) == f"/v1/projects/{value}/vms" and listed.query == [("networkId", value)]
    assert unquote(got.path) == f"/v1/projects/p/vms/{value}"
    assert extra.query == [("team", value), ("teams", value), ("teams", "x")]
    assert not any(type(member).__name__ in r.target for r in (listed, got, extra))


@pytest.mark.parametrize("member", [Count.TWO, Count.THREE, Size.TEN], ids=str)
async def test_an_int_enum_member_in_an_int_parameter_is_sent_as_its_number(client_setup: Any, member: int) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.projects.list_projects(page_size=member)
        await cudo.projects.list_projects(extra_query={"n": member})
    assert [r.query for r in sent(server)] == [[("pageSize", str(int(member)))], [("n", str(int(member)))]]


@pytest.mark.parametrize("member", [Project.PROD, Plain.NET], ids=str)
async def test_an_enum_member_as_a_header_name_or_value_is_sent_as_its_value(
    client_setup: Any, member: enum.Enum
) -> None:
    class Header(str, enum.Enum):
        TEAM = "X-Team"

    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.projects.list_projects(extra_headers={Header.TEAM: member})
        await view(cudo, extra_headers={"X-Env": member}).projects.list_projects()
    first, second = sent(server)
    assert first.headers["x-team"] == member.value and second.headers["x-env"] == member.value


async def test_enum_members_in_a_body_are_sent_as_their_values_and_the_model_is_left_alone(client_setup: Any) -> None:
    body = models.CreateVMBody(
        vm_id=Project.PROD,  # type: ignore[arg-type]
        data_center_id=Plain.NET,  # type: ignore[arg-type]
        machine_type="m",
        boot_disk_image_id="img",
        vcpus=Count.THREE,
        memory_gib=Size.TEN,
        gpus=0,
        commitment_term=Term.MONTH,  # type: ignore[arg-type]
        custom_ssh_keys=[Plain.ODD],  # type: ignore[list-item]
        metadata={"team": Project.STAGING},  # type: ignore[arg-type]
    )
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.virtual_machines.create_vm("p", body=body)
        await cudo.virtual_machines.create_vm("p", body={**body.to_dict(), "vmId": Plain.NET, "vcpus": Count.TWO})
    first, second = (r.json() for r in sent(server))
    assert first["vmId"] == "prod" and first["dataCenterId"] == "net-a" and first["vcpus"] == 3
    assert first["memoryGib"] == 10 and first["commitmentTerm"] == "COMMITMENT_TERM_1_MONTH"
    assert first["customSshKeys"] == ["eu/west 1?&="] and first["metadata"] == {"team": "staging-2"}
    assert second["vmId"] == "net-a" and second["vcpus"] == 2
    assert body.vm_id is Project.PROD and body.vcpus is Count.THREE  # the caller's model is unchanged


# ----------------------------------------------------------------------------- the other kinds, deliberately


async def test_uuids_dates_datetimes_decimals_and_booleans_are_sent_in_their_standard_text(client_setup: Any) -> None:
    an_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    when = datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.virtual_machines.get_vm(an_id, an_id)
        await cudo.projects.list_projects(
            extra_query={
                "day": datetime.date(2026, 3, 4),
                "at": when,
                "price": decimal.Decimal("0.0210"),
                "on": True,
                "ratio": 0.5,
            },
            extra_headers={"X-Request-Uuid": an_id},
        )
        await cudo.billing.get_billing_account_spend_details("b", start_time=when, end_time=when)
    path, extra, spend = sent(server)
    assert path.path == f"/v1/projects/{an_id}/vms/{an_id}"
    assert dict(extra.query) == {
        "day": "2026-03-04",
        "at": "2026-03-04T05:06:07+02:00",
        "price": "0.0210",
        "on": "true",
        "ratio": "0.5",
    }
    assert extra.headers["x-request-uuid"] == str(an_id)
    assert dict(spend.query)["startTime"] == "2026-03-04T05:06:07+02:00"


REFUSED_VALUES: list[tuple[str, Callable[[Any, Any], Any], str]] = [
    ("bytes in a path", lambda cudo, v: cudo.virtual_machines.get_vm(b"p", "vm"), "project_id must be a str"),
    ("an int enum in a path", lambda cudo, v: cudo.virtual_machines.get_vm(Count.TWO, "vm"), "project_id"),
    ("bytes in the query", lambda cudo, v: cudo.virtual_machines.list_vms("p", network_id=b"n"), "network_id"),
    (
        "a naive datetime in the query",
        lambda cudo, v: cudo.billing.get_billing_account_spend_details(
            "b", start_time=datetime.datetime(2026, 1, 1), end_time=datetime.datetime(2026, 1, 1)
        ),
        "naive datetime",
    ),
    ("bytes in extra_query", lambda cudo, v: cudo.projects.list_projects(extra_query={"q": b"x"}), "extra_query"),
    (
        "a naive datetime in extra_query",
        lambda cudo, v: cudo.projects.list_projects(extra_query={"q": datetime.datetime(2026, 1, 1)}),
        "extra_query",
    ),
    ("bytes in a header", lambda cudo, v: cudo.projects.list_projects(extra_headers={"X-A": b"x"}), "X-A"),
    ("an int in a header", lambda cudo, v: cudo.projects.list_projects(extra_headers={"X-A": 1}), "must be a str"),
    (
        "bytes in a body field",
        lambda cudo, v: cudo.virtual_machines.create_vm("p", body={**v, "vmId": b"x"}),
        "body.vmId: expected a str, got bytes",
    ),
    (
        "a naive datetime in a body field",
        lambda cudo, v: cudo.virtual_machines.create_vm(
            "p", body=vm_body("web-1", expire_time=datetime.datetime(2026, 1, 1))
        ),
        "body.expire_time: expected a timezone-aware datetime.datetime",
    ),
    (
        "a lone surrogate in a body field",
        lambda cudo, v: cudo.virtual_machines.create_vm("p", body={**v, "vmId": "web\udc80"}),
        "body.vmId: expected a str, got a str holding a lone surrogate",
    ),
    (
        "a lone surrogate in a model's list",
        lambda cudo, v: cudo.virtual_machines.create_vm("p", body=vm_body("web-1", custom_ssh_keys=["ok", "k\ud800"])),
        r"body.custom_ssh_keys\[1\]: expected a str, got a str holding a lone surrogate",
    ),
    (
        "a lone surrogate in a path",
        lambda cudo, v: cudo.virtual_machines.get_vm("p", "vm\udc80"),
        "vm_id",
    ),
    (
        "a float NaN in a body field",
        lambda cudo, v: cudo.virtual_machines.create_vm("p", body={**v, "vcpus": float("nan")}),
        "body.vcpus: expected an int",
    ),
]

GOOD_BODY = {
    "vmId": "web-1",
    "dataCenterId": "dc",
    "machineType": "m",
    "bootDiskImageId": "img",
    "vcpus": 2,
    "memoryGib": 4,
    "gpus": 0,
}


@pytest.mark.parametrize(("case", "call", "words"), REFUSED_VALUES, ids=[c for c, _, _ in REFUSED_VALUES])
async def test_what_cannot_be_sent_faithfully_is_refused_before_anything_is_sent(
    client_setup: Any, case: str, call: Any, words: str
) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError, match=words) as info:
            await call(cudo, GOOD_BODY)
    assert server.requests == []
    assert "b'" not in str(info.value)  # bytes are never echoed


# ----------------------------------------------------------------------------- header values


BAD_HEADER_VALUES = {
    "leading space": f" {CANARY}",
    "trailing space": f"{CANARY} ",
    "leading tab": f"\t{CANARY}",
    "CR": f"{CANARY}\rX-Injected: 1",
    "LF": f"{CANARY}\nX-Injected: 1",
    "CRLF": f"{CANARY}\r\n\r\nGET / HTTP/1.1",
    "NUL": f"{CANARY}\x00",
    "DEL": f"{CANARY}\x7f",
    "latin-1": f"{CANARY}caf\u00e9",
    "outside latin-1": f"{CANARY}\u20ac",
    "emoji": f"{CANARY}\U0001f600",
    "lone surrogate": f"{CANARY}\udc80",
}


@pytest.mark.parametrize("value", list(BAD_HEADER_VALUES.values()), ids=list(BAD_HEADER_VALUES))
async def test_a_header_value_that_cannot_travel_is_refused_naming_the_header_never_echoing_it(
    client_setup: Any, value: str
) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError, match="X-Signature") as per_call:
            await cudo.projects.list_projects(extra_headers={"X-Signature": value})
        with pytest.raises(errors.ConfigurationError, match="X-Signature") as on_a_view:
            view(cudo, extra_headers={"X-Signature": value})
    assert server.requests == []  # nothing sent, nothing retried
    for error in (per_call.value, on_a_view.value):
        assert CANARY not in str(error) and CANARY not in repr(error.args)
        assert error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize("name", ["X A", "X:A", "", "X-\u00e9", "X\r\nY", 5, None, b"X-A"])
async def test_a_header_name_that_is_not_a_token_is_refused(client_setup: Any, name: Any) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError, match="header name"):
            await cudo.projects.list_projects(extra_headers={name: "v"})
    assert server.requests == []


async def test_a_tab_inside_a_header_value_and_an_empty_value_are_sent_as_given(client_setup: Any) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.projects.list_projects(extra_headers={"X-A": "a\tb", "X-Empty": ""})
    (request,) = sent(server)
    assert request.headers["x-a"] == "a\tb" and request.headers["x-empty"] == ""


# ----------------------------------------------------------------------------- body errors name the field


#: (a wire-form mapping body, the same mistake in a constructed model, what each error says)
BODY_MISTAKES: list[tuple[dict[str, Any], Any, str, str]] = [
    ({"vcpus": "two"}, {"vcpus": "two"}, "body.vcpus: expected an int, got str 'two'", "body.vcpus: expected an int"),
    (
        {"memoryGib": 4.5},
        {"memory_gib": 4.5},
        "body.memoryGib: expected an int, got float 4.5 (CreateVMBody.memory_gib)",
        "body.memory_gib: expected an int, got float 4.5 (memoryGib on the wire)",
    ),
    (
        {"gpus": True},
        {"gpus": True},
        "body.gpus: expected an int, got bool True",
        "body.gpus: expected an int, got bool True",
    ),
    (
        {"validateOnly": "yes"},
        {"validate_only": "yes"},
        "body.validateOnly: expected True or False",
        "body.validate_only: expected True or False",
    ),
    (
        {"expireTime": "yesterday"},
        {"expire_time": "yesterday"},
        "body.expireTime: expected a timezone-aware datetime.datetime",
        "body.expire_time: expected a timezone-aware datetime.datetime",
    ),
    (
        {"bootDisk": {"sizeGib": "big"}},
        {"boot_disk": models.BootDisk(size_gib="big")},  # type: ignore[arg-type]
        "body.bootDisk.sizeGib: expected an int, got str 'big'",
        "body.boot_disk.size_gib: expected an int, got str 'big'",
    ),
    (
        {"nics": [{"networkId": "n"}, {"networkId": 5}]},
        {"nics": [models.CreateVMRequestNIC(network_id="n"), models.CreateVMRequestNIC(network_id=5)]},  # type: ignore[arg-type]
        "body.nics[1].networkId: expected a str, got int 5",
        "body.nics[1].network_id: expected a str, got int 5",
    ),
    (
        {"metadata": {"team": 5}},
        {"metadata": {"team": 5}},
        "body.metadata['team']: expected a str, got int 5",
        "body.metadata['team']: expected a str, got int 5",
    ),
    ({"metadata": [1, 2]}, {"metadata": [1, 2]}, "body.metadata: expected a mapping", "body.metadata: expected a dict"),
    ({"customSshKeys": "k"}, {"custom_ssh_keys": "k"}, "body.customSshKeys: expected a list", "expected a list"),
    (
        {"bootDisk": "big"},
        {"boot_disk": "big"},
        "body.bootDisk: expected a mapping",
        "body.boot_disk: expected BootDisk",
    ),
    (
        {"password": 123456789},
        {"password": 123456789},
        "body.password: expected a str, got int (value not shown)",
        "body.password: expected a str, got int (value not shown)",
    ),
]

PYTHONS_OWN_WORDS = ("could not convert", "dictionary update sequence", "invalid literal", "object has no attribute")


@pytest.mark.parametrize(
    ("wire", "fields", "wire_words", "model_words"), BODY_MISTAKES, ids=[next(iter(m[0])) for m in BODY_MISTAKES]
)
async def test_a_wire_form_body_names_the_field_as_a_constructed_model_does(
    client_setup: Any, wire: dict[str, Any], fields: dict[str, Any], wire_words: str, model_words: str
) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError) as from_mapping:
            await cudo.virtual_machines.create_vm("p", body={**GOOD_BODY, **wire})
        with pytest.raises(errors.ConfigurationError) as from_model:
            await cudo.virtual_machines.create_vm("p", body=vm_body("web-1", **fields))
    assert server.requests == []
    assert wire_words in str(from_mapping.value), str(from_mapping.value)
    assert model_words in str(from_model.value), str(from_model.value)
    for error in (from_mapping.value, from_model.value):
        assert not any(words in str(error) for words in PYTHONS_OWN_WORDS), str(error)
        assert "123456789" not in str(error)


async def test_a_wire_form_body_takes_every_spelling_proto3_json_allows(client_setup: Any) -> None:
    body = {
        **GOOD_BODY,
        "vcpus": "4",  # an integer as a string
        "expireTime": "2026-01-02T03:04:05Z",
        "bootDisk": {"sizeGib": 20},
        "commitmentTerm": "COMMITMENT_TERM_1_MONTH",
        "nics": [{"networkId": "n", "assignPublicIp": True}],
        "metadata": {"team": "ml"},
        "topology": None,  # null: left out
    }
    async with on_the_wire(client_setup) as (cudo, server):
        await cudo.virtual_machines.create_vm("p", body=body)
    (request,) = sent(server)
    got = request.json()
    assert got["vcpus"] == 4 and got["bootDisk"] == {"sizeGib": 20} and got["metadata"] == {"team": "ml"}
    assert got["expireTime"].startswith("2026-01-02T03:04:05") and "topology" not in got


# ----------------------------------------------------------------------------- the encoder itself (pure)


def test_the_encoder_reads_every_kind_a_caller_may_hand_over() -> None:
    python, misfit = _wire.python, _wire.MISFIT
    aware = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    table: list[tuple[Any, str, Any]] = [
        (Project.PROD, "str", "prod"),
        (Plain.NET, "str", "net-a"),
        (Count.TWO, "int", 2),
        (Count.TWO, "str", misfit),
        (Size.TEN, "int64", 10),
        (True, "int", misfit),
        (1.5, "int", misfit),
        (float("inf"), "float", misfit),
        (10**400, "float", misfit),  # an int no float holds
        (Count.THREE, "float", 3),
        (uuid.UUID(int=1), "str", "00000000-0000-0000-0000-000000000001"),
        (b"x", "str", misfit),
        (bytearray(b"x"), "any", misfit),
        (aware, "datetime", aware),
        (datetime.datetime(2026, 1, 1), "datetime", misfit),
        (datetime.date(2026, 1, 1), "datetime", misfit),
        (datetime.date(2026, 1, 1), "any", "2026-01-01"),
        (decimal.Decimal("1.10"), "decimal", decimal.Decimal("1.10")),
        (decimal.Decimal("NaN"), "decimal", misfit),
        (1.5, "decimal", misfit),
        ({"a": [Plain.NET, 1, None]}, "any", {"a": ["net-a", 1, None]}),
        ({1: "x"}, "any", misfit),
        (object(), "any", misfit),
        ("COMMITMENT_TERM_1_MONTH", "enum", "COMMITMENT_TERM_1_MONTH"),
        (Term.MONTH, "enum", "COMMITMENT_TERM_1_MONTH"),
        (5, "enum", 5),  # proto3 JSON's number form (and a spec's enums_as_ints)
        (True, "enum", misfit),
        (1.0, "enum", misfit),
        (datetime.date(2026, 1, 2), "date", datetime.date(2026, 1, 2)),
        (aware, "date", misfit),
        ("2026-01-02", "date", misfit),
        (uuid.UUID(int=2), "uuid", uuid.UUID(int=2)),
        ("00000000-0000-0000-0000-000000000002", "uuid", uuid.UUID(int=2)),
        ("not-a-uuid", "uuid", misfit),
        (b"\x00\xff", "bytes", b"\x00\xff"),
        (bytearray(b"x"), "bytes", b"x"),
        ("eA==", "bytes", misfit),
    ]
    for value, kind, expected in table:
        result = python(value, kind)
        assert result == expected if expected is not misfit else result is misfit, (value, kind, result)
        assert type(result) in (type(expected), _wire._Misfit) or isinstance(expected, datetime.datetime)


# ----------------------------------------------------------------------------- secrets in refusals

SECRET_VALUE = "sig-5ecret-0a9f"
#: Values the encoder refuses, each holding the secret.
REFUSED_HOLDING_THE_SECRET = {
    "a lone surrogate": SECRET_VALUE + "\udc80",
    "a list with a lone surrogate": [SECRET_VALUE, SECRET_VALUE + "\ud800"],
    "a naive datetime": datetime.datetime(2030, 1, 1, 12, 0, 0, 1234),
    "a Decimal NaN": decimal.Decimal("NaN"),
}


@pytest.mark.parametrize("name", ["access_token", "apiKey", "client_secret", "X-Password", "session.credential"])
@pytest.mark.parametrize("value", list(REFUSED_HOLDING_THE_SECRET.values()), ids=list(REFUSED_HOLDING_THE_SECRET))
async def test_a_refused_value_under_a_secret_looking_name_is_never_echoed(
    client_setup: Any, name: str, value: Any
) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError, match="not shown") as per_call:
            await cudo.projects.list_projects(extra_query={name: value})
        with pytest.raises(errors.ConfigurationError, match="not shown") as on_a_view:
            view(cudo, extra_query={name: value})
    assert server.requests == []
    for error in (per_call.value, on_a_view.value):
        assert SECRET_VALUE not in str(error) and "1234" not in str(error) and name in str(error)


@pytest.mark.parametrize(
    ("where", "shown"),
    [
        ("extra_query['access_token']", False),
        ("body.users[0].password", False),
        ("body.apiKey", False),
        ("CreateVMBody.from_dict: body.secret_ref", False),
        ("extra_query['page_token']", True),  # a page token is no secret
        ("body.ssh_public_key", True),
        ("extra_query['region']", True),
    ],
)
def test_the_encoder_decides_from_the_name_whether_a_refused_value_is_shown(where: str, shown: bool) -> None:
    text = _wire.got(SECRET_VALUE + "\udc80", where)
    assert (SECRET_VALUE in text) is shown
    assert "lone surrogate" in text
    assert SECRET_VALUE not in _wire.got(SECRET_VALUE, where, secret=True)


class Nothing(enum.Enum):
    NONE = None


@pytest.mark.parametrize(
    ("case", "call"),
    [
        ("extra_query", lambda cudo: cudo.projects.list_projects(extra_query={"n": Nothing.NONE})),
        ("extra_query list", lambda cudo: cudo.projects.list_projects(extra_query={"n": ["a", Nothing.NONE]})),
        ("path", lambda cudo: cudo.virtual_machines.get_vm("p", Nothing.NONE)),
        ("header", lambda cudo: cudo.projects.list_projects(extra_headers={"X-N": Nothing.NONE})),
    ],
)
async def test_an_enum_member_whose_value_is_none_is_refused_as_none_is(
    client_setup: Any, case: str, call: Any
) -> None:
    async with on_the_wire(client_setup) as (cudo, server):
        with pytest.raises(errors.ConfigurationError):
            await call(cudo)
    assert server.requests == []
    assert not _wire.is_scalar(Nothing.NONE) and not _wire.is_scalar(None) and _wire.is_scalar(Plain.NET)
