"""Can this terminal take an application? Checked before it offers a session (Qt-free).

A terminal that cannot keep what a citizen gives it must not take it: the storage
(the data directory can be written, the outbox opens, its key can be read), the
signing identity and the files the settings name are checked after the kiosk's
first frame, in the storage process (``kiosk.storage.StorageProcess.check``: the
process that will write and sign), and by ``kiosk --smoke``. Each problem is one
line for the technician — which setting, file or directory, and what to do — with
no personal data; the kiosk shows the out-of-service screen with the first.
"""

from __future__ import annotations

from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import N_, Message
from kiosk.settings import Settings
from kiosk.settings_files import data_dir_problem, file_problems
from kiosk.signing import check_can_sign
from sync.outbox import Outbox

OUTBOX_UNUSABLE = N_(
    "Readiness", "The outbox in {path} cannot be opened ({error}). Check the disk; "
    "'buergerbuero queue status' shows what it holds.")


def storage_problem(settings: Settings) -> Message | None:
    """The data directory, then the outbox with its key (opened as the kiosk opens it)."""
    problem = data_dir_problem(settings)
    if problem is not None:
        return problem
    try:
        Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False).close()
    except UserFacingError as exc:
        return OUTBOX_UNUSABLE.format(path=str(settings.data_dir),
                                      error=exc.detail or exc.message.untranslated())
    return None


def signing_problem(settings: Settings) -> Message | None:
    """The device is enrolled and its key can be read (``kiosk.signing``)."""
    try:
        check_can_sign(settings)
    except UserFacingError as exc:
        return exc.message
    return None


def check_terminal(settings: Settings) -> list[Message]:
    """Every reason this terminal cannot take an application now (empty: it can)."""
    problems = file_problems(settings)
    storage = storage_problem(settings)
    if storage is not None:
        problems.insert(0, storage)
    signing = signing_problem(settings)
    if signing is not None and signing not in problems:
        problems.append(signing)
    return problems
