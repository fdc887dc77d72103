"""Keyboard-wedge barcode scanners: they type what they read, fast, and press Enter.

A person types a few characters a second; a wedge scanner sends a whole code in a
burst (USB HID: a key every few milliseconds) ending in Enter. ``WedgeBuffer`` is
fed every printable key with its event time (Qt's ``QKeyEvent.timestamp()``, in
milliseconds) and Enter; it answers the code when the keys since the last pause
came as such a burst, and nothing for typing (which the focused field takes).
"""

from __future__ import annotations

from typing import Final

BURST_GAP_MS: Final = 50  # the longest pause between two keys of one scan
MIN_LENGTH: Final = 6  # shorter bursts are not codes (a key held, a double tap)


class WedgeBuffer:
    def __init__(self, *, gap_ms: int = BURST_GAP_MS, min_length: int = MIN_LENGTH) -> None:
        self.gap_ms, self.min_length = gap_ms, min_length
        self._chars: list[str] = []
        self._last: int | None = None

    def key(self, char: str, at_ms: int) -> None:
        if self._last is not None and at_ms - self._last > self.gap_ms:
            self._chars = []  # a pause: what came before was typed
        self._chars.append(char)
        self._last = at_ms

    def enter(self, at_ms: int) -> str | None:
        """The scanned code, if the keys before this Enter were a burst; else None."""
        burst = (self._last is not None and at_ms - self._last <= self.gap_ms
                 and len(self._chars) >= self.min_length)
        code = "".join(self._chars) if burst else None
        self.reset()
        return code

    def reset(self) -> None:
        self._chars, self._last = [], None
