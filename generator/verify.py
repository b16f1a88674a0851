"""Check a freshly generated package before it replaces generated/: every module compiles,
imports in a fresh interpreter, and the package passes ``mypy --strict`` together with the
hand-written facade (src/cudo_async) that uses it.

Usage (the SDK's venv, which has mypy): python generator/verify.py OUT_DIR/cudo_async_api [--cache DIR]

Prints nothing and exits 0 when all holds; otherwise its last line is ``FAILED: <module>: <error>``
(the first failure, in one line) and it exits 1. ``make generate`` and ``make spec`` run it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: imports every module of the package, one line per failure.
_IMPORT_ALL = """
import importlib, pathlib, sys, traceback
root = pathlib.Path(sys.argv[1])
failed = []
for name in sys.argv[2:]:
    try:
        importlib.import_module(name)
    except BaseException as exc:
        # The module that raised: the deepest frame in the package (the one imported may only import it).
        files = [pathlib.Path(f.filename) for f in traceback.extract_tb(exc.__traceback__)]
        inside = [f for f in files if root in f.parents]
        if inside:
            parts = inside[-1].relative_to(root.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        failed.append(f"{name}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
print("\\n".join(failed))
"""


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _module_of(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def compiled(package: Path) -> str | None:
    for path in sorted(package.rglob("*.py")):
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            return f"{_module_of(path, package)}: SyntaxError: {exc.msg} (line {exc.lineno})"
    return None


def imported(package: Path) -> str | None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(package.parent), str(ROOT / "src")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Leaves first (types, then models), so that a failure names the module that raised.
    names = {_module_of(path, package) for path in package.rglob("*.py")}
    modules = sorted(names, key=lambda name: (".api" in name, ".models" not in name, name))
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, str(package), *modules], capture_output=True, text=True, env=env, timeout=600, check=False
    )
    if result.returncode != 0:
        return f"cudo_async_api: {_one_line(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else '')}"
    failures = [line for line in result.stdout.splitlines() if line.strip()]
    return failures[0] if failures else None


def typed(package: Path, cache: Path) -> str | None:
    """mypy --strict on the package and on the facade that uses it (so a spec change the facade
    cannot follow fails here, not in ``make typecheck`` afterwards)."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "mypy.ini"
        config.write_text(f"[mypy]\nstrict = True\nmypy_path = {package.parent}{os.pathsep}{ROOT / 'src'}\n")
        result = subprocess.run(
            [
                sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir", str(cache),
                "--no-error-summary", "--hide-error-context", "-p", "cudo_async_api", "-p", "cudo_async",
            ],
            capture_output=True, text=True, timeout=900, check=False, cwd=tmp,
        )  # fmt: skip
    if result.returncode == 0:
        return None
    errors = [line for line in result.stdout.splitlines() if ": error:" in line] or result.stdout.splitlines()
    if not errors:
        return f"mypy: {_one_line(result.stderr)}"
    where, _, message = errors[0].partition(": error: ")
    path = Path(where.split(":", 1)[0])
    if path.is_absolute() and package.parent in path.parents:
        where = _module_of(path, package) + where[len(str(path)) :]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: mypy: {_one_line(message)}{more}"


def verify(package: Path, cache: Path) -> str | None:
    """The first failure, in one line, or None when the package is good."""
    return compiled(package) or imported(package) or typed(package, cache)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the generated cudo_async_api directory")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "mypy-generated", help="mypy's cache")
    args = parser.parse_args(argv)
    failure = verify(args.package.resolve(), args.cache.resolve())
    if failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
