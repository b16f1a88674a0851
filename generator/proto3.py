"""What proto3 JSON says about the spec's formats, shared by the importer and the generator."""

from typing import Any

#: Formats that make a string an integer: proto3 JSON writes 64-bit integers as decimal strings.
INTEGER_FORMATS = frozenset(
    {"int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64"}
)


#: google.api.HttpBody's fields as the spec may spell them: JSON names (``contentType``), or the
#: proto field names protoc-gen-openapiv2 writes with ``json_names_for_fields=false``.
HTTP_BODY_FIELDS = ({"contentType", "data"}, {"content_type", "data"})


def is_http_body(schema: Any) -> bool:
    """google.api.HttpBody's shape: its content type, base64 ``data`` and optional ``extensions``.
    The gateway sends such an answer as its raw bytes with that content type, not as JSON."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict) or not any(fields <= set(props) <= fields | {"extensions"} for fields in HTTP_BODY_FIELDS):
        return False
    data = props["data"]
    return isinstance(data, dict) and data.get("type") == "string" and data.get("format") in ("byte", "binary")


def http_body_schemas(spec: Any) -> set[str]:
    """Names of the spec's schemas shaped like google.api.HttpBody."""
    schemas = ((spec or {}).get("components") or {}).get("schemas") or {}
    return {name for name, schema in schemas.items() if is_http_body(schema)}
