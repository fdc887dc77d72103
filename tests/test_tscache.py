"""The parsed-translation cache says what the .ts file says, or nothing at all."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from kiosk.base import tscache
from kiosk.base.catalogue import Catalogue
from kiosk.base.i18n import N_

TRANSLATIONS = Path(__file__).resolve().parent.parent / "assets" / "translations"
BACK = N_("Footer", "Back")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("kiosk_de.ts", "forms_en.ts"):
        shutil.copy(TRANSLATIONS / name, tmp_path / name)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def test_the_first_parse_leaves_a_cache_the_next_start_reads(folder: Path) -> None:
    parsed = Catalogue(folder)._read("kiosk", "de")
    cache = tscache.cache_path(folder / "kiosk_de.ts")
    assert cache.is_file()
    assert tscache.load(folder / "kiosk_de.ts") == parsed
    assert Catalogue(folder).text(BACK, "de") == "Zurück"


def test_an_edited_file_is_parsed_again_not_read_from_the_stale_cache(folder: Path) -> None:
    source = folder / "kiosk_de.ts"
    Catalogue(folder).text(BACK, "de")
    text = source.read_text(encoding="utf-8")
    footer = text.index("<name>Footer</name>")  # other contexts have a "Back" too
    edited = text[:footer] + text[footer:].replace(
        "<translation>Zurück</translation>", "<translation>Zurück!</translation>", 1)
    source.write_text(edited, encoding="utf-8")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    assert tscache.load(source) is None
    assert Catalogue(folder).text(BACK, "de") == "Zurück!"


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe9\x02\x00\x00\x00"])
def test_a_broken_cache_is_ignored(folder: Path, content: bytes) -> None:
    Catalogue(folder).text(BACK, "de")
    tscache.cache_path(folder / "kiosk_de.ts").write_bytes(content)
    assert tscache.load(folder / "kiosk_de.ts") is None
    assert Catalogue(folder).text(BACK, "de") == "Zurück"


def test_nothing_is_written_when_bytecode_is_not_written(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert Catalogue(folder).text(BACK, "de") == "Zurück"
    assert not tscache.cache_path(folder / "kiosk_de.ts").exists()


def test_a_read_only_folder_still_translates(folder: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: a file where the cache folder would be stops it instead.
        (folder / "__pycache__").write_bytes(b"")
    else:
        folder.chmod(0o555)
    try:
        assert Catalogue(folder).text(BACK, "de") == "Zurück"
    finally:
        folder.chmod(0o755)
    assert not tscache.cache_path(folder / "kiosk_de.ts").is_file()
