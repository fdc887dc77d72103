"""The site configuration: one table of keys, the published schema, ``config check``.

The table (``kiosk/settings_keys.py``), the ``Settings`` dataclass, the shipped JSON
Schema, the reference in docs/configuration.md and the loader must agree; each bad
input the first wave met is one clear line (no traceback) that names the line.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kiosk.base.errors import ConfigError, NetworkError
from kiosk.settings import Settings, check_text, load_settings
from kiosk.settings_keys import CHOICE, DESTINATIONS, DIR, FILE, INT, KEYS, LANGUAGES, URL
from kiosk.settings_schema import SCHEMA_FILE, example_value, reference_table, schema, schema_text

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env_extra: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


# -- one table, one schema, one reference ---------------------------------------------

def test_every_field_of_settings_is_a_documented_key_and_nothing_else() -> None:
    assert set(KEYS) == {f.name for f in fields(Settings)}
    assert all(spec.doc.strip() and spec.example for spec in KEYS.values())


def test_the_shipped_schema_is_the_one_the_table_makes() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "assets/kiosk.schema.json is out of date: run python packaging/settings_schema.py")
    jsonschema.Draft202012Validator.check_schema(schema())


def test_the_reference_lists_every_key_as_the_table_says() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from settings_schema import REFERENCE, with_table

    text = REFERENCE.read_text(encoding="utf-8")
    assert with_table(text, reference_table()) == text, (
        "docs/configuration.md is out of date: run python packaging/settings_schema.py")
    for key in KEYS:
        assert f"| `{key}` |" in text
    assert "docs/configuration.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def _samples(key: str) -> list[Any]:
    """Good and bad values of one key, for the loader and the schema to judge alike."""
    spec = KEYS[key]
    good = example_value(spec)
    samples: list[Any] = [good, True, 5.5, {"a": 1}]
    if spec.kind == INT:
        samples += [spec.low, spec.high, spec.low - 1, spec.high + 1, "12"]
    elif spec.kind == LANGUAGES:
        samples += [[], ["de", "de"], ["xx"], "de"]
    elif spec.kind == CHOICE:
        samples += ["nonsense", "", 3]
    elif spec.kind == URL:
        scheme = spec.schemes[0]
        samples += ["ftp://example.org", "example.org", f"{scheme}://", f"{scheme}://host/x", ""]
    elif spec.kind in (FILE, DIR):
        samples += ["", 7, "/some/where"]
    elif spec.kind == DESTINATIONS:
        samples += [{}, {"Führung": "d-1"}, {"fuehrungszeugnis": ""}, {"bewohnerparken": "d"},
                    {"fuehrungszeugnis": "a b"}, {"fuehrungszeugnis": 5}, "d-1", []]
    else:
        samples += ["", "   ", 3, "x"]
    # The rule of two keys (warning shorter than timeout) is the loader's alone: keep to
    # values the other key's default allows.
    if key == "idle_warning_s":
        samples = [s for s in samples if not isinstance(s, int) or s < 120]
    if key == "idle_timeout_s":
        samples = [s for s in samples if not isinstance(s, int) or s > 20]
    return samples


def _toml(value: Any) -> str:
    if isinstance(value, dict):  # an inline table
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}"
                                for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("key", sorted(KEYS))
def test_the_loader_and_the_published_schema_judge_each_value_alike(key: str,
                                                                     tmp_path: Path) -> None:
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(published)
    for value in _samples(key):
        document = {key: value}
        text = f"{key} = {_toml(value)}\n"
        _, problems = check_text(text.encode(), tmp_path / "kiosk.toml")
        assert validator.is_valid(document) == (not problems), (key, value, problems)
        if problems:
            assert problems[0].line == 1
            assert problems[0].key == key
        # The [kiosk] table form is the same document.
        assert validator.is_valid({"kiosk": document}) == (not problems)


def test_the_schema_refuses_what_the_loader_refuses_at_the_top() -> None:
    validator = jsonschema.Draft202012Validator(schema())
    assert validator.is_valid({})
    assert not validator.is_valid({"kiosk": 5})
    assert not validator.is_valid({"kiosk": {}, "place": "x"})
    assert not validator.is_valid({"unknown_key": "x"})
    assert not validator.is_valid({"payee_iban": "DE02120300000000202051"})


# -- the bad inputs of the first wave ---------------------------------------------------

def queue_one(data_dir: Path) -> None:
    """An application waiting in the outbox of ``data_dir``."""
    from sync.outbox import Outbox, OutgoingApplication

    outbox = Outbox(data_dir / "outbox.sqlite3", data_dir / "terminal.key")
    outbox.enqueue(OutgoingApplication("k1", "2026-AAAA-BBBB-1", "meldebescheinigung-einfach",
                                       {"answers": {}}, b"%PDF-1.4"))
    outbox.close()


@pytest.mark.parametrize(("content", "line", "says"), [
    (b"kiosk = 5\n", 1, "must be the table [kiosk]"),
    (b'place = "x"\noffice_name = "B\xfcrgerb\xfcro"\n', 2, "not UTF-8"),
    (b'place = "x"\n\nintake_url = "ftp://intake.example"\n', 3, "http:// or https://"),
    (b'intake_url = "intake.example.org"\n', 1, "http:// or https://"),
    (b'[kiosk]\nplace = "x"\nidle_timeout_s = "soon"\n', 3, "whole number"),
    (b'place = "x"\nterminal_idd = "T-2"\n', 2, "Unknown setting 'terminal_idd'"),
    (b'place = "x"\n[kiosk]\noffice_name = "y"\n', 1, "outside the [kiosk] table"),
    (b'place = "x"\nidle_timeout_s = 12 34\n', 2, "not valid TOML"),
])
def test_each_bad_file_is_one_line_naming_its_line(tmp_path: Path, content: bytes, line: int,
                                                   says: str) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_bytes(content)
    with pytest.raises(ConfigError) as refused:
        load_settings(config)
    message = refused.value.message.untranslated()
    assert says in message
    assert f"{config}:{line}" in message
    assert "\n" not in message
    # The kiosk itself: the same one line, exit 2, no traceback.
    result = run("kiosk", "--smoke", "--config", str(config))
    assert result.returncode == 2
    assert says in one_clear_line(result)


def test_a_misspelt_key_gets_the_right_name_as_its_fix(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('idle_timout_s = 60\n', encoding="utf-8")
    _, problems = check_text(config.read_bytes(), config)
    assert [p.fix.params.get("close") for p in problems] == ["idle_timeout_s"]


def test_sync_once_refuses_an_unusable_intake_address_instead_of_retrying(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    queue_one(data)
    for url in ("ftp://intake.example.org", "intake.example.org"):
        config = tmp_path / "kiosk.toml"
        config.write_text(f'intake_url = "{url}"\ndata_dir = "{data}"\n', encoding="utf-8")
        result = run("sync", "--once", "--config", str(config))
        assert result.returncode == 2, result.stdout
        assert "intake_url" in one_clear_line(result)
        result = run("sync", "--once", "--data-dir", str(data), "--url", url)
        assert result.returncode == 2
        assert "--url" in one_clear_line(result)


def test_a_missing_intake_ca_is_reported_once_before_any_attempt(tmp_path: Path) -> None:
    data = tmp_path / "data"
    queue_one(data)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'intake_url = "https://127.0.0.1:9"\ndata_dir = "{data}"\n'
                      f'intake_ca_file = "{tmp_path / "gone.pem"}"\n', encoding="utf-8")
    result = run("sync", "--once", "--config", str(config))
    assert result.returncode == 2
    line = one_clear_line(result)
    assert "intake_ca_file" in line
    assert "gone.pem" in line
    # The outbox was not touched: the item waits, its attempts unchanged.
    status = run("queue", "list", "--json", "--data-dir", str(data))
    assert [item["attempts"] for item in json.loads(status.stdout)] == [0]


def test_a_ca_file_gone_while_running_is_a_network_error_not_a_crash(tmp_path: Path) -> None:
    from sync.protocol import IntakeClient

    client = IntakeClient("https://127.0.0.1:9", timeout_s=2, ca_file=str(tmp_path / "gone"))
    try:
        assert client.health() is False
        with pytest.raises(NetworkError) as failed:
            client.destination_key("x")
        assert "CA file" in failed.value.detail
    finally:
        client.close()


def test_an_unusable_data_directory_is_not_reported_as_an_empty_outbox(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "data"
    not_a_dir.write_text("a file where the data directory should be")
    result = run("queue", "status", "--data-dir", str(not_a_dir))
    assert result.returncode == 2
    assert "data directory" in one_clear_line(result)
    inside_a_file = not_a_dir / "terminal"
    result = run("queue", "status", "--json", "--data-dir", str(inside_a_file))
    assert result.returncode == 2
    assert "data directory" in one_clear_line(result)
    # Not there yet is an empty outbox (the kiosk makes the directory on first use).
    assert run("queue", "status", "--data-dir", str(tmp_path / "new")).returncode == 0


def test_a_tablet_port_in_use_or_missing_tls_files_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("tablet", "--windowed", "--port", str(port))
    assert result.returncode == 2
    assert f"port {port}" in one_clear_line(result)
    result = run("tablet", "--windowed", "--port", "0", "--tls-cert",
                 str(tmp_path / "tablet.crt"), "--tls-key", str(tmp_path / "tablet.key"))
    assert result.returncode == 2
    assert "tablet.crt" in one_clear_line(result)
    from helpers_trust import make_server_tls

    _, cert, key = make_server_tls(tmp_path, valid_days=(-400, -35))
    result = run("tablet", "--windowed", "--port", "0", "--tls-cert", str(cert),
                 "--tls-key", str(key))
    assert result.returncode == 2  # every workstation would refuse it: not served
    line = one_clear_line(result)
    assert str(cert) in line, line
    assert "the certificate expired on" in line, line
    assert "install a renewed one" in line, line


# -- config check -------------------------------------------------------------------

def test_config_check_lists_every_problem_with_line_and_fix_as_json(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('office_name = "Ortsverwaltung Nord"\nidle_timeout_s = 5\n'
                      'intake_url = "ftp://x"\nlanguage = ["de"]\n'
                      f'intake_ca_file = "{tmp_path / "gone.pem"}"\n', encoding="utf-8")
    result = run("config", "check", str(config), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [(p["key"], p["line"]) for p in report["problems"]] == [
        ("idle_timeout_s", 2), ("intake_url", 3), ("language", 4)]
    assert all(set(p) == {"key", "line", "message", "fix"} for p in report["problems"])
    assert report["problems"][0]["fix"] == "Write it like this: idle_timeout_s = 120"
    assert "'languages'" in report["problems"][2]["fix"]


def test_config_check_on_a_laptop_checks_the_file_not_the_machine(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    config.write_text(readme.split("```toml\n", 1)[1].split("```", 1)[0], encoding="utf-8")
    result = run("config", "check", str(config))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("ok")
    # With --files (the default for the terminal's own file) the named files count too.
    result = run("config", "check", str(config), "--files", "--json")
    assert result.returncode == 1
    messages = " ".join(p["message"] for p in json.loads(result.stdout)["problems"])
    assert "intake_ca_file" in messages
    assert "escrow_cert" in messages
    result = run("config", "check", env_extra={"BUERGERBUERO_CONFIG": str(config)})
    assert result.returncode == 1
    assert "intake_ca_file" in result.stdout


def test_config_check_of_a_missing_file_or_unknown_subcommand(tmp_path: Path) -> None:
    result = run("config", "check", str(tmp_path / "nothing.toml"), "--json")
    assert result.returncode == 1
    assert "does not exist" in json.loads(result.stdout)["problems"][0]["message"]
    assert run("config").returncode == 2


def test_the_default_destination_is_the_stand_in_s() -> None:
    """A terminal on the defaults sends to the demo's stand-in, whose destination id is a
    UUID as FIT-Connect's are; the loader refuses an id that is not one."""
    from sync.worker import DEFAULT_DESTINATION

    assert Settings().destination_id == DEFAULT_DESTINATION
    _, problems = check_text(b'destination_id = "buergerbuero-zentral"\n', Path("k.toml"))
    assert [p.key for p in problems] == ["destination_id"]
    assert "UUID" in problems[0].message.untranslated()
