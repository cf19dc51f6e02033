"""Staff image uploads, re-encoded before they are stored: what reaches the public is pixels, nothing else.

An upload is checked in the order that costs least: its name's extension and its size in bytes (the model's own
checks, with the same messages), then its dimensions from the header alone, then that what it really is
(Pillow's `format`) matches its name. Only then are the pixels decoded, turned upright as the EXIF orientation
says, and written anew: EXIF (GPS position, camera serial), XMP, comments and text chunks are left behind, and
so is anything appended after the image data. The colour profile (ICC) is kept, or colours would shift.
"""

from io import BytesIO

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from .validators import IMAGE_EXTENSIONS, IMAGE_VALIDATORS

MAX_MEGAPIXELS = 40
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000

# Pillow's own guard, for every image this process opens: it warns above the cap and refuses at twice the cap
# before allocating anything (its default lets through about 179 megapixels).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# What a file may really be, by the extension it is named with. Phone cameras write JPEGs with a second,
# preview picture appended (Multi-Picture Format): Pillow calls those MPO; only the main picture is kept.
FORMATS_BY_EXTENSION = {"jpg": {"JPEG", "MPO"}, "jpeg": {"JPEG", "MPO"}, "png": {"PNG"}, "webp": {"WEBP"}}
SAVE_AS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
# JPEG and WebP are re-compressed at a quality no one tells from the original. PNG keeps Pillow's default
# compression: `optimize` (zlib level 9) costs seconds on a large picture and saves a few per cent.
SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "progressive": True, "optimize": True},
    "PNG": {},
    "WEBP": {"quality": 85},
}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class SafeImageField(forms.ImageField):
    """An image upload that comes back as a new file (same name) holding only the re-encoded picture."""

    default_error_messages = {
        "too_many_pixels": _("The image has too many pixels: at most %(megapixels)s megapixels are accepted."),
        "wrong_format": _(
            "This is a %(format)s image, but its name ends in “.%(extension)s”: only JPEG, PNG and WebP are "
            "accepted, each with its own extension."
        ),
    }

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        # The model field's checks, first: a GIF or a 20 MB file is refused with the message staff already know.
        for validator in IMAGE_VALIDATORS:
            validator(upload)
        extension = upload.name.rsplit(".", 1)[-1].lower()

        if hasattr(upload, "temporary_file_path"):
            source = upload.temporary_file_path()
        else:
            upload.seek(0)
            source = BytesIO(upload.read())
        try:
            # Image.open reads the header only: size and format are known before any pixel is decoded.
            image = Image.open(source)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise self.too_many_pixels() from exc
        except Exception as exc:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc

        with image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise self.too_many_pixels()
            if image.format not in FORMATS_BY_EXTENSION.get(extension, ()):
                raise ValidationError(
                    self.error_messages["wrong_format"],
                    code="wrong_format",
                    params={"format": image.format or "?", "extension": extension},
                )
            kind = SAVE_AS[extension]
            try:
                content = reencode(image, kind)
            except Exception as exc:  # truncated or corrupt pixel data, a mode the format cannot hold
                raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc

        return SimpleUploadedFile(upload.name, content, content_type=CONTENT_TYPES[kind])

    def too_many_pixels(self):
        return ValidationError(
            self.error_messages["too_many_pixels"], code="too_many_pixels", params={"megapixels": MAX_MEGAPIXELS}
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if attrs.get("accept") == "image/*":
            attrs["accept"] = ",".join([*CONTENT_TYPES.values(), *(f".{ext}" for ext in IMAGE_EXTENSIONS)])
        return attrs


def reencode(image, kind):
    """The picture's pixels (first frame, upright), written anew as `kind` with its colour profile only."""
    ImageOps.exif_transpose(image, in_place=True)  # decodes the pixels
    icc_profile = image.info.get("icc_profile")
    transparency = image.info.get("transparency")
    # The savers read some metadata from `info` (PNG its ICC profile and transparency, JPEG its comment):
    # nothing is left there but the transparency a palette or grey PNG needs.
    image.info = {} if transparency is None else {"transparency": transparency}
    options = dict(SAVE_OPTIONS[kind])
    if icc_profile:
        options["icc_profile"] = icc_profile
    output = BytesIO()
    image.save(output, kind, **options)
    return output.getvalue()
