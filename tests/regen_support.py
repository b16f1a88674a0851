"""What the regeneration tests share: a scratch copy of the repository (a git repository of its
own, so that make spec can compare with what is committed), ``make`` run in it, and a fresh
interpreter that imports the copy's src/ and generated/ and talks to a loopback server."""

from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT, SOURCE_RECORD

_SOURCE_DIR = Path(str(yaml.safe_load(SOURCE_RECORD.read_text(encoding="utf-8"))["source"])).parent

#: CUDO's January spec, beside the published one openapi.yaml was imported from (make preflight checks both).
JANUARY = (ROOT / _SOURCE_DIR / "cudo-openapi-2026-01.json").resolve()
#: What the pipeline needs, and nothing else (.venv and .venv-gen are linked, not copied).
COPIED = (
    "Makefile", "pyproject.toml", "requirements-dev.txt", "openapi.yaml", "openapi.source.yaml", "CHANGELOG.md",
    "api.md",
)  # fmt: skip
COPIED_DIRS = ("generator", "tools", "src", "generated")
TEMPLATES = ROOT / "generator" / "templates"
#: What make spec and make generate may change.
OUTPUTS = ("openapi.yaml", "openapi.source.yaml", "CHANGELOG.md", "generator/templates/operation_flags.jinja", "api.md")


def _ignore(_dir: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("__pycache__", ".mypy_cache", ".ruff_cache") or n.endswith(".egg-info")}


def scratch_repo(work: Path) -> Path:
    """A copy of what the pipeline needs under ``work``/repo, committed in a git repository of its
    own; the source the spec was imported from is reachable at the same relative path."""
    repo = work / "repo"
    repo.mkdir()
    for name in COPIED:
        shutil.copy2(ROOT / name, repo / name)
    for name in COPIED_DIRS:
        shutil.copytree(ROOT / name, repo / name, ignore=_ignore)
    for venv in (".venv", ".venv-gen"):
        (repo / venv).symlink_to(ROOT / venv)
    (work / "shared").symlink_to(ROOT.parent / "shared")  # openapi.source.yaml's ../shared/...
    # mypy's cache of the checkout: the copy's first make generate need not start cold.
    if (ROOT / "build" / "mypy-generated").is_dir():
        shutil.copytree(ROOT / "build" / "mypy-generated", repo / "build" / "mypy-generated")
    git = ["git", "-C", str(repo), "-c", "user.name=test", "-c", "user.email=test@localhost"]
    (repo / ".gitignore").write_text(".venv\n.venv-gen\nbuild/\n__pycache__/\n")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "scratch"]):
        subprocess.run([*git, *args], check=True, capture_output=True, timeout=120)
    return repo


def make(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # -o: the linked venvs are never rebuilt from the copy.
    command = ["make", "--no-print-directory", "-o", "venv", "-o", "gen-venv", "-C", str(repo), *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "PYTHONPATH"))}
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False, env=env)


def generate_failing(repo: Path, template: str, text: str) -> str:
    """``make generate`` with ``text`` added in front of ``template`` (put back after): its one
    ``make generate: failed`` line, once checked that it failed, changed no file and left nothing behind."""
    path = repo / "generator" / "templates" / template
    original = path.read_text()
    before = outputs(repo)
    path.write_text(text + original)
    try:
        result = make(repo, "generate")
    finally:
        path.write_text(original)
    assert result.returncode != 0
    failed = [line for line in result.stderr.splitlines() if line.startswith("make generate: failed")]
    assert len(failed) == 1 and "generated/ is unchanged" in failed[0], result.stderr
    assert outputs(repo) == before
    assert not list((repo / "generated").glob(".new-*"))
    return failed[0]


def tree(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def outputs(repo: Path) -> dict[str, str]:
    """Every file make spec and make generate may write, by content."""
    found = {name: hashlib.sha256((repo / name).read_bytes()).hexdigest() for name in OUTPUTS}
    return found | {f"generated/{k}": v for k, v in tree(repo / "generated").items()}


def fresh(name: str, taken: Any) -> str:
    """``name``, or ``name`` with a number after it, so that it is not in ``taken`` (a spec that adds
    a name a test chose must not turn the test red)."""
    text = str(taken)
    for n in range(100):
        candidate = name if n == 0 else f"{name}{n + 1}"
        if candidate.lower() not in text.lower():
            return candidate
    raise AssertionError(f"no free name like {name}")


def run_client(repo: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh interpreter that imports the copy's src/ and generated/."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "src"), str(repo / "generated")])
    return subprocess.run(
        [sys.executable, "-c", SERVER + script], capture_output=True, text=True, timeout=300, check=False, env=env,
        cwd=repo,
    )  # fmt: skip


_FUTURE = "from __future__ import annotations"
_TEMPLATE_IMPORT = re.compile(r"^(?:from\s+\S+\s+)?import\s+([\w, ]+)$", re.MULTILINE)


def _loads(node: ast.AST | None) -> set[str]:
    """Names an expression reads where it is evaluated (not inside a lambda or comprehension, which
    look names up elsewhere)."""
    found: set[str] = set()
    todo = [node] if node is not None else []
    while todo:
        item = todo.pop()
        if isinstance(item, ast.Name):
            found.add(item.id)
        elif not isinstance(item, ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            todo.extend(ast.iter_child_nodes(item))
    return found


def _class_body_loads(cls: ast.ClassDef, annotations: bool) -> set[str]:
    """What a class body reads while the class is made: decorators, defaults, values, and (without
    the annotations future) annotations."""
    found: set[str] = set()
    for stmt in cls.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            args = stmt.args
            for expr in [*stmt.decorator_list, *args.defaults, *(d for d in args.kw_defaults if d)]:
                found |= _loads(expr)
            if annotations:
                every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
                found |= set().union(*(_loads(a.annotation) for a in every), _loads(stmt.returns))
        elif isinstance(stmt, ast.AnnAssign):
            found |= _loads(stmt.value) | (_loads(stmt.annotation) if annotations else set())
        elif isinstance(stmt, ast.Assign):
            found |= _loads(stmt.value)
        elif isinstance(stmt, ast.If):
            found |= _loads(stmt.test) | _class_body_loads(ast.ClassDef(name="", body=stmt.body), annotations)
    return found


def _function_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Every name a function's body reads or binds, its own arguments left out."""
    args = function.args
    own = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    return {n.id for stmt in function.body for n in ast.walk(stmt) if isinstance(n, ast.Name)} - own


def names_the_generated_code_uses(package: Path, templates: Path = TEMPLATES) -> dict[str, set[str]]:
    """By scope (as naming.RESERVED has them), the names the generated code binds or reads where a
    spec name of that scope lands, so that the one could hide the other: what an operation's
    functions read besides their arguments (and what the operation modules import, in every
    branch of their templates); what the namespace and model classes read while they are made."""
    found: dict[str, set[str]] = {"parameter": set(), "namespace": set(), "operation": set(), "field": set()}
    for name in ("endpoint_module.py.jinja", "endpoint_init.py.jinja"):
        for names in _TEMPLATE_IMPORT.findall((templates / name).read_text()):
            found["parameter"] |= {n.split(" as ")[-1].strip() for n in names.split(",")}
    for path in sorted((package / "api").rglob("*.py")):
        tree = ast.parse(path.read_text())
        annotations = _FUTURE not in path.read_text()
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_request":
                found["parameter"] |= _function_names(node)
            if isinstance(node, ast.ClassDef):
                scope = "namespace" if path.parent == package / "api" else "operation"
                found[scope] |= _class_body_loads(node, annotations)
                for method in (m for m in node.body if isinstance(m, ast.FunctionDef) and not m.name.startswith("_")):
                    found["parameter"] |= _function_names(method)
                    if scope == "operation":  # the options every method adds to its builder's arguments
                        module = path.parent / f"{method.name}.py"
                        builder = next(f for f in ast.parse(module.read_text()).body
                                       if isinstance(f, ast.FunctionDef) and f.name == "_request")  # fmt: skip
                        own = {a.arg for a in [*builder.args.args, *builder.args.kwonlyargs]}
                        added = {a.arg for a in method.args.kwonlyargs} - own
                        found["parameter"] |= added
    for path in sorted((package / "models").glob("*.py")):
        text = path.read_text()
        for node in ast.parse(text).body:
            if isinstance(node, ast.ClassDef):
                found["field"] |= _class_body_loads(node, _FUTURE not in text)
    # Spec names in these scopes are snake case and never start with _: only such names can clash.
    return {scope: {n for n in names if n[:1].islower()} for scope, names in found.items()}


# A loopback server answering from a table: (method, path) -> handler(query, body) -> a JSON answer,
# or Reply(status, content type, bytes). Each request is recorded in SEEN (method, path, query,
# body) and its headers in HEADERS.
SERVER = '''
import collections, json, threading, urllib.parse, warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import anyio
from cudo_async import AsyncCudo, models

ROUTES = {}
SEEN = []
HEADERS = []
Reply = collections.namedtuple("Reply", "status content_type body")

class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        body = json.loads(raw) if raw else None
        SEEN.append((self.command, urllib.parse.unquote(url.path), query, body))
        HEADERS.append({k.lower(): v for k, v in self.headers.items()})
        route = ROUTES.get((self.command, urllib.parse.unquote(url.path)))
        result = route(query, body) if route else Reply(404, "application/json", b'{"code": 5, "message": "no route"}')
        if not isinstance(result, Reply):
            result = Reply(200, "application/json", json.dumps(result).encode())
        self.send_response(result.status)
        if result.content_type:
            self.send_header("Content-Type", result.content_type)
        self.send_header("Content-Length", str(len(result.body)))
        self.end_headers()
        self.wfile.write(result.body)
    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer
    def log_message(self, *args):
        pass

SERVER = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=SERVER.serve_forever, daemon=True).start()
BASE = f"http://127.0.0.1:{SERVER.server_address[1]}"

def pages(items_field, token_field, items, size=2, param="pageToken"):
    """Serve ``items`` in pages of ``size``, following the page token query parameter ``param``."""
    def answer(query, _body):
        start = int(query.get(param) or 0)
        rest = start + size
        return {items_field: items[start:rest], token_field: str(rest) if rest < len(items) else ""}
    return answer
'''
