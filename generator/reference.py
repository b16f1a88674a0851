"""``api.md``: the SDK's reference, written by the same generator run as the package (generate.py
calls ``render`` once the operations are built), so that it follows openapi.yaml and is never
edited by hand. Every operation by namespace (its signature, HTTP method and path, what it
returns, its body's required fields, its pagination and the errors it can meet: the same
derivations as the docstrings, from generator/docs.py), the paginated operations, and every model
and enum with its fields.
"""

from __future__ import annotations

import re
from typing import Any

import docs

#: Longest signature written on one line; a longer one takes a line per argument.
ONE_LINE = 100
_OPTIONS = "`timeout=`, `retry=`, `extra_headers=` and `extra_query=`"


def _md(text: object) -> str:
    """The overlay's reST literals (````x````) as Markdown code spans."""
    return str(text).replace("``", "`")


def _row(cells: list[str]) -> str:
    """A Markdown table row (a ``|`` inside a cell, as in ``Disk | None``, is escaped)."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _anchor(kind: str, name: str) -> str:
    """The anchor of a namespace (``ns``), an operation (``op``) or a model or enum (``model``): its
    Python name in lower case (the name rule keeps two from differing by case alone) after its kind."""
    return f"{kind}-{name.lower()}"


class _Reference:
    def __init__(self, project: Any) -> None:
        env = project.env
        self.macros = env.get_template("cudo_macros.jinja").module
        flags = env.get_template("operation_flags.jinja").module
        self.page_styles: dict[str, str] = dict(flags.PAGE_STYLES)
        #: Page model -> operation -> the field that holds that operation's items.
        self.pages: dict[str, dict[str, str]] = dict(flags.PAGES)
        self.deprecated = set(flags.DEPRECATED)
        self.identifier = env.globals["python_identifier"]
        self.deletes = env.globals["deletes"]
        self.collections = project.openapi.endpoint_collections_by_tag
        self.models = sorted(project.openapi.models, key=lambda m: str(m.class_info.name))
        self.enums = sorted(project.openapi.enums, key=lambda e: str(e.class_info.name))
        self.classes = {str(c.class_info.name) for c in [*self.models, *self.enums]}

    # ------------------------------------------------------------------ pieces

    def type_link(self, text: str) -> str:
        """A type as code, linked to the first model or enum it names."""
        named = next((n for n in re.findall(r"[A-Za-z_]\w*", text) if n in self.classes), None)
        return f"[`{text}`](#{_anchor('model', named)})" if named else f"`{text}`"

    def operations(self) -> list[tuple[str, Any]]:
        return [(tag, e) for tag in sorted(self.collections) for e in self.collections[tag].endpoints]

    def signature(self, name: str, endpoint: Any) -> str:
        base = self.macros.base_type
        args = [f"{p.python_name}: {base(p)}" for p in endpoint.path_parameters]
        keywords = []
        if len(endpoint.bodies) == 1:
            keywords.append(f"body: {base(endpoint.bodies[0].prop)}")
        others = [*endpoint.query_parameters, *endpoint.header_parameters]
        keywords += [f"{p.python_name}: {base(p)}" for p in others if p.required]
        keywords += [f"{p.python_name}: {base(p)} | None = None" for p in others if not p.required]
        if self.deletes(endpoint.method, endpoint.path):
            keywords.append("missing_ok: bool = False")
        args += ["*", *keywords] if keywords else []
        returns = str(self.macros.ok_type(endpoint)).strip()
        line = f"async def {name}({', '.join(args)}) -> {returns}"
        if len(line) <= ONE_LINE:
            return line
        return "\n".join([f"async def {name}(", *(f"    {a}," for a in args), f") -> {returns}"])

    def body(self, endpoint: Any) -> str:
        if len(endpoint.bodies) != 1:
            return ""
        prop = endpoint.bodies[0].prop
        body_type = str(self.macros.base_type(prop)).strip()
        model = next((m for m in self.models if str(m.class_info.name) == body_type), None)
        if model is None:
            return f"Body: {self.type_link(body_type)}, as `body=`."
        required = ", ".join(f"`{p.python_name}`" for p in model.required_properties or [])
        return f"Body: {self.type_link(body_type)}, as `body=`; " + (
            f"required fields: {required}." if required else "every field is optional."
        )

    def items(self, endpoint: Any) -> str:
        """The type of the items ``paginate`` yields for a list operation ("" when unknown)."""
        answer = str(self.macros.ok_type(endpoint)).strip()
        model = next((m for m in self.models if str(m.class_info.name) == answer), None)
        wire = self.pages.get(answer, {}).get(str(self.identifier(endpoint.name)))
        if model is None or wire is None:
            return ""
        for p in (model.required_properties or []) + (model.optional_properties or []):
            if p.name == wire and getattr(p, "inner_property", None) is not None:
                return str(self.macros.base_type(p.inner_property)).strip()
        return ""

    def ranges(self, endpoint: Any) -> list[str]:
        found = []
        for where, params in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for p in params:
                text = docs.range_text(docs.parameter_range(endpoint.name, p.name, where))
                if text:
                    found.append(f"`{p.python_name}` {text}")
        return found

    # ------------------------------------------------------------------ sections

    def head(self) -> list[str]:
        meanings: dict[str, list[str]] = {}
        for _, e in self.operations():
            has_query = bool(e.query_parameters)
            path = docs.plain(e.path)
            for line in docs.raises(self.identifier(e.name), e.method.upper(), path, bool(e.bodies), has_query):
                error, _, meaning = line.partition(": ")
                if meaning not in meanings.setdefault(error, []):
                    meanings[error].append(meaning)
        lines = [
            "# API reference",
            "",
            "<!-- Written by `make generate` from openapi.yaml (generator/reference.py); do not edit. -->",
            "",
            "Every operation of the API is a method of `AsyncCudo`, under its namespace:",
            "`await cudo.<namespace>.<operation>(...)`. The sync client `Cudo` has the same namespaces and",
            "methods with the same arguments, and returns their results directly.",
            "",
            "- Path parameters go by position; the body (`body=`) and every other argument by keyword.",
            f"- Every operation also takes {_OPTIONS} for that call",
            "  alone; those that delete also take `missing_ok=` (shown in their signatures).",
            "- A number outside the range the API documents for it (shown as *Range*) is refused before",
            "  anything is sent.",
            "- Every error is in `cudo_async.errors` (the tree: `help(cudo_async.errors)`). What each error",
            "  an operation lists means there:",
            "",
        ]
        for error, texts in meanings.items():
            lines.append(f"  - `{error}`: {_md('; '.join(t.rstrip('.') for t in texts))}.")
        contents = [
            "[paginated operations](#paginated-operations)",
            *(f"[`{tag}`](#{_anchor('ns', tag)})" for tag in sorted(self.collections)),
            "[models](#models)",
            "[enums](#enums)",
        ]
        return [*lines, "", "Contents: " + " · ".join(contents), ""]

    def paginated(self) -> list[str]:
        lines = [
            '## <a id="paginated-operations"></a>Paginated operations',
            "",
            "`cudo.paginate(operation, *args, **kwargs)` yields every item of every page of these",
            "operations, whatever their pagination style (pass the operation itself, not a call of it);",
            "every other list operation answers in one piece.",
            "",
            "| operation | pages by | yields |",
            "| --- | --- | --- |",
        ]
        for tag, e in self.operations():
            name = self.identifier(e.name)
            style = self.page_styles.get(name)
            if style:
                how = _md(docs.paging(style))
                items = self.items(e)
                cells = [f"[`cudo.{tag}.{name}`](#{_anchor('op', name)})", how, self.type_link(items) if items else ""]
                lines.append(_row(cells))
        return [*lines, ""]

    def namespace(self, tag: str) -> list[str]:
        lines = [f'## <a id="{_anchor("ns", tag)}"></a>`cudo.{tag}`', "", _md(docs.tag(tag)), ""]
        for e in self.collections[tag].endpoints:
            name = self.identifier(e.name)
            method, path = e.method.upper(), docs.plain(e.path)
            returns = str(self.macros.ok_type(e)).strip()
            summary = docs.summary(name, method, path, bool(e.bodies), returns)
            lines += [
                f'### <a id="{_anchor("op", name)}"></a>{name}',
                "",
                "```python",
                self.signature(name, e),
                "```",
                "",
            ]
            lines += [_md(summary), ""]
            facts = [
                f"`{method} {path}`",
                f"returns {self.type_link(returns)}" if returns != "None" else "returns None",
            ]
            style = self.page_styles.get(name)
            if style:
                facts.append(f"[paginated](#paginated-operations) by {_md(docs.paging(style))}")
            if name in self.deprecated:
                facts.append(f"**deprecated** ({_md(docs.replacement(name))})")
            lines += [" · ".join(facts), ""]
            body = self.body(e)
            if body:
                lines += [body, ""]
            ranges = self.ranges(e)
            if ranges:
                lines += [f"*Range*: {'; '.join(ranges)}.", ""]
            raised = docs.raises(name, method, path, bool(e.bodies), bool(e.query_parameters))
            lines += ["Raises: " + ", ".join(f"`{line.partition(':')[0]}`" for line in raised) + ".", ""]
        return lines

    def model_index(self) -> list[str]:
        lines = [
            '## <a id="models"></a>Models',
            "",
            "`from cudo_async import models`; every model reads the wire form with `from_dict()` and writes",
            "it with `to_dict()`. A field the answer leaves out reads as its zero value.",
            "",
        ]
        for m in self.models:
            name = str(m.class_info.name)
            props = (m.required_properties or []) + (m.optional_properties or [])
            lines += [
                f'### <a id="{_anchor("model", name)}"></a>{name}',
                "",
                _md(docs.model(name, [p.python_name for p in props])),
            ]
            if props:
                lines += ["", "| field | type | holds |", "| --- | --- | --- |"]
                for p in props:
                    kind = str(self.macros.kind(p)).strip()
                    annotation = str(self.macros.annotation(p)).strip()
                    wire = docs.plain(p.name)
                    text = docs.field(name, wire, p.python_name, kind, p.required, annotation)
                    cells = [f"`{p.python_name}`", self.type_link(annotation), _md(text)]
                    lines.append(_row(cells))
            lines.append("")
        lines += [
            '## <a id="enums"></a>Enums',
            "",
            "Open enums: a value the spec does not list still reads (`.is_known` is False).",
            "",
        ]
        for e in self.enums:
            name = str(e.class_info.name)
            members = ", ".join(f"`{member}`" for member in e.values)
            lines += [f'### <a id="{_anchor("model", name)}"></a>{name}', "", f"Members: {members}.", ""]
        return lines


def render(project: Any) -> str:
    """The whole of api.md for a built project."""
    ref = _Reference(project)
    lines = [*ref.head(), *ref.paginated()]
    for tag in sorted(ref.collections):
        lines += ref.namespace(tag)
    lines += ref.model_index()
    return "\n".join(lines).rstrip() + "\n"
