"""Translations stay honest: complete, placeholder-safe, in sync with code and .qm.

Everything here works on the real files in ``assets/translations`` and the real
source tree; the commands are the ones ``packaging/update-translations.sh`` runs.
"""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "assets" / "translations"
TS_FILE = TRANSLATIONS / "kiosk_de.ts"
QM_FILE = TRANSLATIONS / "kiosk_de.qm"
SOURCE_PACKAGES = ("kiosk", "devices", "ui", "forms", "sync")
VENV_BIN = ROOT / ".venv" / "bin"

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
}


def _tool(name: str) -> str:
    path = VENV_BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; it comes with PySide6")
    return found


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _catalogue(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(ctx, msg.findtext("source") or ""): msg for ctx, msg in _messages(ts)}


def _unfinished(ts: Path) -> list[str]:
    problems = []
    for ctx, msg in _messages(ts):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        if translation is None:
            problems.append(f"{ctx}: {source!r} has no <translation>")
            continue
        kind = translation.get("type")
        if kind is not None:
            problems.append(f"{ctx}: {source!r} is marked {kind!r}")
        if msg.get("numerus") == "yes":
            forms = [form.text for form in translation.iter("numerusform")]
            if not forms or not all(text and text.strip() for text in forms):
                problems.append(f"{ctx}: {source!r} has an empty plural form")
        elif not (translation.text or "").strip():
            problems.append(f"{ctx}: {source!r} has an empty translation")
    return problems


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


# --- the .ts file ------------------------------------------------------------------------


def test_ts_has_messages_and_all_are_finished() -> None:
    messages = list(_messages(TS_FILE))
    assert len(messages) > 50, "kiosk_de.ts looks truncated"
    assert _unfinished(TS_FILE) == []


def test_ts_has_no_vanished_or_obsolete_entries() -> None:
    text = TS_FILE.read_text(encoding="utf-8")
    assert 'type="vanished"' not in text
    assert 'type="obsolete"' not in text


def test_unfinished_checker_catches_an_unfinished_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de_DE"><context><name>X</name>'
        '<message><source>Next</source><translation>Weiter</translation></message>'
        '<message><source>Back</source><translation type="unfinished"></translation></message>'
        '<message><source>Old</source><translation type="vanished">Alt</translation></message>'
        '<message><source>Empty</source><translation>  </translation></message>'
        "</context></TS>\n", encoding="utf-8")
    problems = _unfinished(broken)
    assert len(problems) == 4  # unfinished (twice: marked and empty), vanished, empty
    assert not any("'Next'" in problem for problem in problems)


def test_every_translation_keeps_its_placeholders() -> None:
    problems = []
    for ctx, msg in _messages(TS_FILE):
        source = msg.findtext("source") or ""
        for translation in [msg.findtext("translation") or ""] + [
                form.text or "" for form in msg.iter("numerusform")]:
            problems += [f"{ctx}: {source!r}: {problem}"
                         for problem in placeholder_problems(source, translation)]
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
    catalogue = _catalogue(TS_FILE)
    for key, german in EXPECTED.items():
        assert key in catalogue, f"{key} is no longer in the source"
        assert catalogue[key].findtext("translation") == german, key
    idle = catalogue[("Idle", "For your privacy, this session ends in {seconds} seconds "
                      "and everything you entered is deleted.")]
    assert "Sekunden" in (idle.findtext("translation") or "")


def test_please_stays_bitte_in_validation_messages() -> None:
    wrong = [
        (source, msg.findtext("translation"))
        for ctx, msg in _messages(TS_FILE)
        if ctx == "Validation"
        and (source := msg.findtext("source") or "").startswith("Please")
        and not (msg.findtext("translation") or "").startswith("Bitte")
    ]
    assert wrong == []


# --- in sync with the code and the compiled file ------------------------------------------


def _tracked_sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard",
         *(f"{package}/*.py" for package in SOURCE_PACKAGES)],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [path for path in listed if (ROOT / path).exists()]


def test_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    sources = _tracked_sources()
    assert any(path.startswith("ui/") for path in sources)
    fresh = tmp_path / "kiosk_de.ts"
    shutil.copyfile(TS_FILE, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
         "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_", *sources, "-ts", str(fresh)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    new = _unfinished(fresh)
    assert new == [], "source strings without a German translation; run " \
                      "./packaging/update-translations.sh and translate them"
    # -no-obsolete drops strings the code no longer has: the sets must match exactly.
    assert set(_catalogue(fresh)) == set(_catalogue(TS_FILE))


def test_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "kiosk_de.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(compiled)],
                   cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    assert compiled.read_bytes() == QM_FILE.read_bytes(), \
        "kiosk_de.qm is stale; run ./packaging/update-translations.sh"


def test_translations_apply_at_runtime(qapp) -> None:  # type: ignore[no-untyped-def]
    from kiosk.base.i18n import N_
    from ui.i18n import translate
    from ui.qt import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("SectionScreen", "Next") == "Weiter"
        assert translate(N_("Validation", "Please fill in this field.")) \
            == "Bitte füllen Sie dieses Feld aus."
        assert translate(N_("Header", "Step {current} of {total}")
                         .format(current=2, total=5)) == "Schritt 2 von 5"
        assert translate(N_("ReceiptScreen", "Sent to the citizens' office.")) \
            == "An das Bürgerbüro übermittelt."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("SectionScreen", "Next") == "Next"


# --- no computed strings in translation calls ---------------------------------------------

#: For each translation function: which positional arguments are source texts.
_TEXT_ARGS = {"N_": (0, 1), "tr": (0, 1), "translate": (0, 1, 2),
              "QT_TR_NOOP": (0,), "QT_TRANSLATE_NOOP": (0, 1)}
#: The one generic call that translates ``Message`` objects built with N_.
_ALLOWED = {("ui/i18n.py", "QCoreApplication.translate(message.context, message.source)")}


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
