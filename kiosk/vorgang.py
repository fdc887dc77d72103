"""Vorgangsnummer: the reference a citizen takes home on the receipt.

Not personal, not guessable, easy to read aloud at the counter: the year, then
eight characters of Crockford base32 in two groups and one check character
(``2026-7K4Q-M2XD-8``). Crockford's alphabet has no I, L, O or U, so nothing is
misread on the phone.
"""

from __future__ import annotations

import secrets
from datetime import datetime

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK_ALPHABET = ALPHABET + "*~$=U"  # Crockford's 37-symbol check alphabet


def _check_symbol(value: int) -> str:
    return _CHECK_ALPHABET[value % 37]


def new_vorgangsnummer(now: datetime | None = None) -> str:
    year = (now or datetime.now()).year
    value = secrets.randbits(40)
    body = "".join(ALPHABET[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{year}-{body[:4]}-{body[4:]}-{_check_symbol(value)}"


def is_valid_vorgangsnummer(text: str) -> bool:
    parts = text.strip().upper().split("-")
    if len(parts) != 4 or not parts[0].isdigit() or len(parts[0]) != 4:
        return False
    body = parts[1] + parts[2]
    if len(body) != 8 or len(parts[3]) != 1 or any(c not in ALPHABET for c in body):
        return False
    value = 0
    for char in body:
        value = (value << 5) | ALPHABET.index(char)
    return _check_symbol(value) == parts[3]
