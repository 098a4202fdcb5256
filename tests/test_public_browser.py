"""The public timetable in a real browser: Debian's Chromium, headless, driven by Selenium (scripts/test installs
chromium and chromium-driver). Language links, a stop's times, phone- and desktop-sized screenshots, keyboard
focus, and axe-core's WCAG 2.1 A/AA check of each page."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from app.db import Store
from sync.server.public.texts import format_day
from tests.register import Register, call
from tests.timetable_data import Season, publish_season

pytestmark = pytest.mark.parametrize("register", ["sqlite"], indirect=True)

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# No network beyond the register on loopback: nothing in the background, no updates, no sign-in, no QUIC.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PHONE = (390, 844)
DESKTOP = (1366, 768)
AXE = Path(__file__).with_name("data") / "axe-core" / "axe.min.js"
WAIT_SECONDS = 10


@pytest.fixture
def season(register: Register, laptop: Store) -> Season:
    return publish_season(register, laptop)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    # Selenium logs every answer of the browser at DEBUG, whole pages among them (the bus's public phone number
    # too, which the log watch would take for a leak): its own chatter stays out of the run's log.
    quiet = logging.getLogger("selenium")
    level = quiet.level
    quiet.setLevel(logging.INFO)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(WAIT_SECONDS)
    try:
        yield driver
    finally:
        driver.quit()
        quiet.setLevel(level)


def wait_for_language(browser: webdriver.Chrome, language: str) -> None:
    WebDriverWait(browser, WAIT_SECONDS).until(
        lambda driver: driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    )


def rows_of(browser: webdriver.Chrome, caption: str) -> list[list[str]]:
    table = browser.find_element(By.XPATH, f"//table[caption[normalize-space()='{caption}']]")
    return [
        [cell.text for cell in row.find_elements(By.XPATH, "./th|./td")]
        for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]


def test_switching_to_swedish_by_its_link_shows_a_stops_times(
    register: Register, season: Season, browser: webdriver.Chrome
) -> None:
    browser.get(register.url + "/timetable")
    wait_for_language(browser, "fi")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Aikataulu"
    browser.find_element(By.LINK_TEXT, "På svenska").click()
    wait_for_language(browser, "sv")
    assert browser.current_url == register.url + "/timetable/sv"
    assert rows_of(browser, "Hållplatsdagar: Kimito torget") == [
        [format_day(season.today, "sv"), "15.30–18.00", "Inställd i dag"],
        [format_day(season.day(3), "sv"), "15.30–18.00", "Planerad"],
    ]
    browser.find_element(By.LINK_TEXT, "Kimitoön").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.current_url.endswith("/timetable/sv/322"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tidtabell: Kimitoön"


def test_the_keyboard_reaches_the_content_past_the_header_with_a_visible_focus(
    register: Register, season: Season, browser: webdriver.Chrome
) -> None:
    browser.get(register.url + "/timetable/en")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.text == "Skip to content"
    assert skip.rect["y"] >= 0 and skip.is_displayed()  # shown once it has the focus
    assert skip.value_of_css_property("outline-style") == "solid"
    skip.send_keys(Keys.ENTER)
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.switch_to.active_element.tag_name == "main")


def screenshot(browser: webdriver.Chrome, path: Path) -> None:
    """The whole page, not only what fits in the window."""
    metrics = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    # The whole window's width: taken beyond the window, the page is laid out without a scroll bar.
    width = max(metrics["width"], browser.execute_script("return window.innerWidth"))
    clip = {"x": 0, "y": 0, "width": width, "height": metrics["height"], "scale": 1}
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    path.write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_pages_fit_a_phone_and_a_desktop_in_each_language(
    register: Register, season: Season, browser: webdriver.Chrome, size: tuple[int, int], tmp_path: Path
) -> None:
    width, height = size
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": size == PHONE},
    )
    for language in ("fi", "sv", "en"):
        for page, path in (("all", ""), ("laitila", "/400"), ("missing", "/999")):
            browser.get(f"{register.url}/timetable/{language}{path}")
            wait_for_language(browser, language)
            shot = tmp_path / f"timetable-{page}-{language}-{width}x{height}.png"
            screenshot(browser, shot)
            assert shot.stat().st_size > 0
            # Nothing wider than the screen: no sideways scrolling on a phone (the page would widen the viewport).
            assert browser.execute_script("return [window.innerWidth, document.documentElement.scrollWidth]") == [
                width,
                width,
            ], shot.name


PAGES = ["/timetable/fi", "/timetable/sv", "/timetable/en/400", "/timetable/sv/999"]


def test_axe_finds_no_serious_or_critical_wcag_violation(
    register: Register, season: Season, browser: webdriver.Chrome
) -> None:
    problems: dict[str, Any] = {}
    for path in PAGES:
        browser.get(register.url + path)
        serious = serious_violations(browser)
        if serious:
            problems[path] = serious
    assert problems == {}


def serious_violations(browser: webdriver.Chrome) -> list[dict[str, Any]]:
    """axe-core's serious and critical WCAG 2.1 A/AA violations on the page the browser shows."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(JSON.stringify(r)), e => done(JSON.stringify({error: String(e)})));"
    )
    found = json.loads(result)
    assert "error" not in found, found
    assert found["passes"], browser.current_url  # axe ran its rules on the page
    return [
        {"rule": v["id"], "impact": v["impact"], "nodes": [n["html"] for n in v["nodes"]][:3]}
        for v in found["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_family_books_a_time_in_swedish_and_cancels_it_by_its_code(
    register: Register, season: Season, browser: webdriver.Chrome, tmp_path: Path
) -> None:
    token = register.coordinator_token("Bokningar")
    assert call(register, "PUT", "/reception/laitila-next", token, json={"minutes": 30, "capacity": 1}).ok
    browser.get(register.url + "/timetable/sv/400")
    browser.find_element(By.LINK_TEXT, "Boka tid").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.current_url.endswith("/booking/laitila-next"))
    wait_for_language(browser, "sv")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Boka en mottagningstid"
    assert serious_violations(browser) == []
    for width, height in (DESKTOP, PHONE):  # the rest on a phone
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width == PHONE[0]},
        )
        browser.refresh()
        wait_for_language(browser, "sv")
        screenshot(browser, tmp_path / f"booking-sv-{width}x{height}.png")
        assert browser.execute_script("return document.documentElement.scrollWidth") == width

    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()  # nothing filled in: said beside fields
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.find_elements(By.CLASS_NAME, "error"))
    assert "Välj en tid." in browser.find_element(By.CSS_SELECTOR, "[role=alert]").text
    screenshot(browser, tmp_path / "booking-sv-errors-390x844.png")
    assert serious_violations(browser) == []

    browser.find_element(By.CSS_SELECTOR, "label[for=slot-1000]").click()
    browser.find_element(By.ID, "nickname").send_keys("Maja")
    browser.find_element(By.ID, "contact").send_keys("040 765 4321")
    browser.find_element(By.CSS_SELECTOR, "#language option[value=sv]").click()
    browser.find_element(By.CSS_SELECTOR, "label[for=consent]").click()
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.find_elements(By.ID, "booking-code"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tiden är bokad"
    code = browser.find_element(By.ID, "booking-code").text
    assert "Maja" not in browser.page_source and "765" not in browser.page_source
    screenshot(browser, tmp_path / "booked-sv-390x844.png")
    assert serious_violations(browser) == []

    browser.find_element(By.LINK_TEXT, "Avboka").click()
    wait_for_language(browser, "sv")
    browser.find_element(By.ID, "code").send_keys(code)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, WAIT_SECONDS).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, "[role=status]"))
    assert browser.find_element(By.CSS_SELECTOR, "[role=status]").text.startswith("Om koden var rätt")
    assert serious_violations(browser) == []
    browser.get(register.url + "/timetable/sv/booking/laitila-next")
    assert browser.find_elements(By.ID, "slot-1000")  # free again
