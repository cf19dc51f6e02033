"""An HTTP cache in front, shown: Varnish (deploy/varnish/portal.vcl) in front of gunicorn (`make serve`
settings) with its own SQLite file, its own Redis and ports of its own. Checks, printing what it measured:
(a) a page is served by Varnish; (b) an edit saved in the app (a news article, saved in `manage.py shell`,
which fires the signals and the purge) is visible through Varnish on the next request; (c) with gunicorn
stopped, Varnish keeps answering 200 with its copy, past the copy's s-maxage; (d) a signed-in editor's request
goes through to the app. Run with `make edge-check`. Exits non-zero if any check fails."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import requests

from bench.pages import PYTHON, ROOT, VARNISHD, portal_environment, prepare, start, start_varnish
from bench.scaleout import PASSWORD, sign_in
from testkit.services import REDIS_SERVER, free_port, start_redis, wait_for_port

PAGE = "/en/news/"
ARTICLE = "official-results"
# (c) runs the app again with a copy this short-lived, so that Varnish is seen serving it past its time.
SHORT_SECONDS, SHORT_STALE_WHILE_REVALIDATE = 2, 1
# How long the backend's probe (deploy/varnish/backend.vcl: every 2 s, down after 2 failures) takes at most.
PROBE_SECONDS = 7


def varnish_ids(response):
    return response.headers.get("X-Varnish", "").split()


def describe(response):
    return (
        f"{response.status_code}, X-Varnish {response.headers.get('X-Varnish')!r}, Age {response.headers.get('Age')}, "
        f"Cache-Control {response.headers.get('Cache-Control')!r}"
    )


def manage(env, code, **extra):
    return subprocess.run(
        [str(PYTHON), "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**env, **extra},
        check=True,
        capture_output=True,
        text=True,
    )


def check(results, name, passed, detail):
    results.append(passed)
    print(f"({name}) {'passed' if passed else 'FAILED'}: {detail}")


def served_by_varnish(edge, results):
    first, second = requests.get(edge + PAGE), requests.get(edge + PAGE)
    print(f"    first  GET {PAGE}: {describe(first)}")
    print(f"    second GET {PAGE}: {describe(second)}")
    hit = second.status_code == 200 and (len(varnish_ids(second)) == 2 or int(second.headers.get("Age", 0)) > 0)
    check(results, "a", hit, "the second request was answered from Varnish's copy (two ids in X-Varnish)")


def edit_is_visible(edge, env, results):
    title = f"Edited behind Varnish {uuid.uuid4().hex[:6]}"
    cached = requests.get(edge + PAGE)
    print(f"    before the edit, GET {PAGE}: {describe(cached)}")
    saved = manage(
        env,
        "import os; from referendum.news.models import Article; "
        f"a = Article.objects.get(slug={ARTICLE!r}); a.title_en = os.environ['TITLE']; a.save()",
        TITLE=title,
        LOG_LEVEL="INFO",
    )
    purges = [line for line in saved.stderr.splitlines() if "HTTP cache purge" in line]
    print(f"    manage.py shell saved the article; its log: {purges or saved.stderr.strip()[-300:]}")
    after = requests.get(edge + PAGE)
    print(f"    the next GET {PAGE}: {describe(after)}; new title shown: {title in after.text}")
    check(results, "b", title in after.text and len(purges) == 1, "the edit showed through Varnish at once")


def signed_in_passes(edge, results):
    admin = sign_in(edge)  # through Varnish: the admin and its forms pass
    signed_in = "sessionid" in admin.cookies
    first, second = admin.get(edge + PAGE), admin.get(edge + PAGE)
    print(f"    signed in: {signed_in}; GET {PAGE} twice with the session: {describe(first)} / {describe(second)}")
    passed = (
        signed_in
        and second.status_code == 200
        and len(varnish_ids(second)) == 1
        and second.headers.get("Age") == "0"
        and "private" in second.headers.get("Cache-Control", "")
    )
    check(results, "d", passed, "the signed-in request went through to the app (one id, Age 0, private)")


def backend_health(workdir):
    """The app's line of `varnishadm backend.list`: its name, probe results and "healthy" or "sick"."""
    listing = subprocess.run(["varnishadm", "-n", f"{workdir}/varnish", "backend.list"], capture_output=True, text=True)
    return "".join(listing.stdout.split("\n")[1:2])


def stale_while_app_is_down(edge, env, app_port, workdir, processes, results):
    short = dict(
        env,
        PAGE_CACHE_SECONDS=str(SHORT_SECONDS),
        STALE_WHILE_REVALIDATE_SECONDS=str(SHORT_STALE_WHILE_REVALIDATE),
        REDIS_URL=env["REDIS_URL"][: -len("/0")] + "/1",  # an empty page cache: none of the longer-lived pages
    )
    app = start("portal.wsgi", app_port, short)
    processes.append(app)
    wait_for_port(app_port)
    # The probe marked the backend sick while no app ran; until it sees the new one, Varnish answers 503. A
    # worker's first answer (Django loading) can take longer than the probe's timeout: one is asked first.
    requests.get(f"http://127.0.0.1:{app_port}/robots.txt", timeout=30)
    deadline = time.monotonic() + 3 * PROBE_SECONDS
    while "healthy" not in backend_health(workdir) and time.monotonic() < deadline:
        time.sleep(0.2)
    requests.request("BAN", edge + "/")  # drop the copies made with the longer s-maxage
    fresh = requests.get(edge + PAGE)
    print(f"    app restarted with PAGE_CACHE_SECONDS={SHORT_SECONDS}; GET {PAGE}: {describe(fresh)}")
    app.terminate()
    app.wait()
    started = time.monotonic()
    time.sleep(PROBE_SECONDS)
    health = backend_health(workdir)
    stale = requests.get(edge + PAGE)
    print(f"    gunicorn stopped {time.monotonic() - started:.1f} s ago; backend {health.split()}")
    print(f"    GET {PAGE}: {describe(stale)}")
    shared_for = sum(
        int(re.search(rf"{word}=(\d+)", fresh.headers.get("Cache-Control", f"{word}=0")).group(1))
        for word in ("s-maxage", "stale-while-revalidate")
    )
    passed = stale.status_code == 200 and stale.text == fresh.text and int(stale.headers.get("Age", 0)) > shared_for
    check(
        results,
        "c",
        passed,
        f"with the app down, Varnish answered 200 with its copy past s-maxage + swr ({shared_for} s)",
    )


def main():
    if not os.access(VARNISHD, os.X_OK):
        raise SystemExit("varnishd is not installed: apt-get install varnish (`make edge` installs it)")
    if not os.access(REDIS_SERVER, os.X_OK):
        raise SystemExit("redis-server is not installed: apt-get install redis-server (the app servers share it)")
    workdir = tempfile.mkdtemp(prefix="edge-check-")
    os.chmod(workdir, 0o755)  # varnishd's worker process runs as its own user and reads the compiled VCL here
    redis_port, app_port, edge_port = free_port(), free_port(), free_port()
    env = portal_environment()
    env.update(
        DATABASE_URL=f"sqlite:///{workdir}/portal.sqlite3",
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        HTTP_CACHE_PURGE_URLS=f"http://127.0.0.1:{edge_port}/",
        STATIC_ROOT=f"{workdir}/static",
        MEDIA_ROOT=f"{workdir}/media",
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        LANGUAGE_COOKIE_SECURE="false",
    )
    redis = start_redis(redis_port)
    processes = [redis]
    try:
        prepare({name: value for name, value in env.items() if name != "HTTP_CACHE_PURGE_URLS"})  # no Varnish yet
        manage(
            env,
            "from django.contrib.auth import get_user_model as g; "
            "u, _ = g().objects.get_or_create(username='scaleout', defaults={'is_staff': True, 'is_superuser': True}); "
            "u.set_password(__import__('os').environ['P']); u.save()",
            P=PASSWORD,
        )
        app = start("portal.wsgi", app_port, env)
        varnish = start_varnish(app_port, edge_port, workdir)
        processes += [app, varnish]
        wait_for_port(app_port)
        wait_for_port(edge_port)
        edge = f"http://127.0.0.1:{edge_port}"
        print(f"Varnish on {edge_port} in front of gunicorn on {app_port}; database {env['DATABASE_URL']}")
        results = []
        served_by_varnish(edge, results)
        edit_is_visible(edge, env, results)
        signed_in_passes(edge, results)
        app.terminate()
        app.wait()
        stale_while_app_is_down(edge, env, app_port, workdir, processes, results)
        passed = all(results) and len(results) == 4
        print("edge check:", "passed" if passed else "FAILED")
        return 0 if passed else 1
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
