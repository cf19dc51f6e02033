"""Draws the portal's default share image (static/img/share.png, 1200 x 630, the size link previews use), so
that it is made by the project from its own words, with no photograph and no outside design. Run again after
changing the words; the result is committed."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 630)
BACKGROUND = (11, 61, 92)  # dark blue: white text on it has a contrast of more than 10:1
SUN = (254, 197, 12)
WHITE = (255, 255, 255)
PALE = (196, 224, 240)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LINES = [
    ("Жаңа Конституция бойынша", BOLD, 46, WHITE),
    ("республикалық референдум", BOLD, 46, WHITE),
    ("Референдум по новой Конституции", FONT, 36, PALE),
    ("Referendum on the new Constitution", FONT, 36, PALE),
    ("15.03.2026", BOLD, 48, SUN),
]


class Command(BaseCommand):
    help = "Draw static/img/share.png, the default image for link previews."

    def handle(self, *args, **options):
        image = Image.new("RGB", SIZE, BACKGROUND)
        draw = ImageDraw.Draw(image)
        draw.ellipse((70, 215, 270, 415), fill=SUN)
        y = 140
        for text, font_file, size, colour in LINES:
            draw.text((330, y), text, font=ImageFont.truetype(font_file, size), fill=colour)
            y += size + (34 if size > 40 else 24)
        target = Path(settings.BASE_DIR) / "static" / "img" / "share.png"
        image.quantize(colors=16).save(target, optimize=True)
        self.stdout.write(f"{target}: {target.stat().st_size} bytes")
