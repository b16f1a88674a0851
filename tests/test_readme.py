"""Every Python block of README.md runs, against the emulator, as a reader would run it.

- The blocks run in the README's order in one namespace, as a session would (a later block may
  use what an earlier one imported or made), with ``CUDO_*`` pointing at an emulator whose project
  is ``my-project`` and that holds the VMs and the API key the blocks name (``web-1``, ``web-2``,
  ``db-1``, key ``ci-2026-11``). A block with a top-level ``await`` runs in an event loop with
  ``cudo`` bound to an ``AsyncCudo`` built from that environment (the Quickstart's client).
- A block that defines pytest tests (``def test_...``) is run by pytest in a process of its own,
  after the blocks before it in the same README section (the app a test imports, say).
- A block marked ``<!-- readme: compile-only (why) -->`` on the line before its fence needs what
  the suite cannot give (a real OTLP endpoint, say): it is compiled, not run.

A failure names the block's line in README.md.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import pytest

from cudo_async import AsyncCudo, models
from cudo_async.testing import Emulator
from tests.conftest import ROOT

README = ROOT / "README.md"
COMPILE_ONLY = re.compile(r"^<!-- readme: compile-only \((?P<why>.+)\) -->$")
TEST_FUNCTION = re.compile(r"^(async )?def test_", re.MULTILINE)
#: The resources the README's blocks name as already there (the Quickstart makes ``my-vm``).
PROJECT, VMS, KEY_ID = "my-project", ("web-1", "web-2", "db-1"), "ci-2026-11"


@dataclass(frozen=True)
class Block:
    line: int  # of the opening fence, 1-based
    source: str
    section: str
    compile_only: str | None  # why, when the block is only compiled

    @property
    def defines_tests(self) -> bool:
        return TEST_FUNCTION.search(self.source) is not None

    @property
    def where(self) -> str:
        return f"README.md block at line {self.line}"


#: A CommonMark code fence: three or more backticks or tildes (a backtick fence's info string has
#: no backtick), at any indentation (a list item's fence too).
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}(?=[^`]*$)|~{3,})(?P<info>.*)$")
#: Info strings whose first word (any case) marks Python: these blocks run.
PYTHON = frozenset({"python", "py", "python3"})
#: Languages that are not Python: shown, never run. A fence with no language, or one not listed
#: here, fails the test, so that no Python block hides behind a spelling the test does not know.
NOT_PYTHON = frozenset({"sh", "bash", "shell", "console", "text", "txt", "yaml", "yml", "json", "toml", "ini", "diff"})


def python_blocks(text: str) -> list[Block]:
    """The Python blocks of a Markdown text, with their line, section and marker: every fenced
    block whose info string starts with python, py or python3 in any case, fenced as CommonMark
    allows (backticks or tildes, three or more, indented, with more after the language)."""
    blocks: list[Block] = []
    lines = text.splitlines()
    section, i = "", 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        elif fence is not None:
            start, mark, indent = i, fence["fence"], len(fence["indent"])
            words = fence["info"].split()
            language = words[0].lower() if words else ""
            assert language in PYTHON | NOT_PYTHON, (
                f"README.md line {start + 1}: a fence whose language this test does not know ({language or 'none'}):"
                f" write python for a block to run, or one of {', '.join(sorted(NOT_PYTHON))}"
            )
            closing = re.compile(rf"^ *{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
            i += 1
            body: list[str] = []
            while i < len(lines) and not closing.match(lines[i]):
                body.append(lines[i][min(indent, len(lines[i]) - len(lines[i].lstrip(" "))) :])
                i += 1
            assert i < len(lines), f"README.md block at line {start + 1} is never closed"
            if language in PYTHON:
                marker = COMPILE_ONLY.match(lines[start - 1].strip()) if start else None
                blocks.append(Block(start + 1, "\n".join(body) + "\n", section, marker and marker["why"]))
        elif line.strip().startswith("<!-- readme:") and not COMPILE_ONLY.match(line.strip()):
            raise AssertionError(f"README.md line {i + 1}: unknown marker (write <!-- readme: compile-only (why) -->)")
        i += 1
    return blocks


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


def compiled(block: Block) -> Any:
    # "<README.md:N>" puts the block's line in every traceback of code it runs.
    return compile(block.source, f"<README.md:{block.line}>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_blocks_are_found_with_their_lines_sections_and_markers() -> None:
    text = "# A\n```python\nx = 1\n```\n## B\n<!-- readme: compile-only (no vault) -->\n```python\nawait f()\n```\n"
    first, second = python_blocks(text)
    assert (first.line, first.source, first.section, first.compile_only) == (2, "x = 1\n", "A", None)
    assert (second.line, second.section, second.compile_only) == (7, "B", "no vault")
    with pytest.raises(AssertionError, match="line 1: unknown marker"):
        python_blocks("<!-- readme: skip -->\n```python\nx\n```\n")
    assert BLOCKS, "README.md has no Python block"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("```python", "```"), ("```py", "```"), ("```python3", "```"), ("```Python", "```"), ("~~~python", "~~~"),
     ('```python title="x.py"', "```"), ("````python", "````"), ("   ```PY", "   ```"), ("~~~~ python3", "~~~~~"),
     ("  ```python", "  ```")],
)  # fmt: skip
def test_every_fence_commonmark_allows_for_python_is_found(opening: str, closing: str) -> None:
    indent = opening[: len(opening) - len(opening.lstrip())]
    inner = "```\n" if opening.lstrip().startswith("````") else ""  # a shorter fence inside does not close it
    text = f"# S\n{opening}\n{indent}x = 1\n{inner}{indent}y = 2\n{closing}\n```sh\nmake test\n```\n"
    (block,) = python_blocks(text)
    assert (block.line, block.source, block.section) == (2, f"x = 1\n{inner}y = 2\n", "S")


@pytest.mark.parametrize("opening", ["```", "```pyhton", "~~~ js", "```{.python}"])
def test_a_fence_whose_language_the_test_does_not_know_fails(opening: str) -> None:
    with pytest.raises(AssertionError, match="line 2: a fence whose language this test does not know"):
        python_blocks(f"# S\n{opening}\nraise RuntimeError\n```\n")
    assert python_blocks("``` python `x`\n") == []  # backticks in the info string: no fence at all


def test_a_failing_block_is_named_by_its_line_in_the_readme() -> None:
    (block,) = python_blocks("# Intro\n\n```python\nx = 1\ny = x / 0\n```\n")
    with pytest.raises(ZeroDivisionError) as info:
        run_in_session(block, {})
    message = failed_at(block, info.value)
    assert message.startswith("README.md block at line 3 (Intro) failed, README.md line 5: ZeroDivisionError")


@pytest.mark.parametrize("block", BLOCKS, ids=[f"line-{b.line}" for b in BLOCKS])
def test_every_block_compiles(block: Block) -> None:
    try:
        compiled(block)
    except SyntaxError as exc:
        pytest.fail(f"{block.where} does not compile: {exc}")


@pytest.fixture
def readme_emulator(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The emulator the blocks run against, holding what they name; CUDO_* point at it."""
    with Emulator(project_id=PROJECT, boot_seconds=0.05, rate_limit=None) as emu:

        async def seed() -> None:
            async with emu.client() as cudo:
                for vm_id in VMS:
                    await cudo.virtual_machines.create_vm(PROJECT, body=vm_body(vm_id))
                await cudo.api_keys.generate_api_key(body=models.GenerateAPIKeyRequest(apikey_id=KEY_ID))

        anyio.run(seed)
        monkeypatch.setenv("CUDO_API_KEY", emu.api_key)
        monkeypatch.setenv("CUDO_BASE_URL", emu.base_url)
        monkeypatch.setenv("CUDO_PROJECT_ID", PROJECT)
        yield emu


def vm_body(vm_id: str) -> models.CreateVMBody:
    return models.CreateVMBody(
        vm_id=vm_id,
        data_center_id="gb-bournemouth-1",
        machine_type="epyc-milan",
        boot_disk_image_id="ubuntu-2204",
        vcpus=2,
        memory_gib=4,
        gpus=0,
    )


def run_in_session(block: Block, namespace: dict[str, Any]) -> None:
    """One block in the session's namespace: in an event loop with ``cudo`` when it awaits."""
    code = compiled(block)
    if not code.co_flags & inspect.CO_COROUTINE:  # no top-level await
        exec(code, namespace)  # the README's own code
        return

    async def in_a_loop() -> None:
        async with AsyncCudo() as cudo:  # the Quickstart's client, from CUDO_*
            namespace["cudo"] = cudo
            await eval(code, namespace)  # the README's own code

    anyio.run(in_a_loop)


def test_every_block_runs_against_the_emulator(readme_emulator: Emulator) -> None:
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in BLOCKS:
        if block.compile_only or block.defines_tests:
            continue
        failure = None
        try:
            run_in_session(block, namespace)
        except BaseException as exc:  # every failure names the block and the README's line
            failure = exc
        if failure is not None:
            pytest.fail(failed_at(block, failure), pytrace=False)


def failed_at(block: Block, exc: BaseException) -> str:
    """Which block failed, on which line of README.md, how; then the SDK's side of the traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    in_block = [f for f in frames if f.filename == f"<README.md:{block.line}>"]
    line = f", README.md line {block.line + in_block[-1].lineno}" if in_block and in_block[-1].lineno else ""
    what = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    below = "".join(traceback.format_list(frames[-6:]))
    return f"{block.where} ({block.section}) failed{line}: {what}\n{below}"


TEST_BLOCKS = [b for b in BLOCKS if b.defines_tests and not b.compile_only]


@pytest.mark.parametrize("block", TEST_BLOCKS, ids=[f"line-{b.line}" for b in TEST_BLOCKS])
def test_every_block_of_tests_passes_under_pytest(block: Block, tmp_path: Path) -> None:
    before = [b for b in BLOCKS if b.section == block.section and b.line < block.line]
    module = [b.source for b in before if not b.compile_only and not b.defines_tests] + [block.source]
    (tmp_path / "test_readme_block.py").write_text("\n\n".join(module), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_readme_block.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    tail = "\n".join((run.stdout + run.stderr).splitlines()[-40:])
    assert run.returncode == 0 and " passed" in run.stdout, f"{block.where} ({block.section}) failed:\n{tail}"


def test_no_text_file_of_the_repository_holds_a_merge_conflict_marker() -> None:
    """A conflict left in a document reads as content (the README-block test sees only code)."""
    skip = {".git", ".venv", ".venv-gen", ".prism", "build", "node_modules", "__pycache__"}
    suffixes = {".md", ".py", ".yaml", ".yml", ".jinja", ".toml", ".txt", ".in", ".json"}
    marker = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)
    found = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if any(part in skip or part.endswith(".egg-info") for part in parts) or not path.is_file():
            continue
        if path.suffix in suffixes or path.name in ("Makefile", "run"):
            text = path.read_text(encoding="utf-8", errors="replace")
            where = path.relative_to(ROOT)
            found += [f"{where}:{text.count(chr(10), 0, m.start()) + 1}" for m in marker.finditer(text)]
    assert not found, f"merge conflict markers: {found}"
