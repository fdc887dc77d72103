"""The Qt side of the one catalogue (``kiosk.base.catalogue``).

Qt's own translation calls (``self.tr``, ``QCoreApplication.translate``) are
answered by a ``QTranslator`` that asks the catalogue, so the screens, the
Qt-free messages, the form definitions and the PDF read the very same files and
cannot disagree. The translator also answers Qt's layout-direction question, so a
right-to-left language mirrors the whole layout. Switching language installs it
for the new language; Qt posts ``LanguageChange`` to every widget and the screens
re-translate in ``changeEvent``.
"""

from __future__ import annotations

import logging

from kiosk.base.catalogue import catalogue
from kiosk.base.i18n import SOURCE_LANGUAGE, Message, is_right_to_left
from ui.qt import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# Qt's question for the layout direction: a translator answers "RTL" for a language that
# reads right to left, and the whole layout mirrors (QGuiApplication::layoutDirection).
LAYOUT_DIRECTION = ("QGuiApplication", "QT_LAYOUT_DIRECTION")


class CatalogueTranslator(QTranslator):
    """Qt's translator interface over the catalogue, for one language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language  # QTranslator.language() is Qt's own

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if (context, source) == LAYOUT_DIRECTION:  # Qt asks on each language change
            return "RTL" if is_right_to_left(self._language) else "LTR"
        return catalogue().lookup(self._language, context, source, disambiguation or "",
                                  count=n if n >= 0 else None)

    def isEmpty(self) -> bool:  # Qt's name
        return False


_current: dict[str, object] = {"language": SOURCE_LANGUAGE, "translator": None}


def translate(message: Message) -> str:
    """The message in the current language with its placeholders filled."""
    return catalogue().text(message, current_language())


def current_language() -> str:
    return str(_current["language"])


def set_language(language: str) -> None:
    """Translate everything into ``language`` from now on (no-op if already so)."""
    if language == _current["language"]:
        return
    old = _current["translator"]
    if isinstance(old, QTranslator):
        QCoreApplication.removeTranslator(old)
    translator = CatalogueTranslator(language)
    QCoreApplication.installTranslator(translator)
    _current["translator"] = translator
    _current["language"] = language
    QLocale.setDefault(QLocale(language))
