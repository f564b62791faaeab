"""Every German message that can reach the window from below it has an English wording.

An AST walk over the layers below the window (domain, store, services, io, reports; not the
command line, whose messages never reach the window) collects each message a ``DomainError``
(or a subclass) is built with, the messages of the validation helpers (``_fail``,
``FieldErrors.add``), the labels a message starts with (the declared fields, the ``label``
arguments), what a deletion also removes (``dependents``), the tables of labels
(``*_LABELS``, ``*_TITLES``, ``*_REASONS``) and the operating system's reasons; f-strings
become templates with ``{}``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from nfg_desktop.domain.errors import OS_ERROR_TEXTS
from nfg_desktop.gui.language.english import ENGLISH

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nfg_desktop"
NOT_BELOW_THE_WINDOW = {"gui", "cli", "migrations"}
# Module-level tables of German labels (ACTION_LABELS, KIND_TITLES, …): shown by the window.
LABEL_TABLE = re.compile(r"(LABELS|REASONS|TITLES)$")

Scope = dict[str, dict[str, list[ast.expr]] | dict[str, ast.FunctionDef]]


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if not NOT_BELOW_THE_WINDOW & set(path.relative_to(PACKAGE).parts):
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    names = {"DomainError"}
    grown = True
    while grown:
        grown = False
        for _path, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grown = True
    return names


class _Module:
    """The names and functions of one module, to follow a message to where it is written."""

    def __init__(self, tree: ast.Module, functions: dict[str, ast.FunctionDef]) -> None:
        self.names: dict[str, list[ast.expr]] = {}
        self.functions = dict(functions)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.names.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.FunctionDef):
                self.functions[node.name] = node

    def templates(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return [
                "".join(
                    part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
                )
            ]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            lefts = self.templates(node.left, seen) or ["{}"]
            rights = self.templates(node.right, seen) or ["{}"]
            return [left + right for left in lefts for right in rights]
        if isinstance(node, ast.IfExp):
            return self.templates(node.body, seen) + self.templates(node.orelse, seen)
        if isinstance(node, ast.Dict):
            return [text for value in node.values for text in self.templates(value, seen)]
        if isinstance(node, ast.Name) and node.id in self.names and node.id not in seen:
            return [
                text
                for value in self.names[node.id]
                for text in self.templates(value, seen | {node.id})
            ]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "german_count"
        ):  # „1 Eintrag“ / „2 Einträge“
            nouns = [arg.value for arg in node.args[1:3] if isinstance(arg, ast.Constant)]
            return [f"{{}} {noun}" for noun in nouns]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self.functions
            and node.func.id not in seen
        ):
            function = self.functions[node.func.id]
            return [
                text
                for returned in ast.walk(function)
                if isinstance(returned, ast.Return) and returned.value is not None
                for text in self.templates(returned.value, seen | {node.func.id})
            ]
        return []


def _label_parameters(functions: dict[str, ast.FunctionDef]) -> dict[str, list[tuple[int, str]]]:
    """Functions taking a label a message starts with: name -> (position, parameter)."""
    found = {}
    for name, function in functions.items():
        params = [(i, arg.arg) for i, arg in enumerate(function.args.args) if "label" in arg.arg]
        if params:
            found[name] = params
    return found


def _arguments(node: ast.Call, position: int, keyword: str) -> list[ast.expr]:
    return node.args[position : position + 1] + [
        given.value for given in node.keywords if given.arg == keyword
    ]


def messages_below_the_window() -> dict[str, str]:
    """Every message template -> where it is written (file:line)."""
    trees = list(_modules())
    classes = _error_classes(trees)
    functions = {
        node.name: node
        for _path, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
    }
    labelled = _label_parameters(functions)
    found: dict[str, str] = {}
    for path, tree in trees:
        module = _Module(tree, functions)
        inside_error_classes = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef) and node.name in classes
            for inner in ast.walk(node)
        }
        in_dependents = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name == "dependents"
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.List | ast.ListComp) and id(node) in in_dependents:
                elements = node.elts if isinstance(node, ast.List) else [node.elt]
                for element in elements:
                    for text in module.templates(element):
                        found.setdefault(text, f"{path.relative_to(ROOT)}:{node.lineno}")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            given: list[ast.expr] = []
            if name in classes:
                given = _arguments(node, 0, "message")
            elif name == "__init__" and id(node) in inside_error_classes:
                given = node.args[:1]  # super().__init__(message)
            elif name == "_fail" or (
                name == "add"
                and isinstance(func, ast.Attribute)
                and "error" in ast.unparse(func.value).lower()
            ):
                given = node.args[1:2]
            elif name == "Field":  # a declared field: its label starts its messages
                given = _arguments(node, 1, "label")
                given += [kw.value for kw in node.keywords if kw.arg == "history"]
            if name == "append" and id(node) in in_dependents:  # what a deletion removes
                given = node.args[:1]
            for position, parameter in labelled.get(name, ()):
                given += _arguments(node, position, parameter)
            for argument in given:
                for text in module.templates(argument):
                    if any(character.isalpha() for character in text):
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        found.setdefault(text, where)
    for path, tree in trees:  # the tables of labels the window shows (history, import)
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Dict)
                and any(
                    isinstance(target, ast.Name) and LABEL_TABLE.search(target.id)
                    for target in node.targets
                )
            ):
                for value in node.value.values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.setdefault(value.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    for reason in OS_ERROR_TEXTS.values():
        found.setdefault(reason, "nfg_desktop/domain/errors.py")
    return found


def test_the_walk_finds_the_messages_of_every_layer() -> None:
    found = messages_below_the_window()
    assert "{}: Bitte ausfüllen." in found  # domain/validation.py
    assert "Straße" in found  # a declared field's label
    assert "Die Datei ist leer." in found  # io/csv_reader.py
    assert "{} Ansprechpersonen" in found  # a partner's dependents (german_count)
    assert any(where.startswith("nfg_desktop/store/") for where in found.values())
    assert any(where.startswith("nfg_desktop/services/") for where in found.values())
    assert len(found) > 200


def test_every_message_below_the_window_has_an_english_wording() -> None:
    missing = [
        f"{where}: {text!r}"
        for text, where in sorted(messages_below_the_window().items(), key=lambda kv: kv[1])
        if text not in ENGLISH
    ]
    assert not missing, "ohne englische Fassung in gui/language/english.py:\n" + "\n".join(missing)


def test_each_english_wording_fills_in_as_many_values_as_the_german() -> None:
    wrong = [
        german for german, wording in ENGLISH.items() if german.count("{}") != wording.count("{}")
    ]
    assert not wrong
    assert all(wording.strip() for wording in ENGLISH.values())


def test_who_changed_a_record_reads_in_english() -> None:
    from datetime import datetime

    from nfg_desktop.domain.errors import changed_by_text
    from nfg_desktop.gui.language.messages import english

    now = datetime(2026, 12, 4, 11, 0)
    today = datetime(2026, 12, 4, 10, 42)
    earlier = datetime(2026, 12, 1, 9, 5)
    assert english(changed_by_text("anna", today, now)) == "anna changed this record at 10:42."
    assert english(changed_by_text("anna", earlier, now, deleted=True)) == (
        "anna deleted this record on 01.12.2026 at 09:05."
    )
    assert english(changed_by_text("", None, now)) == (
        "Someone else has changed this record in the meantime."
    )


def test_every_server_connection_message_reads_in_english() -> None:
    from nfg_desktop.gui.language.messages import english
    from nfg_desktop.store import server

    address = server.ServerAddress(host="rathaus", port=5433, database="nfg", user="anna")
    for needles, _message in server._MESSAGES:
        german = server.connection_error(RuntimeError(needles[0]), address).message
        assert english(german) != german, german
    assert english(server.CONNECTION_LOST) != server.CONNECTION_LOST
