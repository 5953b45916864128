"""The layering of STYLE.md §3.1, made executable: imports point down, only cli prints."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "analyzer"

# module (or package prefix) → layer; a module may import only from lower layers,
# its own package, and the listed same-layer exceptions.
LAYERS = {
    "errors": 0,
    "model": 0,
    "tables": 1,
    "apk": 2,
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
    ("report", "rules"),
}
NEVER = {"report": {"scan", "batch", "apk"}, "rules": {"scan"}}


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "analyzer" else parts[0]


def _owner(path: Path) -> str:
    rel = path.relative_to(ROOT)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("analyzer"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("analyzer"))
    return found


def test_imports_point_down() -> None:
    problems = []
    for path in ROOT.rglob("*.py"):
        owner = _owner(path)
        for module in _imports(path):
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


def test_package_init_does_not_import_androguard() -> None:
    assert "androguard" not in (ROOT / "__init__.py").read_text()


def test_modules_stay_small() -> None:
    """STYLE.md: split a module by concept past 300 lines; 400 is the hard cap."""
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in ROOT.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}
