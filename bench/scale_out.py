#!/usr/bin/env python3
"""Two nodes of the edition behind nginx, one of them stopped and started again under load.

Usage: python3 bench/scale_out.py [--seconds N] [--clients N]

Needs nginx (Debian: apt-get install nginx). Builds the jar if target/ has none, starts two
identical nodes on 127.0.0.1:18081 and :18082, each reading the packaged content into its own
database and search index, and nginx on 127.0.0.1:18080 as the load balancer in front of them:
keepalive connections to both, and a request that meets an error, a timeout, a 502 or a 503 on
one node is passed to the other. Clients (threads, each one connection doing GETs of a few pages
one after another) run for the whole test. After a quarter of it one node gets SIGTERM and shuts
down gracefully; once it has exited it is started again, and the run goes on until the time is
up and the restarted node has served for a while. Prints requests sent, failed (an answer other
than 200, or a connection error, at the client) and retried (by nginx, read from its access
log), and how many each node served. Exits 1 when any request failed: the target is zero.
All on loopback; nginx's configuration, pid, temp and log files go in a temporary folder.
"""
import argparse
import glob
import http.client
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BALANCER, NODES = 18080, (18081, 18082)
PAGES = ["/chapters/1", "/chapters/6", "/characters/kathy", "/glossary", "/themes/memory",
         "/search?q=tommy+tape"]


def jar():
    jars = glob.glob(os.path.join(ROOT, "target", "study-edition-*.jar"))
    if not jars:
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
        jars = glob.glob(os.path.join(ROOT, "target", "study-edition-*.jar"))
    return jars[0]


def status(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        connection.close()


class Node:
    """One node: the packaged jar on a loopback port, its output in the run's folder."""

    def __init__(self, jar_path, port, folder):
        self.jar, self.port, self.folder, self.process, self.starts = jar_path, port, folder, None, 0

    def start(self):
        self.starts += 1
        log = open(os.path.join(self.folder, f"node-{self.port}-{self.starts}.log"), "w")
        self.process = subprocess.Popen(["java", "-Xmx192m", "-jar", self.jar, f"--server.port={self.port}",
                                         "--server.address=127.0.0.1"], stdout=log, stderr=subprocess.STDOUT)

    def wait_ready(self, limit=180):
        """Ready when its readiness probe says so, where the build has one, or when a page answers 200."""
        began = time.monotonic()
        while time.monotonic() - began < limit:
            if self.process.poll() is not None:
                sys.exit(f"The node on port {self.port} stopped; see {self.folder}")
            readiness = status(self.port, "/actuator/health/readiness")
            if readiness == 200 or (readiness == 404 and status(self.port, "/chapters/1") == 200):
                return time.monotonic() - began
            time.sleep(0.2)
        sys.exit(f"The node on port {self.port} was not ready after {limit} s")

    def stop(self):
        """SIGTERM: the node finishes the requests it holds, then exits."""
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        return time.monotonic() - began


def nginx(folder):
    temp = {name: os.path.join(folder, name) for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        os.makedirs(path, exist_ok=True)
    servers = "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=2s;" for port in NODES)
    conf = os.path.join(folder, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  client_body_temp_path {temp['client_body']};
  proxy_temp_path {temp['proxy']};
  fastcgi_temp_path {temp['fastcgi']};
  uwsgi_temp_path {temp['uwsgi']};
  scgi_temp_path {temp['scgi']};
  log_format balancer '$status "$upstream_addr" "$upstream_status"';
  access_log {folder}/access.log balancer;
  upstream edition {{
{servers}
    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{BALANCER};
    location / {{
      proxy_pass http://edition;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_connect_timeout 1s;
      proxy_read_timeout 15s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }}
  }}
}}
""")
    process = subprocess.Popen(["nginx", "-p", folder, "-c", conf], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    began = time.monotonic()
    while status(BALANCER, "/chapters/1") != 200:
        if process.poll() is not None or time.monotonic() - began > 10:
            sys.exit(f"nginx did not start; see {folder}/error.log")
        time.sleep(0.1)
    return process


class Clients:
    """Threads, each with one keepalive connection to nginx, asking for the pages in turn."""

    def __init__(self, count):
        self.running, self.lock = True, threading.Lock()
        self.sent, self.failed, self.failures, self.times = 0, 0, [], []
        self.threads = [threading.Thread(target=self.run, args=(i,)) for i in range(count)]

    def run(self, offset):
        connection, turn = None, offset
        while self.running:
            path = PAGES[turn % len(PAGES)]
            turn += 1
            began = time.monotonic()
            try:
                connection = connection or http.client.HTTPConnection("127.0.0.1", BALANCER, timeout=30)
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                failure = None if response.status == 200 else f"{response.status} for {path}"
            except (OSError, http.client.HTTPException) as ex:
                failure, connection = f"{type(ex).__name__} for {path}", None
            with self.lock:
                self.sent += 1
                self.times.append(time.monotonic() - began)
                if failure:
                    self.failed += 1
                    self.failures.append(failure)

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.running = False
        for thread in self.threads:
            thread.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=60, help="length of the run under load (20 to 600)")
    parser.add_argument("--clients", type=int, default=6, help="client threads (1 to 64)")
    args = parser.parse_args()
    seconds, clients = max(20, min(args.seconds, 600)), max(1, min(args.clients, 64))
    if not shutil.which("nginx"):
        sys.exit("nginx is missing: apt-get install nginx")
    for port in (BALANCER, *NODES):
        if status(port, "/") is not None:
            sys.exit(f"Port {port} is taken: stop what is listening there first.")
    folder = tempfile.mkdtemp(prefix="edition-scale-out-")
    jar_path = jar()
    nodes = [Node(jar_path, port, folder) for port in NODES]
    balancer, load = None, None
    try:
        for node in nodes:
            node.start()
        for node in nodes:
            node.wait_ready()
        balancer = nginx(folder)
        load = Clients(clients)
        began = time.monotonic()
        load.start()
        time.sleep(seconds / 4)
        stopped_at = time.monotonic() - began
        stop_took = nodes[1].stop()
        nodes[1].start()
        ready_took = nodes[1].wait_ready()
        back_at = time.monotonic() - began
        # The restarted node serves for a while before the run ends, however long its start took.
        time.sleep(max(seconds - (time.monotonic() - began), 10))
        load.stop()
        took = time.monotonic() - began
    finally:
        if load:
            load.running = False
        if balancer:
            balancer.send_signal(signal.SIGQUIT)  # graceful: the access log is complete
            balancer.wait(timeout=10)
        for node in nodes:
            if node.process and node.process.poll() is None:
                node.stop()

    with open(os.path.join(folder, "access.log")) as log:
        lines = log.read().splitlines()
    retried = sum(1 for line in lines if "," in line.split('"')[3])
    # The node that answered is the last one nginx tried.
    answered = [line.split('"')[1].split(", ")[-1] for line in lines]
    served = {port: answered.count(f"127.0.0.1:{port}") for port in NODES}
    times = sorted(load.times)
    print(f"{clients} clients for {took:.0f} s through nginx on :{BALANCER} to nodes on :{NODES[0]} and :{NODES[1]}")
    print(f"node :{NODES[1]} got SIGTERM at {stopped_at:.1f} s and exited in {stop_took:.1f} s; started again, "
          f"it was ready {ready_took:.1f} s later, at {back_at:.1f} s")
    print(f"requests sent       {load.sent:8d}   ({load.sent / took:.0f}/s, "
          f"p50 {statistics.median(times) * 1000:.1f} ms, p99 {times[int(len(times) * 0.99)] * 1000:.1f} ms)")
    print(f"failed at client    {load.failed:8d}   (target 0)")
    print(f"retried by nginx    {retried:8d}")
    for port, count in served.items():
        print(f"served by :{port}   {count:8d}")
    if load.failed:
        print("first failures: " + "; ".join(load.failures[:5]))
        print(f"logs kept in {folder}")
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
