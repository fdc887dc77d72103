"""``buergerbuero demo --walkthrough DIR``: the whole journey, headless, with screenshots.

Starts the reference intake server on 127.0.0.1, the fake ZVT card terminal
(``devices.tools.zvt_fake``), a private CUPS daemon with a cups-pdf printer
(``devices.tools.cups_sandbox``) and, with ``pay="phone"``, the XBezahldienste
stand-in; runs the kiosk offscreen, plays one citizen's Meldebescheinigung
application through the real widgets — a declined card first, then the fee paid
by card (or on the phone), the receipt printed — then checks in one appointment
with the ZMS stand-in by a generated QR image through the camera's decoding path
(``ui.tools.checkin_walk``) — saves a PNG per screen and ``journey.json``, and
exits 0 only when the intake server has stored the application, paid, with its
PDF, the receipt came out of the printer and the appointment was checked in.
With ``voice`` the citizen turns on "Read aloud" first, and what the kiosk said
on each screen is written to ``DIR/speech/`` (``ui.tools.speech_shots``). The
demo office's PKI stays in DIR: its CA in ``office-ca/``, its trust store in
``trust/`` (so that ``buergerbuero signature verify FILE --trust DIR/trust``
checks any PDF it made).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devices.tools.cups_sandbox import CupsSandbox, CupsUnavailable
from devices.tools.zvt_fake import FakeTerminal
from forms.answers import is_given
from forms.loader import shipped_forms
from forms.pdf import render_application_pdf
from forms.samples import sample_answers, sample_record
from forms.signing.escrow import make_escrow_keys
from forms.signing.verify import open_biometrics, verify_pdf
from kiosk.journey import Display
from kiosk.services import CATALOGUE
from kiosk.settings import Settings
from kiosk.stats.pdf import render_report_pdf
from kiosk.stats.report import build_report
from kiosk.stats.store import load, stats_path
from kiosk.tablet.fields import resolve_fields
from kiosk.tablet.jobs import Job, JobQueue
from kiosk.tablet.pairing import Pairing
from sync.reference.server import IntakeServer, stored_case
from sync.reference.xbezahldienste import XBezahlStandIn
from sync.reference.zms import ZmsStandIn
from ui.app import Kiosk
from ui.qt import QCoreApplication, QEvent
from ui.screens.feedback import FeedbackScreen
from ui.screens.identify import IdentifyScreen
from ui.screens.payment import PaymentScreen
from ui.screens.receipt import ReceiptScreen
from ui.screens.section import SectionScreen
from ui.tablet import TabletWindow
from ui.tools import checkin_walk, pen
from ui.tools.demo_office import DemoOffice, stand_in_settings
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver, wait_until
from ui.tools.speech_shots import ListeningDriver, SpeechShots
from ui.tools.tablet_shots import tablet_screens

# With --voice, each of these screens must have said something.
SPOKEN_SCREENS = ("welcome", "service", "identify-errors", "form-address", "form-details",
                  "review", "signature", "receipt")


def demo_passport() -> tuple[str, str, str] | None:
    """$BUERGERBUERO_DEMO_PASSPORT='NUMBER,DD.MM.YYYY,DD.MM.YYYY': read this passport's chip.

    Set it when a passport (or the emulated one) lies on a PC/SC reader; the
    walkthrough then fills the identity from the chip instead of typing it.
    """
    raw = os.environ.get("BUERGERBUERO_DEMO_PASSPORT", "").strip()
    if not raw:
        return None
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) != 3:
        raise SystemExit("error: BUERGERBUERO_DEMO_PASSPORT must be NUMBER,DD.MM.YYYY,DD.MM.YYYY")
    return parts[0], parts[1], parts[2]


def run_walkthrough(out_dir: Path, *, language: str = "de", voice: bool = False,
                    pay: str = "card", display: Display | None = None) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("[0-9][0-9]-*.png"):
        old.unlink()
    try:
        cups = CupsSandbox().start()
    except CupsUnavailable as exc:
        print(f"error: the demo's printer cannot start: {exc}", file=sys.stderr)
        return 1
    terminal = FakeTerminal(step_s=0.25).start()
    xbezahl = XBezahlStandIn().start()
    zms = ZmsStandIn().start()  # the appointment system (ZMS/eappointment), a stand-in
    office = DemoOffice(out_dir)  # the terminal and the tablet each get their own key
    office.enroll(out_dir / "terminal", "DEMO-01")
    office.enroll(out_dir / "tablet", "TABLET-01", "tablet")
    server = IntakeServer("127.0.0.1", 0, out_dir / "intake-server", trust_dir=office.trust)
    server.start()

    escrow_key, escrow_pem = make_escrow_keys(out_dir / "escrow")  # the trusted third party's
    scan_dir = out_dir / "scan-inbox"  # the file fields take their scans from here
    scan_dir.mkdir(exist_ok=True)
    settings = Settings(data_dir=out_dir / "terminal", **stand_in_settings(server),
                        terminal_id="DEMO-01", office_name="Bürgerbüro", place="Musterstadt",
                        escrow_cert=escrow_pem, scan_dir=scan_dir, trust_dir=office.trust,
                        # --voice: through the loudspeaker, so personal data is not spoken
                        speech_output="speaker" if voice else "auto",
                        payment_terminal=f"127.0.0.1:{terminal.port}",
                        receipt_printer=f"cups://{cups.queue}", cups_server=cups.server,
                        payee_iban="DE02120300000000202051", payee_name="Stadtkasse Musterstadt",
                        xbezahl_url=xbezahl.url, xbezahl_originator_id=xbezahl.originator_id,
                        xbezahl_endpoint_id=xbezahl.endpoint_id,
                        xbezahl_client_id=xbezahl.client_id,
                        xbezahl_client_secret=xbezahl.client_secret,
                        **checkin_walk.zms_settings(zms))
    passport = demo_passport()
    kiosk = Kiosk(settings, start_devices=passport is not None)
    result: dict[str, Any] = {"screens": [], "synced": False}
    kiosk.window.screenShown.connect(lambda name: result["screens"].append(name))
    result["screens"].append(kiosk.window.current_screen().step_name)
    shots: list[str] = []
    speech: SpeechShots | None = None

    def shot(name: str) -> None:
        wait_until(lambda: False, 0.05)  # let layouts and repaints settle
        path = out_dir / f"{len(shots) + 1:02d}-{name}.png"
        if speech is not None:
            speech.save(path.stem)
        kiosk.window.grab().save(str(path))
        shots.append(path.name)

    try:
        kiosk.show(fullscreen=False)
        if not wait_until(lambda: kiosk.interactive, 10):
            print("error: the kiosk window never painted", file=sys.stderr)
            return 1
        kiosk.start_background()
        drive = JourneyDriver(kiosk.window)
        if voice:  # the citizen taps "Read aloud" first, and listens
            speech = SpeechShots(kiosk.backend.speech, out_dir)
            drive = ListeningDriver(kiosk.window, speech)
            drive.click(kiosk.window.welcome.voice_button)
        shot("welcome")
        drive.choose_language(language)
        if display is not None:  # --text-scale / --theme: the citizen sets them first
            kiosk.window.set_display(display)
        shot("service")
        drive.choose_service("meldebescheinigung-einfach")
        drive.next()  # nothing entered yet: the form says what is missing
        shot("identify-errors")
        if passport is not None:
            if not wait_until(lambda: bool(kiosk.backend.readers.state.cards), 10):
                print("error: BUERGERBUERO_DEMO_PASSPORT is set but no card lies on a reader",
                      file=sys.stderr)
                return 1
            if not drive.read_chip(passport=passport, before_read=lambda: shot("identify-card")):
                print("error: the passport's chip could not be read", file=sys.stderr)
                return 1
            result["identification"] = kiosk.window.journey.identity.identification
            drive.fill({k: v for k, v in SAMPLE_IDENTITY.items()
                        if k in ("birth_name", "place_of_birth")})
            shot("identify-chip")
        else:
            # The family name by touch on the on-screen keyboard, the rest typed.
            identify = kiosk.window.current_screen()
            assert isinstance(identify, IdentifyScreen)
            family = identify.fields["family_name"].line
            assert family is not None
            drive.tap_text(family, SAMPLE_IDENTITY["family_name"])
            shot("identify-keyboard")
            drive.fill({k: v for k, v in SAMPLE_IDENTITY.items() if k != "family_name"})
            shot("identify")
        drive.next()
        drive.fill(SAMPLE_ADDRESS)
        shot("form-address")
        drive.next()
        drive.fill({"purpose": "employer"})
        shot("form-details")
        drive.next()
        shot("review")
        drive.next()
        drive.sign()
        shot("signature")
        drive.next()
        if not _pay(kiosk, drive, terminal, xbezahl, pay, shot):
            print("error: the fee was not paid at the payment step", file=sys.stderr)
            return 1
        if not wait_until(lambda: drive.screen == "receipt", 30):
            print("error: the application was not stored on the terminal", file=sys.stderr)
            return 1
        receipt = kiosk.window.current_screen()
        assert isinstance(receipt, ReceiptScreen)
        result["vorgangsnummer"] = receipt.vorgangsnummer
        synced = wait_until(lambda: receipt.state == "sent", 30)
        wait_until(lambda: bool(receipt.printed.text()), 30)
        shot("receipt")
        try:
            printed: Path | None = out_dir / "receipt.pdf"
            assert printed is not None
            printed.write_bytes(cups.wait_for_pdf(timeout_s=60).read_bytes())
        except TimeoutError:
            printed = None
        result["receipt"] = str(printed.resolve()) if printed is not None else None
        result["data_dir"] = str(settings.data_dir.resolve())
        if printed is not None:
            _render_receipt(printed, out_dir)
        # The satisfaction question below the receipt: a face, then a reason.
        drive.click(receipt.feedback.faces[5])
        shot("feedback")
        drive.click(receipt.feedback.reasons["duration"])
        result["feedback"] = {"score": 5, "reason": "duration",
                              "thanked": receipt.feedback.thanks.isVisible()}
        result["case_number"] = receipt.case_id  # the office's, on the receipt
        stored = stored_case(out_dir / "intake-server", receipt.case_id) if receipt.case_id \
            else None
        if stored is not None:
            metadata, pdf = stored
            # FIT-Connect's ids, and the stand-in's folder of this submission (its
            # metadata.json, the PDF and, under sealed/, the JWEs as they arrived).
            result["submission_id"] = metadata.get("submission_id")
            result["case_id"] = metadata.get("fit_connect_case_id")
            result["intake_dir"] = str(pdf.parent.resolve())
            result["pdf"] = str(pdf.resolve())
            result["synced"] = bool(synced and pdf.exists()
                                    and pdf.read_bytes().startswith(b"%PDF-")
                                    and metadata.get("vorgangsnummer") == receipt.vorgangsnummer)
            result["signature"] = _check_signature(pdf, escrow_key, out_dir)
            application = metadata.get("metadata", {})
            paid = application.get("payment", {})
            result["payment"] = {k: paid.get(k) for k in ("method", "status", "amount",
                                                          "reference", "transaction_id")}
            result["paymentInformation"] = application.get("paymentInformation")
        drive.click(receipt.done)
        wait_until(lambda: drive.screen == "welcome", 5)
        shot("welcome-again")
        result["appointment"] = checkin_walk.check_in(
            kiosk, drive, zms, cups, 1 if printed is not None else 0, shot, _render_pdf_page,
            out_dir)
        if speech is not None:
            result["speech"] = speech.report
        if stored is not None:
            result["tablet"] = _tablet_walkthrough(
                settings.with_(data_dir=out_dir / "tablet", terminal_id="TABLET-01"),
                stored[1], out_dir, shots)
        result["tablet_screens"] = tablet_screens(
            settings.with_(data_dir=out_dir / "tablet", terminal_id="TABLET-01"), out_dir, shots)
        result["services"] = _service_shots(kiosk, drive, out_dir, language, display)
        result["stats"] = _stats_report(kiosk, settings, out_dir)
        result["pdfs"] = _pdf_shots(settings, out_dir)
        result["screenshots"] = shots
        result["intake_url"] = server.url
        (out_dir / "journey.json").write_text(json.dumps(result, indent=2, ensure_ascii=False)
                                              + "\n", encoding="utf-8")
        if not result["synced"] or not result.get("signature", {}).get("ok") \
                or not result.get("tablet", {}).get("ok"):
            print("error: the intake server did not store the application", file=sys.stderr)
            return 1
        if not result["appointment"]["checked_in"]:
            print("error: the appointment was not checked in", file=sys.stderr)
            return 1
        if result.get("payment", {}).get("status") != "paid" or not result.get("receipt"):
            print("error: the application was not paid, or no receipt was printed",
                  file=sys.stderr)
            return 1
        silent = [name for name in SPOKEN_SCREENS
                  if voice and not any(f.endswith(f"-{name}.wav") for f in result["speech"])]
        if silent:
            print(f"error: --voice: nothing was said on {', '.join(silent)}", file=sys.stderr)
            return 1
        failed = [sid for sid, info in result["services"].items() if not info["reached_review"]]
        failed += [fid for fid, info in result["pdfs"].items() if not info["png"]]
        if failed:
            print(f"error: these services did not complete: {', '.join(failed)}",
                  file=sys.stderr)
            return 1
        print(f"walkthrough: {len(shots)} screenshots in {out_dir}, case "
              f"{result['case_number']} (FIT-Connect case {result.get('case_id')})")
        return 0
    finally:
        kiosk.shutdown()
        server.stop()
        xbezahl.stop()
        zms.stop()
        terminal.stop()
        cups.stop()


def _pay(kiosk: Kiosk, drive: JourneyDriver, terminal: FakeTerminal, xbezahl: XBezahlStandIn,
         way: str, shot: Callable[[str], None]) -> bool:
    """On the payment screen: the ways, a declined card, then paid by card or phone."""
    if not wait_until(lambda: drive.screen == "payment", 30):
        return False
    screen = kiosk.window.current_screen()
    assert isinstance(screen, PaymentScreen)
    shot("payment")
    terminal.script("decline")
    drive.pay("card")
    wait_until(lambda: screen.state == "card" and "PIN" in screen.status.text(), 20)
    shot("payment-card")
    if not wait_until(lambda: screen.error.isVisible(), 30):
        return False
    shot("payment-declined")
    if way == "phone":
        drive.click(screen.phone_button)
        if not wait_until(lambda: screen.qr.pixmap() is not None
                          and not screen.qr.pixmap().isNull(), 20):
            return False
        shot("payment-phone")
        pending = [t for t, v in xbezahl.transactions.items() if v["status"] == "INITIAL"]
        for transaction in pending:  # the citizen pays on the phone
            xbezahl.settle(transaction, "PAYED")
    else:
        drive.click(screen.card_button)
        wait_until(lambda: screen.state == "card" and "PIN" in screen.status.text(), 20)
        shot("payment-card-again")
    return wait_until(lambda: drive.screen == "receipt", 60)


def _render_receipt(pdf: Path, out_dir: Path) -> None:
    """The printed receipt as a PNG (pdftoppm), to look at."""
    _render_pdf_page(pdf, out_dir / "receipt")


def _render_pdf_page(pdf: Path, stem: Path) -> None:
    """A PDF's first page as ``stem``.png (pdftoppm), to look at."""
    import shutil
    import subprocess

    tool = shutil.which("pdftoppm")
    if tool is not None:
        # Our own file names and a fixed tool: nothing untrusted on the command line.
        subprocess.run([tool, "-r", "80", "-png", "-f", "1", "-l", "1",  # noqa: S603
                        "-singlefile", str(pdf), str(stem)],
                       check=False, capture_output=True, timeout=60)


def _check_signature(pdf: Path, escrow_key: Path, out_dir: Path) -> dict[str, Any]:
    """What `buergerbuero signature verify` and `signature open` say about the stored PDF."""

    data = pdf.read_bytes()
    opened, report = open_biometrics(data, escrow_key.read_bytes(), out_dir / "escrow-opened",
                                     out_dir / "trust")
    return {"ok": report.ok, "problems": report.as_json()["problems"],
            "signatures": len(report.signatures),
            "levels": [s.level for s in report.signatures],
            "escrow_opened": [p.name for p in opened]}


def _tablet_walkthrough(settings: Settings, pdf: Path, out_dir: Path,
                        shots: list[str]) -> dict[str, Any]:
    """Counter mode: the neutral screen, the document, the pen at work, neutral again."""

    queue, pairing = JobQueue(), Pairing()
    window = TabletWindow(settings, queue, pairing)
    window.resize(1280, 900)
    window.show()

    def shot(name: str) -> None:
        wait_until(lambda: False, 0.1)
        path = out_dir / f"{30 + len([s for s in shots if s[:1] == '3'])}-tablet-{name}.png"
        window.grab().save(str(path))
        shots.append(path.name)

    try:
        shot("waiting")
        document = pdf.read_bytes()  # the kiosk's application plans the counter's field
        job = Job(pdf=document, title="Meldebescheinigung – Bestätigung am Schalter",
                  signer_name="Erika Mustermann", fields=resolve_fields(document, []))
        queue.submit(job)
        wait_until(lambda: window.job is not None, 5)
        shot("document")
        pen.write(window.pad, pen.handwriting(window.pad.width(), window.pad.height(),
                                              seconds=2.0))
        shot("signed-by-pen")
        window.confirm()
        wait_until(lambda: (queue.get(job.id) or job).state == "signed", 30)
        wait_until(lambda: window.stack.currentWidget() is window.neutral, 5)
        shot("neutral-again")
        signed = (queue.get(job.id) or job).signed_pdf or b""
        (out_dir / "tablet-signed.pdf").write_bytes(signed)
        report = verify_pdf(signed, out_dir / "trust")
        return {"signed_pdf": str((out_dir / "tablet-signed.pdf").resolve()),
                "signatures": len(report.signatures), "ok": report.ok,
                "problems": report.as_json()["problems"]}
    finally:
        window.close()
        window.shutdown()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
def _grab(kiosk: Kiosk, path: Path) -> None:
    wait_until(lambda: False, 0.05)  # let layouts and repaints settle
    kiosk.window.grab().save(str(path))


def _service_shots(kiosk: Kiosk, drive: JourneyDriver, out_dir: Path,
                   language: str, display: Display | None) -> dict[str, Any]:
    """Each service through the real widgets with sample answers, up to the review:
    ``20-service-<id>.png`` (first form screen), ``21-…-<section>.png``, ``29-…-review.png``."""

    report: dict[str, Any] = {}
    for service in CATALOGUE:
        if service.form_id is None:
            continue
        form = shipped_forms()[service.form_id]
        answers = sample_answers(form)
        info: dict[str, Any] = {"screens": [], "reached_review": False}
        report[service.id] = info
        drive.choose_language(language)
        if display is not None:
            kiosk.window.set_display(display)
        drive.choose_service(service.id)
        first = True
        for _ in range(len(form.sections)):
            screen = kiosk.window.current_screen()
            if not isinstance(screen, SectionScreen):
                break
            drive.fill({fid: answers[fid] for fid in screen.fields if is_given(answers.get(fid))})
            name = f"20-service-{service.id}.png" if first else \
                f"21-service-{service.id}-{screen.section.id}.png"
            first = False
            _grab(kiosk, out_dir / name)
            info["screens"].append(name)
            drive.next()
            if drive.screen == screen.step_name:
                info["errors"] = drive.errors()
                break
        if drive.screen == "review":
            info["reached_review"] = True
            name = f"29-service-{service.id}-review.png"
            _grab(kiosk, out_dir / name)
            info["screens"].append(name)
        drive.click(kiosk.window.cancel_button)
        question = kiosk.window.cancel_question
        if question is not None and question.isVisible():
            if len(report) == 1:  # the first service: the question, as the citizen sees it
                _grab(kiosk, out_dir / "28-cancel-question.png")
            drive.click(question.yes)
        if drive.screen == "feedback":  # how it went: the first citizen answers, the rest not
            feedback = kiosk.window.current_screen()
            assert isinstance(feedback, FeedbackScreen)
            if len(report) == 1:
                _grab(kiosk, out_dir / "28-feedback-after-cancel.png")
                drive.give_feedback(feedback.panel, 2, "questions")
            drive.click(feedback.done)
        wait_until(lambda: drive.screen == "welcome", 5)
    return report


def _stats_report(kiosk: Kiosk, settings: Settings, out_dir: Path) -> dict[str, Any]:
    """What the statistics kept of the walkthrough's sessions: ``stats-report.pdf`` (and
    its first page as ``45-stats-report.png``) and the report's counts."""
    statistics = kiosk.backend.statistics
    wait_until(lambda: statistics.tasks.pending == 0, 10)  # the last rows are written
    report = build_report(load(stats_path(settings.data_dir)))
    pdf = out_dir / "stats-report.pdf"
    pdf.write_bytes(render_report_pdf(report, language=settings.default_language,
                                      terminal=settings.terminal_id))
    _render_pdf_page(pdf, out_dir / "45-stats-report")
    return {"file": str(stats_path(settings.data_dir).resolve()), "pdf": str(pdf.resolve()),
            **{key: report[key] for key in ("sessions", "completed", "abandoned_by_step",
                                            "satisfaction")}}


def _pdf_shots(settings: Settings, out_dir: Path) -> dict[str, Any]:
    """Each form's application PDF from sample answers; page 1 as ``40-pdf-<id>.png``."""
    import shutil
    import subprocess

    pdf_dir = out_dir / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    tool = shutil.which("pdftoppm")
    report: dict[str, Any] = {}
    for form in shipped_forms().values():
        document = sample_record(form, terminal_id=settings.terminal_id,
                                 office_name=settings.office_name, place=settings.place)
        pdf = pdf_dir / f"{form.id}.pdf"
        pdf.write_bytes(render_application_pdf(document))
        png = out_dir / f"40-pdf-{form.id}.png"
        if tool is not None:
            # Our own file names and a fixed tool: nothing untrusted on the command line.
            subprocess.run([tool, "-r", "70", "-png", "-f", "1", "-l", "1",  # noqa: S603
                            "-singlefile", str(pdf), str(png.with_suffix(""))],
                           check=False, capture_output=True, timeout=60)
        report[form.id] = {"pdf": str(pdf), "png": png.name if png.exists() else None}
    return report
