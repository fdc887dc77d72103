"""Plural forms: which of a translation's forms fits a count ("1 Sekunde", "5 Sekunden").

A text with a count is written once per plural form of each language, as Qt Linguist
keeps it (``<message numerus="yes">`` with one ``<numerusform>`` per form, in Qt's
order; ``pyside6-lupdate`` writes that many empty forms for a language). The form a
count takes follows the Unicode CLDR plural rules for whole numbers; counts here are
always whole (seconds, items). ``tests/test_plural.py`` checks every rule against
CLDR's own sample numbers (``tests/data/cldr``) and the number of forms against the
``.ts`` files.
"""

from __future__ import annotations

# Qt's forms of each language as CLDR categories, in Qt's order. Turkish has one form in
# Qt: a noun after a numeral stays singular ("5 saniye"). For Polish, Russian and
# Ukrainian, CLDR's "other" covers fractions only, which a count never is.
FORMS: dict[str, tuple[str, ...]] = {
    "de": ("one", "other"),
    "en": ("one", "other"),
    "tr": ("other",),
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "uk": ("one", "few", "many"),
    "ru": ("one", "few", "many"),
    "pl": ("one", "few", "many"),
    "ro": ("one", "few", "other"),
}


def base_language(language: str) -> str:
    """``de-x-ls`` (Leichte Sprache) counts as German does."""
    return language.split("-")[0]


def category(language: str, count: int) -> str:
    """The CLDR plural category of a whole ``count`` in ``language``."""
    n = abs(count)
    tens, hundreds = n % 10, n % 100
    lang = base_language(language)
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= hundreds <= 10:
            return "few"
        return "many" if 11 <= hundreds <= 99 else "other"
    if lang in ("ru", "uk"):
        if tens == 1 and hundreds != 11:
            return "one"
        return "few" if 2 <= tens <= 4 and not 12 <= hundreds <= 14 else "many"
    if lang == "pl":
        if n == 1:
            return "one"
        return "few" if 2 <= tens <= 4 and not 12 <= hundreds <= 14 else "many"
    if lang == "ro":
        if n == 1:
            return "one"
        return "few" if n == 0 or 1 <= hundreds <= 19 else "other"
    return "one" if n == 1 else "other"  # de, en, tr and the languages like them


def form_index(language: str, count: int) -> int:
    """Which of the language's forms ``count`` takes (the last one if Qt merges it)."""
    forms = FORMS.get(base_language(language), ("one", "other"))
    found = category(language, count)
    return forms.index(found) if found in forms else len(forms) - 1
