"""The project's one naming rule, shared by the spec importer and the generator wrapper.

A wire name splits into words: an acronym with a plural ``s`` (``VMs``), an acronym before a
capitalised word (``VM`` in ``VMState``), a capitalised or lowercase word, a bare acronym.
Digits stay with the word they follow (``ipv4``, ``s3``, ``line1``, ``Types2``), so nothing is
split on a digit. Python names are the lowercase words joined by ``_``; class names keep the
acronyms below upper-case (PEP 8: ``VMState``, ``VMNIC``, ``SSHKey``).
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable

_WORD = re.compile(r"[A-Z]{2,}s(?![a-z])\d*|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+")
_PARTS = re.compile(r"[^A-Za-z0-9]+")

#: Acronyms as a class name spells them; keyed by the lowercase word.
ACRONYMS = {
    "api": "API",
    "cpu": "CPU",
    "gpu": "GPU",
    "ip": "IP",
    "ipoib": "IPOIB",
    "ipv4": "IPv4",
    "nic": "NIC",
    "os": "OS",
    "s3": "S3",
    "ssh": "SSH",
    "url": "URL",
    "vm": "VM",
    "vms": "VMs",
}


def words(name: str) -> list[str]:
    """The words of ``name`` in their original case."""
    return [w for part in _PARTS.split(name) for w in _WORD.findall(part)]


def snake(name: str) -> str:
    """``ListVMsResponse`` -> ``list_vms_response``; ``ipv4Free`` -> ``ipv4_free``. A trailing
    ``_`` (the mark of the name rule below) stays, so that a Python name reads as itself."""
    joined = "_".join(w.lower() for w in words(name))
    return joined + "_" if joined and name.endswith("_") else joined


def pascal(name: str) -> str:
    """``commit_vm_response`` -> ``CommitVMResponse``; ``VmState`` -> ``VMState``."""
    return "".join(ACRONYMS.get(w.lower(), w[:1].upper() + w[1:].lower()) for w in words(name))


#: Parts of a member name that say it may hold a secret (compared without case or separators).
SECRET_WORDS = ("pass", "secret", "token", "key", "credential")
#: Names with those parts that hold none: a public key is public, a page token is a cursor.
NOT_SECRET = frozenset({"publickey", "sshpublickey", "pagetoken", "nextpagetoken"})


def secret_looking(name: str) -> bool:
    """The one rule for a name that may hold a secret, for a field's repr (generated models) and
    for members the spec does not list (the generated ``types.secret_looking``, built from it)."""
    flat = "".join(ch for ch in name.lower() if ch.isalnum())
    return flat not in NOT_SECRET and any(word in flat for word in SECRET_WORDS)


#: Verbs of a custom method (AIP-136: ``.../vms/{vmId}/terminate``, ``...:delete``) that remove
#: what the path names; compared with the verb's first word (``remove-permission`` removes).
DELETING_VERBS = frozenset({"delete", "terminate", "destroy", "remove", "purge"})


def deletes(method: str, path: str) -> bool:
    """Whether an operation removes what its path names, by the spec's own structure: every
    DELETE (AIP-135), and a POST custom method whose verb is one of ``DELETING_VERBS``. Anything
    else does not (the fallback: such an operation gets no ``missing_ok=``, its NOT_FOUND stays
    an error)."""
    method = method.upper()
    if method == "DELETE":
        return True
    last = path.rstrip("/").rsplit("/", 1)[-1]
    verb = last.rsplit(":", 1)[-1] if ":" in last else last
    if method != "POST" or "{" in verb:  # a path parameter is no verb
        return False
    return re.split(r"[^A-Za-z]", verb, maxsplit=1)[0].lower() in DELETING_VERBS


# --------------------------------------------------------------------------- the name rule

#: The rule, as the README and ``make spec`` state it.
RULE = (
    "a name from the spec that would hide a Python name or one the SDK uses in the same scope gets a"
    " trailing _ (a query parameter timeout is timeout_=); two spec names that read the same in"
    " Python are refused by make spec"
)

#: Keywords, soft keywords and builtins: what no generated name may be as it is (``id`` excepted:
#: it hides the builtin only where no generated code calls it). ``true``/``false``/``self``/
#: ``datetime`` are what the generator has always kept apart.
PYTHON = (
    frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins)) | {"self", "true", "false"}
) - {"id", "_"}

#: What each scope a spec name lands in holds besides the spec's own names.
RESERVED: dict[str, frozenset[str]] = {
    # An operation's arguments: its body, the per-call options, and the names its body uses.
    # (tests/test_naming.py checks these against every name the generated functions bind or read.)
    "parameter": PYTHON
    | {"datetime", "body", "timeout", "retry", "extra_headers", "extra_query", "missing_ok", "params", "headers",
       "warnings", "cast", "check_range", "read_value", "text_of", "wire_body", "wire_value"},  # fmt: skip
    # A model's fields: its methods and the modules its annotations name.
    "field": PYTHON
    | {"datetime", "decimal", "uuid", "to_dict", "from_dict", "additional_properties", "page_items", "repr_without_secrets"},
    # A tag's namespace is an attribute of AsyncCudo and Cudo, beside their own, and a method of the
    # generated Namespaces classes, whose class body uses cached_property.
    "namespace": PYTHON
    | {
        "aclose", "base_url", "cached_property", "close", "in_flight", "is_closed", "max_response_bytes", "paginate",
        "project_id", "raw", "retry", "rotate_api_key", "timeout", "wait_for_vm", "wait_for_vms", "with_options",
    },  # fmt: skip
    # An operation is a method of its namespace and a module of its tag's package.
    "operation": PYTHON | {"datetime", "warnings"},
    # Classes share the models' and operations' modules with what those import.
    "class": frozenset(dir(builtins))
    | {
        "Any", "Awaitable", "Callable", "CallOptions", "Enum", "Iterator", "Mapping", "MutableMapping", "NamedTuple",
        "Namespaces", "OperationRequest", "Protocol", "R", "RawAnswer", "RetryPolicy", "Send", "SyncNamespaces",
        "SyncSend", "T", "TypeAlias", "TypeVar", "TypedDict", "TYPE_CHECKING", "UUID",
    },  # fmt: skip
    # Enum members are upper case: only the enum's own machinery could clash.
    "member": frozenset({"MRO"}),
}

#: Put in front of a name that cannot start a Python name (a digit first).
PREFIX = {
    "parameter": "field_", "field": "field_", "namespace": "tag", "operation": "field_", "member": "VALUE_", "class": "field_",
}  # fmt: skip


class NameError_(Exception):  # noqa: N801 (``NameError`` is a builtin)
    """A spec name the rule cannot turn into a Python name, or two that read the same."""


def _plain(name: str, scope: str) -> str:
    """The name in its scope's spelling, before the rule: PascalCase, UPPER_CASE or snake_case."""
    if scope == "class":
        base = pascal(name)
        return pascal(PREFIX["class"] + base) if base and not base.isidentifier() else base
    if scope == "member":
        base = "_".join(words(name.upper())) or "EMPTY"
    else:
        base = snake(name)
    if base and (not base.isidentifier() or name.startswith("_")):
        base = PREFIX[scope] + base
    return base


def python_name(name: str, scope: str, where: str = "") -> str:
    """The Python name of a spec name in ``scope`` (see ``RULE``); ``where`` it is, for the error
    about a name with no letter or digit."""
    base = _plain(name, scope)
    if not base:
        at = f"{where}: " if where else ""
        raise NameError_(f"{at}the {scope} name {name!r} has no letter or digit to make a Python name from")
    return base + "_" if base in RESERVED[scope] or keyword.iskeyword(base) else base


def python_names(names: Iterable[str], scope: str, where: str) -> dict[str, str]:
    """Each spec name of one scope with its Python name; two that read the same are refused
    (``NameError_`` naming both and ``where`` they are)."""
    out: dict[str, str] = {}
    seen: dict[str, str] = {}
    for name in names:
        py = python_name(name, scope, where)
        other = seen.get(py)
        if other is not None and other != name:
            raise NameError_(f"{where}: {other!r} and {name!r} are both {py!r} in Python: the SDK could not tell them apart")
        seen[py] = name
        out[name] = py
    return out


def renamed(name: str, scope: str) -> bool:
    """True when the rule added a trailing _ to ``name``'s Python spelling."""
    return python_name(name, scope) != _plain(name, scope)


def namespace_classes(tags: Iterable[str], models: Iterable[str]) -> dict[tuple[str, bool], str]:
    """The class of each tag's namespace, async and sync (``(tag, sync) -> class``): ``<Tag>API`` and
    ``<Tag>SyncAPI``, by the rule: one that would hide a model class (they share the tag's module)
    or another namespace class (tags ``Zeph`` and ``Zeph Sync``) gets a trailing _, async classes
    first, each in the order of the tags' names."""
    taken = set(models)
    out: dict[tuple[str, bool], str] = {}
    for sync in (False, True):
        for tag in sorted(set(tags)):
            name = pascal(tag) + ("SyncAPI" if sync else "API")
            while name in taken:
                name += "_"
            taken.add(name)
            out[tag, sync] = name
    return out
