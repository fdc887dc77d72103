"""Translatable messages for the Qt-free layers.

The Qt-free packages (kiosk, devices, forms, sync) cannot call Qt's translator,
yet every string a citizen sees must go through it. They build ``Message``
objects instead: ``N_(context, source)`` marks the source text for
``pyside6-lupdate`` (run with ``-tr-function-alias QT_TRANSLATE_NOOP+=N_``) and
``.format(**params)`` attaches named placeholders. ``ui`` translates the message
with ``QCoreApplication.translate(context, source)`` and fills the placeholders
afterwards, so translators see ``{name}`` placeholders, never f-strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# The languages the kiosk offers, in the order shown on the welcome screen.
LANGUAGES: tuple[str, ...] = ("de", "en")
# The language every session starts in.
DEFAULT_LANGUAGE = "de"
# The language the source strings are written in.
SOURCE_LANGUAGE = "en"

_EMPTY: Mapping[str, str | int] = MappingProxyType({})


@dataclass(frozen=True)
class Message:
    """A user-facing text in its source language, with named placeholders."""

    context: str
    source: str
    params: Mapping[str, str | int] = field(default_factory=lambda: _EMPTY, hash=False)
    # Text a form author gave in every language (form definitions); shown instead of
    # the translated source where present. Equality ignores it.
    authored: Mapping[str, str] | None = field(default=None, hash=False, compare=False)

    def format(self, **params: str | int) -> Message:
        """Return the same text with placeholder values attached."""
        merged = dict(self.params)
        merged.update(params)
        return Message(self.context, self.source, MappingProxyType(merged), self.authored)

    def with_authored(self, text: Mapping[str, str]) -> Message:
        """The same message, shown in the form author's words (``{lang: text}``)."""
        return Message(self.context, self.source, self.params, MappingProxyType(dict(text)))

    def untranslated(self) -> str:
        """The source text with its placeholders filled (logs for technicians, CLI)."""
        return fill(self.source, self.params)

    def __str__(self) -> str:
        return self.untranslated()


def N_(context: str, source: str) -> Message:
    """Mark ``source`` for translation in ``context``; returns a ``Message``."""
    return Message(context, source)


def fill(text: str, params: Mapping[str, str | int]) -> str:
    """Fill ``{name}`` placeholders; a translation missing a value keeps the braces."""
    if not params:
        return text
    try:
        return text.format_map(dict(params))
    except (KeyError, IndexError, ValueError):
        # A broken translation must never crash a citizen's screen.
        result = text
        for key, value in params.items():
            result = result.replace("{" + key + "}", str(value))
        return result
