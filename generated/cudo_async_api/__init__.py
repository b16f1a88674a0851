"""The low-level layer of cudo-async, generated from ``openapi.yaml``: request builders,
decoders, typed namespaces and models. Use it through ``cudo_async.AsyncCudo``."""
