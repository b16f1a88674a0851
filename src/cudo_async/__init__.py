"""cudo-async: the async-first Python SDK for the CUDO Compute API."""

__version__ = "0.1.0"
