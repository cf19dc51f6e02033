"""Scale-out, shown: two app servers (gunicorn, `make serve` settings) on different ports share PostgreSQL and
Redis; an admin edit made through one is visible through the other on the very next request, although the
other had the page in its cache. Run with `make scaleout`. Exits non-zero if the edit is not seen."""

import re
import subprocess
import sys
import uuid

import requests

from bench.pages import free_port, portal_environment, prepare, start, wait_for

PASSWORD = "scale-out-" + uuid.uuid4().hex


def main():
    env = portal_environment()
    if "REDIS_URL" not in env:
        raise SystemExit("needs Redis (REDIS_URL, or a local redis-server answering)")
    env.update(SESSION_COOKIE_SECURE="false", CSRF_COOKIE_SECURE="false", LANGUAGE_COOKIE_SECURE="false")
    subprocess.run(
        [sys.executable, "-c", "import bench.search as s, os; s.ensure_database(os.environ['DATABASE_URL'])"],
        env=env,
        check=True,
    )
    prepare(env)
    create_admin = (
        "from django.contrib.auth import get_user_model as g; "
        "u, _ = g().objects.get_or_create(username='scaleout', defaults={'is_staff': True, 'is_superuser': True}); "
        "u.set_password(__import__('os').environ['P']); u.save()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", create_admin],
        env={**env, "P": PASSWORD},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    port_a, port_b = free_port(), free_port()
    servers = [start("portal.wsgi", port_a, env), start("portal.wsgi", port_b, env)]
    try:
        wait_for(port_a)
        wait_for(port_b)
        a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        requests.get(f"{b}/en/provisions/")
        before = requests.get(f"{b}/en/provisions/")
        print(f"server B, /en/provisions/: {before.status_code}, X-Cache {before.headers.get('X-Cache')}")

        admin = requests.Session()
        login = admin.get(f"{a}/en/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
        admin.post(
            f"{a}/en/admin/login/",
            data={"csrfmiddlewaretoken": token, "username": "scaleout", "password": PASSWORD, "next": "/en/admin/"},
        )
        topic_id = re.search(
            r"/provisions/topic/(\d+)/change/", admin.get(f"{a}/en/admin/provisions/topic/").text
        ).group(1)
        form = admin.get(f"{a}/en/admin/provisions/topic/{topic_id}/change/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
        fields = dict(re.findall(r'<input type="text" name="([\w]+)" value="([^"]*)"', form))
        fields.update({f"description_{code}": "" for code in ("kk", "ru", "en")})
        fields.update(re.findall(r'<input type="number" name="(order)" value="(\d+)"', form))
        new_title = f"Edited through server A {uuid.uuid4().hex[:6]}"
        fields["title_en"] = new_title
        saved = admin.post(
            f"{a}/en/admin/provisions/topic/{topic_id}/change/",
            data={**fields, "csrfmiddlewaretoken": token, "_save": "Save"},
            allow_redirects=False,
        )
        print(f"server A, admin save: {saved.status_code}")

        after = requests.get(f"{b}/en/provisions/")
        seen = new_title in after.text
        print(
            f"server B, next request: {after.status_code}, X-Cache {after.headers.get('X-Cache')}, edit visible: {seen}"
        )
        print("scale-out:", "passed" if seen and saved.status_code == 302 else "FAILED")
        return 0 if seen and saved.status_code == 302 else 1
    finally:
        for server in servers:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
