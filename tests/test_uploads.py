"""Staff image uploads: checked for what they really are, re-encoded without metadata, and shown on the site.

Uploads go to a temporary MEDIA_ROOT (S3 is not configured in the test settings): nothing is written to the repo.
"""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client, RequestFactory
from PIL import ExifTags, Image

from referendum.core.images import SafeImageField
from referendum.news.models import Article
from testkit.images import picture

from .admin_forms import admin_url, form_errors, post_form, post_member_photo
from .pages import parse

SCRIPT = b"<script>alert(1)</script>"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored_files(media_root):
    return [path for path in Path(media_root).rglob("*") if path.is_file()] if Path(media_root).exists() else []


def png_header_only(width, height):
    """A valid 1-bit PNG of any size, built row by row: 144 megapixels compress to a few kilobytes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + (width + 7) // 8)  # filter byte, then the row's bits
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def camera_jpeg(orientation=1):
    """A JPEG as a phone writes it: the GPS position of where it was taken, the camera, the orientation."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 7.0, 42.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (71.0, 25.0, 48.0)
    content = picture("JPEG", exif=exif, comment=b"taken at home")
    with Image.open(io.BytesIO(content)) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the fixture really carries a position
    return content


def errors(response):
    return " ".join(form_errors(response))


def test_every_image_field_in_the_admin_goes_through_the_safe_upload_field(superuser):
    request = RequestFactory().get("/en/admin/")
    request.user = superuser
    checked = []
    for model, model_admin in admin.site._registry.items():
        image_fields = [f.name for f in model._meta.get_fields() if isinstance(f, models.ImageField)]
        if not image_fields:
            continue
        form = model_admin.get_form(request)
        for name in image_fields:
            assert isinstance(form.base_fields[name], SafeImageField), f"{model.__name__}.{name}"
            checked.append(f"{model.__name__}.{name}")
    assert {"Member.photo", "Article.cover_image"} <= set(checked)


@pytest.mark.parametrize(("width", "height"), [(12000, 12000), (7000, 6000)], ids=["144-Mpx", "42-Mpx"])
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow's own notice, then the refusal
def test_an_image_with_too_many_pixels_is_refused_and_nothing_is_stored(superuser_client, media_root, width, height):
    response, member = post_member_photo(superuser_client, "poster.png", png_header_only(width, height))
    assert response.status_code == 200
    assert "The image has too many pixels: at most 40 megapixels are accepted." in errors(response)
    assert not member.photo
    assert stored_files(media_root) == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("portrait.png", picture("GIF"), "This is a GIF image, but its name ends in “.png”"),
        ("portrait.jpg", picture("PNG"), "This is a PNG image, but its name ends in “.jpg”"),
        ("portrait.webp", picture("JPEG"), "This is a JPEG image, but its name ends in “.webp”"),
    ],
    ids=["gif-named-png", "png-named-jpg", "jpeg-named-webp"],
)
def test_a_file_whose_content_is_not_what_its_name_says_is_refused(
    superuser_client, media_root, name, content, message
):
    response, member = post_member_photo(superuser_client, name, content)
    assert response.status_code == 200
    assert message in errors(response)
    assert "only JPEG, PNG and WebP are accepted" in errors(response)
    assert not member.photo
    assert stored_files(media_root) == []


def test_a_camera_jpeg_is_stored_without_its_metadata_or_anything_appended(superuser_client, media_root):
    response, member = post_member_photo(superuser_client, "portrait.jpg", camera_jpeg() + SCRIPT)
    assert response.status_code == 302, errors(response)

    assert member.photo.name.startswith("commission/portrait") and member.photo.name.endswith(".jpg")
    stored = Path(media_root, member.photo.name).read_bytes()
    assert SCRIPT not in stored
    assert b"Exif" not in stored and b"Phone" not in stored and b"taken at home" not in stored
    assert stored.endswith(b"\xff\xd9")  # the JPEG's own end, nothing after it
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (120, 80)
        assert not image.getexif()
        assert "exif" not in image.info and "comment" not in image.info
        assert image.getpixel((60, 40)) == pytest.approx((0, 94, 184), abs=4)


def test_a_sideways_camera_photo_is_stored_upright(superuser_client, media_root):
    response, member = post_member_photo(superuser_client, "portrait.jpeg", camera_jpeg(orientation=6))
    assert response.status_code == 302, errors(response)
    with Image.open(Path(media_root, member.photo.name)) as image:
        assert image.size == (80, 120)
        assert not image.getexif()


def test_a_phone_jpeg_with_a_preview_picture_is_accepted_as_a_plain_jpeg(superuser_client, media_root):
    buffer = io.BytesIO()
    main, preview = Image.new("RGB", (120, 80), "white"), Image.new("RGB", (30, 20), "black")
    main.save(buffer, format="MPO", save_all=True, append_images=[preview])
    with Image.open(io.BytesIO(buffer.getvalue())) as image:
        assert image.format == "MPO"

    response, member = post_member_photo(superuser_client, "portrait.jpg", buffer.getvalue())
    assert response.status_code == 302, errors(response)
    with Image.open(Path(media_root, member.photo.name)) as image:
        assert image.format == "JPEG"
        assert image.size == (120, 80)


def test_a_png_is_stored_as_a_valid_png_without_its_text_chunks(superuser_client, media_root):
    from PIL.PngImagePlugin import PngInfo

    text = PngInfo()
    text.add_text("Comment", "made on the author's laptop")
    image = Image.new("RGBA", (64, 48), (255, 0, 0, 128))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=text)

    response, member = post_member_photo(superuser_client, "diagram.png", buffer.getvalue() + SCRIPT)
    assert response.status_code == 302, errors(response)
    stored = Path(media_root, member.photo.name).read_bytes()
    assert SCRIPT not in stored and b"laptop" not in stored
    with Image.open(io.BytesIO(stored)) as saved:
        assert saved.format == "PNG"
        assert (saved.size, saved.mode) == ((64, 48), "RGBA")
        assert saved.getpixel((10, 10)) == (255, 0, 0, 128)
        assert "Comment" not in saved.info


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_photo_needs_a_description_in_each_language_the_member_is_complete_in(superuser_client, media_root, language):
    field, position = f"photo_alt_{language}", f"position_{language}"
    response, member = post_member_photo(superuser_client, "portrait.png", picture("PNG"), **{field: ""})
    assert response.status_code == 200
    assert parse(response.content).select_one(f".field-{field} .errorlist").get_text(strip=True) == (
        "Describe the photo in this language."
    )
    assert not member.photo and stored_files(media_root) == []

    setattr(member, position, "")  # not shown in this language, so nobody reads its description there yet
    member.save()
    response, member = post_member_photo(superuser_client, "portrait.png", picture("PNG"), **{field: "", position: ""})
    assert response.status_code == 302, errors(response)
    assert member.photo


def test_a_description_cannot_be_cleared_later_while_the_photo_stays(superuser_client, media_root):
    response, member = post_member_photo(superuser_client, "portrait.png", picture("PNG"))
    assert response.status_code == 302, errors(response)
    response = post_form(superuser_client, admin_url(member), photo_alt_en="")
    assert response.status_code == 200
    assert parse(response.content).select_one(".field-photo_alt_en .errorlist")
    member.refresh_from_db()
    assert member.photo and member.photo_alt_en == "Portrait"


def test_a_cover_image_needs_a_description_in_each_language_in_the_admins_language(superuser_client, media_root):
    article = Article.objects.get(slug="official-results")
    cover = SimpleUploadedFile("cover.png", picture("PNG"))
    response = post_form(superuser_client, admin_url(article, language="kk"), cover_image=cover, cover_alt_kk="")
    assert response.status_code == 200
    assert parse(response.content).select_one(".field-cover_alt_kk .errorlist").get_text(strip=True) == (
        "Суретті осы тілде сипаттаңыз."
    )
    article.refresh_from_db()
    assert not article.cover_image and stored_files(media_root) == []


def test_an_uploaded_photo_is_served_at_its_media_address_and_shown_on_the_page(superuser_client, media_root, client):
    response, member = post_member_photo(superuser_client, "portrait.jpg", camera_jpeg())
    assert response.status_code == 302, errors(response)
    assert member.photo.url == f"/media/{member.photo.name}"

    page = parse(superuser_client.get(f"/en/commission/{member.slug}/").content)
    assert page.select_one("img.person__photo")["src"] == member.photo.url

    client.logout()
    served = client.get(member.photo.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Cache-Control"].startswith("public, max-age=")
    assert b"".join(served.streaming_content) == Path(media_root, member.photo.name).read_bytes()

    assert client.head(member.photo.url).status_code == 200
    assert client.post(member.photo.url).status_code == 405
    assert client.get("/media/commission/missing.jpg").status_code == 404
    outside = Client(raise_request_exception=False)
    assert outside.get("/media/../manage.py").status_code == 400
    assert outside.get("/media/%2E%2E/manage.py").status_code == 400
