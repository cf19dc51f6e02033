"""`make bench`, pages: the portal under `make serve` settings (gunicorn, DEBUG off, PostgreSQL, Redis) and a
bare Django view under the same gunicorn configuration, both loaded with wrk on loopback; prints requests/s,
p50/p99 latency and the ratio portal / bare view. With --load-check: 60 s at 64 connections on the portal,
failing on any error or non-2xx/3xx answer. A benchmark, not a test."""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from testkit.services import (
    VARNISHD,
    free_port,
    production_environment,
    start_gunicorn,
    wait_for_port,
)

ROOT = Path(__file__).resolve().parent.parent

PYTHON = ROOT / ".venv" / "bin" / "python"
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 2)))
PAGES = ["/kk/", "/kk/news/", "/kk/news/official-results/", "/kk/provisions/", "/kk/search/?q=" + quote("Құрылтай")]


def start(app, port, env):
    return start_gunicorn(port, env, workers=WORKERS, app=app)


def start_varnish(backend_port, port, workdir):
    """varnishd in the foreground with deploy/varnish/portal.vcl, forwarding to the app on backend_port;
    its working directory (and the backend.vcl written there) in workdir."""
    Path(workdir, "backend.vcl").write_text(
        (ROOT / "deploy" / "varnish" / "backend.vcl").read_text().replace('"8001"', f'"{backend_port}"')
    )
    # -j none: every Varnish process runs as whoever runs this, so it can read a checkout only they may read.
    command = [VARNISHD, "-F", "-j", "none", "-n", str(Path(workdir, "varnish")), "-a", f"127.0.0.1:{port}"]
    command += ["-s", "malloc,64m"]
    command += [
        "-p",
        f"vcl_path={workdir}:{ROOT / 'deploy' / 'varnish'}",
        "-f",
        str(ROOT / "deploy/varnish/portal.vcl"),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wrk(url, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url], capture_output=True, text=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {pct: to_ms(value) for pct, value in re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M)}
    errors = re.search(r"Socket errors: (.*)", output)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    total = int(re.search(r"(\d+) requests in", output).group(1))
    return (
        rps,
        latency.get("50"),
        latency.get("99"),
        (errors.group(1) if errors else ""),
        int(bad.group(1)) if bad else 0,
        total,
    )


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def portal_environment():
    env = production_environment(
        DATABASE_URL=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench"),
        LOG_LEVEL="WARNING",
    )
    redis_answers = (
        shutil.which("redis-cli") and not subprocess.run(["redis-cli", "ping"], capture_output=True).returncode
    )
    if not os.environ.get("REDIS_URL") and redis_answers:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/2"
    return env


def prepare(env):
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_seed_content"],
        ["rebuild_search_index"],
        ["collectstatic", "--no-input", "-v0"],
        ["compilemessages", "--ignore=.venv", "-v0"],
    ):
        subprocess.run([str(PYTHON), "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--load-check", action="store_true")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    env = portal_environment()
    if env["DATABASE_URL"].startswith("postgres"):
        subprocess.run(
            [str(PYTHON), "-c", "import bench.search as s, os; s.ensure_database(os.environ['DATABASE_URL'])"],
            cwd=ROOT,
            env=env,
            check=True,
        )
    prepare(env)
    portal_port, bare_port = free_port(), free_port()
    servers = [
        start("portal.wsgi", portal_port, env),
        start("bench.bare_wsgi:application", bare_port, dict(os.environ)),
    ]
    try:
        wait_for_port(portal_port)
        wait_for_port(bare_port)
        if args.load_check:
            return load_check(portal_port)
        cache_name = "Redis" if "REDIS_URL" in env else "local memory"
        print(
            f"{WORKERS} gunicorn workers each; wrk -t2 -c{args.connections} -d{args.seconds}s on loopback; "
            f"cache: {cache_name}; database: {env['DATABASE_URL'].split('@')[-1]}"
        )
        bare = wrk(f"http://127.0.0.1:{bare_port}/", args.seconds, args.connections)
        print(f"{'page':<34}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}")
        print(f"{'bare Django view':<34}{bare[0]:>9.0f}{bare[1]:>9.1f}{bare[2]:>9.1f}{1:>8.2f}")
        for page in PAGES:
            subprocess.run(["curl", "-s", "-o", "/dev/null", f"http://127.0.0.1:{portal_port}{page}"])  # warm the cache
            rps, p50, p99, errors, bad, _total = wrk(
                f"http://127.0.0.1:{portal_port}{page}", args.seconds, args.connections
            )
            note = f"  errors: {errors}" if errors else ""
            note += f"  non-2xx/3xx: {bad}" if bad else ""
            print(f"{page:<34}{rps:>9.0f}{p50:>9.1f}{p99:>9.1f}{rps / bare[0]:>8.2f}{note}")
        through_varnish(portal_port, bare[0], args)
    finally:
        for server in servers:
            server.terminate()
            server.wait()


def through_varnish(portal_port, bare_rps, args):
    """The home page as an HTTP cache in front serves it (deploy/varnish/portal.vcl)."""
    label = "/kk/ through Varnish"
    if not os.access(VARNISHD, os.X_OK):
        print(f"{label}: skipped (varnishd is not installed: apt-get install varnish)")
        return
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="bench-varnish-") as workdir:
        varnish = start_varnish(portal_port, port, workdir)
        try:
            wait_for_port(port)
            subprocess.run(["curl", "-s", "-o", "/dev/null", f"http://127.0.0.1:{port}/kk/"])  # warm the cache
            rps, p50, p99, errors, bad, _total = wrk(f"http://127.0.0.1:{port}/kk/", args.seconds, args.connections)
            note = (f"  errors: {errors}" if errors else "") + (f"  non-2xx/3xx: {bad}" if bad else "")
            print(f"{label:<34}{rps:>9.0f}{p50:>9.1f}{p99:>9.1f}{rps / bare_rps:>8.2f}{note}")
        finally:
            varnish.terminate()
            varnish.wait()


def load_check(port):
    print("load check: 60 s at 64 connections on the home page of each language, the news list and an article")
    failures = 0
    for page in ["/kk/", "/ru/", "/en/", "/ru/news/", "/en/news/official-results/"]:
        rps, p50, p99, errors, bad, total = wrk(f"http://127.0.0.1:{port}{page}", 12, 64)
        print(
            f"{page:<30} {total:>7} requests, {rps:>7.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
            f"errors: {errors or 0}, non-2xx/3xx: {bad}"
        )
        failures += bad + (1 if errors else 0)
    print("load check:", "FAILED" if failures else "passed (zero errors, zero non-2xx/3xx answers)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
