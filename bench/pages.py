#!/usr/bin/env python3
"""Speed and memory of the edition, measured against its targets.

Usage: ./mvnw -q -DskipTests package && python3 bench/pages.py [--requests N]

Starts the packaged jar on a free local port with a small heap, as a school's old server would
give it, then times start-up, fetches every page kind N times in turn (localhost only, bounded),
and reports median and 95th-percentile latency, the bytes each page takes on the wire, and the
server's resident memory. Exits 1 when a target is missed.
"""
import argparse
import glob
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

TARGETS = {
    "start-up seconds": 30.0,        # content read, checked and stored, server listening
    "p95 milliseconds": 60.0,        # any page, warm
    "largest page, wire KiB": 40.0,  # as sent to a browser that accepts gzip
    "resident memory MiB": 450.0,    # with -Xmx192m
}

PAGES = ["/", "/chapters", "/chapters/1", "/chapters/22", "/chapters/22?upto=9", "/characters",
         "/characters/kathy", "/themes/memory", "/symbols/the-tape", "/glossary", "/sources/wikipedia",
         "/timeline", "/search?q=tommy+tape"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    """The body as the wire carried it to a browser that accepts gzip: never compressed here."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


def resident_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50, help="fetches of each page (1 to 1000)")
    args = parser.parse_args()
    requests = max(1, min(args.requests, 1000))
    jars = glob.glob(os.path.join(os.path.dirname(__file__), "..", "target", "study-edition-*.jar"))
    if not jars:
        sys.exit("No jar in target/: run ./mvnw -q -DskipTests package first.")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    began = time.monotonic()
    server = subprocess.Popen(["java", "-Xmx192m", "-jar", jars[0], f"--server.port={port}", "--server.address=127.0.0.1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                fetch(base + "/")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() - began > 120:
                    sys.exit("The edition did not start.")
                time.sleep(0.2)
        results = {"start-up seconds": time.monotonic() - began}
        for page in PAGES:  # warm up
            fetch(base + page)
        timings, sizes = [], {}
        for page in PAGES:
            page_times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                sizes[page] = len(fetch(base + page))
                page_times.append((time.perf_counter() - t0) * 1000)
            timings += page_times
            print(f"{page:28} median {statistics.median(page_times):6.1f} ms   wire {sizes[page] / 1024:5.1f} KiB")
        timings.sort()
        results["p95 milliseconds"] = timings[int(len(timings) * 0.95) - 1]
        results["largest page, wire KiB"] = max(sizes.values()) / 1024
        results["resident memory MiB"] = resident_mib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    missed = 0
    for name, value in results.items():
        ok = value <= TARGETS[name]
        missed += not ok
        print(f"{name:24} {value:8.1f}   target <= {TARGETS[name]:.0f}   {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
