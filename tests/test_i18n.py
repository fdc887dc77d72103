"""The one catalogue of texts stays honest: every offered language has every text, each
translation keeps its placeholders, and the files are in sync with the code and the forms.

Everything here works on the real files in ``assets/translations`` and the real source
tree; the extraction is the one ``packaging/update-translations.sh`` runs (pyside6-lupdate
for the program's texts, ``packaging/form_texts.py`` for the form definitions').
"""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from forms.loader import shipped_forms
from forms.texts import form_messages
from kiosk.base.catalogue import (
    DOMAINS,
    NAMES_FILE,
    PLURAL_SEPARATOR,
    Catalogue,
    Entry,
    catalogue,
    read_names,
    read_ts,
    source_language_of,
)
from kiosk.base.i18n import N_, Message

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
SOURCE_PACKAGES = ("kiosk", "devices", "ui", "forms", "sync")
VENV_BIN = ROOT / ".venv" / "bin"
LANGUAGES = catalogue().languages()

#: German texts other tests and the journey rely on, word for word.
EXPECTED = {
    ("SectionScreen", "Next"): "Weiter",
    ("ReceiptScreen", "Sent to the citizens' office."): "An das Bürgerbüro übermittelt.",
    ("IdentifyScreen", "Place ID card on reader"): "Ausweis auflegen",
    ("Validation", "Please fill in this field."): "Bitte füllen Sie dieses Feld aus.",
    ("Footer", "Back"): "Zurück",
    ("Footer", "Cancel"): "Abbrechen",
    ("Header", "Step {current} of {total}"): "Schritt {current} von {total}",
    ("Fields", "(optional)"): "(freiwillig)",
    ("Language", "English"): "Deutsch",
}


def _tool(name: str) -> str:
    path = VENV_BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; it comes with PySide6")
    return found


def placeholder_problems(source: str, translation: str) -> list[str]:
    """Differences between the ``{name}`` placeholders of source and translation."""

    def fields(text: str) -> Counter[str]:
        found: Counter[str] = Counter()
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                found["{" + name + (f"!{conversion}" if conversion else "")
                      + (f":{spec}" if spec else "") + "}"] += 1
        return found

    try:
        wanted = fields(source)
    except ValueError as error:
        return [f"source has broken braces ({error})"]
    try:
        got = fields(translation)
    except ValueError as error:
        return [f"translation has broken braces ({error})"]
    problems = [f"missing {name}" for name in sorted(wanted - got)]
    problems += [f"unexpected {name}" for name in sorted(got - wanted)]
    return problems


# --- the catalogue's files --------------------------------------------------------------


def _tracked_sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard",
         *(f"{package}/*.py" for package in SOURCE_PACKAGES)],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [path for path in listed if (ROOT / path).exists()]


@pytest.fixture(scope="module")
def program_texts(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """Every text the code has, extracted now as the update script does."""
    sources = _tracked_sources()
    assert any(path.startswith("ui/") for path in sources)
    fresh = tmp_path_factory.mktemp("lupdate") / "kiosk_xx.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
         "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", *sources, "-ts", str(fresh)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    texts = [Message(e.context, e.source, disambiguation=e.disambiguation)
             for e in read_ts(fresh)]
    assert len(texts) > 200, "the extraction looks truncated"
    return texts


def form_texts() -> list[Message]:
    texts = [m for form in shipped_forms().values() for m in form_messages(form)]
    assert len(texts) > 300
    return texts


# The languages the terminal speaks (issue 13): BCP 47 tags, Leichte Sprache as de-x-ls.
OFFERED = ("de", "en", "tr", "ar", "uk", "ru", "pl", "ro", "de-x-ls")


def missing(catalogue: Catalogue, texts: list[Message]) -> list[str]:
    """The texts some offered language does not translate (or translates unfinished)."""
    return [f"{language}: {m.context}: {m.source!r} ({m.disambiguation})"
            for language in catalogue.languages() for m in texts
            if catalogue.lookup(language, m.context, m.source, m.disambiguation) is None]


def test_the_languages_are_offered_and_found_from_the_files_alone() -> None:
    assert set(LANGUAGES) == set(OFFERED)
    files = catalogue().files()
    assert ("kiosk", "de") in files
    assert ("forms", "en") in files


def test_the_language_name_index_matches_the_files() -> None:
    """The welcome screen reads the names from the index; it must say what the files say
    (``packaging/update-translations.sh`` writes it)."""
    index = read_names(TRANSLATIONS / NAMES_FILE)
    assert index == catalogue().names_from_files()
    assert index["tr"] == "Türkçe"
    assert index["ar"] == "العربية"


def test_a_missing_index_names_languages_from_the_files(tmp_path: Path) -> None:
    shutil.copy(TRANSLATIONS / "kiosk_uk.ts", tmp_path / "kiosk_uk.ts")
    shutil.copy(TRANSLATIONS / "forms_uk.ts", tmp_path / "forms_uk.ts")
    assert Catalogue(tmp_path).language_name("uk") == "Українська"
    (tmp_path / NAMES_FILE).write_bytes(b"\xff\xfe broken")
    assert Catalogue(tmp_path).language_name("uk") == "Українська"


def test_every_offered_language_has_every_text_of_the_program(
        program_texts: list[Message]) -> None:
    assert missing(catalogue(), program_texts) == []


def test_every_offered_language_has_every_text_of_every_form() -> None:
    assert missing(catalogue(), form_texts()) == []


def test_the_check_fails_for_a_language_that_lacks_a_text(tmp_path: Path) -> None:
    for path in TRANSLATIONS.glob("*.ts"):
        shutil.copy(path, tmp_path / path.name)
    broken = tmp_path / "forms_en.ts"
    text = broken.read_text(encoding="utf-8")
    cut = text.index("<translation>", text.index("<comment>title</comment>"))
    broken.write_text(text[:cut] + '<translation type="unfinished">' +
                      text[cut + len("<translation>"):], encoding="utf-8")
    found = missing(Catalogue(tmp_path), form_texts())
    assert len(found) == 1
    assert found[0].startswith("en: form:")
    (tmp_path / "forms_en.ts").unlink()  # a language without its forms file is not offered
    languages = Catalogue(tmp_path).languages()
    assert "en" not in languages
    assert "de" in languages


def test_files_declare_their_source_language_and_have_nothing_stale() -> None:
    for (domain, language), path in catalogue().files().items():
        assert source_language_of(path) == DOMAINS[domain], path.name
        if language == DOMAINS[domain]:  # only the plural forms of texts with a count
            assert all(PLURAL_SEPARATOR in e.translation for e in read_ts(path)), path.name
        text = path.read_text(encoding="utf-8")
        assert 'type="vanished"' not in text
        assert 'type="obsolete"' not in text


def test_program_files_are_in_sync_with_the_code(program_texts: list[Message]) -> None:
    extracted = {(m.context, m.source, m.disambiguation) for m in program_texts}
    counted = {key for key in extracted if "%n" in key[1]}  # Qt's count placeholder
    for (domain, language), path in catalogue().files().items():
        if domain == "kiosk":
            committed = {(e.context, e.source, e.disambiguation) for e in read_ts(path)}
            # The source language's file holds only the plural forms of texts with a count.
            assert committed == (counted if language == DOMAINS[domain] else extracted), \
                f"{path.name} is stale: run ./packaging/update-translations.sh"


def test_form_files_are_in_sync_with_the_definitions() -> None:
    wanted = {(m.context, m.source, m.disambiguation) for m in form_texts()}
    for (domain, _language), path in catalogue().files().items():
        if domain == "forms":
            committed = {(e.context, e.source, e.disambiguation) for e in read_ts(path)}
            assert committed == wanted, \
                f"{path.name} is stale: run ./packaging/update-translations.sh"


def _entries() -> list[tuple[str, Entry]]:
    return [(path.name, entry) for path in catalogue().files().values()
            for entry in read_ts(path)]


def test_every_translation_keeps_its_placeholders() -> None:
    problems = [f"{name}: {e.context}: {e.source!r}: {problem}"
                for name, e in _entries()
                for problem in placeholder_problems(e.source, e.translation)]
    assert problems == []


@pytest.mark.parametrize(("source", "translation"), [
    ("Step {current} of {total}", "Schritt {current} von"),            # missing
    ("Step {current} of {total}", "Schritt {aktuell} von {total}"),     # renamed
    ("Fee: {amount}", "Gebühr: {amount} ({amount})"),                   # duplicated
    ("Fee: {amount}", "Gebühr: {amount!r}"),                            # conversion added
    ("Fee: {amount}", "Gebühr: {amount"),                               # broken brace
    ("Fee: {amount}", "Gebühr: amount"),                                # braces lost
])
def test_placeholder_checker_catches_broken_samples(source: str, translation: str) -> None:
    assert placeholder_problems(source, translation) != []


def test_placeholder_checker_accepts_reordered_placeholders() -> None:
    assert placeholder_problems("Please enter a whole number from {min} to {max}.",
                                "Bis {max}, ab {min}: bitte eine ganze Zahl.") == []


def test_required_wording() -> None:
    german = {(e.context, e.source): e.translation for e in read_ts(TRANSLATIONS / "kiosk_de.ts")}
    for key, text in EXPECTED.items():
        assert key in german, f"{key} is no longer in the source"
        assert german[key] == text, key
    idle = german[("IdleWarning", "For your privacy, this session ends in %n seconds "
                   "and everything you entered is deleted.")]
    assert idle.split(PLURAL_SEPARATOR)[1].startswith("Zum Schutz Ihrer Daten")


def test_please_stays_bitte_in_validation_messages() -> None:
    wrong = [(e.source, e.translation) for e in read_ts(TRANSLATIONS / "kiosk_de.ts")
             if e.context == "Validation" and e.source.startswith("Please")
             and not e.translation.startswith("Bitte")]
    assert wrong == []


def test_the_qt_free_code_and_the_screens_read_the_same_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import current_language, set_language, translate
    from ui.qt import QCoreApplication

    form = shipped_forms()["meldebescheinigung-einfach"]
    label = form.field("purpose").label
    before = current_language()
    try:
        set_language("de")
        assert QCoreApplication.translate("SectionScreen", "Next") == "Weiter"
        assert translate(N_("Header", "Step {current} of {total}")
                         .format(current=2, total=5)) == "Schritt 2 von 5"
        assert translate(label) == "Verwendungszweck"  # the form's own (German) text
        set_language("en")
        assert QCoreApplication.translate("SectionScreen", "Next") == "Next"
        assert translate(label) == catalogue().text(label, "en") == "Purpose"
        assert QCoreApplication.translate(label.context, label.source,
                                          label.disambiguation) == "Purpose"
    finally:
        set_language(before)


def test_nothing_is_compiled_the_kiosk_reads_the_ts_files() -> None:
    assert list(TRANSLATIONS.glob("*.qm")) == []
    code = ("import sys; from kiosk.base.catalogue import catalogue; from kiosk.base.i18n "
            "import N_; print(catalogue().text(N_('Footer', 'Back'), 'de')); "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60).stdout.split()
    assert out == ["Zurück", "False"]


# --- no computed strings in translation calls ---------------------------------------------

#: For each translation function: which positional arguments are source texts.
_TEXT_ARGS = {"N_": (0, 1), "tr": (0, 1), "translate": (0, 1, 2),
              "QT_TR_NOOP": (0,), "QT_TRANSLATE_NOOP": (0, 1)}
#: Calls allowed to pass computed texts (none: Messages go through the catalogue).
_ALLOWED: set[tuple[str, str]] = set()


def _call_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name) and func.id in ("N_", "tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "tr":
            return "tr"
        if func.attr == "translate" and isinstance(func.value, ast.Name) \
                and func.value.id == "QCoreApplication":
            return "translate"
    return None


def computed_translation_args(tree: ast.AST, path: str = "<sample>") -> list[str]:
    """Translation calls whose source-text arguments are not plain string literals."""
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or (name := _call_name(node.func)) is None:
            continue
        if (path, ast.unparse(node)) in _ALLOWED:
            continue
        args = [node.args[i] for i in _TEXT_ARGS[name] if i < len(node.args)]
        args += [kw.value for kw in node.keywords
                 if kw.arg in ("context", "source", "sourceText", "disambiguation")]
        if not node.args or any(isinstance(arg, ast.Starred) for arg in node.args):
            problems.append(f"{path}:{node.lineno}: {ast.unparse(node)}")
            continue
        for arg in args:
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            # A disambiguation of None is fine; anything computed is not.
            if not literal and not (isinstance(arg, ast.Constant) and arg.value is None
                                    and arg is not node.args[0]):
                kind = "f-string" if isinstance(arg, ast.JoinedStr) else "non-literal"
                problems.append(f"{path}:{node.lineno}: {kind} in {ast.unparse(node)}")
    return problems


def test_no_computed_strings_in_translation_calls() -> None:
    problems = []
    for package in SOURCE_PACKAGES:
        for file in sorted((ROOT / package).rglob("*.py")):
            rel = file.relative_to(ROOT).as_posix()
            problems += computed_translation_args(ast.parse(file.read_text("utf-8")), rel)
    assert problems == []


@pytest.mark.parametrize("code", [
    'N_("Validation", f"Please enter {n} digits.")',
    'self.tr(f"Step {current}")',
    'self.tr("Step " + str(current))',
    'QCoreApplication.translate("Idle", text)',
    'QCoreApplication.translate(ctx, "Next")',
    'N_("Fields", "More" if more else "Fewer")',
    'tr(*args)',
    'N_(context="Fields", source=f"{x}")',
])
def test_translation_call_checker_catches_computed_strings(code: str) -> None:
    assert computed_translation_args(ast.parse(code)) != []


def test_translation_call_checker_accepts_literals() -> None:
    code = ('N_("Fields", "More")\nself.tr("Next")\nself.tr("Change", None)\n'
            'QCoreApplication.translate("SectionScreen", "Next")\n'
            'N_("Idle", "ends in {seconds} seconds").format(seconds=s)\n'
            'self.tr("a long text "\n        "in two pieces")\n')
    assert computed_translation_args(ast.parse(code)) == []
