"""The storage process renders, signs and enqueues off the kiosk's process; when it dies,
the application is reported as not saved, and the next attempt works in a new process."""

from __future__ import annotations

import os
import signal
import time
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


def _pid(storage: StorageProcess) -> int:
    pid = storage.pid
    assert pid is not None
    return pid


@pytest.mark.slow
def test_the_record_is_stored_in_another_process(storage: StorageProcess, office,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "terminal")
    office.enroll(settings.data_dir)
    storage.prepare().result(timeout=120)
    assert _pid(storage) != os.getpid()
    assert storage.store(settings, _record(1)) == "2026-TEST-0001-X"
    assert read_status(settings.outbox_path).queued == 1


@pytest.mark.slow
def test_a_storage_process_killed_while_storing_means_not_saved_then_a_new_one(
        storage: StorageProcess, tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "terminal")
    office.enroll(settings.data_dir)
    storage.prepare().result(timeout=120)
    pid = _pid(storage)
    with pytest.raises(StorageError) as failed:  # the process dies under this call
        storage._call(os._exit, 3)  # in the storage process, in the middle of a call
    assert failed.value.message == PROCESS_ENDED
    assert not settings.outbox_path.exists() or read_status(settings.outbox_path).queued == 0
    assert storage.store(settings, _record(2)) == "2026-TEST-0002-X"  # the retry
    assert _pid(storage) != pid
    assert read_status(settings.outbox_path).queued == 1


@pytest.mark.slow
def test_a_storage_process_that_died_idle_is_replaced_without_failing_anyone(
        storage: StorageProcess, tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "terminal")
    office.enroll(settings.data_dir)
    storage.prepare().result(timeout=120)
    pid = _pid(storage)
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while storage.pid is not None and time.monotonic() < deadline:  # its pipe closed
        time.sleep(0.01)
    assert storage.pid is None, "the kiosk never noticed that the storage process ended"
    assert storage.store(settings, _record(5)) == "2026-TEST-0005-X"
    assert _pid(storage) != pid
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
