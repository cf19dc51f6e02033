"""Uploads on S3-compatible object storage, which every app server shares instead of its own disk.

The test starts its own S3-compatible server (moto's, on a free port of this machine), never a cloud account.
"""

import runpy
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from testkit.images import picture
from testkit.services import s3_client, start_object_storage

from .admin_forms import form_errors, post_member_photo
from .pages import parse

# One worker runs them all, with one S3 server between them.
pytestmark = pytest.mark.xdist_group("object_storage")

SETTINGS_FILE = Path(__file__).resolve().parent.parent / "portal" / "settings.py"
BUCKET = "portal-uploads"


def production_settings(monkeypatch, **env):
    """portal/settings.py evaluated afresh with these environment values."""
    monkeypatch.setenv("DEBUG", "false")
    monkeypatch.setenv("SECRET_KEY", "object-storage-test-key")
    for name in ("S3_BUCKET", "S3_ENDPOINT_URL", "S3_CUSTOM_DOMAIN", "S3_REGION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


@pytest.fixture(scope="module")
def s3_endpoint():
    server, endpoint = start_object_storage(BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture
def bucket(s3_endpoint):
    client = s3_client(s3_endpoint)
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])


@pytest.fixture
def on_object_storage(s3_endpoint, bucket, settings, monkeypatch, tmp_path):
    configured = production_settings(
        monkeypatch,
        S3_BUCKET=BUCKET,
        S3_ENDPOINT_URL=s3_endpoint,
        S3_ACCESS_KEY_ID="test",
        S3_SECRET_ACCESS_KEY="test",
        S3_REGION="us-east-1",
    )
    settings.STORAGES = {**settings.STORAGES, "default": configured["STORAGES"]["default"]}
    settings.SECURE_CSP = configured["SECURE_CSP"]
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings


def test_uploads_go_to_the_filesystem_unless_a_bucket_is_named(monkeypatch):
    configured = production_settings(monkeypatch)
    assert configured["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert configured["SECURE_CSP"]["img-src"] == ["'self'", "data:"]


def test_a_named_bucket_moves_uploads_to_object_storage_and_allows_its_images(monkeypatch):
    configured = production_settings(monkeypatch, S3_BUCKET="uploads", S3_ENDPOINT_URL="https://s3.example.kz/")
    storage = configured["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "uploads"
    assert storage["OPTIONS"]["endpoint_url"] == "https://s3.example.kz/"
    assert configured["SECURE_CSP"]["img-src"] == ["'self'", "data:", "https://s3.example.kz"]

    behind_cdn = production_settings(monkeypatch, S3_BUCKET="uploads", S3_CUSTOM_DOMAIN="media.example.kz")
    assert behind_cdn["SECURE_CSP"]["img-src"] == ["'self'", "data:", "https://media.example.kz"]


def test_a_malformed_endpoint_stops_start_up_with_its_name(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="S3_ENDPOINT_URL"):
        production_settings(monkeypatch, S3_BUCKET="uploads", S3_ENDPOINT_URL="s3.example.kz")


def test_a_photo_saved_in_the_admin_lands_in_the_bucket_and_the_page_shows_it_from_there(
    superuser_client, on_object_storage, bucket, s3_endpoint
):
    photo = picture()
    response, member = post_member_photo(superuser_client, "portrait.png", photo)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert member.photo.name.startswith("commission/portrait")
    stored = bucket.get_object(Bucket=BUCKET, Key=member.photo.name)
    assert stored["Body"].read() == photo
    assert stored["CacheControl"] == "public, max-age=31536000, immutable"
    # Nothing of it on this app server's disk.
    media_root = Path(on_object_storage.MEDIA_ROOT)
    assert not media_root.exists() or not any(media_root.rglob("*"))

    page = superuser_client.get(f"/en/commission/{member.slug}/")
    image = parse(page.content).select_one("img.person__photo")
    assert image["src"] == f"{s3_endpoint}/{BUCKET}/{member.photo.name}"
    assert image["alt"] == "Portrait"
    assert s3_endpoint in page["Content-Security-Policy"].split("img-src")[1].split(";")[0]
    with urllib.request.urlopen(image["src"]) as served:
        assert served.read() == photo


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("portrait.gif", picture("GIF"), "File extension “gif” is not allowed."),
        ("portrait.png", b"this is not a picture", "Upload a valid image"),
        ("portrait.png", picture(padding=5 * 1024 * 1024), "The image is too large: at most 5 MB."),
    ],
    ids=["wrong-type", "not-an-image", "too-large"],
)
def test_a_refused_upload_explains_why_and_stores_nothing(
    superuser_client, on_object_storage, bucket, name, content, message
):
    response, member = post_member_photo(superuser_client, name, content, position_en="Changed in the same form")
    assert response.status_code == 200
    assert message in " ".join(form_errors(response))
    assert not member.photo
    assert member.position_en != "Changed in the same form"
    assert "Contents" not in bucket.list_objects_v2(Bucket=BUCKET)
