"""The on-screen keyboard's layouts: each language's standard keyboard, as XKB has it.

``assets/keyboards/<language>.json`` is written by ``packaging/keyboards.py`` from
the system's XKB data and checked against it by ``tests/test_keyboard_layouts.py``:
four rows of keys (digits and three letter rows of an ISO keyboard), each key
with its characters at four levels (plain, Shift, AltGr, Shift+AltGr). Qt-free.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

KEYBOARDS_DIR = Path(__file__).resolve().parent.parent / "assets" / "keyboards"
# A language without a layout of its own types on this one (Leichte Sprache: German).
FALLBACK = "de"
LEVELS = 4


@dataclass(frozen=True)
class Key:
    levels: tuple[str, str, str, str]  # plain, Shift, AltGr, Shift+AltGr ("" = none)

    def text(self, shift: bool, altgr: bool) -> str:
        return self.levels[(2 if altgr else 0) + (1 if shift else 0)]

    @property
    def cased(self) -> bool:
        """A small letter whose Shift is its capital (not Arabic, not ß, not a digit)."""
        return self.levels[0].islower() and self.levels[1].isupper()


@dataclass(frozen=True)
class Layout:
    language: str
    rows: tuple[tuple[Key, ...], ...]

    @property
    def cased(self) -> bool:
        """Whether the script has capitals (then a field starts with one)."""
        return any(key.cased for row in self.rows for key in row)

    @property
    def has_altgr(self) -> bool:
        """Whether any key has a character on the AltGr level (then the keyboard offers it)."""
        return any(key.levels[2] for row in self.rows for key in row)


def layout_language(language: str) -> str:
    """The layout a catalogue language types on: its own, that of its primary
    subtag (``de-x-ls`` -> ``de``), or German."""
    for candidate in (language, language.split("-")[0]):
        if (KEYBOARDS_DIR / f"{candidate}.json").exists():
            return candidate
    return FALLBACK


@functools.cache
def load_layout(language: str) -> Layout:
    """The layout of ``layout_language(language)``; raises OSError/ValueError if broken."""
    import json  # with the first layout, after the first frame

    name = layout_language(language)
    document = json.loads((KEYBOARDS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    rows = []
    for row in document["rows"]:
        keys = []
        for levels in row:
            if len(levels) != LEVELS or not all(isinstance(t, str) for t in levels):
                raise ValueError(f"keyboard {name}: a key needs {LEVELS} texts: {levels!r}")
            if any(levels):
                keys.append(Key((levels[0], levels[1], levels[2], levels[3])))
        rows.append(tuple(keys))
    return Layout(name, tuple(rows))


#: Languages not written in Latin letters. What a German form asks for is written in
#: Latin letters (a name as the passport spells it, a German address), so for these the
#: keyboard opens on the German page; the citizen's own letters are a tap away.
NON_LATIN_SCRIPT = frozenset({"ar", "uk", "ru", "bg", "el", "fa", "he", "sr", "mk", "ka",
                              "hy", "zh", "ja", "ko", "ti", "am", "ps", "ur"})


def layouts_for(language: str) -> tuple[str, ...]:
    """The layouts the citizen can switch between, the first one first: their language's
    (German for a language not written in Latin letters), German (addresses here are
    German) and English (Latin letters of any name)."""
    first = ("de", language) if language.split("-")[0] in NON_LATIN_SCRIPT else (language,)
    return tuple(dict.fromkeys(layout_language(lang) for lang in (*first, "de", "en")))
