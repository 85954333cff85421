"""Home-page weight and request count, measured in Chromium (run on demand, not a test).

    .venv/bin/python benchmarks/home_weight.py [--url http://127.0.0.1:8000]

Without --url it serves the local demo database (var/ali.sqlite3, made by scripts/run.sh) itself,
with DEBUG off so WhiteNoise serves the collected, hashed and compressed static files as in
production. It loads the home page in Italian and in Arabic, on a phone and on a desktop, cold
(empty cache) and warm (reload), and prints bytes transferred by resource type, the request
count, and the caching headers of the static files.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve() -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    proc = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)  # noqa: S310
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the portal did not start")


def measure(browser, url: str, viewport: dict) -> dict:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    rows: dict[str, list] = {"cold": [], "warm": []}
    phase = "cold"

    def on_finished(request):
        response = request.response()
        if response is None:
            return
        sizes = request.sizes()  # bytes that crossed the network: 0 when served from cache
        rows[phase].append(
            {
                "url": request.url,
                "type": request.resource_type,
                "status": response.status,
                "bytes": sizes["responseBodySize"] + sizes["responseHeadersSize"],
                "cache_control": response.headers.get("cache-control", ""),
                "encoding": response.headers.get("content-encoding", ""),
            }
        )

    page.on("requestfinished", on_finished)
    page.goto(url, wait_until="networkidle")
    phase = "warm"
    page.goto(url, wait_until="networkidle")
    context.close()
    return rows


def table(title: str, rows: list[dict]) -> None:
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        by_type[row["type"]][0] += 1
        by_type[row["type"]][1] += max(row["bytes"], 0)
    total_n = sum(v[0] for v in by_type.values())
    total_b = sum(v[1] for v in by_type.values())
    cached = sum(1 for row in rows if row["bytes"] <= 0)
    print(f"\n{title} ({cached} of {len(rows)} from the browser cache)")
    print(f"  {'type':<12} {'requests':>8} {'KiB':>10}")
    for kind, (count, size) in sorted(by_type.items(), key=lambda kv: -kv[1][1]):
        print(f"  {kind:<12} {count:>8} {size / 1024:>10.1f}")
    print(f"  {'total':<12} {total_n:>8} {total_b / 1024:>10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already running portal (default: start one)")
    args = parser.parse_args()
    proc = None
    base = args.url
    if base is None:
        proc, base = serve()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            statics = {}
            for language, path in (("it", "/"), ("ar", "/ar/")):
                for name, viewport in VIEWPORTS.items():
                    rows = measure(browser, base + path, viewport)
                    table(f"home {language} {name} — first visit (empty cache)", rows["cold"])
                    table(f"home {language} {name} — second visit", rows["warm"])
                    for row in rows["cold"]:
                        if "/static/" in row["url"]:
                            statics[row["url"].split("/static/", 1)[1]] = row
            browser.close()
        print("\nstatic files: caching and compression")
        for name, row in sorted(statics.items()):
            print(f"  {name[:60]:<60} {row['cache_control'] or '-':<28} {row['encoding'] or '-'}")
    finally:
        if proc is not None:
            proc.terminate()


if __name__ == "__main__":
    main()
