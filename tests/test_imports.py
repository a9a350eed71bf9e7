"""No import cycle anywhere in the package.

Every module under ``src/multivector`` is parsed (not imported); each ``import``/``from ...
import`` statement, at module level or inside a function (a lazy import is still a
dependency), becomes an edge to the module it names. Imports under ``if TYPE_CHECKING:`` are
left out (they never run). ``from package import name`` goes to ``package.name`` when that is
a module, else to the submodule the package's ``__init__`` re-exports the name from, else to
the package itself; importing a submodule does not count as importing its package. The
strongly connected components of that graph must all be single modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
#: Cycles known and owned elsewhere: the actor reference table (multivector.actors, moved there
#: from coding/) has ``entries`` import ``parse``'s Builder inside a function while ``parse``
#: imports the entries. Remove the entry when it is fixed; any other cycle fails the test.
KNOWN: list[list[str]] = []


def module_files(src: Path, package: str) -> dict[str, Path]:
    """Module name -> file for every module of ``package`` under ``src``."""
    out: dict[str, Path] = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    walk(sub)
                continue
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append(child)
            walk(child)

    walk(tree)
    return found


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph(src: Path, package: str) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports (see the module docstring)."""
    files = module_files(src, package)
    trees = {m: ast.parse(p.read_text(encoding="utf-8"), str(p)) for m, p in files.items()}
    reexports: dict[str, dict[str, str]] = {}
    for m, p in files.items():
        if p.name == "__init__.py":
            names: dict[str, str] = {}
            for node in _imports(trees[m]):
                if isinstance(node, ast.ImportFrom):
                    origin = _absolute(m, True, node)
                    for alias in node.names:
                        names[alias.asname or alias.name] = origin
            reexports[m] = names

    def resolve(pkg: str, name: str, depth: int = 0) -> str:
        if f"{pkg}.{name}" in files:
            return f"{pkg}.{name}"
        origin = reexports.get(pkg, {}).get(name)
        if origin and origin in files and origin != pkg and depth < 10:
            return resolve(origin, name, depth + 1) if origin in reexports else origin
        return pkg

    graph: dict[str, set[str]] = {m: set() for m in files}
    for m, tree in trees.items():
        is_pkg = files[m].name == "__init__.py"
        for node in _imports(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                origin = _absolute(m, is_pkg, node)
                targets = [resolve(origin, a.name) for a in node.names]
            for t in targets:
                while t and t not in files:
                    t = t.rpartition(".")[0]
                if t and t != m:
                    graph[m].add(t)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def _describe(graph: dict[str, set[str]], component: list[str]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in members]
    return "; ".join(edges)


def test_no_import_cycle():
    graph = import_graph(SRC, "multivector")
    assert len(graph) > 50  # the package was found
    found = [c for c in cycles(graph) if c not in KNOWN]
    assert not found, "import cycles: " + " | ".join(_describe(graph, c) for c in found)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_check_finds_a_lazy_cycle_and_ignores_type_checking(tmp_path: Path):
    _write(tmp_path, {
        "pkg/__init__.py": "from pkg.a import A\n",
        "pkg/a.py": "from pkg import b\nA = 1\n",
        "pkg/b.py": "def f():\n    from pkg.c import C\n",
        "pkg/c.py": "from pkg import A\nC = 2\n",  # re-export: really pkg.a
        "pkg/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.e import E\n",
        "pkg/e.py": "from .d import *\nE = 3\n",
    })  # fmt: skip
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.e"] == {"pkg.d"} and graph["pkg.d"] == set()
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


@pytest.mark.parametrize("module", ["multivector.store.core", "multivector.web.explore"])
def test_modules_are_in_the_graph(module: str):
    assert module in import_graph(SRC, "multivector")
