"""The layer contract (docs/architecture.md), checked over every import statement.

| group | may import from the project |
|---|---|
| ``kiosk.base`` | itself only (and only the standard library) |
| ``devices``, ``forms``, ``sync`` (client) | ``kiosk.base`` and their own package |
| ``sync.reference`` | ``kiosk.base``, the client ``sync`` it shares code with, itself |
| ``kiosk`` (the application) | ``kiosk.base``, ``devices``, ``forms``, ``sync`` |
| ``ui`` | everything but the tools and the reference server |
| ``<package>.tools`` (``sync.tools``, ``ui.tools``, ``devices.tools``) | anything |

Imports inside functions count; ``if TYPE_CHECKING:`` imports do not. The command
tables (``Command(name, help, module)``) count as imports of their modules, and
``ui.main``, the composition root, may name the tools and the reference server
there. No import cycles; only ``ui/qt.py`` names PySide6; at most a few
function-level imports of project modules, each with a comment saying why.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from importgraph import (
    ROOT,
    cycles,
    edges,
    function_level_project_imports,
    imports_of,
    project_files,
    table_modules,
)

QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
# At most this many function-level imports of project modules (191 before the contract).
MAX_LATE_IMPORTS = 40


def group(module: str) -> str:
    if module == "kiosk.base" or module.startswith("kiosk.base."):
        return "base"
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] == "tools":  # every <package>.tools: sync, ui, devices
        return "tools"
    if module == "sync.reference" or module.startswith("sync.reference."):
        return "reference"
    top = module.split(".")[0]
    return {"kiosk": "app", "devices": "devices", "forms": "forms", "sync": "sync",
            "ui": "ui"}[top]


ALLOWED: dict[str, set[str]] = {
    "base": {"base"},
    "devices": {"base", "devices"},
    "forms": {"base", "forms"},
    "sync": {"base", "sync"},
    "reference": {"base", "sync", "reference", "forms"},
    "app": {"base", "devices", "forms", "sync", "app"},
    "ui": {"base", "devices", "forms", "sync", "app", "ui"},
    "tools": {"base", "devices", "forms", "sync", "reference", "app", "ui", "tools"},
}
COMPOSITION_ROOT = "ui.main"


def violations(graph: dict[str, set[str]]) -> list[str]:
    found = []
    for importer, targets in sorted(graph.items()):
        for target in sorted(targets):
            if group(target) not in ALLOWED[group(importer)]:
                found.append(f"{importer} ({group(importer)}) imports {target} "
                             f"({group(target)})")
    return found


def test_every_module_keeps_to_its_layer() -> None:
    graph = edges()
    assert len(graph) > 100, "the packages should exist"
    for table_owner in ("kiosk.commands", COMPOSITION_ROOT):
        named = table_modules(table_owner)
        assert named, f"{table_owner} should hold a command table"
        if table_owner != COMPOSITION_ROOT:
            graph[table_owner] |= set(named)
        else:
            missing = [m for m in named if m not in graph]
            assert missing == [], f"the command table names modules that do not exist: {missing}"
    assert violations(graph) == []


def test_the_layer_check_catches_a_wrong_import() -> None:
    graph = {"sync.outbox": {"kiosk.settings"}, "forms.pdf": {"devices.pcsc"},
             "kiosk.base.i18n": {"kiosk.journey"}, "sync.worker": {"sync.reference.server"},
             "kiosk.journey": {"ui.window"}, "ui.window": {"ui.tools.journey"},
             "ui.tools.bench": {"sync.reference.server"}}
    assert len(violations(graph)) == 6  # the tools may import anything


def test_no_import_cycles() -> None:
    assert cycles(edges()) == []


def test_the_cycle_check_finds_a_cycle_through_a_function_level_import(tmp_path: Path) -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    module = tmp_path / "m.py"
    module.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import x\n"
                      "def f():\n    import forms.pdf  # late\n")
    found = list(imports_of("m", module))
    assert [(i.target, i.in_function, i.commented) for i in found] == [
        ("typing.TYPE_CHECKING", False, False), ("forms.pdf", True, True)]


def test_few_function_level_imports_each_with_its_reason() -> None:
    late = function_level_project_imports()
    listing = "\n".join(f"{i.importer}:{i.line} -> {i.target}" for i in late)
    assert len(late) <= MAX_LATE_IMPORTS, listing
    uncommented = [f"{i.importer}:{i.line} -> {i.target}" for i in late if not i.commented]
    assert uncommented == [], "say why each late import is late, in a comment"


def test_only_ui_qt_names_the_qt_binding() -> None:
    offenders = []
    for module, path in project_files().items():
        for imp in imports_of(module, path):
            if imp.target.split(".")[0] in QT and module != "ui.qt":
                offenders.append(f"{module}:{imp.line} imports {imp.target}")
    assert offenders == []


def test_kiosk_base_needs_only_the_standard_library() -> None:
    offenders = []
    for module, path in project_files().items():
        if group(module) != "base":
            continue
        for imp in imports_of(module, path):
            top = imp.target.split(".")[0]
            if top not in sys.stdlib_module_names and top != "__future__" \
                    and not imp.target.startswith("kiosk.base"):
                offenders.append(f"{module}:{imp.line} imports {imp.target}")
    assert offenders == []


@pytest.mark.parametrize("groups", [("base", "devices", "forms", "sync", "reference", "app")])
def test_importing_every_qt_free_module_loads_no_qt(groups: tuple[str, ...]) -> None:
    modules = sorted(m for m in project_files() if group(m) in groups)
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
