"""Qt's translation system for the whole kiosk.

Source strings are English; ``assets/translations/kiosk_<lang>.qm`` holds the
compiled translations made with pyside6-lupdate / pyside6-lrelease. Messages
from the Qt-free layers (``kiosk.base.i18n.Message``) are translated here, then their
``{placeholders}`` filled. Switching language posts ``LanguageChange`` to every
widget; screens re-translate in ``changeEvent``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from kiosk.base.i18n import SOURCE_LANGUAGE, Message, fill
from ui.qt import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "translations"

_current: dict[str, object] = {"language": SOURCE_LANGUAGE, "translator": None}


def translate(message: Message) -> str:
    """The message in the current language with its placeholders filled.

    A message carrying the form author's own text shows that text instead."""
    if message.authored:
        return fill(localized(message.authored), message.params)
    text = QCoreApplication.translate(message.context, message.source)
    return fill(text, message.params)


def localized(text: Mapping[str, str], language: str | None = None) -> str:
    """Pick the current language from localized data (form definitions)."""
    lang = language or current_language()
    return text.get(lang) or text.get("de") or next(iter(text.values()), "")


def current_language() -> str:
    return str(_current["language"])


def set_language(language: str) -> None:
    """Install the translator for ``language`` (no-op if already active)."""
    if language == _current["language"]:
        return
    app = QCoreApplication.instance()
    old = _current["translator"]
    if isinstance(old, QTranslator) and app is not None:
        app.removeTranslator(old)
    _current["translator"] = None
    if language != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        path = TRANSLATIONS_DIR / f"kiosk_{language}.qm"
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _current["translator"] = translator
        else:  # a broken installation shows English rather than crashing
            log.error("translation file missing or unreadable: %s", path.name)
    _current["language"] = language
    QLocale.setDefault(QLocale(language))
