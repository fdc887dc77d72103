"""The receipt tells "sent" (submitted at FIT-Connect) from "accepted" (the office's
subscriber accepted it), as the sync worker reports them through the bridge."""

from __future__ import annotations

from ui.bridges import SyncBridge
from ui.i18n import set_language
from ui.screens.receipt import ReceiptScreen


def test_the_receipt_says_saved_then_sent_then_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    bridge = SyncBridge()
    screen = ReceiptScreen(bridge)
    qtbot.addWidget(screen)
    screen.show_receipt("2026-T01-000001")
    assert screen.status.text().startswith("Saved on this terminal.")
    for state, text in (("sending", "Saved on this terminal."),
                        ("submitted", "Sent to the citizens' office."),
                        ("sent", "Accepted by the citizens' office.")):
        bridge.item_changed("2026-T01-000001", state, None)
        qtbot.waitUntil(lambda text=text: screen.status.text().startswith(text))
    assert screen.status.objectName() == "statusOk"
    bridge.item_changed("2026-T01-999999", "failed", None)  # another citizen's: not shown
    set_language("de")
    try:
        screen.retranslate()
        assert screen.status.text() == "Vom Bürgerbüro angenommen."
        screen.set_state("submitted", None)
        assert screen.status.text() == "An das Bürgerbüro übermittelt."
    finally:
        set_language("en")
