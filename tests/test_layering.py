"""The import structure of the packages, read from their source (ast): neither the corpus nor the
crawler package has an import cycle (leaf modules hold what several modules share: corpus.fulltext,
corpus.filters, corpus.ingest_report, crawler.samplesite.site_data), neither imports nor reads the
data of the ``vnpolicy`` package above them, no module imports another's private name, a library's
private names are read by one module each (crawler.scrapy_private for Scrapy's), and no migration
imports live code of the corpus.

Imports inside functions count as much as those at the top of a module: a cycle deferred to call
time is still a cycle."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO

PACKAGES = ("corpus", "crawler", "extract", "nlp", "vnpolicy")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in sorted((REPO / package).rglob("*.py"))}


MODULES = project_modules()


def imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, imported name or None) of every import of a project package in ``path``, at any
    depth: ``from corpus import facets`` is the module corpus.facets; ``from corpus.db import
    open_db`` is corpus.db with the name open_db."""
    found = []
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # a relative import, from the module's own package upwards
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.append((node.lineno, submodule, None) if submodule in MODULES else (node.lineno, base, alias.name))
    return [(line, module, name) for line, module, name in found if module.split(".")[0] in PACKAGES]


def import_graph(package: str) -> dict[str, set[str]]:
    """Module → the modules of the same package it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        if module == package or module.startswith(package + "."):
            graph[module] = {target for _, target, _ in imports(path)
                             if (target == package or target.startswith(package + ".")) and target != module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


# --- the checker itself, on small literal graphs (it must be able to fail) ---

@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),                          # two modules importing each other
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),  # a circle of three, d outside it
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),                        # a chain down to a leaf
])
def test_cycles_finds_circles_and_only_them(graph, expected):
    assert cycles(graph) == expected


def test_imports_reads_imports_inside_functions_and_submodules():
    found = {(module, name) for _, module, name in imports(REPO / "corpus" / "db.py")}
    assert ("corpus.schema", "migrations") in found  # inside open_db, read when it is called
    assert ("nlp.config", None) in found             # ``from nlp import config``: the module nlp.config


# --- the rules ---

@pytest.mark.parametrize("package", ["corpus", "crawler"])
def test_lower_packages_have_no_import_cycle(package):
    assert cycles(import_graph(package)) == []


@pytest.mark.parametrize("package", ["corpus", "crawler"])
def test_lower_packages_never_import_the_command_line_package(package):
    wrong = [f"{MODULES[m].relative_to(REPO)}:{line} imports {target}"
             for m in MODULES if m == package or m.startswith(package + ".")
             for line, target, _ in imports(MODULES[m]) if target.split(".")[0] == "vnpolicy"]
    assert wrong == []


@pytest.mark.parametrize("package", ["corpus", "crawler"])
def test_lower_packages_read_no_data_of_the_command_line_package(package):
    """``importlib.resources.files("vnpolicy")`` imports the vnpolicy package too: the corpus's data
    (the Datasette plugin's display, metadata and templates) lives in corpus/data/; the sample site
    reads the demo's texts (vnpolicy/data/) where its caller locates them
    (crawler.samplesite.site_data)."""
    wrong = []
    for module, path in MODULES.items():
        if not (module == package or module.startswith(package + ".")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "files" \
                    and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == "vnpolicy":
                wrong.append(f"{path.relative_to(REPO)}:{node.lineno} reads files of vnpolicy")
    assert wrong == []


def private(name: str | None) -> bool:
    return bool(name) and name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_another_modules_private_names():
    wrong = []
    for module, path in MODULES.items():
        bound: dict[str, str] = {}  # local name → the project module it is
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, target, name in imports(path):
            if private(name) or any(private(part) for part in target.split(".")[1:]):
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {target}{'.' + name if name else ''}")
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if f"{node.module}.{alias.name}" in MODULES:
                        bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and alias.name in MODULES:
                        bound[alias.asname] = alias.name
        for node in ast.walk(tree):  # facets._rows_of(...) through a module imported by name
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound \
                    and private(node.attr) and bound[node.value.id] != module:
                wrong.append(f"{path.relative_to(REPO)}:{node.lineno} uses {bound[node.value.id]}.{node.attr}")
    assert wrong == []


def test_migrations_import_no_live_code_of_the_corpus():
    """A migration runs the SQL it shipped with: what search or facets create today is not what that
    step created then (corpus/schema.py)."""
    wrong = [f"corpus/schema.py:{line} imports {target}" for line, target, _ in imports(MODULES["corpus.schema"])
             if target.split(".")[0] == "corpus"]
    assert wrong == []


def test_version_below_the_command_line_is_the_command_lines():
    import vnpolicy
    from corpus.version import __version__

    assert __version__ == vnpolicy.__version__


# a library's internals (module, or module and name) → the one project module that may read them
# (None: no module); its public API is free for every module (issue 17: private uses behind one
# small module per library, each compared with the public API in tests/test_speed.py)
INTERNALS = [
    ("langdetect.detector", None, "nlp.fast.langdetect"),
    ("langdetect.utils", None, "nlp.fast.langdetect"),
    ("langdetect.detector_factory", None, "nlp.fast.langdetect"),
    ("re", "_parser", "nlp.fast.sre"),
    ("re", "_constants", "nlp.fast.sre"),
    ("sre_parse", None, "nlp.fast.sre"),
    ("sre_constants", None, "nlp.fast.sre"),
    ("spacy.pipeline", "Sentencizer", "nlp.fast.spacy"),
    ("trafilatura.utils", None, "extract.fast.trafilatura"),
    ("trafilatura.metadata", None, "extract.fast.trafilatura"),
    ("trafilatura.settings", None, "extract.fast.trafilatura"),
    ("trafilatura.core", None, "extract.fast.trafilatura"),
    ("trafilatura.external", None, "extract.fast.trafilatura"),
    ("trafilatura.xpaths", None, "extract.fast.trafilatura"),
    ("trafilatura.baseline", None, "extract.fast.trafilatura"),
    ("trafilatura.xml", None, "extract.fast.trafilatura"),
    ("lxml.html", "HtmlElementClassLookup", None),
    ("warcio.archiveiterator", None, "corpus.warc_reader"),
    ("warcio.bufferedreaders", None, "corpus.warc_reader"),
    ("datasette.handle_exception", None, None),
    ("datasette", "handle_exception", None),
    ("datasette.filters", None, None),
    ("scrapy.utils._compression", None, "crawler.scrapy_private"),
    ("scrapy.pqueues", "_path_safe", "crawler.scrapy_private"),
]


def library_imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, name or None) of every absolute import in ``path``, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found += [(node.lineno, node.module, alias.name) for alias in node.names]
    return found


def test_library_internals_are_read_by_their_one_module_only():
    wrong = []
    for module, path in MODULES.items():
        for line, target, name in library_imports(path):
            for internal, internal_name, owner in INTERNALS:
                if (target == internal or target.startswith(internal + ".")) and internal_name in (None, name) \
                        and module != owner:
                    wrong.append(f"{path.relative_to(REPO)}:{line} imports {target}{'.' + name if name else ''}"
                                 f" ({owner or 'no module'} may)")
    assert wrong == []


@pytest.mark.parametrize("package", ["corpus", "crawler"])
def test_private_names_of_libraries_are_read_by_the_modules_owning_them(package):
    """A private module or name of a library (``scrapy.utils._compression``, ``scrapy.pqueues._path_safe``)
    is read only by the one module that INTERNALS gives it to, never by another of the package."""
    owners = {(internal, internal_name): owner for internal, internal_name, owner in INTERNALS}
    wrong = []
    for module, path in MODULES.items():
        if not (module == package or module.startswith(package + ".")):
            continue
        for line, target, name in library_imports(path):
            if target.split(".")[0] in PACKAGES or not (private(name) or any(private(p) for p in target.split("."))):
                continue
            owner = next((o for (internal, internal_name), o in owners.items()
                          if (target == internal or target.startswith(internal + ".")) and internal_name in (None, name)),
                         None)
            if owner != module:
                wrong.append(f"{path.relative_to(REPO)}:{line} imports {target}.{name} (listed for {owner or 'no module'})")
    assert wrong == []


def test_the_modules_owning_internals_exist():
    assert {owner for _, _, owner in INTERNALS if owner} <= set(MODULES)
