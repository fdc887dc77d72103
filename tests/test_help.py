"""'Help: call staff': the header's button reaches the configured hook (a real HTTP
server on 127.0.0.1, a real program), tells the citizen, and keeps what was entered."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from kiosk.settings import ConfigError, load_settings
from ui.i18n import translate
from ui.overlay import HELP_ASK, HELP_CALLED
from ui.qt import QLineEdit
from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver


class _Recorder(BaseHTTPRequestHandler):
    calls: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).calls.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def desk():  # type: ignore[no-untyped-def]
    """The office's side of the hook: an HTTP server that records each call."""
    _Recorder.calls = []
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/call", _Recorder.calls
    server.shutdown()


def _notice_text(window) -> str:  # type: ignore[no-untyped-def]
    notice = window.help_notice
    return notice.detail.text() if notice.isVisible() else ""


def test_help_calls_staff_over_http_and_keeps_the_input(qtbot, kiosk_factory, desk) -> None:  # type: ignore[no-untyped-def]
    url, calls = desk
    kiosk = kiosk_factory(staff_call_url=url)
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    drive.click(window.header.help)
    qtbot.waitUntil(lambda: _notice_text(window) == translate(HELP_CALLED), timeout=5_000)
    assert len(calls) == 1
    assert calls[0]["terminal"] == "TEST-01"
    assert set(calls[0]) == {"terminal", "office", "at"}  # nothing about the citizen
    assert "Mustermann" not in json.dumps(calls)
    drive.click(window.help_notice.ok)
    assert not window.help_notice.isVisible()
    assert drive.screen == "identify"  # what was entered stays
    fields = window.current_screen().findChildren(QLineEdit)
    assert "Mustermann" in [field.text() for field in fields]


def test_help_runs_the_configured_command(qtbot, kiosk_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "called.txt"
    script = tmp_path / "lamp.py"
    script.write_text("import os, sys\nopen(sys.argv[1], 'w').write(os.environ['BB_TERMINAL'])\n")
    kiosk = kiosk_factory(staff_call_command=f"{sys.executable} {script} {out}")
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.click(kiosk.window.header.help)
    qtbot.waitUntil(lambda: _notice_text(kiosk.window) == translate(HELP_CALLED), timeout=5_000)
    assert out.read_text() == "TEST-01"  # the program knows which terminal asks


def test_a_hook_that_fails_sends_the_citizen_to_the_counter(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(staff_call_command=f"{sys.executable} -c 'raise SystemExit(3)'")
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.click(kiosk.window.header.help)
    qtbot.waitUntil(lambda: "counter" in _notice_text(kiosk.window), timeout=5_000)


def test_without_a_hook_help_says_where_to_ask(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.click(kiosk.window.header.help)
    assert _notice_text(kiosk.window) == translate(HELP_ASK)


def test_a_staff_call_url_must_be_http(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('staff_call_url = "file:///etc/passwd"\n')
    with pytest.raises(ConfigError, match="staff_call_url"):
        load_settings(config)
