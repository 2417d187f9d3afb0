#!/usr/bin/env python3
"""The page at / in a real browser: Debian's Chromium driven by Playwright.

    python3 Tests/Browser/page_test.py path/to/renewal-guide [screenshot-dir]

Starts the server on a free loopback port, then for each kind of input fills the form and
submits it with JavaScript and without, checks what is shown, tries hostile input (nothing may
execute or become markup), runs axe-core (no serious or critical violation), uses the keyboard
alone, and saves screenshots at phone and desktop widths (default `.build/screenshots/`).
Exits 1 on the first failed check, naming it.
"""

import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
STATEMENT = "2026/10/01 AMAZON.CO.JP 1,200\n2026/10/03 DR*Kaspersky Lab 4,980\nローソン 渋谷店 540\n"
RENEWALS = ("2024/04/20 KASPERSKYLAB 4,980円\n2025/03/03 APPLE.COM/BILL ¥480\n2025/04/03 APPLE.COM/BILL ¥480\n"
            "2025/04/20 KASPERSKYLAB 4,980円\n")
CSV = "利用日,ご利用店名,利用金額\n2026/10/01,AMAZON.CO.JP,1200\n2026/10/03,\"2CO.com*kaspersky\",4980\n"
HOSTILE = [
    '<img src=x onerror="window.__hacked=1">',
    '"\u0301 autofocus onfocus="window.__hacked=1" x="',
    "'\u0301><script>window.__hacked=1</script>",
    "</textarea><script>window.__hacked=1</script>",
    "\u202ekaspersky <b id=bold>bold</b> 22122857",
    "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace") + "DR*EFMSPL",
    "x" * 3000,
]

failures = []


def check(condition, what):
    status = "ok  " if condition else "FAIL"
    print(f"  {status} {what}", flush=True)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(binary):
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "error"])
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return server, base
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("the server did not start")


def ask(page, base, text):
    """Fills the text area and submits the form as a person would."""
    page.goto(base + "/")
    page.fill("#q", text)
    page.click("button[type=submit]")
    page.wait_for_load_state("load")


def axe(context, url, name):
    """axe-core in a context that bypasses the page's CSP (which would refuse the injected script)."""
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(path=AXE)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    for violation in bad:
        print(f"    {violation['impact']}: {violation['id']}: {violation['help']}", flush=True)
    check(not bad, f"axe: no serious or critical violation on {name}")
    page.close()


def main():
    binary = sys.argv[1]
    shots = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else ".build/screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    server, base = start(binary)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            run(browser, base, shots)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
    if failures:
        print(f"browser-check: {len(failures)} failed: {failures}")
        sys.exit(1)
    print(f"browser-check: every check passed; screenshots in {shots}/")


def run(browser, base, shots):
    for javascript in (True, False):
        label = "with JavaScript" if javascript else "without JavaScript"
        print(f"-- {label}", flush=True)
        context = browser.new_context(java_script_enabled=javascript, viewport=DESKTOP, locale="ja-JP")
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(base + "/")
        check(page.get_attribute("html", "lang") == "ja", f"{label}: Japanese by default")
        check(page.is_visible("label[for=q]"), f"{label}: the text area is labelled")
        check(page.is_visible("#file") == javascript, f"{label}: the file input only where scripts can read it")

        page.goto(base + "/")
        if javascript:
            page.evaluate("() => { window.__sameDocument = true; }")
        page.fill("#q", "注文番号: 2212-2857")
        page.click("button[type=submit]")
        check(page.inner_text(".result .provider") == "2Checkout", f"{label}: an order number names 2Checkout")
        if javascript:
            check(page.evaluate("() => window.__sameDocument === true"), f"{label}: the answer comes without a reload")
        check(page.locator(".guide ol.steps li").count() >= 2, f"{label}: the guide's steps are listed")
        check(page.locator(".guide kbd").count() >= 1, f"{label}: on-screen labels are set apart")
        check("q=" in page.url, f"{label}: the answer has a link of its own")

        ask(page, base, "2CO.com*kaspersky 2,400円")
        check(page.inner_text(".result .provider") == "2Checkout", f"{label}: a statement line names 2Checkout")

        ask(page, base, STATEMENT)
        check("3行を読み" in page.inner_text(".scan"), f"{label}: a pasted statement is read line by line")
        check(page.locator(".result").count() == 1, f"{label}: only the related line is shown")
        check("行 2" in page.inner_text(".result .line"), f"{label}: with its line number")

        ask(page, base, RENEWALS)
        # With JavaScript the submission starts a moment after the click: wait for the answer itself.
        page.wait_for_selector("table.charges", timeout=10_000)
        check(page.locator("table.charges").count() == 2, f"{label}: the renewal and the store charges as tables")
        check("2026年4月20日" in page.inner_text("table.charges >> nth=0"), f"{label}: the next renewal in words")
        check(page.locator("table.charges >> nth=1").locator("tbody tr").count() == 2,
              f"{label}: the store's charges, one row each")

        page.goto(base + "/?lang=en")
        check(page.get_attribute("html", "lang") == "en", f"{label}: English by ?lang=en")
        page.click("nav a")
        check(page.get_attribute("html", "lang") == "ja", f"{label}: the switch goes back to Japanese")

        for number, hostile in enumerate(HOSTILE):
            ask(page, base, hostile)
            hacked = page.evaluate("() => window.__hacked === 1") if javascript else False
            injected = page.locator("main img, main b, main script, #bold").count()
            shown = page.input_value("#q")
            check(not hacked and not dialogs and injected == 0, f"{label}: hostile input {number} does not execute")
            check(shown.strip() == hostile.replace("\r", "").strip() or len(hostile) > 2000,
                  f"{label}: hostile input {number} comes back as the same text")
        context.close()

    print("-- a CSV export through the file input", flush=True)
    context = browser.new_context(viewport=DESKTOP, locale="ja-JP")
    page = context.new_page()
    page.goto(base + "/")
    page.set_input_files("#file", files=[{"name": "statement.csv", "mimeType": "text/csv",
                                            "buffer": CSV.encode("utf-8")}])
    page.wait_for_function("() => document.getElementById('q').value.includes('2CO.com')")
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    check("行 3" in page.inner_text(".result .line"), "the CSV's Kaspersky row is found, with its number")
    copy_buttons = page.evaluate(
        "() => [...document.querySelectorAll('.copy-button')].map(button => !button.hidden)")
    check(copy_buttons and all(copy_buttons), "a copy button where scripts and the clipboard exist")
    page.click(".copy summary")
    page.click(".copy-button")
    check(page.is_visible(".copy pre"), "the answer as text opens for a ticket")

    print("-- the keyboard alone", flush=True)
    context.close()
    context = browser.new_context(viewport=DESKTOP, locale="ja-JP")
    page = context.new_page()
    page.goto(base + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    check(page.evaluate("() => document.activeElement.id") == "q", "Tab reaches the text area")
    page.keyboard.type("22122857")
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.type") == "submit":
            break
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    check(outline not in ("none", ""), "the focused button shows its focus")
    page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    check(page.inner_text(".result .provider") == "2Checkout", "Enter submits the form")
    context.close()

    print("-- accessibility (axe-core)", flush=True)
    context = browser.new_context(bypass_csp=True, viewport=DESKTOP, locale="ja-JP")
    axe(context, base + "/", "the form")
    axe(context, base + "/?q=%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7%3A%2022122857", "an answer in Japanese")
    axe(context, base + "/?lang=en&q=APPLE.COM%2FBILL%20KASPERSKY", "an answer in English")
    axe(context, base + "/?q=" + urllib.parse.quote(RENEWALS), "a statement's charges")
    context.close()

    print("-- screenshots", flush=True)
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="ja-JP")
        page = context.new_page()
        for slug, url in (("form", "/"), ("order-number", "/?q=%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7%3A%2022122857"),
                          ("statement-en", "/?lang=en&q=" + urllib.parse.quote(STATEMENT))):
            page.goto(base + url)
            path = shots / f"{slug}-{name}.png"
            page.screenshot(path=str(path), full_page=True)
            check(path.stat().st_size > 10_000, f"screenshot {path.name}")
        context.close()


AXE = next(pathlib.Path(p) for p in [
    os.environ.get("AXE_JS", ""),
    *[str(pathlib.Path(site) / "axe_selenium_python/node_modules/axe-core/axe.min.js") for site in sys.path],
] if p and pathlib.Path(p).is_file())

if __name__ == "__main__":
    main()
