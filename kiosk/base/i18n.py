"""Translatable messages: what every text a person reads is, before it is translated.

``N_(context, source)`` marks an English source text for ``pyside6-lupdate`` (run
with ``-tr-function-alias QT_TRANSLATE_NOOP+=N_``) and returns a ``Message``;
``.format(**params)`` attaches named placeholders, so translators see ``{name}``
placeholders, never f-strings. A form definition's texts are Messages too (German
source, a ``form:<id>`` context, the key path as disambiguation). The one
catalogue, ``kiosk.base.catalogue``, turns a Message into a language's text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

# The language every session starts in unless the terminal is set otherwise.
DEFAULT_LANGUAGE = "de"
# The language the program's source texts are written in.
SOURCE_LANGUAGE = "en"
# The language the office works in: the application PDF and its signatures' texts are in
# it whatever language the citizen used (the citizen's receipt is in theirs).
OFFICE_LANGUAGE = "de"

_EMPTY: Mapping[str, str | int] = MappingProxyType({})


class Message:
    """A user-facing text in its source language, with named placeholders.

    A frozen value (equal by all four parts, hashed by the three texts) written as a
    plain class: a dataclass's generated methods cost ~1 ms of every start-up."""

    __slots__ = ("context", "disambiguation", "params", "source")
    __match_args__ = ("context", "source", "params", "disambiguation")
    context: str
    source: str
    params: Mapping[str, str | int]
    # Qt's disambiguation ("comment"): tells apart equal source texts; a form's key path.
    disambiguation: str

    def __init__(self, context: str, source: str, params: Mapping[str, str | int] = _EMPTY,
                 disambiguation: str = "") -> None:
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "disambiguation", disambiguation)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a Message is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a Message is frozen")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.context == other.context and self.source == other.source
                and self.params == other.params
                and self.disambiguation == other.disambiguation)

    def __hash__(self) -> int:
        return hash((self.context, self.source, self.disambiguation))

    def __repr__(self) -> str:
        return (f"Message(context={self.context!r}, source={self.source!r}, "
                f"params={self.params!r}, disambiguation={self.disambiguation!r})")

    def __reduce__(self) -> tuple[object, tuple[str, str, dict[str, str | int], str]]:
        # A mappingproxy does not pickle: its contents go, and come back wrapped again.
        return _unpickled, (self.context, self.source, dict(self.params), self.disambiguation)

    def format(self, **params: str | int) -> Message:
        """Return the same text with placeholder values attached."""
        merged = dict(self.params)
        merged.update(params)
        return Message(self.context, self.source, MappingProxyType(merged), self.disambiguation)

    def untranslated(self) -> str:
        """The source text with its placeholders filled (logs for technicians, CLI)."""
        return fill(self.source, self.params)

    def __str__(self) -> str:
        return self.untranslated()


def _unpickled(context: str, source: str, params: dict[str, str | int],
               disambiguation: str) -> Message:
    return Message(context, source, MappingProxyType(params) if params else _EMPTY,
                   disambiguation)


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


#: The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the
#: welcome screen's buttons, the header's language button, the keyboard's language key.
LANGUAGE_NAME = N_("Language", "English")
#: The name of a language in German, the office's language (Englisch, Türkisch, Arabisch, …):
#: the application PDF says in which language the citizen made the application. Each
#: language's file gives its own name in German; the source is English's German name.
LANGUAGE_NAME_GERMAN = N_("Language", "Englisch")


#: Languages written right to left (the primary subtag of a BCP 47 tag; CLDR's list of
#: right-to-left scripts' main languages).
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def is_right_to_left(language: str) -> bool:
    """Whether ``language`` (a BCP 47 tag: "ar", "ar-SY", "de-x-ls") reads right to left."""
    return language.split("-", 1)[0].lower() in RTL_LANGUAGES


def has_right_to_left_letters(text: str) -> bool:
    """Whether ``text`` has a letter written right to left (Unicode bidirectional class R
    or AL: Hebrew, Arabic, …), whatever the language around it: a name typed in Arabic in
    a German document. Printed, such text needs shaping (joined letters, the run right to
    left)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)
