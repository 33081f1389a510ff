"""The HTML report opened in a real headless Chromium (Debian's `chromium` and `chromium-driver`, driven by
Selenium): it shows what the report says, logs no error, asks for nothing outside the file, does not overflow
sideways on a laptop (1280×800) or a phone (390×844), and its findings filter works.

Screenshots of both viewports are kept in `tests/artifacts/` (git-ignored) for a person to look at. Outside CI the
tests are skipped when no browser is installed; in CI (`CI=true`) a missing browser is a failure: `.ci/run`
installs it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from xhht_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
AS_OF = "2026-11-22"
VIEWPORTS = {"laptop": (1280, 800, False), "phone": (390, 844, True)}
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: .ci/run installs chromium, chromium-driver and the test extras)")
    pytest.skip(reason)


def _browser() -> tuple[str, str]:
    browser = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        _need("no headless Chromium here: apt-get install chromium chromium-driver")
    assert browser is not None and driver is not None
    return browser, driver


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _need("selenium is not installed: pip install -e '.[test]'")
    browser, chromedriver = _browser()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--disable-background-networking",
        "--no-first-run",
        "--allow-file-access-from-files",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(service=Service(chromedriver), options=options)
    d.set_page_load_timeout(60)
    try:
        yield d
    finally:
        d.quit()


def _report(tmp_path: Path, name: str, paths: list[Path], lang: str) -> Path:
    out = tmp_path / f"{name}.html"
    args = ["check", *map(str, paths), "--format", "html", "-o", str(out), "--as-of", AS_OF, "--lang", lang]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return out


def _open(d: Any, page: Path, viewport: str) -> None:
    width, height, mobile = VIEWPORTS[viewport]
    d.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    d.get_log("performance")  # what came before this page
    d.get_log("browser")
    d.get(page.as_uri())


def _requests(d: Any) -> list[str]:
    urls = []
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


CASES = {
    "shipped-vi": ([ROOT / "plans"], "vi"),
    "portfolio-en": ([ROOT / "plans" / "haiphong.yaml", ROOT / "tests" / "fixtures" / "portfolio"], "en"),
    "provinces-34-vi": ([], "vi"),  # the benchmark generator's plans of the 34 provinces: a matrix wider than a page
}


@pytest.fixture(scope="module")
def provinces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("provinces")
    args = [sys.executable, str(ROOT / "bench" / "generate.py"), str(out), "--provinces", "34", "--communes", "0"]
    subprocess.run([*args, "--tasks", "4-6", "--seed", "1"], check=True, capture_output=True, timeout=300)
    return out


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("case", list(CASES))
def test_report_in_chromium(driver: Any, tmp_path: Path, provinces: Path, case: str, viewport: str) -> None:
    from selenium.webdriver.common.by import By

    paths, lang = CASES[case]
    paths = paths or [provinces]
    page = _report(tmp_path, case, paths, lang)
    _open(driver, page, viewport)
    d = driver
    assert d.execute_script("return window.innerWidth") == VIEWPORTS[viewport][0]
    body = d.find_element(By.TAG_NAME, "body").text
    heading = d.find_element(By.TAG_NAME, "h1").text
    if lang == "vi":
        assert heading.startswith("Báo cáo rà soát việc cụ thể hóa và thực hiện")
        assert "Ngày xét: 22/11/2026" in body and "Danh sách phát hiện" in body
    else:
        assert heading.startswith("Review of the implementation of")
        assert "As of 22 November 2026" in body
    assert "489/QĐ-TTg" in body
    if case != "provinces-34-vi":
        assert "D006" in body and "211/KH-UBND" in body
    else:  # every province a column of the heat-map, which scrolls inside its own box
        assert len(d.find_elements(By.CSS_SELECTOR, "table.matrix thead th")) == 35
    charts = d.find_elements(By.CSS_SELECTOR, "svg[role=img]")
    assert charts and all(c.get_attribute("aria-labelledby") for c in charts)
    assert all(c.size["width"] > 0 for c in charts)
    overflow = d.execute_script(
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth, document.body.scrollWidth];"
    )
    assert overflow[0] <= overflow[1] and overflow[2] <= overflow[1], f"horizontal overflow at {viewport}: {overflow}"
    errors = [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    outside = [u for u in _requests(d) if not u.startswith(("file://", "data:"))]
    assert outside == []
    assert d.execute_script("return performance.getEntriesByType('resource').length") == 0
    ARTIFACTS.mkdir(exist_ok=True)
    d.save_screenshot(str(ARTIFACTS / f"report-{case}-{viewport}.png"))


def test_findings_filter_and_explanation_links(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    paths = [ROOT / "plans"]
    result = CliRunner().invoke(app, ["check", *map(str, paths), "--format", "json", "--as-of", AS_OF])
    findings = json.loads(result.stdout)["findings"]
    page = _report(tmp_path, "filter", paths, "en")
    _open(driver, page, "laptop")
    d = driver

    def shown() -> int:
        return int(
            d.execute_script("return document.querySelectorAll('#findings-table tbody tr:not([hidden])').length")
        )

    assert shown() == len(findings)
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=severity]")).select_by_value("error")
    assert shown() == sum(f["severity"] == "error" for f in findings)
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=rule]")).select_by_value("D001")
    assert shown() == sum(f["code"] == "D001" for f in findings)
    assert d.find_element(By.ID, "shown").text == f"Showing {shown()} of {len(findings)} findings"
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=severity]")).select_by_value("")
    Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=rule]")).select_by_value("")
    body = Select(d.find_element(By.CSS_SELECTOR, "select[data-filter=body]"))
    gddt = next(o.text for o in body.options if o.text.startswith("Sở Giáo dục và Đào tạo"))
    body.select_by_visible_text(gddt)
    assert 0 < shown() < len(findings)
    link = d.find_element(By.CSS_SELECTOR, "#findings-table a[href='#explain-D006']")
    target = d.find_element(By.ID, "explain-D006")
    assert link.get_attribute("href").endswith("#explain-D006") and "late-issuance" in target.text
    assert errors_free(d)


def errors_free(d: Any) -> bool:
    return not [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def test_prints_without_its_filters(driver: Any, tmp_path: Path) -> None:
    import base64

    page = _report(tmp_path, "print", [ROOT / "plans" / "haiphong.yaml"], "vi")
    _open(driver, page, "laptop")
    d = driver
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = d.execute_script("return getComputedStyle(document.querySelector('.filters')).display")
        assert hidden == "none"
    finally:
        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(d.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69})["data"])
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 2
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report-print.pdf").write_bytes(pdf)
    assert errors_free(d)
