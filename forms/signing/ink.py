"""The one ink renderer: a signature's strokes as line segments, placed in a box.

``segments`` scales the pad's samples into a target box (aspect ratio kept,
centred, or with the pad's guide line on a given line: the ink sits on the
printed signature line) and gives each segment its width from the pen's pressure; the two
painters draw them, on a reportlab canvas (the application PDF, the signature
field's appearance) or as a PNG with Pillow (the escrow holder's evidence).
Both therefore show the same ink, the same width and the same position.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from forms.signing.capture import Ink

INK_RGB: Final = (0.04, 0.12, 0.27)  # a dark blue, like a ballpoint pen
# The pad's guide line, as a fraction of its height from the top (ui/signature_pad.py
# draws it there); on paper it lands on the signature line.
BASELINE: Final = 0.75
# Line width in pad units: from a light touch to full pressure.
MIN_WIDTH: Final = 1.8
PRESSURE_WIDTH: Final = 3.4


@dataclass(frozen=True)
class Segment:
    """A straight piece of ink in the target's coordinates; a dot when both ends match."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float


def segments(ink: Ink, x: float, y: float, width: float, height: float, *,
             y_up: bool = True, line_y: float | None = None) -> Iterator[Segment]:
    """The ink in the box (x, y, width, height); ``y_up``: the box's y axis points up (PDF).

    ``line_y`` (PDF, ``y_up``): the pad's guide line goes there, the ink above it fills
    the box's upper part and what the pen wrote below the line reaches below it.
    """
    if line_y is not None and y_up:
        scale = min(width / ink.width, (y + height - line_y) / (BASELINE * ink.height))
        off_x = x + (width - ink.width * scale) / 2
        off_y = line_y - (1 - BASELINE) * ink.height * scale
    else:
        scale = min(width / ink.width, height / ink.height)
        off_x = x + (width - ink.width * scale) / 2
        off_y = y + (height - ink.height * scale) / 2

    def place(px: float, py: float) -> tuple[float, float]:
        return (off_x + px * scale,
                off_y + (ink.height - py) * scale if y_up else off_y + py * scale)

    for stroke in ink.strokes:
        if len(stroke) == 1:
            (sx, sy) = place(stroke[0].x, stroke[0].y)
            yield Segment(sx, sy, sx, sy, (MIN_WIDTH + PRESSURE_WIDTH * stroke[0].pressure)
                          * scale)
            continue
        for a, b in itertools.pairwise(stroke):
            (ax, ay), (bx, by) = place(a.x, a.y), place(b.x, b.y)
            pressure = (a.pressure + b.pressure) / 2
            yield Segment(ax, ay, bx, by, max(0.3, (MIN_WIDTH + PRESSURE_WIDTH * pressure)
                                              * scale))


def draw_on_canvas(canvas: Any, ink: Ink, x: float, y: float, width: float,
                   height: float, *, line_y: float | None = None) -> None:
    """Draw ``ink`` into the box on a reportlab canvas (PDF coordinates, clipped);
    with ``line_y`` the pad's guide line lies on that line (see ``segments``)."""
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setStrokeColorRGB(*INK_RGB)
    canvas.setFillColorRGB(*INK_RGB)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for piece in segments(ink, x, y, width, height, line_y=line_y):
        if (piece.x1, piece.y1) == (piece.x2, piece.y2):
            canvas.circle(piece.x1, piece.y1, piece.width / 2, stroke=0, fill=1)
            continue
        canvas.setLineWidth(piece.width)
        canvas.line(piece.x1, piece.y1, piece.x2, piece.y2)
    canvas.restoreState()


def render_png(ink: Ink, path: Any, *, margin: int = 20) -> None:
    """``ink`` on white at the pad's own size (Pillow; the escrow holder's PNG)."""
    from PIL import Image, ImageDraw  # Pillow loads only for the escrow holder's tool

    size = (round(ink.width) + 2 * margin, round(ink.height) + 2 * margin)
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    colour = tuple(round(c * 255) for c in INK_RGB)
    for piece in segments(ink, margin, margin, ink.width, ink.height, y_up=False):
        w = max(1, round(piece.width))
        if (piece.x1, piece.y1) == (piece.x2, piece.y2):
            r = w / 2
            draw.ellipse([piece.x1 - r, piece.y1 - r, piece.x1 + r, piece.y1 + r], fill=colour)
        else:
            draw.line([(piece.x1, piece.y1), (piece.x2, piece.y2)], fill=colour, width=w,
                      joint="curve")
    image.save(path)
