"""The on-screen keyboard's layouts are XKB's, not our reading of each country's keyboard.

``assets/keyboards/*.json`` must equal what libxkbcommon computes from the installed
xkb-data (the layouts every Linux desktop types with); the spot checks name keys
whose place a citizen of that country knows and our own typing would get wrong.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.base.catalogue import catalogue
from ui.keyboard_layouts import KEYBOARDS_DIR, layout_language, load_layout

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("keyboards", ROOT / "packaging" / "keyboards.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["keyboards"] = module
    spec.loader.exec_module(module)
    return module


KEYBOARDS = _generator()


@pytest.mark.parametrize("language", sorted(KEYBOARDS.LAYOUTS))
def test_each_layout_file_is_what_xkb_says(language: str) -> None:
    committed = json.loads((KEYBOARDS_DIR / f"{language}.json").read_text(encoding="utf-8"))
    layout, variant = KEYBOARDS.LAYOUTS[language]
    assert (committed["xkb_layout"], committed["xkb_variant"]) == (layout, variant)
    try:
        fresh = KEYBOARDS.xkb_rows(layout, variant)
    except KEYBOARDS.XkbError as exc:
        pytest.fail(f"XKB is needed to check the layouts: {exc}")
    assert committed["rows"] == fresh, (
        f"assets/keyboards/{language}.json differs from XKB {layout}({variant}): "
        "run python packaging/keyboards.py")


def _row(language: str, index: int) -> str:
    return "".join(key.levels[0] for key in load_layout(language).rows[index])


def test_keys_sit_where_each_country_has_them() -> None:
    assert _row("de", 1).startswith("qwertz")
    assert "ü" in _row("de", 1)
    assert _row("de", 2).startswith("asdfghjklöä")
    assert _row("en", 1).startswith("qwerty")
    assert _row("tr", 1)[7] == "ı"  # Turkish Q: the dotless i where others have i
    assert "ğü" in _row("tr", 1)
    assert "ş" in _row("tr", 2)
    assert _row("ru", 1).startswith("йцукен")
    assert _row("ru", 0)[0] == "ё"
    assert "ї" in _row("uk", 1)
    assert "є" in _row("uk", 2)
    assert "і" in _row("uk", 2)
    assert _row("ar", 1).startswith("ضصثقف")
    assert "ăî" in _row("ro", 1)
    assert "șț" in _row("ro", 2)
    polish = {key.levels[2] for row in load_layout("pl").rows for key in row}
    assert set("ąćęłńóśźż") <= polish  # on AltGr, as on the Polish programmer's keyboard


def test_every_offered_language_has_a_keyboard() -> None:
    for language in catalogue().languages():
        name = layout_language(language)
        assert (KEYBOARDS_DIR / f"{name}.json").exists()
        assert load_layout(language).rows
    assert layout_language("de-x-ls") == "de"  # Leichte Sprache types German
