#!/usr/bin/env python3
"""The edition against nginx serving the same bytes, in one run, as a class on one network sees them.

Usage: ./mvnw -q -DskipTests package && python3 bench/wire.py [--seconds N]

Needs wrk and nginx (Debian: apt-get install wrk nginx). Starts the packaged jar on a free port,
times the first 200 (median of three launches, plain and as the README's production launch), saves the bytes /chapters/6 and its stylesheet send to a browser that
accepts gzip, has nginx serve exactly those bytes, then runs wrk at 64 connections against each
in turn and prints req/s, p50, p99 and the ratios. Then it restarts the jar with -Xmx128m and
holds 500 connections for 60 s: errors and non-2xx answers are counted. Exits 1 when a target
is missed. Targets: >= 0.5x nginx's req/s, p99 <= 2x nginx's, first 200 <= 6 s, zero errors at
500 connections, chapter page and stylesheet <= 50 KB on the wire.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from pages import fetch, free_port, resident_mib  # noqa: E402

PAGE = "/chapters/6"


def start(jar, heap, jvm_options=(), cwd=None):
    port = free_port()
    began = time.monotonic()
    server = subprocess.Popen(["java", f"-Xmx{heap}", *jvm_options, "-jar", jar, f"--server.port={port}",
                               "--server.address=127.0.0.1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    while True:
        try:
            fetch(f"http://127.0.0.1:{port}/")
            return server, port, time.monotonic() - began
        except OSError:
            if server.poll() is not None or time.monotonic() - began > 120:
                sys.exit("The edition did not start.")
            time.sleep(0.05)


def cds_first_200(jar, folder):
    """The production launch the README gives: extracted jar, ahead-of-time bean definitions, a training run,
    then the archive."""
    app = os.path.join(folder, "cds")
    subprocess.run(["java", "-Djarmode=tools", "-jar", jar, "extract", "--destination", app], check=True,
                   stdout=subprocess.DEVNULL)
    extracted = os.path.basename(jar)
    subprocess.run(["java", "-Dspring.aot.enabled=true", "-XX:ArchiveClassesAtExit=edition.jsa",
                    "-Dspring.context.exit=onRefresh", "-jar",
                    extracted, "--server.port=0"], cwd=app, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return median_first_200(extracted, ["-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=edition.jsa"], cwd=app)


def median_first_200(jar, jvm_options=(), cwd=None, launches=3):
    """The median of a few launches: one start on two shared cores varies by a second or more."""
    firsts = []
    for _ in range(launches):
        server, _, first = start(jar, "256m", jvm_options, cwd=cwd)
        stop(server)
        firsts.append(first)
    return sorted(firsts)[len(firsts) // 2]


def stop(server):
    server.terminate()
    server.wait(timeout=30)


def wrk(url, connections, seconds, warm_up=5):
    """A warm-up first, for both servers alike: a server that has run for a while is what a class meets."""
    if warm_up:
        subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{warm_up}s", "-H", "Accept-Encoding: gzip", url],
                       capture_output=True, check=True)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s",
                          "-H", "Accept-Encoding: gzip", url], capture_output=True, text=True, check=True).stdout

    def millis(label):
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": millis("50%"),
            "p99": millis("99%"), "errors": sum(map(int, errors.groups())) if errors else 0,
            "non2xx": int(non2xx.group(1)) if non2xx else 0}


def nginx(folder, port):
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""daemon off; worker_processes 2; pid {folder}/nginx.pid; error_log {folder}/error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type text/html; gzip_static on;
  server {{ listen 127.0.0.1:{port}; root {folder}/site; location / {{ try_files $uri $uri.html =404; }} }} }}
""")
    return subprocess.Popen(["nginx", "-c", conf, "-p", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10, help="length of each 64-connection run (1 to 120)")
    args = parser.parse_args()
    seconds = max(1, min(args.seconds, 120))
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install wrk nginx")
    jars = [os.path.join("target", name) for name in os.listdir("target") if re.match(r"study-edition-.*\.jar$", name)]
    if not jars:
        sys.exit("No jar in target/: run ./mvnw -q -DskipTests package first.")
    results, missed = {}, []
    first = median_first_200(jars[0])
    server, port, _ = start(jars[0], "256m")
    folder = tempfile.mkdtemp(prefix="edition-bench-")
    try:
        base = f"http://127.0.0.1:{port}"
        page = fetch(base + PAGE)
        html = urllib.request.urlopen(base + PAGE, timeout=10).read().decode()
        stylesheet_path = re.search(r'href="(/css/[^"]+)"', html).group(1)
        stylesheet = fetch(base + stylesheet_path)
        # nginx gets the same bytes: the plain page, and the gzip the app sends beside it.
        os.makedirs(os.path.join(folder, "site", "chapters"))
        with open(os.path.join(folder, "site", "chapters", "6.html"), "w") as f:
            f.write(html)
        with open(os.path.join(folder, "site", "chapters", "6.html.gz"), "wb") as f:
            f.write(page)
        app = wrk(base + PAGE, 64, seconds)
        rss = resident_mib(server.pid)
    finally:
        stop(server)
    nginx_port = free_port()
    web = nginx(folder, nginx_port)
    try:
        time.sleep(0.5)
        served = wrk(f"http://127.0.0.1:{nginx_port}{PAGE}", 64, seconds)
    finally:
        web.terminate()
        web.wait(timeout=10)
    server, port, _ = start(jars[0], "128m")
    try:
        crowd = wrk(f"http://127.0.0.1:{port}{PAGE}", 500, 60, warm_up=0)  # cold: every error counts
    finally:
        stop(server)
    first_cds = cds_first_200(os.path.abspath(jars[0]), folder)
    shutil.rmtree(folder, ignore_errors=True)

    print(f"{'':10} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8}")
    for name, run in (("app", app), ("nginx", served)):
        print(f"{name:10} {run['rps']:10.0f} {run['p50']:8.2f} {run['p99']:8.2f}")
    results = {
        "req/s ratio to nginx (>= 0.5)": (app["rps"] / served["rps"], app["rps"] / served["rps"] >= 0.5),
        "p99 ratio to nginx (<= 2)": (app["p99"] / served["p99"], app["p99"] <= 2 * served["p99"]),
        "first 200, java -jar, seconds": (first, True),
        "first 200, AOT+CDS launch, seconds (<= 6)": (first_cds, first_cds <= 6),
        "page + stylesheet, wire KB (<= 50)": ((len(page) + len(stylesheet)) / 1000,
                                                len(page) + len(stylesheet) <= 50_000),
        "resident memory MiB, -Xmx256m": (rss, True),
        "500 connections -Xmx128m: errors": (crowd["errors"], crowd["errors"] == 0),
        "500 connections -Xmx128m: non-2xx": (crowd["non2xx"], crowd["non2xx"] == 0),
    }
    for name, (value, ok) in results.items():
        missed += [] if ok else [name]
        print(f"{name:40} {value:10.2f}   {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
