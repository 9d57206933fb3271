"""The explorer's Content-Security-Policy: only the page's own inline script and style run."""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from clio_assets.explorer import page as explorer_html
from tests.explorer.test_explorer_html import page
from tests.support.browser import chromium_driver, severe_console_errors


def policy(html: str) -> str:
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert found, "the page has no CSP meta"
    return found.group(1)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_policy_names_exactly_the_inline_script_and_style(tmp_path: Path) -> None:
    _, _, html = page(tmp_path)
    csp = policy(html)
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'" and directives["base-uri"] == "'none'"
    script = re.search(r"<script>(.*?)</script>", html, re.S)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert script and style
    assert directives["script-src"] == sha256(script.group(1))
    assert directives["style-src"] == sha256(style.group(1))
    assert explorer_html.csp("a", "b") != explorer_html.csp("a", "c")  # the hash follows the content


def test_browser_runs_the_page_and_refuses_injected_script_and_style(tmp_path: Path) -> None:
    path, _, html = page(tmp_path)
    # what an escaping bug would let through: a script and a style the policy does not name
    injected = html.replace("</body>", "<script>window.__injected = 1</script>"
                                       "<style>body { background: rgb(1, 2, 3) }</style>"
                                       '<div id="probe" style="color: rgb(4, 5, 6)">x</div></body>')
    hostile = tmp_path / "hostile.html"
    hostile.write_text(injected, encoding="utf-8")
    driver = chromium_driver(tmp_path / "profile")
    from selenium.webdriver.common.by import By

    try:
        driver.get(path.as_uri())
        assert driver.find_elements(By.CSS_SELECTOR, "#tree > [role=treeitem]")  # the page's own script ran
        # its own stylesheet applies, and the bars it sizes through CSSOM get their widths
        assert driver.execute_script("return getComputedStyle(document.querySelector('.skip')).position") \
            == "absolute"
        driver.find_element(By.CSS_SELECTOR, "#tree > [role=treeitem] .tname").click()
        widths = driver.execute_script("return [...document.querySelectorAll('.fill')].map(e => e.style.width)")
        assert widths and all(w.endswith("%") for w in widths)
        assert severe_console_errors(driver) == []  # nothing of the page itself was refused

        driver.get(hostile.as_uri())
        assert driver.find_elements(By.CSS_SELECTOR, "#tree > [role=treeitem]")
        assert driver.execute_script("return window.__injected === undefined")
        assert driver.execute_script("return getComputedStyle(document.body).backgroundColor") != "rgb(1, 2, 3)"
        assert driver.execute_script("return getComputedStyle(document.getElementById('probe')).color") \
            != "rgb(4, 5, 6)"
        refused = [m for m in severe_console_errors(driver) if "Content Security Policy" in m]
        assert len(refused) >= 2  # the injected script and style were refused, and said so
    finally:
        driver.quit()
