"""The office's figures (kiosk/stats): what a session keeps, the SQLite file, the report
(JSON and PDF with charts, through the real command) and the Prometheus samples."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.base.i18n import N_
from kiosk.metrics import figures, render
from kiosk.settings import Settings
from kiosk.stats import store
from kiosk.stats.figures import families
from kiosk.stats.report import build_report, percentile
from kiosk.stats.session import SessionFacts, SessionRecorder, message_id

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _session(clock: Clock, steps: list[tuple[str, float]], *, service: str = "svc",
             completed: bool, reason: str = "finished", when: datetime | None = None,
             **notes: str) -> SessionFacts:
    recorder = SessionRecorder(clock=clock, now=lambda: when or datetime(2026, 11, 30, 9, 41))
    for name, seconds in steps:
        recorder.shown(name, language="de", service=None if name == "service" else service)
        clock.now += seconds
    recorder.note(**notes)  # type: ignore[arg-type]
    facts = recorder.end(reason, step=steps[-1][0], completed=completed)
    assert facts is not None
    return facts


def test_a_session_keeps_seconds_per_step_the_hour_and_where_it_stopped() -> None:
    clock = Clock()
    recorder = SessionRecorder(clock=clock, now=lambda: datetime(2026, 11, 30, 9, 41, 17))
    recorder.shown("welcome", language="de", service=None)  # not a step: no session yet
    assert not recorder.active
    for name, seconds in (("service", 4.4), ("identify", 30.2), ("form-address", 12.0),
                          ("identify", 5.5), ("form-address", 3.0)):
        recorder.shown(name, language="tr", service=None if name == "service" else "umzug")
        clock.now += seconds
    recorder.error_shown(N_("Validation", "Please enter {what}.").format(what="Quaxelbrink"))
    recorder.error_shown(N_("Validation", "Please enter {what}.").format(what="other"))
    recorder.note(modes={"larger_text", "not-a-mode"})
    facts = recorder.end("cancelled", step="form-address", completed=False)
    assert facts is not None
    assert not recorder.active
    assert facts.hour == "2026-11-30T09"  # nothing finer than the hour
    assert facts.steps == {"service": 4, "identify": 36, "form-address": 15}
    assert (facts.service, facts.language, facts.stopped_at) == ("umzug", "tr", "form-address")
    # The message's template, never the text it was filled with.
    assert facts.errors == {"Validation:Please enter {what}.": 2}
    assert facts.modes == {"larger_text"}
    assert 0 < facts.id < 2**63
    assert message_id(N_("form:x", "Pflichtfeld")) == "form:x:Pflichtfeld"


def test_percentiles_are_by_nearest_rank() -> None:
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 0.9) == 9.0
    assert percentile(values, 0.5) == 5.0
    assert percentile([7.0], 0.9) == 7.0


def test_the_file_keeps_rows_and_answers_and_the_report_counts_them(tmp_path: Path) -> None:
    path = store.stats_path(tmp_path)
    clock = Clock()
    done = [_session(clock, [("service", 5), ("identify", s), ("receipt", 10)],
                     completed=True, identification=method, payment="card")
            for s, method in ((20, "typed"), (40, "typed"), (60, "eid"), (80, "chip-pace"))]
    left = _session(clock, [("service", 3), ("identify", 100)], completed=False,
                    reason="timeout", when=datetime(2026, 12, 2, 17, 5))
    for facts in (*done, left):
        store.save(path, facts)
    store.rate(path, done[0].id, 5, "duration")
    store.rate(path, done[1].id, 2, None)
    store.rate(path, left.id, 1, "questions")
    store.confirmed(path, done[0].id, 3.04)
    with pytest.raises(ValueError, match="no such satisfaction score"):
        store.rate(path, left.id, 6, None)  # not on the scale
    report = build_report(store.load(path))
    assert (report["sessions"], report["completed"], report["abandoned"]) == (5, 4, 1)
    assert report["completion_rate"] == 0.8
    assert report["abandoned_by_step"] == {"identify": 1}
    identify = report["steps"]["svc"]["identify"]
    assert (identify["n"], identify["median_s"], identify["p90_s"]) == (5, 60.0, 100.0)
    assert report["satisfaction"]["distribution"] == {"1": 1, "2": 1, "3": 0, "4": 0, "5": 1}
    assert report["satisfaction"]["mean"] == 2.67
    assert report["satisfaction"]["mean_completed"] == 3.5
    assert report["satisfaction"]["reasons"] == {"duration": 1, "questions": 1}
    assert report["identification"]["typed"] == {"count": 2, "share": 0.5}
    assert report["payment"] == {"card": {"count": 4, "share": 1.0}}
    assert report["sync_latency"] == {"n": 1, "median_s": 3.0, "p90_s": 3.0}
    # Days from and to, both included.
    assert [s.hour for s in store.load(path, date(2026, 12, 2), date(2026, 12, 2))] \
        == ["2026-12-02T17"]
    assert len(store.load(path, None, date(2026, 11, 30))) == 4
    # The columns are what the module says, nothing else.
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]
    assert columns == ["id", "hour", "service", "language", "completed", "end_reason",
                       "stopped_at", "identification", "payment", "modes", "steps", "errors",
                       "sync_latency_s", "satisfaction", "reason"]


def _fill(data_dir: Path) -> None:
    clock = Clock()
    path = store.stats_path(data_dir)
    for index in range(6):
        facts = _session(clock, [("service", 5), ("identify", 20 + index), ("form-address", 9),
                                 ("review", 14), ("signature", 8), ("receipt", 12)][:6 - index % 3],
                         service="meldebescheinigung-einfach", completed=index % 3 == 0,
                         identification="typed", payment="counter")
        facts.satisfaction = 1 + index % 5
        store.save(path, facts)


def test_the_command_prints_json_and_draws_the_pdf(tmp_path: Path) -> None:
    _fill(tmp_path)
    out = tmp_path / "report.pdf"
    done = subprocess.run([sys.executable, "-m", "ui.main", "stats", "report", "--json",
                           "--out", str(out), "--data-dir", str(tmp_path), "--from",
                           "2026-11-01", "--to", "2026-11-30"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {"sessions", "completed", "abandoned_by_step", "steps", "satisfaction",
            "identification", "payment"} <= set(report)
    assert report["sessions"] == 6
    assert report["completed"] == 2
    assert report["abandoned_by_step"] == {"signature": 2, "review": 2}
    assert set(report["steps"]["meldebescheinigung-einfach"]) == {
        "service", "identify", "form-address", "review", "signature", "receipt"}
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Kennzahlen des Terminals" in text  # the terminal's language (de)
    assert "Wo abgebrochene Sitzungen endeten" in text
    assert "Sehr zufrieden" in text  # the faces under the satisfaction chart
    # Pictures, not only tables: each chart is vector drawing on the page.
    tool = shutil.which("pdftoppm")
    assert tool is not None, "pdftoppm (poppler-utils) is needed to look at the report"
    subprocess.run([tool, "-r", "40", "-png", "-f", "1", "-l", "1", "-singlefile", str(out),
                    str(tmp_path / "page")], check=True, timeout=60)
    assert (tmp_path / "page.png").stat().st_size > 10_000
    # Outside the period: no sessions, said so.
    empty = subprocess.run([sys.executable, "-m", "ui.main", "stats", "report", "--data-dir",
                            str(tmp_path), "--from", "2027-01-01"], cwd=ROOT,
                           capture_output=True, text=True, timeout=60, check=False)
    assert (empty.returncode, empty.stdout.strip()) == (0, "no sessions in this period")
    bad = subprocess.run([sys.executable, "-m", "ui.main", "stats", "report", "--data-dir",
                          str(tmp_path), "--from", "30.11.2026"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2
    assert "not a date" in bad.stderr


def test_the_figures_stand_beside_the_health_metrics(tmp_path: Path) -> None:
    _fill(tmp_path)
    text = render(figures(Settings(data_dir=tmp_path), [], now=0))
    assert "# TYPE buergerbuero_stats_sessions_total counter" in text
    assert 'buergerbuero_stats_sessions_total{outcome="completed"} 2' in text
    assert 'buergerbuero_stats_abandoned_total{step="review"} 2' in text
    assert 'buergerbuero_stats_satisfaction_answers_total{score="1"} 2' in text
    assert 'buergerbuero_stats_identification_total{method="typed"} 2' in text
    assert "# TYPE buergerbuero_metrics_generated_timestamp_seconds gauge" in text  # beside
    # The gauges are of the last days: the sessions of 30 November count on 1 December.
    recent = families(store.stats_path(tmp_path), today=date(2026, 12, 1))
    names = {family.name for family in recent}
    assert {"stats_step_duration_seconds", "stats_satisfaction_mean"} <= names
    later = families(store.stats_path(tmp_path), today=date(2027, 1, 1))
    assert "stats_step_duration_seconds" not in {family.name for family in later}
    assert families(tmp_path / "none.sqlite3") == []  # no file yet: no figures


def test_the_report_is_a_technicians_command_without_qt(tmp_path: Path) -> None:
    _fill(tmp_path)
    code = ("import sys, ui.main; ui.main.main(['stats', 'report', '--json', '--out', "
            f"{str(tmp_path / 'r.pdf')!r}, '--data-dir', {str(tmp_path)!r}]); "
            "sys.exit(1 if 'PySide6' in sys.modules else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=False, timeout=60)
    assert result.returncode == 0, "stats report must not load Qt: " + result.stderr[-2000:]
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
