"""The project's one naming rule, shared by the spec importer and the generator wrapper.

A wire name splits into words: an acronym with a plural ``s`` (``VMs``), an acronym before a
capitalised word (``VM`` in ``VMState``), a capitalised or lowercase word, a bare acronym.
Digits stay with the word they follow (``ipv4``, ``s3``, ``line1``, ``Types2``), so nothing is
split on a digit. Python names are the lowercase words joined by ``_``; class names keep the
acronyms below upper-case (PEP 8: ``VMState``, ``VMNIC``, ``SSHKey``).
"""

from __future__ import annotations

import re

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
    """``ListVMsResponse`` -> ``list_vms_response``; ``ipv4Free`` -> ``ipv4_free``."""
    return "_".join(w.lower() for w in words(name))


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
