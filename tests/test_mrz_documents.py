"""Identity documents as they really are: unknown birth dates, names without a primary
identifier, the century of the date of birth, and where a check digit fails."""

from __future__ import annotations

import datetime as dt

import pytest

from devices.icao import bac
from devices.icao.mrz import MrzError, MrzKeys, check_digit, parse_mrz
from devices.icao.mrz_dates import birth_date, expiry_date

TODAY = dt.date(2026, 12, 1)


def td3(name_field: str, number: str, birth: str, expiry: str, *, sex: str = "F",
        optional: str = "") -> str:
    """A TD3 MRZ with correct check digits (the name field as printed after P<UTO)."""
    line1 = ("P<UTO" + name_field).ljust(44, "<")
    num, opt = number.ljust(9, "<"), optional.ljust(14, "<")
    line2 = (num + check_digit(num) + "UTO" + birth + check_digit(birth) + sex + expiry
             + check_digit(expiry) + opt + check_digit(opt))
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    return line1 + "\n" + line2


# -- unknown day or month of birth ----------------------------------------------------

@pytest.mark.parametrize(("printed", "iso", "complete"), [
    ("64<<<<", "1964", False), ("6408<<", "1964-08", False), ("640812", "1964-08-12", True)])
def test_an_unknown_day_or_month_of_birth_parses_to_a_partial_date(
        printed: str, iso: str, complete: bool) -> None:
    m = parse_mrz(td3("ERIKSSON<<ANNA", "L898902C", printed, "301031"))
    assert m.check_digits_ok
    assert m.birth_date == printed  # as printed: the BAC key is derived from it
    birth = m.birth(TODAY)
    assert birth.iso() == iso
    assert birth.complete is complete
    assert m.birth_date_iso(TODAY) == iso


def test_the_key_seed_takes_the_birth_date_as_printed() -> None:
    """ICAO 9303-11 4.3.2: MRZ_information is the MRZ characters with their check digits."""
    keys = parse_mrz(td3("ERIKSSON<<ANNA", "L898902C", "64<<<<", "301031")).keys()
    # '<' counts 0 in the check digit: 6*7 + 4*3 = 54 -> 4
    assert keys.key_seed_info() == b"L898902C<3" + b"64<<<<4" + b"3010312"
    k_enc, k_mac = bac.basic_keys(keys)  # the emulated chip opens with them: test_card_stack
    assert len(k_enc) == len(k_mac) == 16
    assert k_enc != bac.basic_keys(MrzKeys("L898902C", "640101", "301031"))[0]
    assert MrzKeys("L898902C", "6408<<", "301031").birth_date == "6408<<"


@pytest.mark.parametrize("printed", ["64<<12", "6<0812", "641308", "640230", "<<0812"])
def test_an_impossible_birth_date_is_no_date_and_no_crash(printed: str) -> None:
    birth = birth_date(printed, today=TODAY)
    assert not birth.known
    assert birth.iso() == ""
    assert birth.problem
    with pytest.raises(MrzError):
        MrzKeys("L898902C", "64-812", "301031")


def test_an_entirely_unknown_birth_date_is_unknown_without_a_problem() -> None:
    birth = birth_date("<<<<<<", today=TODAY)
    assert (birth.known, birth.problem, birth.iso()) == (False, "", "")


def test_29_february_is_checked_with_its_century() -> None:
    assert birth_date("000229", today=TODAY).iso() == "2000-02-29"
    assert birth_date("040229", today=TODAY).iso() == "2004-02-29"
    assert not birth_date("010229", today=TODAY).known


# -- names without a primary identifier (ICAO 9303-3 4.6) --------------------------------

@pytest.mark.parametrize(("field", "surname", "given"), [
    ("<<ANNA<MARIA", "", "ANNA MARIA"),
    ("<<FIRST<NAME", "", "FIRST NAME"),
    ("ERIKSSON<<ANNA<MARIA", "ERIKSSON", "ANNA MARIA"),
    ("ERIKSSON", "ERIKSSON", ""),
    ("VON<DER<HEIDE<<KARL<OTTO", "VON DER HEIDE", "KARL OTTO"),
])
def test_names_follow_the_primary_and_secondary_identifier(
        field: str, surname: str, given: str) -> None:
    m = parse_mrz(td3(field, "L898902C", "740812", "301031"))
    assert (m.surname, m.given_names) == (surname, given)


def test_td1_and_td2_without_a_primary_identifier() -> None:
    td1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
           "<<ANNA<MARIA<<<<<<<<<<<<<<<<<<")
    td2 = "I<UTO<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
    for text in (td1, td2):
        m = parse_mrz(text)
        assert (m.surname, m.given_names) == ("", "ANNA MARIA")
        assert m.check_digits_ok


# -- the century of the date of birth -----------------------------------------------------

@pytest.mark.parametrize(("printed", "expiry", "iso", "certain"), [
    # the holder was born before today: 1926-12-15, not in two weeks' time
    ("261215", "301031", "1926-12-15", True),
    # born before the document expired: the 2020 reading is after the expiry of 2019
    ("200512", "190101", "1920-05-12", True),
    # a document valid for longer than a minor's (six years): not a child's
    ("200512", "330101", "1920-05-12", True),
    ("120101", "350101", "1912-01-01", True),
    # nobody is 117: born 2009, even with a long-valid document
    ("090101", "350101", "2009-01-01", True),
    # nobody is 121: born 2005
    ("050301", "300101", "2005-03-01", True),
    ("640812", "301031", "1964-08-12", True),
    # a child's or a centenarian's: the later century, and the citizen is asked to check
    ("200512", "300101", "2020-05-12", False),
    ("26<<<<", "300101", "2026", False),
    ("27<<<<", "300101", "1927", True),
])
def test_the_century_of_the_birth_date(printed: str, expiry: str, iso: str,
                                       certain: bool) -> None:
    birth = birth_date(printed, expiry=expiry_date(expiry), today=TODAY)
    assert (birth.iso(), birth.century_certain) == (iso, certain)
    full = birth.earliest()
    assert full is not None
    assert full <= TODAY  # never a date of birth in the future


def test_no_birth_date_lies_in_the_future_or_after_the_expiry() -> None:
    for yy in range(100):
        for expiry in ("150101", "301231", "361231"):
            printed = f"{yy:02d}1231"
            birth = birth_date(printed, expiry=expiry_date(expiry), today=TODAY)
            day = birth.as_date()
            assert day is not None, printed
            assert day <= TODAY, printed
            age = TODAY.year - day.year - ((TODAY.month, TODAY.day) < (day.month, day.day))
            assert age <= 115, printed


def test_the_expiry_century() -> None:
    assert expiry_date("301031").iso() == "2030-10-31"
    assert expiry_date("991231").iso() == "1999-12-31"
    assert not expiry_date("<<<<<<").known


# -- where a check digit fails ------------------------------------------------------------

TD3 = td3("ERIKSSON<<ANNA<MARIA", "L898902C", "740812", "120415", optional="ZE184226B")


@pytest.mark.parametrize(("index", "name", "position"), [
    (9, "document_number", 10), (19, "birth_date", 20), (27, "expiry_date", 28),
    (42, "optional_data", 43), (43, "composite", 44)])
def test_a_failing_td3_check_digit_names_its_line_and_position(
        index: int, name: str, position: int) -> None:
    line1, line2 = TD3.split("\n")
    wrong = str((int(line2[index]) + 1) % 10)
    m = parse_mrz(line1 + "\n" + line2[:index] + wrong + line2[index + 1:])
    assert not m.check_digits_ok
    first = m.failed_checks()[0]  # the field's own digit (the composite fails with it)
    assert (first.name, first.line, first.position, first.printed) == (name, 2, position, wrong)


def test_td1_check_digit_positions_include_a_long_document_number() -> None:
    """ICAO 9303-5 4.2.4: a number over 9 characters continues in the optional data,
    its check digit after it; '<' stands in the usual place of the check digit."""
    line1 = "I<UTO" + "D23145890" + "<" + "734" + check_digit("D23145890734") + "<" * 11
    line2 = "7408122F1204159UTO" + "<" * 11
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    m = parse_mrz("\n".join((line1, line2, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")))
    assert m.document_number == "D23145890734"
    assert m.check_digits_ok
    first = m.checks[0]
    assert (first.name, first.line, first.position, first.printed) == \
        ("document_number", 1, 19, "9")
    m = parse_mrz("I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                  "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    assert [(c.line, c.position) for c in m.checks] == [(1, 15), (2, 7), (2, 15), (2, 30)]


def test_a_malformed_mrz_says_where() -> None:
    with pytest.raises(MrzError, match=r"line 2, position 3: '\*'"):
        parse_mrz(TD3.replace("L898902C", "L8*8902C"))
    with pytest.raises(MrzError, match="2 line\\(s\\) of 44, 43 characters"):
        parse_mrz(TD3[:-1])


def test_reprs_hold_no_personal_data() -> None:
    m = parse_mrz(TD3)
    for value in (m, m.keys(), m.birth(TODAY), m.expiry()):
        text = repr(value)
        for secret in ("ERIKSSON", "L898902C", "740812", "1974", "120415"):
            assert secret not in text, text
