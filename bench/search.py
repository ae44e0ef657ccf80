#!/usr/bin/env python3
"""Search latency of the edition, on its own content and on content multiplied N times.

Usage: ./mvnw -q -DskipTests package && python3 bench/search.py [--copies 50] [--rounds 20]

Starts the packaged jar on a free local port, first with the content inside it, then with a copy
of content/ in which every page's body is written out N times over (a generator: each copy's
explicit ids get a suffix so that every anchor stays unique, and start-up checks the whole of it
as usual). Each time it sends a fixed list of realistic queries (questions, names, typos, phrases,
reading positions), a few times to warm up and then --rounds times each, over one kept-alive
connection, and reports the median and 99th-percentile latency. Exits 1 when the target is missed.
"""
import argparse
import glob
import json
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

TARGET_P99_MS = 20.0  # at 50 times the content

QUERIES = [
    ("where does Miss Lucy talk about smoking", None), ("Tomy", None), ("Hailshem", None),
    ("madam crying", None), ('"told and not told"', None), ("Kathy H.", None), ("the", None),
    ("Tommy", None), ("Ruth's confession", None), ("why is Norfolk called the lost corner", None),
    ("the stranded boat", None), ("rumour about deferrals", None), ("what is a possible", None),
    ("Madame's tears", "9"), ("Tommy", "9"), ("donation", "5"), ("Gallery", "17"),
    ("why does Tommy send Kathy away", None), ("carer", None), ("dance", None),
]

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def multiplied(copies):
    """A copy of content/ with every page written out `copies` times, as new pages, in a new temporary folder.

    An edition that grows has more pages, not longer ones: each character, theme, symbol, term, source and free
    page gets `copies - 1` siblings under new slugs, and each chapter's body comes back as free pages (the novel
    keeps its 23 chapters). Quizzes are not searched, so they are not copied."""
    folder = tempfile.mkdtemp(prefix="edition-x%d-" % copies)
    content = os.path.join(folder, "content")
    shutil.copytree(os.path.join(ROOT, "content"), content)
    for path in sorted(glob.glob(os.path.join(content, "*", "*.md"))):
        kind = os.path.basename(os.path.dirname(path))
        if kind == "quizzes":
            continue
        with open(path, encoding="utf-8") as file:
            text = file.read()
        front, body = re.match(r"(?s)---\n(.*?)\n---\n(.*)", text).groups()
        slug = os.path.splitext(os.path.basename(path))[0]
        if kind == "chapters":
            fields = dict(re.findall(r"(?m)^(title|description): (.*)$", front))
            front = "title: %s\ndescription: %s" % (json.dumps(fields["title"]), json.dumps(fields["description"]))
            kind = "pages"
        else:
            front = re.sub(r"(?m)^aliases:.*\n?", "", front)  # an old address leads to one page only
        for n in range(2, copies + 1):
            with open(os.path.join(content, kind, "%s-copy%d.md" % (slug, n)), "w", encoding="utf-8") as file:
                file.write("---\n%s\n---\n%s" % (front, body))
    return folder, content


def run(jar, content, rounds, label):
    port = free_port()
    command = ["java", "-Xmx2g", "-jar", jar, "--server.port=%d" % port, "--server.address=127.0.0.1"]
    if content:
        command.append("--edition.content=file:%s/" % content)
    began = time.monotonic()
    log = tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
    connection = None
    try:
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/search?q=tommy")
                connection.getresponse().read()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() - began > 600:
                    log.seek(0)
                    sys.exit("The edition did not start:\n" + log.read()[-3000:])
                time.sleep(0.5)
        started = time.monotonic() - began

        def search(query, upto):
            parameters = {"q": query}
            if upto:
                parameters["upto"] = upto
            at = time.perf_counter()
            connection.request("GET", "/search?" + urllib.parse.urlencode(parameters))
            response = connection.getresponse()
            body = response.read()
            elapsed = (time.perf_counter() - at) * 1000
            if response.status != 200:
                sys.exit("%s answered %d" % (query, response.status))
            return elapsed, body

        for query, upto in QUERIES * 5:  # warm up
            search(query, upto)
        timings = []
        by_query = {}
        for _ in range(rounds):
            for query, upto in QUERIES:
                elapsed = search(query, upto)[0]
                timings.append(elapsed)
                by_query.setdefault((query, upto), []).append(elapsed)
        found = re.search(rb'class="result-count">([0-9]+)', search("Tommy", None)[1])
        timings.sort()
        p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
        print("%-10s start-up %5.1f s, 'Tommy' finds %s sections; %d searches: median %.1f ms, p99 %.1f ms"
              % (label, started, found.group(1).decode() if found else "?", len(timings),
                 statistics.median(timings), p99), flush=True)
        slowest = sorted(by_query.items(), key=lambda item: -statistics.median(item[1]))[:3]
        print("%-10s slowest by median: %s" % ("", ", ".join(
            "%s%s %.1f ms" % (query, " (upto=%s)" % upto if upto else "", statistics.median(times))
            for (query, upto), times in slowest)), flush=True)
        return p99
    finally:
        if connection:
            connection.close()
        server.terminate()
        server.wait(timeout=30)
        log.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=50, help="how many times over to write the content (2 to 200)")
    parser.add_argument("--jar", help="the jar to run (default: the one in target/)")
    parser.add_argument("--rounds", type=int, default=20, help="times each query is timed (1 to 1000)")
    args = parser.parse_args()
    copies = max(2, min(args.copies, 200))
    rounds = max(1, min(args.rounds, 1000))
    jars = [args.jar] if args.jar else glob.glob(os.path.join(ROOT, "target", "study-edition-*.jar"))
    if not jars:
        sys.exit("No jar in target/: run ./mvnw -q -DskipTests package first.")
    run(jars[0], None, rounds, "content")
    folder, content = multiplied(copies)
    try:
        p99 = run(jars[0], content, rounds, "%dx" % copies)
    finally:
        shutil.rmtree(folder)
    met = p99 <= TARGET_P99_MS
    print("target: p99 <= %.0f ms at %dx content: %s" % (TARGET_P99_MS, copies, "met" if met else "MISSED"))
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
