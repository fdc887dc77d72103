"""The scan inbox on a real folder: the newest finished file is taken and gone from the
inbox; unfinished, hidden and linked files are left; leftovers are purged. Through
``ScanInbox`` only its own thread touches the folder, and an unexpected failure is the
"scanner cannot be used" device error."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import devices.scaninbox as scaninbox
from devices.scaninbox import (
    INBOX_UNAVAILABLE,
    NO_SCAN,
    SCAN_ARRIVING,
    NoScanYet,
    ScanInbox,
    purge,
    take_newest,
)
from devices.threads import WrongThread
from kiosk.base.errors import ConfigError, DeviceError
from kiosk.settings import Settings, load_settings


def _drop(folder: Path, name: str, data: bytes, age_s: float) -> Path:
    path = folder / name
    path.write_bytes(data)
    when = time.time() - age_s
    os.utime(path, (when, when))
    return path


def test_takes_the_newest_finished_file_and_removes_it(tmp_path: Path) -> None:
    _drop(tmp_path, "older.pdf", b"old", 60)
    _drop(tmp_path, "newest.png", b"new", 5)
    _drop(tmp_path, ".hidden.png", b"h", 1)
    _drop(tmp_path, "writing.pdf.part", b"p", 2)
    (tmp_path / "folder").mkdir()
    os.symlink(tmp_path / "older.pdf", tmp_path / "link.pdf")
    taken = take_newest(tmp_path, 1000)
    assert (taken.name, taken.data, taken.too_large) == ("newest.png", b"new", False)
    assert not (tmp_path / "newest.png").exists()
    assert "data" not in repr(taken)
    assert take_newest(tmp_path, 1000).name == "older.pdf"
    with pytest.raises(NoScanYet) as info:  # only hidden, partial and linked names remain
        take_newest(tmp_path, 1000)
    assert info.value.message == NO_SCAN
    assert not (tmp_path / "older.pdf").exists()


def test_a_file_still_being_written_is_not_taken(tmp_path: Path) -> None:
    _drop(tmp_path, "scan.pdf", b"x", 0)
    with pytest.raises(NoScanYet) as info:
        take_newest(tmp_path, 1000)
    assert info.value.message == SCAN_ARRIVING
    assert (tmp_path / "scan.pdf").exists()
    assert take_newest(tmp_path, 1000, now=time.time() + 5).data == b"x"


def test_too_large_is_removed_unread(tmp_path: Path) -> None:
    _drop(tmp_path, "huge.pdf", bytes(5000), 10)
    taken = take_newest(tmp_path, 1000)
    assert taken.too_large
    assert taken.size == 5000
    assert taken.data == b""
    assert not (tmp_path / "huge.pdf").exists()


def test_missing_inbox_is_a_device_error(tmp_path: Path) -> None:
    with pytest.raises(DeviceError) as info:
        take_newest(tmp_path / "absent", 1000)
    assert info.value.message == INBOX_UNAVAILABLE
    assert "scan inbox" in info.value.detail


def test_purge_removes_everything_left(tmp_path: Path) -> None:
    for name in ("a.pdf", ".b", "c.part"):
        _drop(tmp_path, name, b"x", 0)
    os.symlink("/etc/hostname", tmp_path / "link")
    (tmp_path / "keep").mkdir()
    assert purge(tmp_path) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["keep"]
    assert Path("/etc/hostname").exists()


def test_scan_dir_setting(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('scan_dir = "~/scans"\n', encoding="utf-8")
    assert load_settings(config).scan_dir == Path("~/scans").expanduser()
    assert Settings().scan_dir is None
    config.write_text("scan_dir = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"'scan_dir'.*directory path"):
        load_settings(config)


def test_the_scan_inbox_is_touched_on_its_own_thread_only(tmp_path: Path) -> None:
    (tmp_path / "left.pdf").write_bytes(b"x")
    inbox = ScanInbox(tmp_path)
    try:
        with pytest.raises(WrongThread):
            inbox.purge()
        with pytest.raises(WrongThread):
            inbox.take_newest(1000)
        assert (tmp_path / "left.pdf").exists()
        assert inbox.thread.submit(inbox.purge).result(5) == 1
    finally:
        inbox.shutdown()


def test_an_unexpected_scan_inbox_failure_is_a_device_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(directory: Path, limit: int, *, now: float | None = None) -> object:
        raise ValueError("Antrag Mustermann.pdf: bad")

    monkeypatch.setattr(scaninbox, "take_newest", broken)
    inbox = ScanInbox(tmp_path)
    try:
        with pytest.raises(DeviceError) as info:
            inbox.thread.submit(inbox.take_newest, 1000).result(5)
    finally:
        inbox.shutdown()
    assert info.value.message == INBOX_UNAVAILABLE
    assert "ValueError" in info.value.detail
    assert "ValueError" in caplog.text
    assert "Mustermann" not in caplog.text + info.value.detail
