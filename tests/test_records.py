"""``kiosk.base.records.frozen_record``: a frozen dataclass without a generated
``__init__`` (``Settings`` is one) behaves as the standard library's does."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from kiosk.base.records import frozen_record
from kiosk.settings import Settings


@frozen_record
class _Record:
    name: str
    count: int = 3
    tags: list[str] = dataclasses.field(default_factory=list)


def test_fields_take_their_values_defaults_and_factories() -> None:
    first, second = _Record(name="a"), _Record(name="b", count=5)
    assert (first.name, first.count, first.tags) == ("a", 3, [])
    assert (second.name, second.count) == ("b", 5)
    assert first.tags is not second.tags  # a factory per record, as dataclass does
    assert [f.name for f in dataclasses.fields(_Record)] == ["name", "count", "tags"]


def test_a_missing_or_unknown_field_and_a_change_are_refused() -> None:
    with pytest.raises(TypeError, match="needs 'name'"):
        _Record()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="takes no colour"):
        _Record(name="a", colour="red")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Record(name="a").count = 4  # type: ignore[misc]


def test_settings_replace_and_pickle_as_a_frozen_dataclass(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, terminal_id="OV-01")
    changed = settings.with_(place="Mainz")
    assert (changed.place, changed.terminal_id, changed.data_dir) == ("Mainz", "OV-01",
                                                                      tmp_path)
    assert settings.place == "Musterstadt"  # the original is unchanged
    copy = pickle.loads(pickle.dumps(changed))  # as it crosses to the storage process
    assert [getattr(copy, f.name) for f in dataclasses.fields(Settings)] \
        == [getattr(changed, f.name) for f in dataclasses.fields(Settings)]
    assert "secret" not in repr(Settings(data_dir=tmp_path, xbezahl_client_secret="secret"))


def test_the_default_data_directory_is_read_when_settings_are_made(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BUERGERBUERO_DATA", str(tmp_path / "later"))
    assert Settings().data_dir == tmp_path / "later"
