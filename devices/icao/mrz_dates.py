"""The dates of an MRZ (YYMMDD): unknown parts, and the century of a date of birth.

ICAO 9303-3 fills an unknown day or month of birth with '<' (``64<<<<``: born in
1964; ``6408<<``: in August 1964) - common on residence permits and refugee
travel documents. ``MrzDate`` keeps what is known and never invents the rest.

The MRZ prints two digits of the year. For the expiry date the century is
clear (documents with a chip are not older than 2004, and no document is valid
for 70 years). For the date of birth it is not: ``200512`` may be a child born
in 2020 or a citizen born in 1920. ``birth_date`` decides with today's date
and the document's expiry, as far as they allow, and says when it had to guess:

1. the holder was born neither after today nor after the document's expiry
   (a document is issued to someone already born, and before it expires);
2. nobody alive is older than ``MAX_AGE`` years;
3. a document issued to a minor is valid for at most ``MINOR_VALIDITY_YEARS``
   years (ID cards and passports of Germany and most states), so a document that
   is still valid for longer than that does not belong to a child;
4. otherwise the later century (children far outnumber centenarians), with
   ``century_certain`` false, so that the form asks the citizen to check the year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MAX_AGE = 115
MINOR_VALIDITY_YEARS = 6
ADULT_AGE = 18

_PRINTED = re.compile(r"^([0-9]{2}|<<)([0-9]{2}|<<)([0-9]{2}|<<)$")


@dataclass(frozen=True)
class MrzDate:
    """A date of the MRZ: each part ``None`` when the document does not give it."""

    printed: str  # the six characters as printed, '<' for unknown parts
    year: int | None = None
    month: int | None = None
    day: int | None = None
    century_certain: bool = True
    problem: str = ""  # why the printed value is no date (English, for the technician)

    @property
    def complete(self) -> bool:
        return self.day is not None

    @property
    def known(self) -> bool:
        """At least the year is known."""
        return self.year is not None

    def iso(self) -> str:
        """'1964-08-12', '1964-08' (day unknown), '1964' (day and month unknown) or ''."""
        if self.year is None:
            return ""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def as_date(self) -> dt.date | None:
        """The full date, or None when a part is unknown."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def earliest(self) -> dt.date | None:
        """The first day the date can be (the 1st of its month, or 1 January)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __repr__(self) -> str:  # a date of birth is personal data
        return f"MrzDate({'complete' if self.complete else 'partial'})"


def _parts(printed: str) -> tuple[int | None, int | None, int | None, str]:
    """(yy, month, day, problem) of the printed value; yy is the two-digit year."""
    match = _PRINTED.match(printed)
    if match is None:
        return None, None, None, "a date is six digits, '<' only for an unknown day or month"
    yy, mm, dd = (None if part == "<<" else int(part) for part in match.groups())
    if yy is None:
        return None, None, None, "" if mm is None and dd is None else "the year is unknown"
    if mm is None and dd is not None:
        return None, None, None, "a day without a month"
    if mm is not None and not 1 <= mm <= 12:
        return None, None, None, f"there is no month {mm}"
    if dd is not None:
        assert mm is not None
        try:
            dt.date(2000, mm, dd)  # a leap year: 29 February is checked with the century
        except ValueError:
            return None, None, None, f"there is no day {dd} in month {mm}"
    return yy, mm, dd, ""


def _valid(year: int, month: int | None, day: int | None) -> bool:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:  # 29 February outside a leap year
        return False
    return True


def expiry_date(printed: str) -> MrzDate:
    """The date of expiry: 2000-2069, or 1970-1999 for the oldest documents."""
    yy, mm, dd, problem = _parts(printed)
    if yy is None:
        return MrzDate(printed, problem=problem)
    year = 2000 + yy if yy < 70 else 1900 + yy
    if not _valid(year, mm, dd):
        return MrzDate(printed, problem=f"29 February {year} does not exist")
    return MrzDate(printed, year, mm, dd)


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - int((on.month, on.day) < (birth.month, birth.day))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def birth_date(printed: str, *, expiry: MrzDate | None = None,
               today: dt.date | None = None) -> MrzDate:
    """The date of birth, its century decided as the module docstring says."""
    today = today or dt.date.today()
    yy, mm, dd, problem = _parts(printed)
    if yy is None:
        return MrzDate(printed, problem=problem)
    candidates = [c for c in (2000 + yy, 1900 + yy) if _valid(c, mm, dd)]
    if not candidates:
        return MrzDate(printed, problem="29 February of a year that is no leap year")
    limit = today
    expires = expiry.earliest() if expiry is not None and expiry.known else None
    if expires is not None:
        limit = min(limit, expires)
    possible = [c for c in candidates
                if dt.date(c, mm or 1, dd or 1) <= limit
                and _age(dt.date(c, mm or 1, dd or 1), today) <= MAX_AGE]
    if len(possible) == 1:
        return MrzDate(printed, possible[0], mm, dd)
    if not possible:  # neither reading fits: the earlier century, for the citizen to check
        return MrzDate(printed, candidates[-1], mm, dd, century_certain=False)
    later, earlier = possible
    as_minor = _age(dt.date(later, mm or 1, dd or 1), today) < ADULT_AGE
    if as_minor and expires is not None \
            and expires > _add_years(today, MINOR_VALIDITY_YEARS):
        return MrzDate(printed, earlier, mm, dd)
    return MrzDate(printed, later, mm, dd, century_certain=False)
