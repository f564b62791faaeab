"""The store modules import one another one way only: files <- backup <- database."""

from __future__ import annotations

import ast
from pathlib import Path

import nfg_desktop.store

STORE = Path(nfg_desktop.store.__file__).parent
PACKAGE = "nfg_desktop.store"


def _module_name(path: Path) -> str:
    parts = path.relative_to(STORE).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def _imports(source: str, package: str, modules: set[str]) -> set[str]:
    """Every one of ``modules`` that ``source`` (a module of ``package``) imports anywhere:
    at the top, inside functions, under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0]
                base = f"{anchor}.{base}" if base else anchor
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in modules)
    return found


def _graph() -> dict[str, set[str]]:
    paths = [path for path in STORE.rglob("*.py") if "migrations" not in path.parts]
    modules = {_module_name(path) for path in paths}
    # A package's own __init__ is no import edge worth judging.
    modules.discard(PACKAGE)
    graph = {}
    for path in paths:
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        graph[name] = _imports(path.read_text(encoding="utf-8"), package, modules) - {name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> list[str] | None:
        if module in trail:
            return [*trail[trail.index(module) :], module]
        if module in done:
            return None
        for imported in sorted(graph.get(module, ())):
            cycle = visit(imported, [*trail, module])
            if cycle:
                return cycle
        done.add(module)
        return None

    for module in sorted(graph):
        cycle = visit(module, [])
        if cycle:
            return cycle
    return None


def test_no_import_circle_among_the_store_modules() -> None:
    assert _cycle(_graph()) is None


def test_files_backup_database_import_one_way() -> None:
    graph = _graph()
    files, backup, database = (f"{PACKAGE}.{name}" for name in ("files", "backup", "database"))
    assert database not in graph[backup]
    assert not {backup, database} & graph[files]
    assert {files, backup} <= graph[database]


def test_the_check_sees_imports_in_functions_and_for_type_checking_only() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from nfg_desktop.store.database import Database\n"
        "def f():\n    from . import backup\n"
    )
    modules = {f"{PACKAGE}.database", f"{PACKAGE}.backup"}
    assert _imports(source, PACKAGE, modules) == modules
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
