"""Capture model of a handwritten signature: strokes of timed, pressured samples.

Qt-free: the journey owns a ``SignatureCapture``; the UI's signature pad feeds
it samples from mouse, touch or pen events (every sample is kept) and draws
what it holds. ``check()`` refuses a dot or a single straight line with a
message that says why. ``snapshot()`` is the immutable ``Ink`` that the PDF,
the PAdES signature and the biometric record are made from.
"""

from __future__ import annotations

import itertools
import math
from typing import NamedTuple

from kiosk.base.i18n import N_, Message


class Sample(NamedTuple):  # thousands per signature: small, built without generated code
    x: float
    y: float
    t_ms: float
    pressure: float = 0.5
    tilt_x: float | None = None  # degrees, -90..90, pens that report it
    tilt_y: float | None = None


class Ink:
    """A finished signature: every sample of every stroke, and the pad's size.

    Coordinates are the pad's (origin top left, y down), in the units of
    ``width`` and ``height``. A frozen value, equal and hashed by all three, written as
    a plain class (a dataclass's generated methods cost start-up time).
    """

    __slots__ = ("height", "strokes", "width")
    __match_args__ = ("strokes", "width", "height")
    strokes: tuple[tuple[Sample, ...], ...]
    width: float
    height: float

    def __init__(self, strokes: tuple[tuple[Sample, ...], ...], width: float,
                 height: float) -> None:
        if not (width > 0 and height > 0):
            raise ValueError("signature pad size must be positive")
        object.__setattr__(self, "strokes", strokes)
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "height", height)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: an Ink is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: an Ink is frozen")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ink) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.strokes, self.width, self.height) == (other.strokes, other.width,
                                                           other.height)

    def __hash__(self) -> int:
        return hash((self.strokes, self.width, self.height))

    def __reduce__(self) -> tuple[type[Ink], tuple[tuple[tuple[Sample, ...], ...], float, float]]:
        return Ink, (self.strokes, self.width, self.height)

    @property
    def sample_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def __repr__(self) -> str:  # a signature is personal data: never in a log line
        return f"Ink(<{len(self.strokes)} strokes, {self.sample_count} samples>)"


class SignatureCapture:
    """The pen's samples as they come, stroke by stroke; one per pad (identity, not
    value: a plain class, which costs the kiosk's start-up nothing to define)."""

    def __init__(self, width: float, height: float,
                 strokes: list[list[Sample]] | None = None) -> None:
        self.width = width
        self.height = height
        self.strokes: list[list[Sample]] = strokes if strokes is not None else []
        self._open = False

    def begin_stroke(self, sample: Sample) -> None:
        self.strokes.append([sample])
        self._open = True

    def add(self, sample: Sample) -> None:
        if not self._open:
            self.begin_stroke(sample)
        else:
            self.strokes[-1].append(sample)

    def end_stroke(self) -> None:
        self._open = False

    def clear(self) -> None:
        self.strokes.clear()
        self._open = False

    @property
    def sample_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def path_length(self) -> float:
        total = 0.0
        for stroke in self.strokes:
            for a, b in itertools.pairwise(stroke):
                total += math.hypot(b.x - a.x, b.y - a.y)
        return total

    def check(self) -> Message | None:
        """None when the capture looks like a signature, else why not."""
        if not self.strokes:
            return N_("Signature", "Please sign in the box with your finger or the pen.")
        xs = [p.x for s in self.strokes for p in s]
        ys = [p.y for s in self.strokes for p in s]
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        if span_x < self.width * 0.12 or self.path_length() < self.width * 0.25:
            return N_("Signature", "The signature is too small. Please sign across the box "
                      "as you would on paper.")
        if span_y < self.height * 0.06 or _is_straight(self.strokes):
            return N_("Signature", "A straight line is not a signature. Please sign with "
                      "your name as you would on paper.")
        return None

    def snapshot(self) -> Ink:
        """Every sample of every stroke, immutable (handed to the storage thread)."""
        return Ink(tuple(tuple(s) for s in self.strokes if s), max(self.width, 1.0),
                   max(self.height, 1.0))

    def __repr__(self) -> str:
        return f"SignatureCapture(<{len(self.strokes)} strokes>)"


def _is_straight(strokes: list[list[Sample]]) -> bool:
    """True when all samples lie close to one line (a dash, not handwriting)."""
    points = [(p.x, p.y) for s in strokes for p in s]
    n = len(points)
    if n < 3:
        return True
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    syy = sum((y - mean_y) ** 2 for _, y in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    # Smallest eigenvalue of the covariance: spread across the main direction.
    trace, det = sxx + syy, sxx * syy - sxy * sxy
    minor = trace / 2 - math.sqrt(max(trace * trace / 4 - det, 0.0))
    return math.sqrt(max(minor, 0.0) / n) < 3.0
