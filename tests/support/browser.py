"""Headless Debian Chromium driven by Selenium, with the system chromedriver (no download)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # tests/artifacts (git-ignored)


def chromium_driver(profile_dir: Path, width: int = 1440, height: int = 900, offline: bool = False):
    """A headless Chromium WebDriver; skips the test when Debian's chromium is not installed.
    `offline`: no host resolves and every http(s) request is blocked, and the performance
    log records each request (see tests/checks/test_data_docs_offline.py)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium absent: apt-get install -y chromium chromium-driver (CI installs it)")
    if not CHROMEDRIVER.exists():
        pytest.skip("/usr/bin/chromedriver absent: apt-get install -y chromium-driver (CI installs it)")
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download anything
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--window-size={width},{height}", f"--user-data-dir={profile_dir}",
                *(["--host-resolver-rules=MAP * ~NOTFOUND"] if offline else [])):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", **({"performance": "ALL"} if offline else {})})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    if offline:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["http://*", "https://*"]})
    return driver


def severe_console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
