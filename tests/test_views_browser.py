"""Views in a real browser: headless Debian Chromium via Playwright, with the network blocked.

Skipped only when no Chromium is found outside CI; under CI (``$CI`` set) a missing browser fails.
Playwright never downloads a browser here: it is always given ``executable_path``.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_projections import HOSTILE, MARA, TEO, iri, make_store

from graph.views import Scene, collaboration_view, franchise_view, overview_view

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Waits for the page's own event; page.evaluate is not subject to the page's CSP, which forbids
# the eval that wait_for_function's polling would need.
STABILIZED = """() => new Promise(resolve => window.filmkg.stabilized ? resolve()
    : document.addEventListener("filmkg:stabilized", () => resolve()))"""
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def chromium_path() -> str | None:
    return os.environ.get("FILMKG_CHROMIUM") or shutil.which("chromium")


@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    if not exe:
        if os.environ.get("CI"):
            pytest.fail("chromium not found (set FILMKG_CHROMIUM); browser tests must run under CI")
        pytest.skip("chromium not found (install Debian's chromium or set FILMKG_CHROMIUM)")
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def scene():
    store = make_store()
    yield Scene(store)
    store.close()


class Loaded:
    """A page opened from a file with every other request refused, and what it reported."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        url = path.resolve().as_uri()

        def route(r):
            if r.request.url == url:
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)
        self.page.evaluate(STABILIZED)

    def js(self, expr: str):
        return self.page.evaluate(expr)


def _open(browser, view, tmp_path, name) -> Loaded:
    path = view.write(tmp_path / f"{name}.html")
    return Loaded(browser, path)


def test_overview_loads_with_expected_graph(browser, scene, tmp_path):
    view = overview_view(scene)
    page = _open(browser, view, tmp_path, "overview")
    ids = set(page.js("window.filmkg.nodes.getIds()"))
    assert ids == {n["id"] for n in view.nodes} and iri(MARA) in ids
    assert page.js("window.filmkg.edges.length") == len(view.edges)
    assert page.js(f"window.filmkg.network.getConnectedNodes({iri(TEO)!r}).length") == 3
    assert page.errors == [] and page.blocked == [] and page.dialogs == []
    assert page.js("window.filmkg.stabilizeMs") < 10_000
    assert page.js("window.filmkg.network.physics.options.enabled") is False  # off once settled
    ARTIFACTS.mkdir(exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "view-overview.png"))


def test_hostile_name_is_text_and_runs_nothing(browser, scene, tmp_path):
    page = _open(browser, overview_view(scene), tmp_path, "hostile")
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.js("typeof window.__pwned") == "undefined"
    labels = page.js("window.filmkg.nodes.get().map(n => n.label)")
    assert HOSTILE in labels
    # the tooltip is an element whose text, not markup, is the name
    assert page.js(f"window.filmkg.nodes.get({iri(('Person', HOSTILE))!r}).title.textContent").startswith(HOSTILE)
    page.page.fill("#search-box", HOSTILE)
    page.page.click("#search button")
    assert page.js("window.filmkg.network.getSelectedNodes()") == [iri(("Person", HOSTILE))]
    page.page.mouse.move(600, 400)
    assert page.dialogs == [] and page.errors == []


def test_search_focuses_a_node(browser, scene, tmp_path):
    page = _open(browser, collaboration_view(scene), tmp_path, "collab")
    page.page.fill("#search-box", "teo vas")
    page.page.press("#search-box", "Enter")
    assert page.js("window.filmkg.network.getSelectedNodes()") == [iri(TEO)]
    page.page.fill("#search-box", "nobody at all")
    page.page.press("#search-box", "Enter")
    assert page.page.text_content("#search-status") == "not in this view"


def test_franchise_films_run_left_to_right(browser, scene, tmp_path):
    view = franchise_view(scene, "Lanternfall")
    page = _open(browser, view, tmp_path, "franchise")
    films = [n["id"] for n in view.nodes if n["group"] == "Film"]
    xs = page.js(f"Object.values(window.filmkg.network.getPositions({films!r})).map(p => p.x)")
    assert xs == sorted(xs) and len(set(xs)) == len(xs) == 3
    assert page.errors == []
    page.page.screenshot(path=str(ARTIFACTS / "view-franchise.png"))


def test_budget_notice_shows_on_page(browser, scene, tmp_path):
    page = _open(browser, overview_view(scene, budget=4), tmp_path, "budget")
    assert "Showing 4 of 14 nodes" in page.page.text_content("#notice")
    assert page.js("window.filmkg.nodes.length") == 4
