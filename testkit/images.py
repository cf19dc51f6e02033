"""Pictures for tests and benchmarks that upload one: made in memory, a plain blue rectangle."""

import io

from PIL import Image


def picture(kind="PNG", size=(120, 80), padding=0, **options):
    """An image file's bytes in Pillow's format `kind`; `padding` NUL bytes appended make it as large as wanted;
    `options` go to Pillow's save (exif=, comment=)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 94, 184)).save(buffer, format=kind, **options)
    return buffer.getvalue() + b"\0" * padding
