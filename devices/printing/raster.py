"""Receipt lines as images, for an ESC/POS printer whose code page lacks their letters.

The printer's text mode has code page CP858: German, English and most Western European
text. Turkish ş ğ ı İ, Polish, Romanian, Cyrillic and Arabic letters it has not (they
would print as "?"). Such a line is drawn here in DejaVu Sans (Pillow; with its libraqm,
Arabic joined and right to left) as a black-and-white image the receipt's width, which
the printer takes as a raster image (``GS v 0``) whatever code pages it has.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from devices.printing.receipt import Line
from kiosk.base.i18n import has_right_to_left_letters

if TYPE_CHECKING:
    from PIL.Image import Image

CODE_PAGE: Final = "cp858"
WIDTH_DOTS: Final = 576  # 72 mm printable on 80 mm paper, at 203 dpi
MARGIN_DOTS: Final = 8
FONTS: Final = Path(__file__).resolve().parents[2] / "assets" / "fonts"
SIZE: Final = 24  # dots: as tall as the printer's own font A (12 × 24)
LARGE: Final = 44  # the double-height lines (the Vorgangsnummer, the title)


def printable(text: str) -> bool:
    """Whether the printer's text mode (CP858) has every character of ``text``."""
    try:
        text.encode(CODE_PAGE)
    except UnicodeEncodeError:
        return False
    return True


def line_image(line: Line) -> Image:
    """``line`` drawn the receipt's width: wrapped at spaces, centred, from the right when it
    is written right to left, else from the left."""
    # Pillow loads with python-escpos, on the printer thread (it needs Pillow too).
    from PIL import Image, ImageDraw, ImageFont, features

    size = LARGE if line.large else SIZE
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    font = ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if line.bold
                                           else "DejaVuSans.ttf")), size, layout_engine=engine)
    usable = WIDTH_DOTS - 2 * MARGIN_DOTS
    rows: list[str] = []
    for word in line.text.split(" "):
        candidate = f"{rows[-1]} {word}" if rows else word
        if rows and font.getlength(candidate) <= usable:
            rows[-1] = candidate
        else:
            rows.append(word)
    height = round(size * 1.3)
    image = Image.new("1", (WIDTH_DOTS, height * len(rows)), 1)
    draw = ImageDraw.Draw(image)
    if line.center:
        x, anchor = WIDTH_DOTS / 2, "ma"
    elif has_right_to_left_letters(line.text):
        x, anchor = WIDTH_DOTS - MARGIN_DOTS, "ra"
    else:
        x, anchor = MARGIN_DOTS, "la"
    for number, row in enumerate(rows):
        draw.text((x, number * height + size * 0.1), row, font=font, fill=0, anchor=anchor)
    return image


def raster_command(image: Image) -> bytes:
    """``GS v 0`` with ``image`` (mode "1"): the printer's raster bit image, a row after
    the other, eight dots a byte, the leftmost in the high bit; a set bit prints black."""
    width = (image.width + 7) // 8
    dots = bytes(byte ^ 0xFF for byte in image.tobytes())  # Pillow's "1": a set bit is white
    return b"\x1dv0\x00" + bytes((width % 256, width // 256, image.height % 256,
                                  image.height // 256)) + dots
