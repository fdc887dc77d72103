"""The one catalogue of texts: Qt Linguist files in ``assets/translations``, read without Qt.

Every text a citizen, clerk or technician reads is a ``Message`` (context, source
text, disambiguation). The translations live in Qt Linguist ``.ts`` files, in two
domains that differ only in their source language:

- ``kiosk_<language>.ts`` — the program's texts (screens, messages, PDF and receipt
  texts), written in English in the code, extracted by ``pyside6-lupdate``;
- ``forms_<language>.ts`` — the form definitions' texts (titles, labels, help,
  options), written in German in ``forms/definitions``, one context per form
  (``form:<id>``) and the definition's key path as disambiguation (a stable id).

A language is offered when each domain either is written in it or has its file:
adding a language means adding ``kiosk_<tag>.ts`` and ``forms_<tag>.ts`` and
nothing in Python or in the definitions. The Qt screens read the same files:
``ui.i18n`` installs a ``QTranslator`` that asks this catalogue, so ``self.tr``
and the Qt-free code can never disagree. Translators edit the files with Qt
Linguist; ``packaging/update-translations.sh`` brings them up to date.

Standard library only. A file is parsed the first time its language is asked for
(about 10 ms) and kept; ``kiosk.base.tscache`` keeps the parsed table beside it for
the next start, as Python keeps bytecode.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final, NamedTuple

from kiosk.base import tscache
from kiosk.base.i18n import LANGUAGE_NAME, LANGUAGE_NAME_GERMAN, Message, fill
from kiosk.base.plural import form_index

log = logging.getLogger(__name__)

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parents[2] / "assets" / "translations"
# Each domain and the language its texts are written in.
DOMAINS: Final[Mapping[str, str]] = {"kiosk": "en", "forms": "de"}
FORM_CONTEXT_PREFIX: Final = "form:"
# Every language's name in itself (``tag<TAB>name`` lines), written from the .ts files
# by ``packaging/update-translations.sh``: the welcome screen names all languages on
# its first frame without parsing every language's file (``bench startup``).
NAMES_FILE: Final = "language-names.tsv"
_FILE: Final = re.compile(r"(?P<domain>[a-z]+)_(?P<language>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.ts")

Key = tuple[str, str, str]  # context, source, disambiguation


class TsError(ValueError):
    """A translation file that is not well-formed XML."""


def domain_of(context: str) -> str:
    """The domain a context belongs to: a form's texts, or the program's."""
    return "forms" if context.startswith(FORM_CONTEXT_PREFIX) else "kiosk"


# Between the plural forms of one translation (``<numerusform>``) in a parsed table.
PLURAL_SEPARATOR: Final = "\x1e"


class Entry(NamedTuple):  # one per message of a file; built without generated code
    """One message of a ``.ts`` file as a translator left it."""

    context: str
    source: str
    disambiguation: str
    translation: str  # a text with a count: its plural forms, PLURAL_SEPARATOR between
    finished: bool  # no type="unfinished" (or vanished/obsolete) and not empty
    # The translator's note, e.g. "machine translation: wants a native speaker's review".
    note: str = ""


class _TsReader:
    """Collects the messages of a ``.ts`` file from expat's events.

    Expat rather than ElementTree: the kiosk reads its language's file before the
    first frame, and ElementTree's modules alone take longer to load than the
    parse (``bench startup``)."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.source_language: str | None = None
        self._path: list[str] = []  # open elements, outermost first
        self._text: list[str] = []
        self._context = ""
        self._message: dict[str, str] = {}
        self._forms: list[str] = []  # a text with a count: each plural form
        self._kind: str | None = "unfinished"

    def start(self, name: str, attributes: dict[str, str]) -> None:
        parent = self._parent()
        if parent is None:
            self.source_language = attributes.get("sourcelanguage")
        self._path.append(name)
        self._text = []
        if name == "message":
            self._message, self._kind = {}, "unfinished"  # no <translation>: unfinished
            self._forms = []
        elif name == "translation" and parent == "message":
            self._kind = attributes.get("type")

    def end(self, name: str) -> None:
        self._path.pop()
        parent = self._parent()
        text = "".join(self._text)
        self._text = []
        if name == "name" and parent == "context":
            self._context = text
        elif parent == "message" and name in ("source", "comment", "translation",
                                              "translatorcomment"):
            self._message[name] = text
        elif name == "numerusform" and parent == "translation":
            self._forms.append(text)
        elif name == "message":
            forms = self._forms or [self._message.get("translation", "")]
            self.entries.append(Entry(
                self._context, self._message.get("source", ""), self._message.get("comment", ""),
                PLURAL_SEPARATOR.join(forms),
                self._kind is None and all(form.strip() for form in forms),
                self._message.get("translatorcomment", "")))

    def data(self, text: str) -> None:
        self._text.append(text)

    def _parent(self) -> str | None:
        return self._path[-1] if self._path else None


def _parse(path: Path) -> _TsReader:
    # The XML parser loads when a file is parsed: start-up reads the parsed tables from
    # their cache (kiosk.base.tscache).
    from pyexpat import ParserCreate

    reader = _TsReader()
    parser = ParserCreate()
    parser.buffer_text = True  # one call per text, not per line
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.data
    with path.open("rb") as file:  # the installation's own translation files
        parser.ParseFile(file)
    return reader


def read_ts(path: Path) -> Iterator[Entry]:
    """Every message of a Qt Linguist file (plural forms are not used by this project).

    Raises ``OSError`` or ``TsError`` when the file cannot be read."""
    from pyexpat import ExpatError  # with the parser (see _parse)

    try:
        yield from _parse(path).entries
    except ExpatError as exc:
        raise TsError(f"{path.name}: {exc}") from exc


def source_language_of(path: Path) -> str | None:
    """The ``sourcelanguage`` a ``.ts`` file declares (``en_US`` -> ``en``), if any."""
    value = _parse(path).source_language
    return value.split("_")[0] if value else None


class Catalogue:
    """The translations in one folder of ``.ts`` files."""

    def __init__(self, directory: Path = TRANSLATIONS_DIR) -> None:
        self.directory = directory
        self._tables: dict[tuple[str, str], dict[Key, str]] = {}
        self._lock = threading.Lock()  # the GUI and the storage thread both translate
        self._index: dict[str, str] | None = None

    def files(self) -> dict[tuple[str, str], Path]:
        """(domain, language) -> its file."""
        found = {}
        for path in sorted(self.directory.glob("*.ts")):
            match = _FILE.fullmatch(path.name)
            if match is not None and match["domain"] in DOMAINS:
                found[(match["domain"], match["language"])] = path
        return found

    def languages(self) -> tuple[str, ...]:
        """The languages every domain is written in or translated into."""
        files = self.files()
        candidates = set(DOMAINS.values()) | {language for _d, language in files}
        return tuple(sorted(language for language in candidates
                            if all(source == language or (domain, language) in files
                                   for domain, source in DOMAINS.items())))

    def lookup(self, language: str, context: str, source: str, disambiguation: str = "",
               count: int | None = None) -> str | None:
        """The finished translation, or None (the source language needs none). A text
        with a ``count`` comes in the plural form that count takes ("1 second"); in the
        source language too, whose file holds the plural forms only."""
        domain = domain_of(context)
        if DOMAINS[domain] == language and count is None:
            return source
        found = self._table(domain, language).get((context, source, disambiguation))
        if found is None:
            return source if DOMAINS[domain] == language else None
        if count is None:
            return found
        forms = found.split(PLURAL_SEPARATOR)
        return forms[min(form_index(language, count), len(forms) - 1)]

    def text(self, message: Message, language: str) -> str:
        """``message`` in ``language`` with its placeholders filled (the source if missing)."""
        found = self.lookup(language, message.context, message.source, message.disambiguation)
        return fill(found if found is not None else message.source, message.params)

    def language_name(self, language: str) -> str:
        """The name of ``language`` in that language (Deutsch, Türkçe, العربية)."""
        name = self._names().get(language)
        return name if name is not None else self.text(LANGUAGE_NAME, language)

    def german_name(self, language: str) -> str:
        """The name of ``language`` in German (Türkisch, Arabisch, Leichte Sprache), as the
        office reads it; its own name (then the tag) when its file does not say it."""
        if language not in self.languages():
            return language
        found = self.lookup(language, LANGUAGE_NAME_GERMAN.context, LANGUAGE_NAME_GERMAN.source)
        return found if found is not None else self.language_name(language)

    def names_from_files(self) -> dict[str, str]:
        """Every offered language's name as its file says (what the index must hold)."""
        return {language: self.text(LANGUAGE_NAME, language) for language in self.languages()}

    def _names(self) -> dict[str, str]:
        with self._lock:
            if self._index is None:
                self._index = read_names(self.directory / NAMES_FILE)
            return self._index

    def _table(self, domain: str, language: str) -> dict[Key, str]:
        with self._lock:
            table = self._tables.get((domain, language))
            if table is None:
                table = self._tables[(domain, language)] = self._read(domain, language)
            return table

    def _read(self, domain: str, language: str) -> dict[Key, str]:
        path = self.directory / f"{domain}_{language}.ts"
        cached = tscache.load(path)
        if cached is not None:
            return cached
        try:
            entries = list(read_ts(path))
        except (OSError, TsError) as exc:  # a broken installation shows the source text
            log.error("translations %s cannot be read: %s", path.name, type(exc).__name__)
            return {}
        table = {(e.context, e.source, e.disambiguation): e.translation
                 for e in entries if e.finished}
        tscache.store(path, table)
        return table


def read_names(path: Path) -> dict[str, str]:
    """The language-name index; empty (names come from the .ts files) if unreadable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("language names %s cannot be read: %s", path.name, type(exc).__name__)
        return {}
    names = {}
    for line in lines:
        language, tab, name = line.partition("\t")
        if tab and language and name.strip() and not line.startswith("#"):
            names[language] = name.strip()
    return names


def write_names(catalogue: Catalogue) -> Path:
    """Write the language-name index from the .ts files (``update-translations.sh``)."""
    path = catalogue.directory / NAMES_FILE
    lines = ["# Each language's name in itself, from kiosk_<tag>.ts (Language|English).",
             "# Written by packaging/update-translations.sh; do not edit by hand."]
    lines += [f"{tag}\t{name}" for tag, name in sorted(catalogue.names_from_files().items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def language_name(language: str) -> str:
    """The name of ``language`` in that language, from the installed catalogue."""
    return catalogue().language_name(language)


def german_language_name(language: str) -> str:
    """The name of ``language`` in German, from the installed catalogue."""
    return catalogue().german_name(language)


@functools.cache
def catalogue() -> Catalogue:
    """The installed catalogue (``assets/translations``)."""
    return Catalogue()


def text(message: Message, language: str) -> str:
    """``message`` in ``language`` from the installed catalogue."""
    return catalogue().text(message, language)
