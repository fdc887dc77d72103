"""``buergerbuero doctor``: each check ok / warn / fail with what to do; exit 0 / 1 / 2.

Real terminals: a data directory enrolled with the test office's CA, a real outbox,
the reference intake server on a free port.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from forms.signing import pki

ROOT = Path(__file__).resolve().parent.parent
# What this machine may lack (tests/test_doctor_devices.py and test_doctor_host.py test
# these checks against real peers and the kernel's formats).
MACHINE = ("--skip", "card readers", "--skip", "card", "--skip", "screen", "--skip", "touch")


def doctor(tmp_path: Path, *args: str, settings: str = "") -> tuple[int, dict[str, Any]]:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "terminal"}"\nterminal_id = "TEST-01"\n'
                      + settings, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "ui.main", "doctor", "--json", "--config",
                             str(config), *MACHINE, *args], cwd=ROOT, env=dict(os.environ),
                            capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    assert all(set(c) == {"name", "status", "detail", "fix"} for c in report["checks"])
    assert all(c["fix"] for c in report["checks"] if c["status"] != "ok")
    return result.returncode, {c["name"]: c for c in report["checks"]}


def queue_one(data_dir: Path, age_s: float = 0.0) -> None:
    from sync.outbox import Outbox, OutgoingApplication

    outbox = Outbox(data_dir / "outbox.sqlite3", data_dir / "terminal.key")
    outbox.enqueue(OutgoingApplication("k1", "2026-AAAA-BBBB-1", "meldebescheinigung-einfach",
                                       {"answers": {"family_name": "Mustermann"}}, b"%PDF-1.4"))
    outbox.close()
    if age_s:
        with sqlite3.connect(data_dir / "outbox.sqlite3") as db:
            db.execute("UPDATE outbox SET created_at = ?", (time.time() - age_s,))


def test_a_healthy_terminal_is_ok_everywhere(tmp_path: Path, office: Any, intake: Any) -> None:
    office.enroll(tmp_path / "terminal", "TEST-01")
    code, checks = doctor(tmp_path, settings=f'intake_url = "{intake.url}"\n'
                                             f'trust_dir = "{office.trust}"\n'
                                             f'intake_key_root = "{intake.key_trust.root}"\n')
    assert code == 0, checks
    assert {name: c["status"] for name, c in checks.items()} == {
        "settings": "ok", "data directory": "ok", "disk space": "ok", "outbox": "ok",
        "files": "ok", "signing certificate": "ok", "destination key root": "ok",
        "trust store": "ok", "translations": "ok", "intake server": "ok", "clock": "ok",
        "AusweisApp": "ok", "receipt printer": "ok", "payment terminal": "ok",
        "version": "ok"}
    assert "valid for" in checks["signing certificate"]["detail"]


def test_a_backlog_and_a_certificate_near_its_end_are_warnings(tmp_path: Path,
                                                               office: Any) -> None:
    office.enroll(tmp_path / "terminal", "TEST-01", days=10)
    queue_one(tmp_path / "terminal", age_s=2 * 3600)
    root = office.ca / pki.CA_CERT  # any root certificate: the check here is its lifetime
    code, checks = doctor(tmp_path, "--offline", "--days", "30",
                          settings=f'intake_key_root = "{root}"\n')
    assert code == 1, checks
    assert checks["outbox"]["status"] == "warn"
    assert "1 waiting" in checks["outbox"]["detail"]
    assert "120 min" in checks["outbox"]["detail"]
    assert "Mustermann" not in json.dumps(checks)  # no personal data
    assert checks["signing certificate"]["status"] == "warn"
    assert "intake server" not in checks
    assert "clock" not in checks


def test_what_stops_the_terminal_is_a_failure(tmp_path: Path) -> None:
    queue_one(tmp_path / "terminal", age_s=2 * 86400)
    code, checks = doctor(tmp_path, settings='intake_url = "http://127.0.0.1:9"\n'
                                             f'escrow_cert = "{tmp_path / "escrow.pem"}"\n')
    assert code == 2
    assert checks["outbox"]["status"] == "fail"
    assert checks["signing certificate"]["status"] == "fail"  # nobody enrolled it
    assert "enroll" in checks["signing certificate"]["fix"]
    assert checks["files"]["status"] == "fail"
    assert "escrow_cert" in checks["files"]["detail"]
    assert checks["intake server"]["status"] == "fail"
    assert checks["clock"]["status"] == "warn"  # cannot tell without the server
    assert checks["destination key root"]["status"] == "fail"  # nothing could be sent
    assert "intake_key_root" in checks["destination key root"]["fix"]


def test_settings_it_cannot_read_are_the_one_failure(tmp_path: Path) -> None:
    code, checks = doctor(tmp_path, settings="idle_timeout_s = 1\n")
    assert code == 2
    assert list(checks) == ["settings"]
    assert "idle_timeout_s" in checks["settings"]["detail"]


def test_skipped_checks_are_left_out_and_unknown_names_refused(tmp_path: Path) -> None:
    code, checks = doctor(tmp_path, "--offline", "--skip", "version", "--skip", "AusweisApp")
    assert code == 2  # not enrolled: the skipped checks do not hide the others
    assert "version" not in checks
    assert "AusweisApp" not in checks
    assert "receipt printer" in checks
    done = subprocess.run([sys.executable, "-m", "ui.main", "doctor", "--skip", "outbox"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "invalid choice: 'outbox'" in done.stderr
