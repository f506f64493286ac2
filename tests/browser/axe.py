"""Accessibility checks with axe-core, injected from the npm package (never from a CDN)."""

from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Never served by the site: Playwright answers this URL itself (see _inject_axe).
AXE_URL_PATH = "/__axe-core-for-tests.js"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}

_RUN_AXE = """
async (tags) => {
    const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}
"""


def _inject_axe(page: Page) -> None:
    """Load axe as a script from the page's own origin, answered by Playwright from node_modules.

    An inline <script> (add_script_tag(path=...)) would be blocked by the site's Content
    Security Policy, which allows scripts from 'self' only.
    """
    origin = page.evaluate("location.origin")
    if origin == "null":  # a page made with set_content: no site, no policy
        page.add_script_tag(path=str(AXE_PATH))
        return
    url = origin + AXE_URL_PATH
    page.route(
        url,
        lambda route: route.fulfill(path=str(AXE_PATH), content_type="text/javascript"),
    )
    try:
        page.add_script_tag(url=url)
    finally:
        page.unroute(url)


# What Playwright says when a click's navigation replaces the document under our feet.
_NAVIGATION_RACES = ("appendChild", "Execution context was destroyed", "navigation")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """All axe violations on the page as it is now (any impact).

    A check right after a click may start while the old document is being replaced (the
    click returns before the navigation it causes). Wait for the new page to load and try
    again, a few times, rather than check half a page or fail on the race.
    """
    if not AXE_PATH.is_file():
        raise AssertionError(
            f"axe-core not found at {AXE_PATH}. Run `npm ci` in the repository root."
        )
    for attempt in range(3):
        page.wait_for_load_state("load")
        try:
            if not page.evaluate("typeof window.axe !== 'undefined'"):
                _inject_axe(page)
            return page.evaluate(_RUN_AXE, AXE_TAGS)
        except PlaywrightError as error:
            if attempt == 2 or not any(race in str(error) for race in _NAVIGATION_RACES):
                raise
            page.wait_for_timeout(200)
    raise AssertionError("unreachable")


def format_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(v["targets"][:3])
        more = f" (+{len(v['targets']) - 3} more)" if len(v["targets"]) > 3 else ""
        lines.append(f"- {v['id']} [{v['impact']}]: {v['help']}\n    targets: {targets}{more}")
    return "\n".join(lines)


def axe_check(page: Page, *, context_label: str) -> list[dict[str, Any]]:
    """Fail if axe reports a serious or critical violation; return the minor ones."""
    violations = axe_violations(page)
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    assert not failing, (
        f"axe found {len(failing)} serious/critical accessibility violation(s) on "
        f"{context_label} ({page.url}):\n{format_violations(failing)}"
    )
    return [v for v in violations if v["impact"] not in FAILING_IMPACTS]
