"""``buergerbuero metrics``: the Prometheus text exposition format, checked strictly.

prometheus_client is not in uv.lock, so its parser is not at hand: ``parse`` below is a
strict reading of the format (version 0.0.4: HELP and TYPE once per family and before
its samples, metric and label names, escaped label values, Go float values, one sample
per series, a final newline) that refuses anything else.
"""

from __future__ import annotations

import os
import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

from test_doctor import MACHINE, queue_one

ROOT = Path(__file__).resolve().parent.parent
NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
LABEL = r'[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"'
VALUE = r"[+-]?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Inf|NaN)"
SAMPLE = re.compile(rf"({NAME})(?:\{{((?:{LABEL})(?:,{LABEL})*)?\}})? ({VALUE})")
HELP = re.compile(rf"# HELP ({NAME}) (.*)")
TYPE = re.compile(rf"# TYPE ({NAME}) (counter|gauge|histogram|summary|untyped)")


def parse(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Series (name, labels) -> value; AssertionError on anything outside the format."""
    assert text.endswith("\n")
    assert "\n\n" not in text
    series: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}
    helped: set[str] = set()
    typed: dict[str, str] = {}
    current = ""
    for line in text[:-1].split("\n"):
        if match := HELP.fullmatch(line):
            assert match.group(1) not in helped, line
            helped.add(match.group(1))
            continue
        if match := TYPE.fullmatch(line):
            name = match.group(1)
            assert name not in typed, line
            assert not any(key[0] == name for key in series), "TYPE after its samples"
            typed[name], current = match.group(2), name
            continue
        match = SAMPLE.fullmatch(line)
        assert match, f"not a sample line: {line!r}"
        name, labels, value = match.groups()
        assert name == current, f"{name} outside its family"
        pairs = tuple(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"',
                                 labels or ""))
        assert len({k for k, _ in pairs}) == len(pairs), line
        assert (name, pairs) not in series, f"duplicate series {line!r}"
        series[(name, pairs)] = float(value.replace("Inf", "inf"))
    assert helped == set(typed)
    return series


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'data_dir = "{tmp_path / "terminal"}"\n', encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "ui.main", "metrics", "--offline",
                           "--config", str(config), *MACHINE, *args], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=120,
                          check=False)


def test_the_gauges_are_valid_exposition_without_personal_data(tmp_path: Path) -> None:
    queue_one(tmp_path / "terminal", age_s=2 * 3600)
    prom = tmp_path / "textfile" / "buergerbuero.prom"
    prom.parent.mkdir()
    done = run(tmp_path, "--textfile", str(prom))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    text = prom.read_text(encoding="utf-8")
    assert list(prom.parent.iterdir()) == [prom]  # no temporary file left behind
    assert oct(prom.stat().st_mode & 0o777) == "0o644"  # node_exporter reads it
    series = parse(text)
    assert series[("buergerbuero_doctor_check_status", (("check", "outbox"),))] == 1  # warn
    assert series[("buergerbuero_doctor_check_status",
                   (("check", "translations"),))] == 0
    assert series[("buergerbuero_doctor_check_status",
                   (("check", "signing certificate"),))] == 2  # not enrolled
    assert series[("buergerbuero_doctor_status", ())] == 2
    assert series[("buergerbuero_outbox_items", (("state", "queued"),))] == 1
    assert series[("buergerbuero_outbox_items", (("state", "failed"),))] == 0
    assert 7200 <= series[("buergerbuero_outbox_oldest_waiting_seconds", ())] < 7200 + 600
    assert [k for k in series if k[0] == "buergerbuero_build_info"]
    assert not [k for k in series if k[0] == "buergerbuero_last_successful_sync_timestamp_"
                "seconds"]  # nothing was ever confirmed
    for personal in ("Mustermann", "2026-AAAA-BBBB-1", "k1"):
        assert personal not in text


def test_the_last_confirmed_delivery_and_printing_to_stdout(tmp_path: Path) -> None:
    queue_one(tmp_path / "terminal")
    with sqlite3.connect(tmp_path / "terminal" / "outbox.sqlite3") as db:
        db.execute("UPDATE outbox SET state = 'confirmed', confirmed_at = 1790000000.5")
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    series = parse(done.stdout)
    assert series[("buergerbuero_last_successful_sync_timestamp_seconds", ())] == 1790000000.5
    assert series[("buergerbuero_outbox_items", (("state", "confirmed"),))] == 1
    assert series[("buergerbuero_outbox_oldest_waiting_seconds", ())] == 0


def test_an_unwritable_textfile_is_one_clear_error(tmp_path: Path) -> None:
    done = run(tmp_path, "--textfile", str(tmp_path / "missing" / "buergerbuero.prom"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert "cannot be written" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_parser_refuses_what_prometheus_refuses() -> None:
    good = "# HELP a_b x\n# TYPE a_b gauge\na_b{l=\"v\\\"\"} 1\n"
    assert parse(good) == {("a_b", (("l", 'v\\"'),)): 1.0}
    for bad in ("a_b 1", "# TYPE a_b gauge\na_b{l=v} 1\n", "# TYPE a-b gauge\na-b 1\n",
                "# HELP a_b x\n# TYPE a_b gauge\na_b 1\na_b 2\n",
                "# HELP a_b x\n# TYPE a_b gauge\na_b one\n"):
        try:
            parse(bad)
        except AssertionError:
            continue
        raise AssertionError(f"accepted {bad!r}")


def test_the_timers_command_line_runs(tmp_path: Path) -> None:
    """buergerbuero-metrics.service's ExecStart (systemd quotes as the shell does), with
    the checkout for /usr/bin/buergerbuero and a temporary textfile directory."""
    unit = (ROOT / "packaging/debian/buergerbuero-metrics.service").read_text(encoding="utf-8")
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(exec_start.removeprefix("ExecStart="))
    assert argv[:2] == ["/usr/bin/buergerbuero", "metrics"]
    textfile = Path(argv[argv.index("--textfile") + 1])
    assert textfile == Path("/var/lib/prometheus/node-exporter/buergerbuero.prom")
    assert "[Install]" in (ROOT / "packaging/debian/buergerbuero-metrics.timer").read_text()
    prom = tmp_path / textfile.name
    rest = argv[2:argv.index("--textfile")]
    done = run(tmp_path, *rest, "--textfile", str(prom))
    assert done.returncode == 0, done.stderr
    series = parse(prom.read_text(encoding="utf-8"))
    checks = {dict(labels)["check"] for name, labels in series
              if name == "buergerbuero_doctor_check_status"}
    assert "payment terminal" not in checks
    assert "outbox" in checks
