"""What proto3 JSON says about the spec's formats, shared by the importer and the generator."""

#: Formats that make a string an integer: proto3 JSON writes 64-bit integers as decimal strings.
INTEGER_FORMATS = frozenset(
    {"int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64"}
)
