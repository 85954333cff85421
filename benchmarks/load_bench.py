"""Load benchmark of the public site: N concurrent anonymous visitors on the command-1 stack.

    .venv/bin/python benchmarks/load_bench.py                     # http://127.0.0.1:$ALI_PORT
    .venv/bin/python benchmarks/load_bench.py --users 20 --seconds 30 --url http://127.0.0.1:8010

Two scenarios, one after the other, each with N simulated visitors (asyncio tasks with their own
keep-alive connection and no cookie jar, like first visits) that request pages one after the
other without pause, each starting at a different page, until the time is up:

- "pages": the anonymous pages: home, course catalogue, a course page, help desks, job offers;
- "mixed": the same five plus a site search in equal turns (a different query each time; search
  results are never cached, and each costs a query to OpenSearch).

aiohttp keeps the client's own cost low (about 0.25 ms of CPU a request), since it shares the
machine with the server. Only the loopback address is a valid target; runs are bounded in time.
Prints, per scenario, one row per page and summary rows: requests, errors (any status other
than 200, or a failed request), page-cache hits (X-Page-Cache: hit), p50 and p95 latency and
requests per second; and the machine's load average, since the server shares it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp

PAGES = {
    "home": "/",
    "catalogue": "/corsi/",
    "course": None,  # the first course linked from the catalogue
    "desks": "/sportelli/",
    "offers": "/offerte-di-lavoro/",
    "search": "/search/?q={query}",
}
QUERIES = ["corso", "italiano", "sportello", "lavoro", "cameriere", "casa", "grosseto", "A2"]
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class Samples:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    hits: int = 0


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


async def discover_course(session: aiohttp.ClientSession, base: str) -> str:
    async with session.get(base + PAGES["catalogue"]) as response:
        html = await response.text()
    links = re.findall(r'href="(/corsi/[a-z0-9-]+/)"', html)
    if not links:
        raise SystemExit("no course page linked from /corsi/: is the demo loaded?")
    return links[0]


async def visitor(
    number: int, base: str, paths: dict[str, str], deadline: float, results: dict[str, Samples]
) -> None:
    names = list(paths)
    turn = number
    connector = aiohttp.TCPConnector(limit=1)
    timeout = aiohttp.ClientTimeout(total=30)
    jar = aiohttp.DummyCookieJar()  # anonymous first visits: no session, no CSRF cookie
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, cookie_jar=jar) as s:
        while time.monotonic() < deadline:
            name = names[turn % len(names)]
            url = base + paths[name].format(query=QUERIES[turn % len(QUERIES)])
            turn += 1
            started = time.perf_counter()
            try:
                async with s.get(url) as response:
                    await response.read()
            except (aiohttp.ClientError, TimeoutError):
                results[name].errors += 1
                continue
            results[name].latencies.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                results[name].errors += 1
            if response.headers.get("X-Page-Cache") == "hit":
                results[name].hits += 1


def row(name: str, samples: Samples, seconds: float) -> str:
    lat = samples.latencies
    return (
        f"| {name} | {len(lat)} | {samples.errors} | {samples.hits} | "
        f"{percentile(lat, 50):.1f} | {percentile(lat, 95):.1f} | {len(lat) / seconds:.0f} |"
    )


def merged(parts: list[Samples]) -> Samples:
    total = Samples()
    for part in parts:
        total.latencies += part.latencies
        total.errors += part.errors
        total.hits += part.hits
    return total


async def scenario(title: str, base: str, paths: dict[str, str], users: int, seconds: float):
    results = {name: Samples() for name in paths}
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(*(visitor(n, base, paths, deadline, results) for n in range(users)))
    elapsed = time.monotonic() - started
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"\n{title}: {users} concurrent visitors for {elapsed:.0f} s (load average {load})\n")
    print("| page | requests | errors | cache hits | p50 ms | p95 ms | requests/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, samples in results.items():
        print(row(name, samples, elapsed))
    if "search" in results:
        cacheable = merged([s for name, s in results.items() if name != "search"])
        print(row("all but search", cacheable, elapsed))
    print(row("**all**", merged(list(results.values())), elapsed))


async def run(base: str, users: int, seconds: float, warmup: int) -> None:
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as session:
        paths = dict(PAGES, course=await discover_course(session, base))
        for _ in range(warmup):  # render each page once, as a visitor before us would have
            for path in paths.values():
                async with session.get(base + path.format(query=QUERIES[0])) as response:
                    await response.read()
    print(f"{base}, course page {paths['course']}")
    pages = {name: path for name, path in paths.items() if name != "search"}
    await scenario("Anonymous pages", base, pages, users, seconds)
    await scenario("Mixed, with site search", base, paths, users, seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_url = f"http://127.0.0.1:{os.environ.get('ALI_PORT', '8000')}"
    parser.add_argument("--url", default=default_url)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=int, default=1, help="rounds over the pages before")
    args = parser.parse_args()
    if urlsplit(args.url).hostname not in LOOPBACK:
        print("Only this machine's loopback address may be load-tested.", file=sys.stderr)
        return 2
    if not 0 < args.seconds <= 600 or not 0 < args.users <= 200:
        print("--seconds must be in (0, 600] and --users in (0, 200].", file=sys.stderr)
        return 2
    asyncio.run(run(args.url.rstrip("/"), args.users, args.seconds, args.warmup))
    return 0


if __name__ == "__main__":
    sys.exit(main())
