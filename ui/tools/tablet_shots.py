"""Screenshots of the counter tablet's screens, to look at them as a clerk would.

``python -m ui.tools.tablet_shots DIR`` (offscreen) or, as part of it,
``buergerbuero demo --walkthrough DIR``: the pairing code on the clerk's
request, a one-page and a three-page document, the pen on the second of two
fields, the screen after signing, and the document in portrait. The documents
are made here with reportlab: a letter with running text, so that one can judge
whether it reads at the width of the view.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from kiosk.settings import Settings
from kiosk.tablet.jobs import SIGNED, FieldSpec, Job, JobQueue
from kiosk.tablet.server import Pairing
from ui.i18n import set_language
from ui.qt import QCoreApplication, QEvent
from ui.qtapp import create_qt_app, ensure_display
from ui.tablet import TabletWindow
from ui.tools import pen
from ui.tools.journey import wait_until

PARAGRAPH = ("Hiermit beantrage ich die Anmeldung meines Wohnsitzes unter der unten genannten "
             "Anschrift. Ich versichere, dass die Angaben in diesem Formular richtig und "
             "vollständig sind. Mir ist bekannt, dass vorsätzlich oder fahrlässig falsche "
             "Angaben eine Ordnungswidrigkeit darstellen (§ 54 Bundesmeldegesetz).")


def sample_document(pages: int, title: str) -> bytes:
    """An A4 letter of ``pages`` pages, each with a heading and running 11 pt text."""
    from reportlab.lib.pagesizes import A4  # heavy, and only the tools draw sample letters
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    for page in range(pages):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, height - 90, title)
        canvas.setFont("Helvetica", 11)
        y = height - 130
        for number in range(5):
            for line in simpleSplit(f"{number + 1 + 5 * page}. {PARAGRAPH}", "Helvetica", 11,
                                    width - 144):
                canvas.drawString(72, y, line)
                y -= 15
            y -= 10
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(width - 72, 40, f"Seite {page + 1} von {pages}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def tablet_screens(settings: Settings, out_dir: Path, shots: list[str],
                   size: tuple[int, int] = (1280, 900)) -> dict[str, Any]:
    """``34-tablet-pairing-code.png`` … ``39-tablet-portrait.png``; what was signed."""
    queue, pairing = JobQueue(), Pairing()
    window = TabletWindow(settings, queue, pairing)
    window.resize(*size)
    window.show()

    def shot(name: str) -> None:
        wait_until(lambda: False, 0.15)  # layouts, repaints and the PDF's render settle
        path = out_dir / f"{30 + len([s for s in shots if s[:1] == '3'])}-tablet-{name}.png"
        window.grab().save(str(path))
        shots.append(path.name)

    def show(job: Job) -> None:
        queue.submit(job)
        wait_until(lambda: window.job is job, 5)

    def sign() -> None:
        pen.write(window.pad, pen.handwriting(window.pad.width(), window.pad.height(),
                                              seconds=1.5))

    result: dict[str, Any] = {}
    try:
        window.code_panel.show_code()  # what the clerk sees after holding "For staff"
        shot("pairing-code")
        window.code_panel.hide_code()
        receipt = Job(pdf=sample_document(1, "Empfangsbestätigung"), title="Empfangsbestätigung",
                      signer_name="Erika Mustermann",
                      fields=(FieldSpec("Unterschrift_Empfang", 0, (330, 60, 540, 120)),))
        show(receipt)
        shot("document-1-page")
        window.refuse()
        application = Job(
            pdf=sample_document(3, "Anmeldung einer Wohnung"), title="Anmeldung einer Wohnung",
            signer_name="Erika Mustermann",
            fields=(FieldSpec("Unterschrift_Meldepflichtige", 2, (72, 90, 272, 150),
                              "Unterschrift der meldepflichtigen Person"),
                    FieldSpec("Unterschrift_Wohnungsgeber", 2, (320, 90, 520, 150),
                              "Bestätigung des Wohnungsgebers")))
        show(application)
        shot("document-3-pages")
        sign()
        window.confirm()
        sign()
        shot("signing-2-of-2")
        window.confirm()
        wait_until(lambda: application.state == SIGNED, 60)
        shot("done")
        result = {"signed": application.state == SIGNED,
                  "fields": [f.name for f in application.fields]}
        window.resize(size[1] - 100, size[0])
        show(Job(pdf=sample_document(3, "Anmeldung einer Wohnung"),
                 title="Anmeldung einer Wohnung", signer_name="Erika Mustermann",
                 fields=(FieldSpec("Unterschrift", 2, (72, 90, 272, 150)),)))
        shot("portrait")
        return result
    finally:
        window.close()
        window.shutdown()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "tablet-shots")
    out_dir.mkdir(parents=True, exist_ok=True)
    ensure_display(True)
    create_qt_app()
    set_language("de")
    shots: list[str] = []
    result = tablet_screens(Settings(data_dir=out_dir / "tablet", place="Musterstadt",
                                     office_name="Bürgerbüro"), out_dir, shots)
    print("\n".join(str(out_dir / s) for s in shots))
    return 0 if result.get("signed") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
