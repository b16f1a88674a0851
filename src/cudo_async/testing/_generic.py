"""Every operation without a hand-written handler, served from the shape of its path and method in
the spec (so a regenerated spec's new operations are served with no edit here).

The rules, read from the paths alone:

- a path ending in parameters names an item of a *family* (the literal segments in front, each
  read in either number: ``/vm/{id}`` and ``/vms/{id}`` are one family); every parameter before
  names an ancestor (a project, a billing account) that must exist;
- GET on the literal path above an item (or on a path that stops part-way through the item's
  parameters) lists the family in that scope, POST there creates one; GET, PATCH/PUT/POST and
  DELETE on the item read, update and delete it;
- a custom verb (``{id}:verb`` or ``{id}/verb``) acts on the item (it must exist; the fields its
  body or query name that the item also has are applied); GET there reads from the item;
- a GET on a literal path that answers a list of objects is a catalogue: a list of its own.

A family some operation creates in is *strict*: an unknown id is NOT_FOUND, a repeated id
ALREADY_EXISTS. A family nothing creates in (payment methods, buckets, catalogues) is *open*: the
emulator cannot know which ids exist, so any id names one (made up on first use, with plausible
values) until it is deleted, and a list shows a few. Items the hand-written handlers keep
(projects, VMs) are looked up through their hand-written GET, so a generic verb on a VM checks
that the VM exists and applies its fields to it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ._spec import Schema, Spec, SpecOp, shipped
from ._store import ApiFailure, _bad_request, _exists, _not_found, page_number, page_token, starting_after
from ._wire import fill, made_up, now

logger = logging.getLogger("cudo_async.testing")

Family = tuple[str, ...]
Key = tuple[str, ...]
PAGING = frozenset({"pageSize", "pageNumber", "pageToken", "startingAfter"})
#: How many items a list of an open family shows before anything was made there.
OPEN_LIST_SIZE = 3
_LIST, _CREATE, _GET, _UPDATE, _DELETE, _ACTION, _READ = "list", "create", "get", "update", "delete", "action", "read"


@attrs.frozen
class Shape:
    """What an operation does: its kind, the family it acts on, and how many of its leading path
    parameters name the item (get, update, delete, action, read) or the scope (list, create)."""

    kind: str
    family: Family
    depth: int


def _is_param(segment: str) -> bool:
    return segment.startswith("{")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _split(path: str) -> tuple[list[str], str]:
    """A path's segments, and its custom verb (``{id}:verb``) if any, taken off the last one."""
    segments = [s for s in path.strip("/").split("/") if s]
    verb = ""
    if segments and ":" in segments[-1]:
        head, _, verb = segments[-1].partition(":")
        segments[-1] = head
    return segments, verb


def family_of(segments: list[str]) -> Family:
    return tuple("*" if _is_param(s) else _singular(s) for s in segments)


def _noun(family: Family) -> str:
    literal = [s for s in family if s != "*"]
    return literal[-1] if literal else "resource"


def _prefix(family: Family, params: int) -> Family:
    """``family`` up to and including its ``params``-th parameter."""
    seen = 0
    for i, part in enumerate(family):
        if part == "*":
            seen += 1
            if seen == params:
                return family[: i + 1]
    return family


@attrs.define
class Plan:
    """The shapes of a spec's operations, and what they say about each family."""

    spec: Spec
    shapes: dict[str, Shape]
    items: frozenset[Family]
    creates: frozenset[Family]
    getters: dict[Family, SpecOp]
    item_schemas: dict[Family, Schema]

    def items_field(self, schema: Schema | None) -> str | None:
        """The member of a list answer that holds the items (a list of objects)."""
        props = self.spec.resolve(schema).get("properties") or {}
        for name, sub in props.items():
            resolved = self.spec.resolve(sub)
            if resolved.get("type") == "array" and self.spec.resolve(resolved.get("items")).get("properties"):
                return str(name)
        return None

    def array_items(self, schema: Schema | None) -> Schema | None:
        """The item schema of an answer that is itself a list of objects (a top-level array)."""
        resolved = self.spec.resolve(schema)
        inner = self.spec.resolve(resolved.get("items")) if resolved.get("type") == "array" else {}
        return inner if inner.get("properties") else None

    def unwrap(self, schema: Schema | None) -> Schema:
        """An answer's item: the answer itself when it has an ``id``, else its one member that has."""
        resolved = self.spec.resolve(schema)
        props = resolved.get("properties") or {}
        if "id" in props:
            return resolved
        inner = [self.spec.resolve(s) for s in props.values() if "id" in (self.spec.resolve(s).get("properties") or {})]
        return inner[0] if len(inner) == 1 else resolved


def _deeper(items: set[Family], family: Family) -> Family | None:
    """The item family ``family`` is a collection (or a partial key) of: itself plus parameters."""
    found = [g for g in items if len(g) > len(family) and g[: len(family)] == family and set(g[len(family) :]) == {"*"}]
    return min(found, key=len) if found else None


def make_plan(spec: Spec, handled: Callable[[str], bool]) -> Plan:
    """Read every operation's shape from the spec (``handled``: which ones are hand-written)."""
    split = {op.id: _split(op.path) for op in spec.operations.values()}
    items: set[Family] = set()
    for segments, _verb in split.values():
        for i, segment in enumerate(segments):
            if _is_param(segment) and (i + 1 == len(segments) or not _is_param(segments[i + 1])):
                items.add(family_of(segments[: i + 1]))
    items = {f for f in items if _deeper(items, f) is None}  # a run of parameters extended elsewhere is a scope
    plan = Plan(spec, {}, frozenset(), frozenset(), {}, {})
    for op in spec.operations.values():
        segments, verb = split[op.id]
        fam = family_of(segments)
        params = fam.count("*")
        below = _deeper(items, fam)
        if verb:
            shape = Shape(_READ if op.method == "GET" else _ACTION, fam, params)
        elif below is not None and op.method in ("GET", "POST"):
            shape = Shape(_LIST if op.method == "GET" else _CREATE, below, params)
        elif segments and _is_param(segments[-1]) and below is None:
            kind = {"GET": _GET, "DELETE": _DELETE}.get(op.method, _UPDATE)
            shape = Shape(kind, fam, params)
        elif op.method == "GET" and (plan.items_field(op.response) or plan.array_items(op.response)) is not None:
            shape = Shape(_LIST, (*fam, "*"), params)  # a catalogue
        else:  # a verb spelled as a path segment: it acts on the nearest item above
            last = max((i for i, s in enumerate(segments) if _is_param(s)), default=-1)
            parent = family_of(segments[: last + 1]) if last >= 0 else fam
            shape = Shape(_READ if op.method == "GET" else _ACTION, parent, parent.count("*"))
        plan.shapes[op.id] = shape
    plan.items = frozenset(items | {s.family for s in plan.shapes.values() if s.kind in (_LIST, _CREATE)})
    plan.creates = frozenset(s.family for s in plan.shapes.values() if s.kind == _CREATE)
    for op in sorted(spec.operations.values(), key=lambda o: (not handled(o.id), o.id)):
        shape = plan.shapes[op.id]
        if shape.kind == _GET:
            plan.getters.setdefault(shape.family, op)
    for op in spec.operations.values():  # the item's schema: a list's items, else a get's or a create's answer
        shape = plan.shapes[op.id]
        field = plan.items_field(op.response) if shape.kind == _LIST else None
        if field is not None:
            items_schema = (spec.resolve(op.response).get("properties") or {})[field]
            plan.item_schemas[shape.family] = spec.resolve(spec.resolve(items_schema).get("items"))
        elif shape.kind == _LIST and plan.array_items(op.response) is not None:
            plan.item_schemas[shape.family] = plan.array_items(op.response) or {}
    for kinds in ((_GET,), (_CREATE,), (_UPDATE, _DELETE, _ACTION, _READ)):
        for op in spec.operations.values():
            shape = plan.shapes[op.id]
            if shape.kind in kinds and shape.family not in plan.item_schemas:
                found = plan.unwrap(op.response)
                if kinds != (_UPDATE, _DELETE, _ACTION, _READ) or "id" in (found.get("properties") or {}):
                    plan.item_schemas[shape.family] = found
    return plan


@functools.cache
def shipped_plan(handled: frozenset[str]) -> Plan:
    return make_plan(shipped(), handled.__contains__)


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _typed(value: str, schema: Schema) -> Any:
    """A query value (text) in the type of the item field it is applied to."""
    kind = schema.get("type")
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return value == "true"
    if kind == "number":
        return float(value)
    return value


Lookup = Callable[[SpecOp, Key], Any]


class Generic:
    """The generic operations' state: items by family and key (the path parameters' values)."""

    def __init__(self, plan: Plan, hand_lookup: Lookup, handled: Callable[[str], bool]) -> None:
        self.plan = plan
        self.spec = plan.spec
        self._hand_lookup = hand_lookup
        self._handled = handled
        self.items: dict[Family, dict[Key, dict[str, Any]]] = {}
        self._deleted: set[tuple[Family, Key]] = set()
        self._seeded: set[tuple[Family, Key]] = set()
        #: Soft-deleted items (AIP-164) of the families that have an ``:undelete`` verb.
        self._trash: dict[tuple[Family, Key], dict[str, Any]] = {}
        self._undeletable = frozenset(
            plan.shapes[op.id].family for op in plan.spec.operations.values() if _split(op.path)[1] == "undelete"
        )
        self._made = 0
        self._told: set[str] = set()
        #: How many times each mutating call was applied, by (operation, item id).
        self.applied: dict[tuple[str, str], int] = {}
        # Families whose items the hand-written handlers keep.
        self._hand_families = frozenset(
            plan.shapes[op].family for op in plan.shapes if handled(op) and plan.shapes[op].kind in (_CREATE, _GET)
        )

    # ------------------------------------------------------------------ items

    def seed(self, template: str, key: Key, data: Mapping[str, Any]) -> None:
        """Add the item ``key`` at the item path ``template``; nothing when the spec has no such family."""
        fam = family_of(_split(template)[0])
        if fam in self.plan.items and fam not in self._hand_families and fam.count("*") == len(key):
            schema = self.plan.item_schemas.get(fam, {})
            self.items.setdefault(fam, {})[key] = fill(self.spec, data, schema, {"id": key[-1]}, everything=False)

    def _made_up(self, fam: Family, key: Key, hints: Mapping[str, Any]) -> dict[str, Any]:
        schema = self.plan.item_schemas.get(fam, {})
        item = fill(self.spec, {}, schema, {**hints, "id": key[-1] if key else ""}, everything=True)
        if key:
            item["id"] = key[-1]
        return item

    def find(self, fam: Family, key: Key, hints: Mapping[str, Any]) -> dict[str, Any]:
        """The item ``key`` of ``fam`` (NOT_FOUND if a strict family lacks it)."""
        getter = self.plan.getters.get(fam)
        if getter is not None and self._handled(getter.id) and len(getter.path_names) == len(key):
            found = self._hand_lookup(getter, key)
            if isinstance(found, dict) and "id" not in found:
                inner = [v for v in found.values() if isinstance(v, dict) and "id" in v]
                found = inner[0] if len(inner) == 1 else found
            return found if isinstance(found, dict) else {}
        if fam in self._hand_families:
            return {}  # kept by hand-written handlers that cannot be asked: taken to exist
        store = self.items.setdefault(fam, {})
        item = store.get(key)
        if item is not None:
            return item
        if (fam, key) in self._deleted or fam in self.plan.creates:
            raise _not_found(_noun(fam).replace("-", " "), "/".join(key))
        store[key] = self._made_up(fam, key, hints)
        return store[key]

    def _ancestors(self, fam: Family, key: Key, upto: int, hints: Mapping[str, Any]) -> None:
        for k in range(1, upto + 1):
            ancestor = _prefix(fam, k)
            if ancestor in self.plan.items and ancestor.count("*") == k:
                self.find(ancestor, key[:k], hints)

    def _scope(self, fam: Family, scope: Key, hints: Mapping[str, Any]) -> list[dict[str, Any]]:
        store = self.items.setdefault(fam, {})
        if fam not in self.plan.creates and (fam, scope) not in self._seeded:
            self._seeded.add((fam, scope))
            getter = self.plan.getters.get(fam)
            names = getter.path_names if getter is not None else ()
            for n in range(1, OPEN_LIST_SIZE + 1):
                last = fam.count("*")
                rest = tuple(
                    made_up(self.spec, {}, names[i], {}) if i + 1 < last and i < len(names) else f"{_noun(fam)}-{n}"
                    for i in range(len(scope), last)
                )
                if (fam, scope + rest) not in self._deleted:
                    store.setdefault(scope + rest, self._made_up(fam, scope + rest, hints))
        return [item for key, item in store.items() if key[: len(scope)] == scope]

    # ------------------------------------------------------------------ serving

    def serve(self, op: SpecOp, params: Mapping[str, str], query: Mapping[str, str], body: Any) -> Any:
        """Answer ``op`` (its stored form; the emulator writes it as the wire does)."""
        if op.response is None:
            raise ApiFailure(
                "UNIMPLEMENTED", f"{op.id} answers with something other than JSON, which the emulator does not make up"
            )
        shape = self.plan.shapes[op.id]
        key = tuple(params[n] for n in op.path_names)
        hints: dict[str, Any] = dict(params)
        if shape.kind == _LIST:
            return self._list(op, shape, key, query, hints)
        if shape.kind == _CREATE:
            return self._create(op, shape, key, query, body, hints)
        if shape.family not in self.plan.items:  # a custom method on a collection (``/things:batchCreate``)
            self._ancestors(shape.family, key, shape.depth, hints)
            return self._answer_from(op, self._given(op, query, body), body, True, {})
        self._ancestors(shape.family, key, shape.depth - 1, hints)
        if shape.kind == _ACTION and _split(op.path)[1] == "undelete":
            self._undelete(shape.family, key[: shape.depth])
        item = self.find(shape.family, key[: shape.depth], hints)
        if shape.kind == _GET:
            return self._render(op.response, item, {}, everything=False)
        if shape.kind == _DELETE:
            self._delete(shape.family, key[: shape.depth])
            if shape.family in self._undeletable:
                self._trash[shape.family, key[: shape.depth]] = item
            return self._render(op.response, item, {}, everything=False)
        given = self._given(op, query, body)
        if shape.kind in (_UPDATE, _ACTION):
            self._apply(shape.family, item, given, body)
            self.applied[op.id, "/".join(key)] = self.applied.get((op.id, "/".join(key)), 0) + 1
        if shape.kind == _ACTION and op.id not in self._told:
            self._told.add(op.id)
            logger.info("%s is answered generically: it acts only on the fields it names that the item has", op.id)
        itself = self.plan.unwrap(op.response) is self.plan.item_schemas.get(shape.family)
        return self._answer_from(op, given, body, shape.kind == _ACTION or not itself, item)

    def _answer_from(
        self, op: SpecOp, given: Mapping[str, Any], body: Any, everything: bool, item: Mapping[str, Any]
    ) -> Any:
        """The answer of a call that acts on ``item`` (or on a collection: none), from what it named."""
        inner = self.plan.array_items(op.response)
        if isinstance(body, list) and inner is not None:
            # A batch (an array body, an array answer): each item answered as it was sent.
            props = inner.get("properties") or {}
            sent = [{k: v for k, v in one.items() if k in props} for one in body if isinstance(one, dict)]
            return [fill(self.spec, one, inner, {}, everything=False) for one in sent]
        return self._render(op.response, item, given, everything=everything)

    def _list(self, op: SpecOp, shape: Shape, key: Key, query: Mapping[str, str], hints: dict[str, Any]) -> Any:
        self._ancestors(shape.family, key, shape.depth, hints)
        items = self._scope(shape.family, key[: shape.depth], hints)
        if shape.family in self.plan.creates:  # an open family's made-up items match no filter
            items = self._filter(shape.family, query, items)
        inner = self.plan.array_items(op.response)
        if inner is not None:  # the answer is the list itself: no page to say more
            return [self._render(inner, item, {}, everything=False) for item in items]
        field = self.plan.items_field(op.response) or "items"
        answer = self._page(op, query, items, field, (op.id, *key))
        return fill(self.spec, answer, op.response, {}, everything=False)

    def listed(self, op: SpecOp, params: Mapping[str, str], query: Mapping[str, str], answer: Any) -> Any:
        """A hand-written list's answer (all of its items), filtered and paged as for a generic list."""
        shape, field = self.plan.shapes[op.id], self.plan.items_field(op.response)
        if shape.kind != _LIST or field is None or not isinstance(answer, dict):
            return answer
        items = self._filter(shape.family, query, list(answer.get(field) or []))
        scope = (op.id, *(params[n] for n in op.path_names))
        return {**answer, **self._page(op, query, items, field, scope)}

    def _filter(self, fam: Family, query: Mapping[str, str], items: list[Any]) -> list[Any]:
        """The items each query parameter naming one of their fields (or a field of their members:
        a VM's ``nics[].networkId``) has the value of; ``id`` names a parent, never a filter."""
        props = self.plan.item_schemas.get(fam, {}).get("properties") or {}
        for name, value in query.items():
            if name in PAGING or name == "id" or value == "":
                continue
            if name in props:
                items = [i for i in items if isinstance(i, Mapping) and _as_text(i.get(name, "")) == value]
                continue
            holders = [m for m, sub in props.items() if name in (self._member_fields(sub))]
            if holders:
                items = [i for i in items if any(value in _values_of(i.get(m), name) for m in holders)]
        return items

    def _member_fields(self, schema: Schema) -> Mapping[str, Any]:
        """The fields of a member that is a message, or a list of messages."""
        resolved = self.spec.resolve(schema)
        if resolved.get("type") == "array":
            resolved = self.spec.resolve(resolved.get("items"))
        return resolved.get("properties") or {}

    def _page(
        self, op: SpecOp, query: Mapping[str, str], items: list[dict[str, Any]], field: str, scope: tuple[str, ...]
    ) -> dict[str, Any]:
        accepted = op.query()
        props = self.spec.resolve(op.response).get("properties") or {}
        if "pageToken" in accepted:
            page = page_token(query, items, field, scope=scope)
            token = page.pop("pageToken")
            page["nextPageToken" if "nextPageToken" in props else "pageToken"] = token
        elif "startingAfter" in accepted:
            page = starting_after(query, items, field)
        elif "pageNumber" in accepted or "pageSize" in accepted:
            page = page_number(query, items, field)
        else:
            page = {field: items}
        return {k: v for k, v in page.items() if k == field or k in props}

    def _given(self, op: SpecOp, query: Mapping[str, str], body: Any) -> dict[str, Any]:
        """What the request names: its body's fields and its query values (typed as the spec says)."""
        given: dict[str, Any] = {}
        for name, param in op.query().items():
            if query.get(name, "") != "" and name not in PAGING:
                given[name] = _typed(query[name], self.spec.resolve(param.schema))
        if isinstance(body, dict):
            sent = self.spec.resolve(op.body).get("properties") or {}
            given.update({k: v for k, v in body.items() if k in sent})  # the gateway discards the others
            fields = set(self.plan.item_schemas.get(self.plan.shapes[op.id].family, {}).get("properties") or ())
            for name, value in body.items():  # a member holding the resource itself: mostly the item's fields
                inner = set(self.spec.resolve(sent.get(name)).get("properties") or ())
                if isinstance(value, dict) and inner and (len(inner & fields) * 2 > len(inner) or "id" in inner):
                    given.update(value)
        return given

    def _writable(self, fam: Family, given: Mapping[str, Any]) -> dict[str, Any]:
        props = self.plan.item_schemas.get(fam, {}).get("properties") or {}
        out = {}
        for name, value in given.items():
            if name in props and name != "id" and not self.spec.resolve(props[name]).get("readOnly"):
                out[name] = value
        return out

    def _apply(self, fam: Family, item: dict[str, Any], given: Mapping[str, Any], body: Any) -> None:
        changes = self._writable(fam, given)
        mask = body.get("updateMask") if isinstance(body, dict) else None
        if isinstance(mask, str) and mask.strip():
            named = {_camel(path.strip().split(".")[0]) for path in mask.split(",")}
            changes = {k: v for k, v in changes.items() if k in named}
        item.update(changes)
        if "updateTime" in (self.plan.item_schemas.get(fam, {}).get("properties") or {}):
            item["updateTime"] = now()

    def _create(
        self, op: SpecOp, shape: Shape, key: Key, query: Mapping[str, str], body: Any, hints: dict[str, Any]
    ) -> Any:
        fam = shape.family
        self._ancestors(fam, key, shape.depth, hints)
        given = self._given(op, query, body)
        noun = _noun(fam)
        sent = self.spec.resolve(op.body).get("properties") or {}
        new_id = next(
            (
                str(v)
                for k, v in given.items()
                if _names_new_id(k, noun) and v not in (None, "") and not self.spec.resolve(sent.get(k)).get("readOnly")
            ),
            "",
        )
        store = self.items.setdefault(fam, {})
        extra = fam.count("*") - shape.depth
        if new_id:
            item_key = (*key[: shape.depth], *([f"{noun}-0"] * (extra - 1)), new_id)
            if item_key in store:
                raise _exists(noun.replace("-", " "), new_id)
        else:
            while True:
                self._made += 1
                new_id = f"{noun}-{self._made}"
                item_key = (*key[: shape.depth], *([new_id] * extra))
                if item_key not in store:
                    break
        schema = self.plan.item_schemas.get(fam, {})
        props = schema.get("properties") or {}
        data = self._writable(fam, given)
        if "id" in props:
            data["id"] = new_id
        if "createTime" in props:
            data["createTime"] = now()
        item = fill(self.spec, data, schema, {**hints, "id": new_id}, everything=False)
        store[item_key] = item
        self._deleted.discard((fam, item_key))
        self.applied[op.id, new_id] = self.applied.get((op.id, new_id), 0) + 1
        return self._render(op.response, item, {}, everything=False)

    def _delete(self, fam: Family, key: Key) -> None:
        self._deleted.add((fam, key))
        self.items.get(fam, {}).pop(key, None)
        self.forget_under(fam, key)

    def forget_under(self, fam: Family, key: Key) -> None:
        """Forget what lived under the item ``key`` of ``fam`` (deleted, by a generic or a
        hand-written handler): an item made again with that id starts empty."""

        def under(other: Family, at: Key) -> bool:
            return len(other) > len(fam) and other[: len(fam)] == fam and at[: len(key)] == key

        for other, store in self.items.items():
            for child in [k for k in store if under(other, k)]:
                del store[child]
        self._deleted = {(f, k) for f, k in self._deleted if not under(f, k)}
        self._seeded = {(f, k) for f, k in self._seeded if not under(f, k)}
        self._trash = {(f, k): item for (f, k), item in self._trash.items() if not under(f, k)}

    def _undelete(self, fam: Family, key: Key) -> None:
        """Bring back a soft-deleted item (AIP-164), unless one with its id was made since."""
        item = self._trash.pop((fam, key), None)
        store = self.items.setdefault(fam, {})
        if item is not None and key not in store:
            store[key] = item
            self._deleted.discard((fam, key))

    def check_references(self, op: SpecOp, params: Mapping[str, str], query: Mapping[str, str], body: Any) -> None:
        """INVALID_ARGUMENT, naming each field, when a write names outside its path an item that
        does not exist: a field or query parameter ``<noun>Id`` (or a list ``<noun>Ids``) whose
        noun is a family something creates in (or hand-written handlers keep), in the scope the
        request's path gives. NOT_FOUND stays for what the path names (the request's own
        resource: what a delete's ``missing_ok`` or a fuzzer's check reads it as). The new item's
        own id, a path parameter's name (the gateway's path value wins) and names no family
        answers to (a qualified noun, ``bootDiskImageId``, may name another kind) are not references."""
        shape = self.plan.shapes[op.id]
        noun = _noun(shape.family)
        named = [(name, value, True, name) for name, value in query.items()] + _id_fields(body)
        violations = []
        for name, value, top, where in named:
            own = name.lower() == "id" or (top and shape.kind == _CREATE and _names_new_id(name, noun))
            if own or (top and name in params):
                continue
            target = self._referenced(name, params)
            if target is None:
                continue
            fam, scope = target
            for i, one in enumerate(value) if isinstance(value, list) else [(None, value)]:
                if not isinstance(one, str) or not one:
                    continue
                try:
                    self.find(fam, (*scope, one), {})
                except ApiFailure as exc:
                    if exc.status != "NOT_FOUND":
                        raise
                    field = where if i is None else f"{where}[{i}]"
                    violations.append((field, f"names {_noun(fam).replace('-', ' ')} {one!r}, which does not exist"))
        if violations:
            raise _bad_request(*violations)

    def _referenced(self, name: str, params: Mapping[str, str]) -> tuple[Family, Key] | None:
        """The family a field called ``name`` refers to, and the scope of the item it names."""
        match = _REFERENCE.match(name)
        if match is None:
            return None
        stem = match["stem"].lower()
        found = []
        for fam in self.plan.items:
            getter = self.plan.getters.get(fam)
            known = fam in self.plan.creates or fam in self._hand_families
            if not known or getter is None or _noun(fam).replace("-", "") != stem:
                continue
            scope = [params.get(n) for n in getter.path_names[:-1]]
            if all(scope):
                found.append((fam, tuple(str(s) for s in scope)))
        return found[0] if len(found) == 1 else None

    def _render(
        self, schema: Schema | None, item: Mapping[str, Any], given: Mapping[str, Any], *, everything: bool
    ) -> Any:
        """The answer ``schema`` asks for, from the item (and what the request named)."""
        resolved = self.spec.resolve(schema)
        if resolved.get("type") == "array":  # a list at the top: of the item, or of made-up values
            inner = self.plan.array_items(resolved)
            if inner is not None:
                return [self._render(inner, item, given, everything=everything)]
            return made_up(self.spec, resolved, "item", {})
        props = resolved.get("properties") or {}
        if not props:
            return {}
        if "id" not in props:
            for name, sub in props.items():
                inner = self.spec.resolve(sub)
                if "id" in (inner.get("properties") or {}):
                    wrapped = {name: self._render(inner, item, given, everything=False)}
                    return fill(self.spec, wrapped, resolved, {}, everything=everything)
        known = {k: v for k, v in item.items() if v not in (None, "", [], {})}
        data = {k: v for k, v in {**given, **known}.items() if k in props}
        return fill(self.spec, data, resolved, {}, everything=everything)


def _names_new_id(name: str, noun: str) -> bool:
    """Whether a create's body field or query parameter names the new item's id: ``id``, or the
    resource's name with ``Id`` (AIP-133's ``{resource}_id``), the resource read from the end of
    the path's noun: ``lanternId`` or ``zephLanternId`` for ``zeph-lanterns``."""
    words = [w for w in noun.lower().split("-") if w]
    resources = {"".join(words[k:]) for k in range(len(words))}  # whole words only: not ``ternId``
    low = name.lower().replace("_", "").replace("-", "")
    return low == "id" or (low.endswith("id") and low[:-2] in resources)


def _values_of(member: Any, name: str) -> list[str]:
    """The values of field ``name`` in ``member`` (a message or a list of them), as text; a list
    field gives each of its values."""
    found: list[str] = []
    for one in member if isinstance(member, list) else [member]:
        value = one.get(name) if isinstance(one, Mapping) else None
        found += [_as_text(v) for v in value] if isinstance(value, list) else [] if value is None else [_as_text(value)]
    return found


_REFERENCE = re.compile(r"^(?P<stem>[a-z][A-Za-z0-9]*?)Ids?\Z")


def _id_fields(value: Any, depth: int = 0, at: str = "") -> list[tuple[str, Any, bool, str]]:
    """Every member of a body whose name ends in ``Id`` or ``Ids``, at any depth, with its value,
    whether it is a top-level field (the gateway sets those from the path when named there) and
    where it is (``nics[0].networkId``)."""
    found: list[tuple[str, Any, bool, str]] = []
    if depth > 8:
        return found
    members = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for name, member in members:
        where = f"{at}[{name}]" if isinstance(name, int) else f"{at}.{name}" if at else str(name)
        if isinstance(name, str) and _REFERENCE.match(name):
            found.append((name, member, depth == 0, where))
        if isinstance(member, dict | list):
            found += _id_fields(member, depth + 1, where)
    return found


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


__all__ = ["Generic", "Plan", "Shape", "made_up", "make_plan", "shipped_plan"]
