"""The layering of STYLE.md §3.1 and docs/architecture.md, made executable."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from analyzer.errors import ERROR_KINDS

ROOT = Path(__file__).resolve().parent.parent / "analyzer"

# top-level module or package → layer; a module may import only from lower layers, its own
# package, and the listed same-layer exceptions.
LAYERS = {
    "errors": 0,
    "model": 1,
    "aosp": 1,
    "userfile": 2,  # above i18n: its messages are marked with N_
    "regular": 0,
    "i18n": 1,
    "tables": 2,
    "lexicon": 2,
    "apk": 3,
    "remote": 3,
    "catalog": 4,
    "disclosure": 4,
    "evidence": 4,
    "rules": 5,
    "report": 5,
    "scan": 6,
    "batch": 7,
    "cli": 8,
    "__main__": 9,
    "__init__": 0,
    "data": 0,
}
ALLOWED_SAME_LAYER = {
    ("report", "rules"),  # rule metadata only (titles, docs for SARIF)
    ("tables", "lexicon"),  # the loader checks each lexicon file's shape
}
NEVER = {"report": {"scan", "batch", "apk"}, "rules": {"scan"}}


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "analyzer" else parts[0]


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names imported from it) for every analyzer import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analyzer"):
            found.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((a.name, []) for a in node.names if a.name.startswith("analyzer"))
    return found


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in ROOT.rglob("*.py")}


def test_imports_point_down() -> None:
    problems = []
    for path in ROOT.rglob("*.py"):
        owner = path.relative_to(ROOT).parts[0].removesuffix(".py")
        for module, _ in _imports(path):
            target = _top(module)
            if module == "analyzer" or target == owner:
                continue
            if target not in LAYERS or owner not in LAYERS:
                problems.append(f"{path.name}: unknown layer for {module}")
                continue
            lower = LAYERS[target] < LAYERS[owner]
            if not lower and (owner, target) not in ALLOWED_SAME_LAYER:
                problems.append(f"{path.relative_to(ROOT)} imports {module} (layer up/sideways)")
            if target in NEVER.get(owner, set()):
                problems.append(f"{path.relative_to(ROOT)} must not import {module}")
    assert problems == []


def _resolve(module: str, name: str, modules: dict[str, Path]) -> str:
    """``from M import N``: N is a submodule of M when such a file exists."""
    return f"{module}.{name}" if f"{module}.{name}" in modules else module


def test_no_import_cycles() -> None:
    """Module-level graph, every import (lazy ones too): no module reaches itself."""
    modules = _modules()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for module, names in _imports(path):
            targets = {_resolve(module, n, modules) for n in names} or {module}
            graph[name].update(t for t in targets if t in modules and t != name)
    # a package's __init__ importing its own submodules is how packages re-export
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*stack[stack.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_private_names_imported_across_modules() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {module}.{name}"
        for path in ROOT.rglob("*.py")
        for module, names in _imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert offenders == []


def test_only_cli_prints_or_exits() -> None:
    banned = re.compile(
        r"(?<![.\w])print\(|sys\.exit\(|typer\.Exit|logging\.basicConfig|(?<![.\w])exit\("
    )
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if path.relative_to(ROOT).parts[0] not in ("cli", "__main__.py")
        and banned.search(path.read_text())
    ]
    assert offenders == []


def test_error_kinds_are_spelled_only_in_errors() -> None:
    """A failed result's kind comes from its exception class, never from a literal."""
    kinds = set(ERROR_KINDS)
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}"
        for path in ROOT.rglob("*.py")
        if path != ROOT / "errors.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in kinds
    ]
    assert offenders == []


def test_package_init_does_not_import_androguard() -> None:
    assert "androguard" not in (ROOT / "__init__.py").read_text()


def test_modules_and_functions_stay_small() -> None:
    """Modules ≤ 350 lines and functions ≤ 60 lines: split by concept, then by step."""
    too_long = {}
    for path in ROOT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rel = str(path.relative_to(ROOT))
        if (n := len(text.splitlines())) > 350:
            too_long[rel] = n
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    too_long[f"{rel}:{node.name}"] = length
    assert too_long == {}


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """The cycle finder and the kind check see what they are meant to see."""
    source = "from analyzer.errors import X\nkind = 'timeout'\n"
    tree = ast.parse(source)
    assert any(isinstance(n, ast.Constant) and n.value in ERROR_KINDS for n in ast.walk(tree))
    assert _top("analyzer.batch.store") == "batch"
    assert _resolve("analyzer.batch", "store", {"analyzer.batch.store": tmp_path}) == (
        "analyzer.batch.store"
    )
