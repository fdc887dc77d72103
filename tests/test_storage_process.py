"""The storage process renders, signs and enqueues off the kiosk's process; when it dies,
the application is reported as not saved, and the next attempt works in a new process."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from helpers_records import record

from forms.loader import shipped_forms
from forms.samples import sample_answers
from kiosk.base.errors import ConfigError, StorageError
from kiosk.settings import Settings
from kiosk.signing import NOT_ENROLLED
from kiosk.storage import PROCESS_ENDED, StorageProcess
from sync.outbox import read_status

FORM = shipped_forms()["meldebescheinigung-einfach"]


@pytest.fixture
def storage():  # type: ignore[no-untyped-def]
    process = StorageProcess()
    yield process
    process.shutdown()


def _record(number: int):  # type: ignore[no-untyped-def]
    return record(FORM, sample_answers(FORM), vorgangsnummer=f"2026-TEST-000{number}-X",
                  idempotency_key=f"{number:032x}")


def _pids(storage: StorageProcess) -> set[int]:
    pool = storage._executor()
    return set(pool._processes)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_record_is_stored_in_another_process(storage: StorageProcess, office,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "terminal")
    office.enroll(settings.data_dir)
    storage.prepare().result(timeout=120)
    assert os.getpid() not in _pids(storage)
    assert storage.store(settings, _record(1)) == "2026-TEST-0001-X"
    assert read_status(settings.outbox_path).queued == 1


@pytest.mark.slow
def test_a_killed_storage_process_means_not_saved_then_a_new_one(storage: StorageProcess,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path,
                                                                 office) -> None:
    settings = Settings(data_dir=tmp_path / "terminal")
    office.enroll(settings.data_dir)
    storage.prepare().result(timeout=120)
    (pid,) = _pids(storage)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(StorageError) as failed:
        storage.store(settings, _record(2))
    assert failed.value.message == PROCESS_ENDED
    assert not settings.outbox_path.exists() or read_status(settings.outbox_path).queued == 0
    assert storage.store(settings, _record(2)) == "2026-TEST-0002-X"  # the retry
    assert pid not in _pids(storage)
    assert read_status(settings.outbox_path).queued == 1


def test_an_error_in_the_storage_process_keeps_its_message(storage: StorageProcess,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, office) -> None:
    data = tmp_path / "terminal"
    signing = office.enroll(data)
    (signing / "device.key").unlink()
    (signing / "device.key").mkdir()  # the signing key cannot be read
    with pytest.raises(StorageError) as failed:
        storage.store(Settings(data_dir=data, signing_key=signing / "device.key",
                               signing_cert=signing / "device.crt"), _record(3))
    assert "could not be saved" in failed.value.message.untranslated()
    assert failed.value.detail  # the technician's detail crossed the process boundary
    with pytest.raises(ConfigError) as refused:  # a terminal nobody enrolled does not sign
        storage.store(Settings(data_dir=tmp_path / "other"), _record(4))
    assert refused.value.message == NOT_ENROLLED
