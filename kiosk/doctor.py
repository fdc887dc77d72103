"""``buergerbuero doctor``: what a technician checks first on a terminal (Qt-free).

Each check is ``ok``, ``warn`` or ``fail`` with a detail and what to do; the command's
exit code is 0 / 1 / 2 for the worst of them. Nothing here writes anything: run as
root, a check that created the data directory or the outbox would leave files the
kiosk user cannot write. No check reads personal data (the outbox's clear columns
only). Here: the settings, the data directory (disk space and inodes), the outbox's
backlog and oldest waiting age, the certificates' remaining validity (the terminal's
signing certificate, the escrow, the intake CA, the trust store), the translations and
whether the intake server answers; ``kiosk.doctor_intake`` its TLS certificate and the
clock against it, ``kiosk.doctor_devices`` the card readers, AusweisApp, the printer
and the payment terminal, ``kiosk.doctor_host`` screen, touch and version.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from kiosk import doctor_devices, doctor_host, doctor_intake
from kiosk.base.catalogue import catalogue, read_ts
from kiosk.base.errors import UserFacingError
from kiosk.doctor_check import EXIT, FAIL, OK, WARN, Check, worst
from kiosk.settings import Settings
from kiosk.settings_files import data_dir_unreadable, file_problems
from kiosk.signing import device_identity
from sync.outbox import read_status
from sync.protocol import IntakeClient

MIB: Final = 1024 * 1024
DISK_WARN_BYTES, DISK_FAIL_BYTES = 1024 * MIB, 100 * MIB
INODES_WARN, INODES_FAIL = 10_000, 1_000
WAITING_WARN_S, WAITING_FAIL_S = 3600.0, 24 * 3600.0


def check_data_dir(settings: Settings) -> Check:
    directory = settings.data_dir
    problem = data_dir_unreadable(settings)
    if problem is not None:
        return Check("data directory", FAIL, problem.untranslated(),
                     "give data_dir a directory the kiosk user owns (mode 0700)")
    if not directory.is_dir():
        return Check("data directory", FAIL, f"{directory} does not exist",
                     "install the package (it makes /var/lib/buergerbuero) or create it, "
                     "owned by the kiosk user, mode 0700")
    if not os.access(directory, os.W_OK | os.X_OK):
        return Check("data directory", FAIL, f"{directory} cannot be written by this user",
                     "run doctor as the kiosk user; give that user the directory")
    return Check("data directory", OK, f"{directory} can be written")


def check_disk(settings: Settings) -> Check:
    try:
        usage = shutil.disk_usage(settings.data_dir)
        inodes = os.statvfs(settings.data_dir).f_favail
    except OSError as exc:
        return Check("disk space", FAIL, f"{settings.data_dir}: {exc.strerror}",
                     "see the data directory check")
    detail = f"{usage.free // MIB} MiB and {inodes} inodes free for the outbox"
    if usage.free < DISK_FAIL_BYTES or inodes < INODES_FAIL:
        return Check("disk space", FAIL, detail, "free space on the data directory's disk")
    if usage.free < DISK_WARN_BYTES or inodes < INODES_WARN:
        return Check("disk space", WARN, detail, "free space on the data directory's disk "
                     "soon (at least 1 GiB and 10000 inodes)")
    return Check("disk space", OK, detail)


def check_outbox(settings: Settings) -> Check:
    try:
        status = read_status(settings.outbox_path)
    except UserFacingError as exc:
        return Check("outbox", FAIL, exc.detail or exc.message.untranslated(),
                     "check the disk; 'buergerbuero queue list' shows the items")
    waiting = status.queued + status.sending
    age = status.oldest_waiting_age_s
    detail = (f"{waiting} waiting, {status.failed} failed, oldest waiting "
              f"{'-' if age is None else f'{age / 60:.0f} min'}")
    fix = "check the intake server and the network ('buergerbuero sync --once')"
    if age is not None and age >= WAITING_FAIL_S:
        return Check("outbox", FAIL, detail, fix)
    if age is not None and age >= WAITING_WARN_S:
        return Check("outbox", WARN, detail, fix)
    if status.failed:
        return Check("outbox", WARN, detail, "the staff screen or 'buergerbuero queue list "
                     "--state failed' says why; 'queue retry --all-failed' sends them again")
    return Check("outbox", OK, detail)


def _certificates(path: Path) -> list[Any]:
    """Every X.509 certificate in a PEM or DER file (an escrow may be a bare key: none)."""
    from cryptography import x509  # the certificates' library: for this check only

    data = path.read_bytes()
    if b"-----BEGIN CERTIFICATE" in data:
        return list(x509.load_pem_x509_certificates(data))
    if b"-----BEGIN" in data:
        return []  # a public key: nothing expires
    return [x509.load_der_x509_certificate(data)]


def _validity(name: str, paths: list[Path], days: int, now: dt.datetime) -> Check:
    left: list[tuple[float, str]] = []
    for path in paths:
        try:
            certs = _certificates(path)
        except (OSError, ValueError) as exc:
            return Check(name, FAIL, f"{path} cannot be read ({type(exc).__name__})",
                         "put a PEM certificate there or correct the setting")
        for cert in certs:
            remaining = (cert.not_valid_after_utc - now).total_seconds() / 86400
            left.append((remaining, f"{path.name}: {cert.subject.rfc4514_string()}"))
    if not left:
        return Check(name, OK, "no certificate (a public key does not expire)")
    remaining, which = min(left)
    detail = f"{which} valid for {remaining:.0f} more days"
    if remaining < 0:
        return Check(name, FAIL, f"{which} expired {-remaining:.0f} days ago",
                     "install a new certificate")
    if remaining < days:
        return Check(name, WARN, detail, f"renew it: it should be valid for {days} days")
    return Check(name, OK, detail)


def check_certificates(settings: Settings, days: int,
                       now: dt.datetime | None = None) -> list[Check]:
    now = now or dt.datetime.now(dt.UTC)
    checks: list[Check] = []
    try:
        identity = device_identity(settings)
    except UserFacingError as exc:
        checks.append(Check("signing certificate", FAIL, exc.message.untranslated(),
                            "buergerbuero signature enroll (docs/signatures.md)"))
    else:
        checks.append(_validity("signing certificate", [identity.cert_path], days, now))
    # Without the root a destination's key must chain up to, no key is accepted and
    # nothing is sent (sync/keycheck.py): the terminal would only collect applications.
    if settings.intake_key_root is None:
        checks.append(Check("destination key root", FAIL, "intake_key_root is not set: no "
                            "destination key is trusted, nothing can be sent",
                            "set intake_key_root to the root certificate of the case "
                            "system's PKI (docs/configuration.md)"))
    named = {"escrow certificate": settings.escrow_cert,
             "intake CA": Path(settings.intake_ca_file) if settings.intake_ca_file else None,
             "destination key root": settings.intake_key_root}
    for name, path in named.items():
        if path is not None:
            checks.append(_validity(name, [path], days, now))
    if settings.trust_dir is not None:
        found = sorted(p for p in settings.trust_dir.glob("*")
                       if p.suffix in (".pem", ".crt", ".cer", ".der"))
        checks.append(_validity("trust store", found, days, now) if found else Check(
            "trust store", FAIL, f"no certificate in {settings.trust_dir}",
            "publish the office CA there (buergerbuero signature ca publish)"))
    return checks


def check_translations() -> Check:
    texts = catalogue()
    incomplete: list[str] = []
    for (domain, language), path in sorted(texts.files().items()):
        try:
            unfinished = sum(1 for entry in read_ts(path) if not entry.finished)
        except Exception as exc:  # noqa: BLE001 - a broken file is this check's finding
            incomplete.append(f"{domain}_{language}.ts unreadable ({type(exc).__name__})")
            continue
        if unfinished:
            incomplete.append(f"{domain}_{language}.ts: {unfinished} unfinished")
    languages = ", ".join(texts.languages())
    if incomplete:
        return Check("translations", WARN, "; ".join(incomplete),
                     "those texts show in English; install the package's translations")
    return Check("translations", OK, f"complete: {languages}")


def check_intake(settings: Settings,
                 client: Callable[[str, str | None], IntakeClient] | None = None) -> Check:
    ca = settings.intake_ca_file or None
    make = client or (lambda url, ca_file: IntakeClient(url, timeout_s=5.0, ca_file=ca_file))
    intake = make(settings.intake_url, ca)
    try:
        healthy = intake.health()
    finally:
        intake.close()
    if healthy:
        return Check("intake server", OK, f"{settings.intake_url} answers")
    return Check("intake server", FAIL, f"{settings.intake_url} does not answer its health "
                 "check (network, TLS or the server)",
                 "check the network and intake_url / intake_ca_file; applications wait in "
                 "the outbox meanwhile")


def run_checks(settings: Settings, *, days: int = 30, network: bool = True,
               skip: frozenset[str] = frozenset()) -> list[Check]:
    """Every check, in the order a technician reads them; ``skip`` leaves out checks by
    name (a laptop has no card reader or touch screen)."""
    checks = [check_data_dir(settings)]
    if checks[0].status != FAIL:
        checks.append(check_disk(settings))
    checks.append(check_outbox(settings))
    files = file_problems(settings)
    checks.append(Check("files", FAIL, "; ".join(p.untranslated() for p in files),
                        "put the files there or correct the settings") if files
                  else Check("files", OK, "every file and directory the settings name"))
    checks += check_certificates(settings, days)
    checks.append(check_translations())
    # (the names a group's checks can have, the group): a group runs unless all are skipped.
    groups: list[tuple[tuple[str, ...], Callable[[], list[Check]]]] = [
        (("card readers", "card"), lambda: doctor_devices.check_card_readers()),
        (("AusweisApp",), lambda: [doctor_devices.check_eid(settings)]),
        (("receipt printer",), lambda: [doctor_devices.check_printer(settings)]),
        (("payment terminal",), lambda: [doctor_devices.check_payment_terminal(settings)]),
        (("screen",), lambda: [doctor_host.check_screen()]),
        (("touch",), lambda: [doctor_host.check_touch()]),
        (("version",), lambda: [doctor_host.check_version()])]
    if network:
        groups[:0] = [(("intake server",), lambda: [check_intake(settings)]),
                      (("intake TLS", "clock"), lambda: doctor_intake.check_intake_transport(
                          settings, days))]
    for names, run in groups:
        if not set(names) <= skip:
            checks += [c for c in run() if c.name not in skip]
    return checks


# The names --skip accepts (the checks that can be left out on a machine without them).
SKIPPABLE: Final = ("intake server", "intake TLS", "clock", "card readers", "card",
                    "AusweisApp", "receipt printer", "payment terminal", "screen", "touch",
                    "version")
__all__ = ["EXIT", "FAIL", "OK", "SKIPPABLE", "WARN", "Check", "run_checks", "worst"]
