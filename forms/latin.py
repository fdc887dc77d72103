"""The DIN SPEC 91379 character repertoire (normative Latin part), as code points.

DIN SPEC 91379 ("Zeichen in Unicode für die elektronische Verarbeitung von Namen
und den Datenaustausch in Europa") fixes the characters German registries must
accept and print: Latin letters with their diacritics (group A, letters; some
only as a base letter followed by combining marks), and the non-letters of
groups B and C (ASCII and Latin-1 punctuation, typographic quotes, €). Greek and
Cyrillic (groups D/E) are not part of the normative subset and are refused.

The table below follows the standard's blocks; Latin Extended Additional is
taken whole (the standard lists nearly all of it), which errs on accepting.
``is_din91379`` checks an NFC string; ``REPERTOIRE`` is what a PDF font must cover.
"""

from __future__ import annotations

import unicodedata
from typing import Final


def _ranges(*spans: tuple[int, int]) -> frozenset[int]:
    return frozenset(cp for low, high in spans for cp in range(low, high + 1))


# Letters (group A) as precomposed characters.
LETTERS: Final = _ranges(
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0xFF),
    (0x100, 0x17F),                        # Latin Extended-A
    (0x187, 0x188), (0x18F, 0x18F), (0x197, 0x197), (0x1A0, 0x1A1), (0x1AF, 0x1B0),
    (0x1B7, 0x1B7), (0x1CD, 0x1DC), (0x1DE, 0x1FF), (0x218, 0x21B), (0x21E, 0x21F),
    (0x227, 0x233), (0x259, 0x259), (0x268, 0x268), (0x292, 0x292),
    (0x2B9, 0x2BF), (0x2C8, 0x2C8), (0x2CC, 0x2CC),  # modifier letters (ʻ ʼ ʾ ʿ …)
    (0x1E02, 0x1EF9), (0x1E9E, 0x1E9E),    # Latin Extended Additional, capital ẞ
)
# Combining marks allowed after a letter (sequences such as "L̥" or "Ə̃").
COMBINING: Final = frozenset({
    0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x30A, 0x30B, 0x30C, 0x30F,
    0x311, 0x313, 0x315, 0x31B, 0x323, 0x324, 0x325, 0x326, 0x327, 0x328, 0x32D, 0x32E,
    0x330, 0x331, 0x335,
})
# Non-letters (groups B and C): printable ASCII, Latin-1 signs, typographic punctuation.
NON_LETTERS: Final = _ranges(
    (0x20, 0x40), (0x5B, 0x60), (0x7B, 0x7E), (0xA0, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7),
    (0x2013, 0x2014), (0x2018, 0x201A), (0x201C, 0x201E), (0x2026, 0x2026), (0x20AC, 0x20AC),
)
REPERTOIRE: Final = LETTERS | COMBINING | NON_LETTERS


def is_din91379(value: str) -> bool:
    """Whether every character of ``value`` (NFC) is in the normative repertoire."""
    previous_letter = False
    for ch in unicodedata.normalize("NFC", value):
        cp = ord(ch)
        if cp in COMBINING:
            if not previous_letter:
                return False
            continue
        if cp not in LETTERS and cp not in NON_LETTERS:
            return False
        previous_letter = cp in LETTERS
    return True
