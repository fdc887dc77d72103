"""The `buergerbuero` command as technicians and the installer use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env_extra: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_kiosk_smoke_paints_and_exits_zero(tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    office.enroll(tmp_path)  # the smoke check wants a terminal that can sign
    result = run("kiosk", "--smoke", env_extra={"BUERGERBUERO_DATA": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_demo_smoke_exits_zero(tmp_path: Path) -> None:
    result = run("demo", "--smoke", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_bad_settings_file_gives_a_clear_message(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('idle_timeout_s = "soon"\n', encoding="utf-8")
    result = run("kiosk", "--smoke", "--config", str(config))
    assert result.returncode == 2
    assert "idle_timeout_s" in result.stderr
    assert "whole number" in result.stderr
    assert "Traceback" not in result.stderr
    config.write_text("idle_timeout_s = [\n", encoding="utf-8")
    result = run("kiosk", "--smoke", "--config", str(config))
    assert result.returncode == 2
    assert "not valid TOML" in result.stderr
    result = run("kiosk", "--smoke", "--config", str(tmp_path / "missing.toml"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_queue_status_json_counts_and_ages(tmp_path: Path) -> None:
    result = run("queue", "status", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert {k: status[k] for k in ("queued", "sending", "sent", "failed",
                                   "oldest_waiting_age_s")} == {
        "queued": 0, "sending": 0, "sent": 0, "failed": 0, "oldest_waiting_age_s": None}
    assert list(tmp_path.iterdir()) == []  # a status query creates nothing

    from sync.outbox import Outbox, OutgoingApplication

    outbox = Outbox(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key")
    outbox.enqueue(OutgoingApplication("k1", "2026-AAAA-BBBB-1", "meldebescheinigung-einfach",
                                       {"answers": {"family_name": "Mustermann"}}, b"%PDF-1.4"))
    outbox.close()
    status = json.loads(run("queue", "status", "--json", "--data-dir", str(tmp_path)).stdout)
    assert status["queued"] == 1
    assert status["oldest_waiting_age_s"] >= 0
    human = run("queue", "status", "--data-dir", str(tmp_path)).stdout
    assert "queued" in human
    assert "Mustermann" not in human


def test_no_qt_for_technician_commands(tmp_path: Path) -> None:
    code = ("import sys, ui.main; ui.main.main(['queue', 'status', '--json', '--data-dir', "
            f"{str(tmp_path)!r}]); sys.exit(1 if 'PySide6' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, "queue status must not load Qt"


def test_bench_timing_says_clearly_when_a_child_fails() -> None:
    """A start-up run that fails is a RuntimeError with its exit code and the end of its
    stderr (the call's options had slipped into a comment: no capture, so
    ``result.stderr`` was None and the failure an AttributeError)."""
    from ui.tools import bench  # Qt: only for this test

    assert (bench.ROOT / "pyproject.toml").is_file()  # the children run in the repository
    failing = [sys.executable, "-c", "import sys; sys.stderr.write('no display'); sys.exit(3)"]
    with pytest.raises(RuntimeError) as info:
        bench._time(failing, dict(os.environ))
    assert "exited 3" in str(info.value)
    assert "no display" in str(info.value)
    assert bench._time([sys.executable, "-c", "pass"], dict(os.environ)) > 0


def test_bench_startup_reports_a_ratio() -> None:
    result = run("bench", "startup", "--json", "--runs", "1", timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["startup_ms"] > 0
    assert report["startup_ratio"] > 0


@pytest.mark.slow
def test_bench_journey_plays_submissions_to_the_receipt() -> None:
    """The figures exist and are measured (it went stale once: a fee put the payment
    screen between 'Submit' and the receipt, and the bench waited for a receipt)."""
    result = run("bench", "journey", "--json", "--runs", "2", timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["runs"] == 2
    assert report["submit_to_receipt_ms"]["p50"] > 0
    assert report["bare_store_ms"]["p50"] > 0
    assert report["submit_overhead_ratio"] > 0
    assert report["max_stall_ms"] >= 0


def test_a_command_whose_module_is_not_installed_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    from kiosk.commands import Command, run

    table = (Command("bench", "benchmarks", "ui.tools.not_there"),)
    assert run(table, ["bench", "startup"]) == 2
    assert "not part of this installation" in capsys.readouterr().err


def test_help_and_a_mistyped_command_still_list_every_command() -> None:
    """A known command builds only its own parser (start-up); help and an unknown word
    still name all of them."""
    from kiosk.commands import build_parser
    from ui.main import TABLE

    names = {command.name for command in TABLE}
    for argv in ([], ["--help"], ["-h", "kiosk"], ["kiosq"]):
        sub = build_parser(TABLE, argv)._subparsers._group_actions[0]  # type: ignore[union-attr]
        assert set(sub.choices) == names, argv
    sub = build_parser(TABLE, ["queue", "status"])._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert {"queue", "sync"} == set(sub.choices)  # the queue module registers both
    result = run("kiosq")
    assert result.returncode == 2
    assert "invalid choice: 'kiosq'" in result.stderr
    assert "'queue'" in result.stderr
    assert "'kiosk'" in result.stderr


def test_the_kiosk_pauses_the_collector_only_until_its_first_frame() -> None:
    """ui.main pauses the cyclic collector for the kiosk's start-up; it runs again once
    the first frame is painted (and for every other command at once)."""
    code = ("import gc, sys\n"
            "import ui.app\n"
            "seen = []\n"
            "orig = ui.app.Kiosk._painted\n"
            "def painted(self):\n"
            "    seen.append(gc.isenabled())\n"
            "    orig(self)\n"
            "    seen.append(gc.isenabled())\n"
            "ui.app.Kiosk._painted = painted\n"
            "from ui.main import main\n"
            "code = main(['kiosk', '--first-frame'])\n"
            "print(seen, gc.isenabled(), code)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[False,", "True]", "True", "0"]


def test_the_wheel_leaves_out_the_tools_and_the_stand_in(tmp_path: Path) -> None:
    """A terminal's package carries neither the reference server nor the benchmarks, and
    its 'demo' says so instead of a traceback."""
    import shutil
    import zipfile

    uv = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    built = subprocess.run([uv, "build", "--wheel", "-o", str(tmp_path), "-q"], cwd=ROOT,
                           capture_output=True, text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ui/window.py" in names
    assert "kiosk/storage.py" in names
    assert "assets/translations/forms_en.ts" in names
    assert "sync/schemas/metadata-2.1.0.schema.json" in names  # checked before sending
    assert not [n for n in names if n.startswith(("sync/reference/", "sync/tools/",
                                                  "ui/tools/"))]


def test_a_reader_that_goes_away_is_not_a_traceback() -> None:
    """`buergerbuero … | head -1`: the pipe closes under the command; it ends quietly."""
    process = subprocess.Popen([sys.executable, "-m", "ui.main", "forms", "list"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # like `head -1`
    _out, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode in (0, 141)
