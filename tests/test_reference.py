"""A reference a user can read without the source: the exception tree ``help(cudo_async.errors)``
draws, the docstrings of result types and model fields, and ``api.md``."""

from __future__ import annotations

import importlib
import pkgutil
import re

import cudo_async
from cudo_async import errors

# ----------------------------------------------------------------------------- the exception tree


def _tree() -> dict[str, str]:
    """The tree drawn in errors.py's docstring: each class name -> the name it hangs under."""
    doc = errors.__doc__ or ""
    block = doc.split("::", 1)[1].split("\n\n", 2)[1]
    parents: dict[str, str] = {}
    chain: list[str] = []  # the last name at each depth
    for line in block.splitlines():
        found = re.search(r"[A-Za-z]", line)
        assert found, line
        depth = (found.start() - 4) // 4
        head = re.split(r"\s{2,}", line[found.start() :], maxsplit=1)[0]
        names = [n.strip() for n in head.rstrip(":").split(",")]
        for name in names:
            assert name.isidentifier(), line
            parents[name] = chain[depth - 1] if depth else ""
        chain[depth:] = [names[-1]]
    return parents


def _public_errors() -> dict[str, str]:
    """Every exception class the SDK defines, with its nearest public base (private ones such as
    ``_RequestError`` are skipped over). Every module is imported first, so that a class defined
    anywhere in the package is found."""
    for module in pkgutil.walk_packages(cudo_async.__path__, "cudo_async."):
        if module.name != "cudo_async._pytest_plugin":
            importlib.import_module(module.name)
    found: dict[str, str] = {}
    todo = [errors.CudoError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__name__.startswith("_") or not cls.__module__.startswith("cudo_async"):
            continue
        base = next(b for b in cls.__mro__[1:] if not b.__name__.startswith("_"))
        found[cls.__name__] = "" if cls is errors.CudoError else base.__name__
    return found


def test_the_tree_in_the_errors_docstring_draws_every_exception_class_under_its_base() -> None:
    drawn, real = _tree(), _public_errors()
    assert set(drawn) == set(real), f"not drawn: {set(real) - set(drawn)}; not a class: {set(drawn) - set(real)}"
    assert drawn == real
    for name in real:
        assert name in errors.__all__ and getattr(errors, name).__name__ == name, name


def test_the_tree_check_finds_a_class_the_docstring_forgets() -> None:
    """A new exception class that nobody draws makes the check fail (as FeatureUnavailableError would have)."""

    class ForgottenError(errors.WaitError):
        pass

    ForgottenError.__module__ = errors.__name__
    try:
        assert "ForgottenError" in _public_errors() and "ForgottenError" not in _tree()
    finally:
        del ForgottenError
        import gc

        gc.collect()
    assert "ForgottenError" not in _public_errors()
