"""Plural forms: the rules against CLDR's own samples, the forms against Qt Linguist's files,
and the texts with a count as a citizen reads them ("1 Sekunde", not "1 Sekunden")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kiosk.base.catalogue import PLURAL_SEPARATOR, Catalogue, read_ts
from kiosk.base.plural import FORMS, base_language, category, form_index

DATA = Path(__file__).parent / "data" / "cldr" / "plurals.json"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"
OFFERED = ("de", "de-x-ls", "en", "tr", "ar", "uk", "ru", "pl", "ro")
RECEIPT = ("ReceiptScreen", "This screen closes in %n seconds.")


def _cldr_integer_samples() -> list[tuple[str, str, int]]:
    """(language, category, n) for every @integer sample CLDR gives ("2~16" is a range)."""
    rules = json.loads(DATA.read_text(encoding="utf-8"))["supplemental"]["plurals-type-cardinal"]
    samples = []
    for language, by_category in rules.items():
        for key, rule in by_category.items():
            found = re.search(r"@integer ([^@]*)", rule)
            if found is None:
                continue
            for part in found[1].replace("…", "").split(","):
                part = part.strip()
                if "~" in part:
                    low, high = (int(x) for x in part.split("~"))
                    samples += [(language, key.rsplit("-", 1)[1], n) for n in range(low, high + 1)]
                elif part:
                    samples.append((language, key.rsplit("-", 1)[1], int(part)))
    return samples


SAMPLES = _cldr_integer_samples()


def test_the_cldr_data_covers_every_offered_language() -> None:
    assert {base_language(language) for language in OFFERED} == {s[0] for s in SAMPLES}
    assert len(SAMPLES) > 300


@pytest.mark.parametrize(("language", "expected", "n"), SAMPLES)
def test_each_rule_gives_cldrs_category_for_its_samples(language: str, expected: str,
                                                         n: int) -> None:
    assert category(language, n) == expected


@pytest.mark.parametrize("language", OFFERED)
def test_every_text_with_a_count_has_qts_number_of_forms(language: str) -> None:
    """pyside6-lupdate writes as many <numerusform> as Qt has forms for the language; each
    is filled and keeps the count."""
    entries = [e for e in read_ts(TRANSLATIONS / f"kiosk_{language}.ts")
               if PLURAL_SEPARATOR in e.translation or "%n" in e.source]
    assert len(entries) >= 2, "the idle warning and the receipt count seconds"
    for entry in entries:
        forms = entry.translation.split(PLURAL_SEPARATOR)
        assert len(forms) == len(FORMS[base_language(language)]), (language, entry.source)
        assert entry.finished, (language, entry.source)
        assert all("%n" in form for form in forms), (language, entry.source)


@pytest.mark.parametrize(("language", "n", "word"), [
    ("de", 1, "1 Sekunde."), ("de", 2, "2 Sekunden."), ("de", 0, "0 Sekunden."),
    ("de-x-ls", 1, "1 Sekunde zu."),
    ("en", 1, "1 second."), ("en", 21, "21 seconds."),
    ("tr", 1, "1 saniye"), ("tr", 5, "5 saniye"),
    ("ru", 1, "1 секунду"), ("ru", 3, "3 секунды"), ("ru", 11, "11 секунд"),
    ("ru", 21, "21 секунду"), ("ru", 22, "22 секунды"), ("ru", 25, "25 секунд"),
    ("uk", 1, "1 секунду"), ("uk", 4, "4 секунди"), ("uk", 14, "14 секунд"),
    ("pl", 1, "1 sekundę"), ("pl", 2, "2 sekundy"), ("pl", 5, "5 sekund"),
    ("pl", 12, "12 sekund"), ("pl", 22, "22 sekundy"),
    ("ro", 1, "1 secundă"), ("ro", 2, "2 secunde"), ("ro", 19, "19 secunde"),
    ("ro", 20, "20 de secunde"), ("ro", 60, "60 de secunde"),
    ("ar", 2, "2 ثانيتين"), ("ar", 5, "5 ثوانٍ"), ("ar", 11, "11 ثانية"),
])
def test_the_receipt_countdown_agrees_with_its_count(language: str, n: int, word: str) -> None:
    """What the screen shows: the catalogue's form for the count, with Qt's %n filled."""
    found = Catalogue(TRANSLATIONS).lookup(language, *RECEIPT, count=n)
    assert found is not None
    assert word in found.replace("%n", str(n))


def test_a_text_without_forms_is_its_own_form_and_unknown_texts_are_none() -> None:
    catalogue = Catalogue(TRANSLATIONS)
    assert catalogue.lookup("de", "Idle", "Yes, more time", count=3) == "Ja, mehr Zeit"
    assert catalogue.lookup("de", "Nowhere", "Nothing %n", count=3) is None
    assert catalogue.lookup("en", "Nowhere", "Nothing %n", count=3) == "Nothing %n"
    assert form_index("xx", 1) == 0  # a language without rules counts as English does


def test_the_screens_show_the_form_for_the_count(qapp) -> None:  # type: ignore[no-untyped-def]
    """Through Qt's tr(): the translator hands Qt the form, Qt fills in %n."""
    from ui.i18n import set_language
    from ui.screens.receipt import ReceiptScreen

    screen = ReceiptScreen()
    try:
        set_language("de")
        screen.show_countdown(1)
        assert screen.countdown.text() == "Diese Anzeige schließt sich in 1 Sekunde."
        screen.show_countdown(2)
        assert screen.countdown.text() == "Diese Anzeige schließt sich in 2 Sekunden."
        set_language("en")
        screen.show_countdown(1)
        assert screen.countdown.text() == "This screen closes in 1 second."
        set_language("ru")
        screen.show_countdown(22)
        assert screen.countdown.text() == "Этот экран закроется через 22 секунды."
    finally:
        set_language("de")
        screen.deleteLater()
