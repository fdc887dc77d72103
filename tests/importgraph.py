"""The project's import graph, read from the source: every import statement, also those
inside functions, and the modules the command tables name.

``python tests/importgraph.py`` prints the function-level imports of project modules
(for the note on the layer contract); ``tests/test_layers.py`` checks the contract.
Imports under ``if TYPE_CHECKING:`` are exempt: they never run.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("kiosk", "devices", "forms", "sync", "ui")


@dataclass(frozen=True)
class Import:
    importer: str  # module name
    target: str  # the imported name as written, resolved to an absolute dotted name
    line: int
    in_function: bool
    commented: bool  # a comment on the line or the line above says why


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_files() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else \
                test.attr if isinstance(test, ast.Attribute) else ""
            if name == "TYPE_CHECKING":
                exempt.update(id(sub) for stmt in node.body for sub in ast.walk(stmt))
    return exempt


def imports_of(module: str, path: Path) -> Iterator[Import]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    exempt = _type_checking_nodes(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def commented(line: int) -> bool:
        """A comment on the line, or above the block of imports the line belongs to."""
        if "#" in lines[line - 1]:
            return True
        above = line - 2
        while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
            above -= 1
        return above >= 0 and lines[above].strip().startswith("#")

    def walk(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                      ast.Lambda))
            if id(child) not in exempt:
                if isinstance(child, ast.Import):
                    for alias in child.names:
                        yield Import(module, alias.name, child.lineno, in_function,
                                     commented(child.lineno))
                elif isinstance(child, ast.ImportFrom):
                    base = child.module or ""
                    if child.level:
                        parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                        base = ".".join([*parts, base] if base else parts)
                    for alias in child.names:
                        yield Import(module, f"{base}.{alias.name}", child.lineno, in_function,
                                     commented(child.lineno))
                elif (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                      and child.func.attr == "import_module" and child.args
                      and isinstance(child.args[0], ast.Constant)
                      and isinstance(child.args[0].value, str)):
                    yield Import(module, child.args[0].value, child.lineno, in_function,
                                 commented(child.lineno))
            yield from walk(child, inner)

    yield from walk(tree, False)


def resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The project module ``name`` refers to (``pkg.mod.Class`` -> ``pkg.mod``), if any."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def table_modules(module: str) -> list[str]:
    """The modules a command table (``Command(name, help, module)`` calls) names."""
    path = project_files()[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "Command" and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)):
            found.append(str(node.args[2].value))
    return found


def edges() -> dict[str, set[str]]:
    """Project module -> the project modules it imports (at any level) or its table names."""
    modules = project_files()
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        for imp in imports_of(module, path):
            target = resolve(imp.target, modules)
            if target is not None and target != module:
                graph[module].add(target)
    return graph


def function_level_project_imports() -> list[Import]:
    """One entry per import statement inside a function that names a project module."""
    modules = project_files()
    found: dict[tuple[str, int], Import] = {}
    for module, path in modules.items():
        for imp in imports_of(module, path):
            if imp.in_function and resolve(imp.target, modules) is not None:
                found.setdefault((imp.importer, imp.line), imp)
    return list(found.values())


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def strong(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


if __name__ == "__main__":
    late = function_level_project_imports()
    print(f"{len(late)} function-level imports of project modules")
    for imp in sorted(late, key=lambda i: (i.importer, i.line)):
        print(f"  {imp.importer}:{imp.line} -> {imp.target}")
