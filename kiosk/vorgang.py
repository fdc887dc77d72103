"""Vorgangsnummer: the reference a citizen takes home on the receipt.

Not personal, not guessable, easy to read aloud at the counter: the year, then
eight characters of Crockford base32 in two groups and one check character
(``2026-7K4Q-M2XD-8``). Crockford's alphabet has no I, L, O or U, so nothing is
misread on the phone.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _times_two(value: int) -> int:
    """Multiplication by x in GF(32), modulo x^5 + x^2 + 1."""
    value <<= 1
    return (value ^ 0b100101) if value & 0b100000 else value


def check_symbol(body: str) -> str:
    """Damm-style check character, from the same alphabet (nothing to spell out).

    Each symbol s updates ``state = 2·state ⊕ s`` in GF(32), a totally
    anti-symmetric quasigroup: every single wrong character and every swap of two
    neighbouring characters changes the final state, hence the check character.
    (Crockford's own check symbols include ``* ~ $ =``: not for reading aloud.)
    """
    state = 0
    for char in body:
        state = _times_two(state) ^ ALPHABET.index(char)
    return ALPHABET[_times_two(state)]


def new_vorgangsnummer(now: datetime | None = None) -> str:
    year = now.year if now is not None else time.localtime().tm_year
    value = int.from_bytes(os.urandom(5), "big")  # 40 random bits from the OS's CSPRNG
    body = "".join(ALPHABET[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{year}-{body[:4]}-{body[4:]}-{check_symbol(body)}"


def is_valid_vorgangsnummer(text: str) -> bool:
    parts = text.strip().upper().split("-")
    if len(parts) != 4 or not parts[0].isdigit() or len(parts[0]) != 4:
        return False
    body = parts[1] + parts[2]
    if len(body) != 8 or len(parts[3]) != 1 or any(c not in ALPHABET for c in body):
        return False
    return check_symbol(body) == parts[3]
