"""Machine readable zone (ICAO 9303 parts 4-6): TD1, TD2 and TD3 formats, check digits.

``parse_mrz`` turns the MRZ text (from DG1 or typed by a technician) into
``MrzData``; ``MrzKeys`` holds the three values BAC and PACE-with-MRZ derive
their keys from. Malformed input raises ``MrzError``, never anything else.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from devices.icao.mrz_dates import MrzDate, birth_date, expiry_date

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
    """A complete YYMMDD date; ``MrzError`` when it is not one (see ``mrz_dates``)."""
    parsed = expiry_date(value) if expiry else birth_date(value, today=today)
    full = parsed.as_date()
    if full is None:
        raise MrzError(f"not a date: {parsed.problem or 'a part is unknown'}")
    return full


_DATE_AS_PRINTED = re.compile(r"^[0-9<]{6}$")


@dataclass(frozen=True)
class MrzKeys:
    """Document number, date of birth and date of expiry (YYMMDD): the BAC key input.

    The dates are taken as printed: an unknown day or month stays '<' (ICAO 9303-11
    4.3.2 derives the key seed from the MRZ characters themselves).
    """

    document_number: str
    birth_date: str
    expiry_date: str

    def __post_init__(self) -> None:
        if not self.document_number or not _ALLOWED.match(self.document_number.upper()):
            raise MrzError("document number must be letters, digits or '<'")
        for value in (self.birth_date, self.expiry_date):
            if not _DATE_AS_PRINTED.match(value):
                raise MrzError("dates must be YYMMDD ('<' for an unknown day or month)")

    def key_seed_info(self) -> bytes:
        """MRZ_information of ICAO 9303-11 4.3.2 (document number padded to 9)."""
        number = self.document_number.upper().ljust(9, "<")
        text = (number + check_digit(number) + self.birth_date + check_digit(self.birth_date)
                + self.expiry_date + check_digit(self.expiry_date))
        return text.encode("ascii")

    def __repr__(self) -> str:  # the document number and the date of birth are personal
        return "MrzKeys(…)"


@dataclass(frozen=True)
class CheckDigit:
    """One check digit of the MRZ and its verdict; ``line`` and ``position`` count from 1."""

    name: str  # document_number, birth_date, expiry_date, optional_data, composite
    line: int
    position: int
    printed: str
    expected: str
    ok: bool


@dataclass(frozen=True)
class MrzData:
    format: str  # TD1, TD2, TD3
    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str  # YYMMDD as on the document, '<' for an unknown day or month
    sex: str
    expiry_date: str
    optional_data: str
    check_digits_ok: bool
    checks: tuple[CheckDigit, ...] = ()

    def keys(self) -> MrzKeys:
        return MrzKeys(self.document_number, self.birth_date, self.expiry_date)

    def failed_checks(self) -> tuple[CheckDigit, ...]:
        return tuple(c for c in self.checks if not c.ok)

    def expiry(self) -> MrzDate:
        return expiry_date(self.expiry_date)

    def birth(self, today: dt.date | None = None) -> MrzDate:
        """The date of birth as far as the document gives it; the century decided
        with the expiry date and today (``mrz_dates.birth_date``)."""
        return birth_date(self.birth_date, expiry=self.expiry(), today=today)

    def birth_date_iso(self, today: dt.date | None = None) -> str:
        """'1964-08-12', '1964-08', '1964' or '' (unknown or unreadable); never raises."""
        return self.birth(today).iso()

    def expiry_date_iso(self) -> str:
        """'2030-10-31', or '' when the document gives no readable expiry; never raises."""
        return self.expiry().iso()

    def __repr__(self) -> str:  # names, numbers and dates are personal data
        return f"MrzData({self.format}, {self.document_code}, ok={self.check_digits_ok})"


def _names(field: str) -> tuple[str, str]:
    """(primary, secondary identifier) of the name field (ICAO 9303-3 4.6).

    The primary identifier (the surname) ends at the first '<<'; a field that starts
    with '<<' has no primary identifier, and all of it is the secondary identifier
    (``<<ANNA<MARIA``: no surname, given names ANNA MARIA).
    """
    body = field.rstrip("<")
    primary, _sep, secondary = body.partition("<<")
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
    for number, line in enumerate(lines, 1):
        bad = next((i for i, c in enumerate(line) if not _ALLOWED.match(c)), None)
        if bad is not None:
            raise MrzError(f"line {number}, position {bad + 1}: {line[bad]!r} is not allowed; "
                           "the MRZ may contain only A-Z, 0-9 and '<'")
    shape = (len(lines), {len(ln) for ln in lines})
    if shape == (3, {30}):
        return _td1(*lines)
    if shape == (2, {36}):
        return _td2(*lines)
    if shape == (2, {44}):
        return _td3(*lines)
    found = ", ".join(str(len(ln)) for ln in lines) or "none"
    raise MrzError(f"an MRZ has 3 lines of 30, or 2 lines of 36 or 44 characters; this one "
                   f"has {len(lines)} line(s) of {found} characters")


def _document_number(number: str, digit: str, optional: str) -> tuple[str, str, str, int]:
    """Long document numbers (ICAO 9303-5 4.2.4): '<' as check digit, rest in optional data.

    Returns the number, its check digit, the remaining optional data and the check
    digit's offset from the start of the optional data (-1: the usual place).
    """
    if digit == "<" and optional.strip("<"):
        rest = optional.split("<", 1)[0]
        if rest:
            return number + rest[:-1], rest[-1], optional[len(rest):], len(rest) - 1
    return number, digit, optional, -1


def _check(name: str, line: int, position: int, field: str, printed: str) -> CheckDigit:
    expected = check_digit(field)
    return CheckDigit(name, line, position, printed, expected, _digit_ok(field, printed))


def _number_check(line: int, usual: int, rest_at: int, moved: int, number: str,
                  printed: str) -> CheckDigit:
    """The document number's check digit: at ``usual``, or for a long number (``moved``
    >= 0) after the rest of the number, which starts at ``rest_at`` in the optional data.

    ICAO 9303-5 does not say whether the '<' between the two parts counts: issuers and
    libraries compute it both ways (with: cheminfo/mrz; without: ICAO 9303-11 D.2, where
    both give the same digit), so either is accepted.
    """
    if moved < 0:
        return _check("document_number", line, usual, number, printed)
    position = rest_at + moved
    check = _check("document_number", line, position, number, printed)
    with_filler = number[:9] + "<" + number[9:]
    if not check.ok and check_digit(with_filler) == printed:
        return CheckDigit("document_number", line, position, printed, printed, True)
    return check


def _td1(l1: str, l2: str, l3: str) -> MrzData:
    number, digit, opt1, moved = _document_number(l1[5:14], l1[14], l1[15:30])
    checks = (
        _number_check(1, 15, 16, moved, number, digit),
        _check("birth_date", 2, 7, l2[0:6], l2[6]),
        _check("expiry_date", 2, 15, l2[8:14], l2[14]),
        _check("composite", 2, 30, l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]),
    )
    surname, given = _names(l3)
    return MrzData("TD1", _clean(l1[0:2]), _clean(l1[2:5]), surname, given,
                   number.rstrip("<"), _clean(l2[15:18]), l2[0:6], _clean(l2[7]), l2[8:14],
                   _clean(opt1 + l2[18:29]), all(c.ok for c in checks), checks)


def _td2(l1: str, l2: str) -> MrzData:
    number, digit, opt, moved = _document_number(l2[0:9], l2[9], l2[28:35])
    checks = (
        _number_check(2, 10, 29, moved, number, digit),
        _check("birth_date", 2, 20, l2[13:19], l2[19]),
        _check("expiry_date", 2, 28, l2[21:27], l2[27]),
        _check("composite", 2, 36, l2[0:10] + l2[13:20] + l2[21:35], l2[35]),
    )
    surname, given = _names(l1[5:36])
    return MrzData("TD2", _clean(l1[0:2]), _clean(l1[2:5]), surname, given,
                   number.rstrip("<"), _clean(l2[10:13]), l2[13:19], _clean(l2[20]),
                   l2[21:27], _clean(opt), all(c.ok for c in checks), checks)


def _td3(l1: str, l2: str) -> MrzData:
    checks = (
        _check("document_number", 2, 10, l2[0:9], l2[9]),
        _check("birth_date", 2, 20, l2[13:19], l2[19]),
        _check("expiry_date", 2, 28, l2[21:27], l2[27]),
        _check("optional_data", 2, 43, l2[28:42], l2[42]),
        _check("composite", 2, 44, l2[0:10] + l2[13:20] + l2[21:43], l2[43]),
    )
    surname, given = _names(l1[5:44])
    return MrzData("TD3", _clean(l1[0:2]), _clean(l1[2:5]), surname, given,
                   l2[0:9].rstrip("<"), _clean(l2[10:13]), l2[13:19], _clean(l2[20]),
                   l2[21:27], _clean(l2[28:42]), all(c.ok for c in checks), checks)
