"""Scale-out, shown: two app servers (gunicorn, `make serve` settings) on different ports share PostgreSQL,
Redis and S3-compatible object storage (moto's server, started here on a free port). An admin edit made
through one is visible through the other on the very next request, although the other had the page in its
cache; a photo uploaded through one is shown by the other from the bucket, and neither writes it to its
disk. Run with `make scaleout`. Exits non-zero if any of that fails."""

import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import requests
from bs4 import BeautifulSoup

from bench.pages import portal_environment, prepare, start
from testkit.forms import admin_form_data
from testkit.images import picture
from testkit.services import free_port, start_object_storage, wait_for_port

PASSWORD = "scale-out-" + uuid.uuid4().hex
BUCKET = "portal-scaleout"


def sign_in(base):
    admin = requests.Session()
    login = admin.get(f"{base}/en/admin/login/")
    token = admin_form_data(login.text)["csrfmiddlewaretoken"]
    admin.post(
        f"{base}/en/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": "scaleout", "password": PASSWORD, "next": "/en/admin/"},
    )
    return admin


def first_change_url(admin, changelist):
    link = BeautifulSoup(admin.get(changelist).text, "html.parser").select_one("#result_list tbody th a")
    return changelist.split("/en/admin/")[0] + link["href"]


def edit_is_shared(a, b, admin):
    # Enough requests that each of B's worker processes holds its own copy of the page.
    before = [requests.get(f"{b}/en/provisions/") for _ in range(8)]
    print(f"server B, /en/provisions/ x{len(before)}: X-Cache {[r.headers.get('X-Cache') for r in before]}")
    change = first_change_url(admin, f"{a}/en/admin/provisions/topic/")
    fields = admin_form_data(admin.get(change).text)
    new_title = f"Edited through server A {uuid.uuid4().hex[:6]}"
    saved = admin.post(change, data={**fields, "title_en": new_title, "_save": "Save"}, allow_redirects=False)
    print(f"server A, admin save of a topic: {saved.status_code}")
    after = [requests.get(f"{b}/en/provisions/") for _ in range(8)]
    seen = all(new_title in response.text for response in after)
    print(
        f"server B, the next {len(after)} requests: X-Cache {[r.headers.get('X-Cache') for r in after]}, "
        f"edit visible in all: {seen}"
    )
    return saved.status_code == 302 and seen


def upload_is_shared(a, b, admin, endpoint, media_root):
    change = first_change_url(admin, f"{a}/en/admin/commission/member/")
    fields = admin_form_data(admin.get(change).text)
    fields.update(photo_alt_kk="Портрет", photo_alt_ru="Портрет", photo_alt_en="Portrait", _save="Save")
    saved = admin.post(
        change, data=fields, files={"photo": ("portrait.png", picture(), "image/png")}, allow_redirects=False
    )
    print(f"server A, admin upload of a member's photo: {saved.status_code}")
    public_page = BeautifulSoup(requests.get(f"{b}/en/commission/").text, "html.parser")
    photos = [img["src"] for img in public_page.select("img.person__photo") if img["src"].startswith(endpoint)]
    source = photos[0] if photos else ""
    fetched = requests.get(source) if source else None
    served = fetched is not None and fetched.content == picture.getvalue()
    print(f"server B, roster shows {source or 'no photo'}; fetched from the bucket: {served}")
    on_disk = [str(path) for path in Path(media_root).rglob("*")]
    print(f"files written under MEDIA_ROOT by either server: {len(on_disk)}")
    return saved.status_code == 302 and served and not on_disk


def main():
    env = portal_environment()
    if "REDIS_URL" not in env:
        raise SystemExit("needs Redis (REDIS_URL, or a local redis-server answering)")
    storage, endpoint = start_object_storage(BUCKET)
    media_root = tempfile.mkdtemp(prefix="scaleout-media-")
    env.update(
        SESSION_COOKIE_SECURE="false",
        CSRF_COOKIE_SECURE="false",
        LANGUAGE_COOKIE_SECURE="false",
        S3_BUCKET=BUCKET,
        S3_ENDPOINT_URL=endpoint,
        S3_ACCESS_KEY_ID="k",
        S3_SECRET_ACCESS_KEY="s",
        S3_REGION="us-east-1",
        MEDIA_ROOT=media_root,
    )
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
        wait_for_port(port_a)
        wait_for_port(port_b)
        a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        admin = sign_in(a)
        passed = edit_is_shared(a, b, admin)
        passed = upload_is_shared(a, b, admin, endpoint, media_root) and passed
        print("scale-out:", "passed" if passed else "FAILED")
        return 0 if passed else 1
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        storage.stop()
        shutil.rmtree(media_root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
