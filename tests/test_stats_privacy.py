"""No personal data reaches the statistics: three citizens with distinctive names and
numbers go through the real kiosk (one to the receipt and the intake server, one
cancels on the address, one leaves after a refused date), answering the satisfaction
question; then the statistics file's bytes (and its WAL), the report's JSON, the PDF's
text and the Prometheus figures are searched for every one of them. The figures
themselves are there: the sessions, where they stopped, the errors by id, the answers,
the sync latency."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers_sync import sender_settings

from kiosk.metrics import figures as gathered
from kiosk.metrics import render
from kiosk.stats.store import load, stats_path
from ui.screens.feedback import FeedbackScreen
from ui.screens.receipt import ReceiptScreen
from ui.tools.journey import JourneyDriver

ROOT = Path(__file__).resolve().parent.parent

FIRST = {"family_name": "Quaxelbrink", "given_names": "Zephyrine", "birth_name": "Oberwurzl",
         "date_of_birth": "29.02.1952", "place_of_birth": "Kleinwabbelsdorf"}
ADDRESS = {"street": "Xylophonweg", "house_number": "731x", "postal_code": "99974",
           "city": "Quirlhausen"}
SECOND = {"family_name": "Brumselmoor", "given_names": "Ottokar", "birth_name": "Fliederbusch",
          "date_of_birth": "17.03.1988", "place_of_birth": "Zwackelmann"}
REFUSED_DATE = "31.02.1977"


def test_no_personal_data_reaches_the_statistics(qtbot, kiosk_factory, intake, tmp_path):  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(intake.url, **sender_settings(intake))
    window = kiosk.window
    drive = JourneyDriver(window)

    # 1. To the receipt, confirmed by the intake server; four faces and a reason.
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(FIRST)
    drive.next()
    drive.fill(ADDRESS)
    drive.next()
    drive.fill({"purpose": "landlord"})
    drive.next()
    drive.next()
    drive.next()  # unsigned: refused, an error shown
    drive.sign()
    drive.next()
    drive.pay("counter")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=30_000)
    receipt = window.current_screen()
    assert isinstance(receipt, ReceiptScreen)
    vorgangsnummer = receipt.vorgangsnummer
    qtbot.waitUntil(lambda: receipt.state == "sent", timeout=30_000)
    drive.give_feedback(receipt.feedback, 4, "questions")
    assert receipt.feedback.thanks.isVisible()
    drive.click(receipt.done)
    assert drive.screen == "welcome"

    # 2. Cancelled on the address step, in German; the question after it: one face, a reason.
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SECOND)
    drive.next()
    drive.fill({"street": "Xylophonweg"})
    drive.click(window.cancel_button)
    assert window.cancel_question is not None
    drive.click(window.cancel_question.yes)
    assert drive.screen == "feedback"
    question = window.current_screen()
    assert isinstance(question, FeedbackScreen)
    assert question.heading.text() == "Ihre Eingaben wurden gelöscht."  # still German
    drive.give_feedback(question.panel, 1, "identification")
    drive.click(question.done)
    assert drive.screen == "welcome"
    assert window.journey.language == "de"
    assert window.header.language_button.isHidden()

    # 3. A refused date of birth, then the citizen walks away (what the idle watcher does).
    drive.choose_language("tr")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill({**SECOND, "date_of_birth": REFUSED_DATE})
    drive.next()
    assert drive.errors()  # the date was refused on the screen
    window.end_session("timeout")
    assert drive.screen == "welcome"  # nobody is asked after a timeout

    statistics = kiosk.backend.statistics
    qtbot.waitUntil(lambda: statistics.tasks.pending == 0, timeout=10_000)
    data_dir = kiosk.settings.data_dir
    secrets = [*FIRST.values(), *SECOND.values(), *ADDRESS.values(), REFUSED_DATE,
               "1952-02-29", "1988-03-17", vorgangsnummer, vorgangsnummer.replace("-", ""),
               "landlord"]  # an answer too (the choice's value)

    # What the figures say (they are there: the search below searches real content).
    sessions = load(stats_path(data_dir))
    assert len(sessions) == 3
    report_json = subprocess.run(
        [sys.executable, "-m", "ui.main", "stats", "report", "--json", "--out",
         str(tmp_path / "report.pdf"), "--data-dir", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True).stdout
    report = json.loads(report_json)
    assert (report["sessions"], report["completed"]) == (3, 1)
    assert report["abandoned_by_step"] == {"form-address": 1, "identify": 1}
    assert report["satisfaction"]["distribution"]["4"] == 1
    assert report["satisfaction"]["distribution"]["1"] == 1
    assert report["satisfaction"]["reasons"] == {"questions": 1, "identification": 1}
    assert report["sync_latency"]["n"] == 1
    assert report["languages"].keys() == {"en", "de", "tr"}
    assert report["payment"] == {"counter": {"count": 1, "share": 1.0}}
    assert any(key.startswith("Signature:") for key in report["errors"])  # by message id
    assert len(report["errors"]) >= 2  # the refused date too
    completed = next(s for s in sessions if s.completed)
    assert set(completed.steps) == {"service", "identify", "form-address", "form-details",
                                    "review", "signature", "payment", "receipt"}

    stored = b"".join(path.read_bytes() for path in sorted(data_dir.glob("stats.sqlite3*")))
    assert len(stored) > 4096
    assert b"meldebescheinigung-einfach" in stored
    assert b"form-address" in stored
    pdf_text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
    assert "Terminal" in pdf_text
    assert "Sitzungen" in pdf_text
    metrics = render(gathered(kiosk.settings, []))
    figures = "\n".join(line for line in metrics.splitlines() if "_stats_" in line)
    assert 'buergerbuero_stats_sessions_total{outcome="abandoned"} 2' in figures
    for secret in secrets:
        for where, haystack in (("the statistics file", stored.decode("latin-1")),
                                ("the report", report_json), ("the PDF", pdf_text),
                                ("the metrics", figures)):
            assert secret not in haystack, f"{secret!r} in {where}"
        assert secret.encode("utf-8") not in stored
        assert json.dumps(secret)[1:-1] not in report_json  # nor JSON-escaped
