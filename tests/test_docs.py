"""The documentation site builds without warnings, and every Python example in it runs as written."""

from __future__ import annotations

import doctest
import importlib.util
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import geoquote
from geoquote import _cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
#: Pages whose examples need an optional extra, and the module that stands for it.
OPTIONAL = {"how-to/dask.md": ("dask", "pyarrow"), "schema.md": ("jsonschema",)}
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
_ANCHOR_LINK = re.compile(r"\]\(([\w./-]+\.md)#([\w.-]+)\)")
_SECTION = re.compile(r"^## .*?(?=^## |\Z)", re.M | re.S)


def python_blocks(page: str) -> list[tuple[int, str]]:
    """Every ```python block of ``page`` with the line it starts on."""
    text = (DOCS / page).read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in _PYTHON_BLOCK.finditer(text)]


def run_blocks(page: str) -> None:
    """Run the page's blocks in order in one namespace: ``>>>`` blocks as doctests, others with exec."""
    namespace: dict[str, Any] = {"__name__": f"docs:{page}"}
    parser = doctest.DocTestParser()
    for line, block in python_blocks(page):
        where = f"docs/{page}:{line}"
        if ">>>" not in block:
            exec(compile(block, where, "exec"), namespace)
            continue
        test = parser.get_doctest(block, namespace, where, str(DOCS / page), line - 1)
        report: list[str] = []
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test, out=report.append, clear_globs=False)
        namespace.update(test.globs)  # a DocTest runs in a copy of the namespace it was given
        assert runner.failures == 0, "".join(report)


def load_docs_module(name: str) -> ModuleType:
    """A helper module kept beside the docs (not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, DOCS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with ``mkdocs build --strict`` (warnings are errors) into a temporary folder."""
    for module in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed: the docs requirements (dev extra) build the site")
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


class TestSiteBuild:
    """``mkdocs build --strict`` over mkdocs.yml and docs/."""

    def test_every_page_is_built(self, site: Path) -> None:
        """Each Markdown page becomes an HTML page of the site."""
        for page in PAGES:
            stem = page.removesuffix(".md")
            built = site / ("index.html" if stem == "index" else f"{stem}/index.html")
            assert built.exists(), page

    def test_api_reference_covers_the_public_surface(self, site: Path) -> None:
        """Every public name of ``geoquote`` has an entry in the generated API reference."""
        api = (site / "api" / "index.html").read_text(encoding="utf-8")
        missing = [n for n in geoquote.__all__ if n != "__version__" and f'id="geoquote.{n}"' not in api]
        assert missing == []

    def test_links_to_anchors_resolve(self, site: Path) -> None:
        """Every ``page.md#anchor`` link of the docs points at an element id of the built page."""
        broken = []
        for page in PAGES:
            for target, anchor in _ANCHOR_LINK.findall((DOCS / page).read_text(encoding="utf-8")):
                stem = (Path(page).parent / target).as_posix().removesuffix(".md")
                stem = os.path.normpath(stem)
                built = site / ("index.html" if stem == "index" else f"{stem}/index.html")
                if f'id="{anchor}"' not in built.read_text(encoding="utf-8"):
                    broken.append(f"{page}: {target}#{anchor}")
        assert broken == []

    def test_schema_page_includes_the_shipped_schema(self, site: Path) -> None:
        """The output schema page shows the JSON Schema file itself, not a copy."""
        page = (site / "schema" / "index.html").read_text(encoding="utf-8")
        assert "json-schema.org/draft/2020-12/schema" in page and "unevaluatedProperties" in page

    def test_site_fetches_no_web_fonts(self, site: Path) -> None:
        """The theme is configured not to load fonts from a third party."""
        assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", [p for p in PAGES if python_blocks(p)])
class TestExamples:
    """The Python examples of the documentation."""

    def test_examples_run(self, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every ```python block of the page runs from the repository root and prints what it shows."""
        missing = [m for m in OPTIONAL.get(page, ()) if importlib.util.find_spec(m) is None]
        if missing:
            pytest.skip(f"{', '.join(missing)} not installed: the examples of {page} need it")
        monkeypatch.chdir(ROOT)
        run_blocks(page)


class TestPagesStayAccurate:
    """Reference pages that restate the code agree with it."""

    def test_cli_reference_names_every_option(self) -> None:
        """Each option and choice of ``geoquote analyze`` is documented on the CLI page."""
        page = (DOCS / "cli.md").read_text(encoding="utf-8")
        sub = next(a for a in _cli._parser()._actions if a.dest == "command")
        analyze = sub.choices["analyze"]  # type: ignore[index]
        for action in analyze._actions:
            for flag in action.option_strings:
                assert f"`{flag}" in page, flag
            for choice in action.choices or ():
                assert f"`{choice}`" in page, choice

    @pytest.mark.parametrize(
        ("finder", "keyword"),
        [
            pytest.param(geoquote.find_quotes, "lexicon", id="find_quotes-lexicon"),
            pytest.param(geoquote.find_coalitions, "gazetteer", id="find_coalitions-gazetteer"),
        ],
    )
    def test_extension_keywords_exist(self, finder: Any, keyword: str) -> None:
        """The keyword arguments the how-to page tells users to pass are keyword arguments of the finders."""
        params = inspect.signature(finder).parameters
        assert keyword in params and params[keyword].kind is inspect.Parameter.KEYWORD_ONLY
        assert f"| `{keyword}` |" in (DOCS / "how-to" / "extend.md").read_text(encoding="utf-8")

    @pytest.mark.parametrize("page", ["accuracy.md", "performance.md"])
    def test_every_figure_table_has_its_command(self, page: str) -> None:
        """Each section with a table of figures shows the command that reproduces it."""
        text = (DOCS / page).read_text(encoding="utf-8")
        sections = [s for s in _SECTION.findall(text) if "\n| " in s]
        assert sections
        for section in sections:
            assert "```sh\n" in section, section.splitlines()[0]


class TestDocstringExtension:
    """docs/_griffe_docstrings.py turns docstrings into Markdown for the API reference."""

    @pytest.mark.parametrize(
        ("docstring", "markdown"),
        [
            pytest.param(
                "Intro.\n\n>>> f(1)\n[1]\n\nAfter.",
                "Intro.\n\n```pycon\n>>> f(1)\n[1]\n```\n\nAfter.",
                id="doctest-fenced",
            ),
            pytest.param(">>> x\n1", "```pycon\n>>> x\n1\n```", id="doctest-at-end"),
            pytest.param(
                "See :func:`geoquote.find_quotes` and :class:`~geoquote.Article`.",
                "See `find_quotes` and `Article`.",
                id="sphinx-roles",
            ),
            pytest.param(">>> ':func:`x`'\n", "```pycon\n>>> ':func:`x`'\n```", id="roles-kept-in-code"),
        ],
    )
    def test_rewrite(self, docstring: str, markdown: str) -> None:
        """Doctest runs are fenced and Sphinx roles become inline code."""
        assert load_docs_module("_griffe_docstrings").rewrite(docstring) == markdown
