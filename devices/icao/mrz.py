"""Machine readable zone (ICAO 9303 parts 4-6): TD1, TD2 and TD3 formats, check digits.

``parse_mrz`` turns the MRZ text (from DG1 or typed by a technician) into
``MrzData``; ``MrzKeys`` holds the three values BAC and PACE-with-MRZ derive
their keys from. Malformed input raises ``MrzError``, never anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ALLOWED = re.compile(r"^[A-Z0-9<]*$")


class MrzError(ValueError):
    """The text is not a valid MRZ."""


def char_value(c: str) -> int:
    if c.isdigit():
        return ord(c) - 48
    if "A" <= c <= "Z":
        return ord(c) - 55
    if c == "<":
        return 0
    raise MrzError(f"character {c!r} is not allowed in an MRZ")


def check_digit(field: str) -> str:
    weights = (7, 3, 1)
    return str(sum(char_value(c) * weights[i % 3] for i, c in enumerate(field)) % 10)


def _digit_ok(field: str, digit: str) -> bool:
    if digit == "<":  # an empty optional field may carry '<' as its check digit
        return field.strip("<") == ""
    return check_digit(field) == digit


def yymmdd_to_date(value: str, *, expiry: bool, today: dt.date | None = None) -> dt.date:
    if len(value) != 6 or not value.isdigit():
        raise MrzError("date is not YYMMDD")
    today = today or dt.date.today()
    yy, mm, dd = int(value[:2]), int(value[2:4]), int(value[4:])
    if expiry:
        year = 2000 + yy if yy < 70 else 1900 + yy
    else:
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError as exc:
        raise MrzError(f"not a date: {exc}") from None


@dataclass(frozen=True)
class MrzKeys:
    """Document number, date of birth and date of expiry (YYMMDD): the BAC key input."""

    document_number: str
    birth_date: str
    expiry_date: str

    def __post_init__(self) -> None:
        if not self.document_number or not _ALLOWED.match(self.document_number.upper()):
            raise MrzError("document number must be letters, digits or '<'")
        for value in (self.birth_date, self.expiry_date):
            if len(value) != 6 or not value.isdigit():
                raise MrzError("dates must be YYMMDD")

    def key_seed_info(self) -> bytes:
        """MRZ_information of ICAO 9303-11 4.3.2 (document number padded to 9)."""
        number = self.document_number.upper().ljust(9, "<")
        text = (number + check_digit(number) + self.birth_date + check_digit(self.birth_date)
                + self.expiry_date + check_digit(self.expiry_date))
        return text.encode("ascii")


@dataclass(frozen=True)
class MrzData:
    format: str  # TD1, TD2, TD3
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str  # YYMMDD as on the document
    sex: str
    expiry_date: str
    optional_data: str
    check_digits_ok: bool

    def keys(self) -> MrzKeys:
        return MrzKeys(self.document_number, self.birth_date, self.expiry_date)

    def birth_date_iso(self) -> str:
        return yymmdd_to_date(self.birth_date, expiry=False).isoformat()

    def expiry_date_iso(self) -> str:
        return yymmdd_to_date(self.expiry_date, expiry=True).isoformat()


def _names(field: str) -> tuple[str, str]:
    primary, _sep, secondary = field.strip("<").partition("<<")
    return primary.replace("<", " ").strip(), secondary.replace("<", " ").strip()


def _clean(text: str) -> str:
    return text.replace("<", " ").strip()


def split_lines(text: str) -> list[str]:
    """MRZ lines from text with newlines, or from one run-together string."""
    raw = text.strip().upper()
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    if len(lines) == 1:
        one = lines[0].replace(" ", "")
        for width, count in ((44, 2), (36, 2), (30, 3)):
            if len(one) == width * count:
                return [one[i * width:(i + 1) * width] for i in range(count)]
    return lines


def parse_mrz(text: str) -> MrzData:
    lines = split_lines(text)
    for line in lines:
        if not _ALLOWED.match(line):
            raise MrzError("the MRZ may contain only A-Z, 0-9 and '<'")
    shape = (len(lines), {len(ln) for ln in lines})
    if shape == (3, {30}):
        return _td1(*lines)
    if shape == (2, {36}):
        return _td2(*lines)
    if shape == (2, {44}):
        return _td3(*lines)
    raise MrzError("an MRZ has 3 lines of 30, or 2 lines of 36 or 44 characters")


def _document_number(number: str, digit: str, optional: str) -> tuple[str, str, str]:
    """Long document numbers (ICAO 9303-5 4.2.4): '<' as check digit, rest in optional data."""
    if digit == "<" and optional.strip("<"):
        rest = optional.split("<", 1)[0]
        if rest:
            return number + rest[:-1], rest[-1], optional[len(rest):]
    return number, digit, optional


def _td1(l1: str, l2: str, l3: str) -> MrzData:
    number, digit, opt1 = _document_number(l1[5:14], l1[14], l1[15:30])
    full_number = number.rstrip("<")
    ok = (_digit_ok(number, digit) and _digit_ok(l2[0:6], l2[6]) and _digit_ok(l2[8:14], l2[14])
          and _digit_ok(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]))
    surname, given = _names(l3)
    return MrzData("TD1", _clean(l1[0:2]), _clean(l1[2:5]), surname, given, full_number,
                   _clean(l2[15:18]), l2[0:6], _clean(l2[7]), l2[8:14],
                   _clean(opt1 + l2[18:29]), ok)


def _td2(l1: str, l2: str) -> MrzData:
    number, digit, opt = _document_number(l2[0:9], l2[9], l2[28:35])
    ok = (_digit_ok(number, digit) and _digit_ok(l2[13:19], l2[19])
          and _digit_ok(l2[21:27], l2[27])
          and _digit_ok(l2[0:10] + l2[13:20] + l2[21:35], l2[35]))
    surname, given = _names(l1[5:36])
    return MrzData("TD2", _clean(l1[0:2]), _clean(l1[2:5]), surname, given,
                   number.rstrip("<"), _clean(l2[10:13]), l2[13:19], _clean(l2[20]),
                   l2[21:27], _clean(opt), ok)


def _td3(l1: str, l2: str) -> MrzData:
    ok = (_digit_ok(l2[0:9], l2[9]) and _digit_ok(l2[13:19], l2[19])
          and _digit_ok(l2[21:27], l2[27]) and _digit_ok(l2[28:42], l2[42])
          and _digit_ok(l2[0:10] + l2[13:20] + l2[21:43], l2[43]))
    surname, given = _names(l1[5:44])
    return MrzData("TD3", _clean(l1[0:2]), _clean(l1[2:5]), surname, given,
                   l2[0:9].rstrip("<"), _clean(l2[10:13]), l2[13:19], _clean(l2[20]),
                   l2[21:27], _clean(l2[28:42]), ok)
