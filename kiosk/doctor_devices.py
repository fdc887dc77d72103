"""``buergerbuero doctor``: the devices a terminal drives (Qt-free).

The PC/SC service and its readers (and the card lying on one, by its ATR), AusweisApp
(reachable, its version and API level), the receipt printer (ESC/POS status bytes or
the CUPS queue's state) and the payment terminal (a ZVT status enquiry ``05 01``).
A device the settings do not name is ``ok``: that terminal does without it. Every
check is bounded by its own timeout; nothing here prints, books or reads personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from typing import Any, Final

from devices.eid.ausweisapp import AusweisAppProcess
from devices.eid.sdk import EidInfo, EidProtocolError, EidUnavailable, SdkConnection
from devices.icao.errors import NoPcscService
from devices.pcsc import reader_states
from devices.printing import escpos
from devices.printing.cups import CupsPrinter
from devices.zvt.codes import TerminalError, result_message
from devices.zvt.terminal import ZvtTerminal
from kiosk.doctor_check import FAIL, OK, WARN, Check
from kiosk.payment.methods import terminal_config
from kiosk.settings import Settings

EID_TIMEOUT_S: Final = 5.0
EID_START_TIMEOUT_S: Final = 30.0
ZVT_TIMEOUT_S: Final = 15.0


def check_card_readers(states: Callable[[], list[dict[str, Any]]] = reader_states
                       ) -> list[Check]:
    """pcscd answering, at least one reader, and the card on a reader by its ATR."""
    try:
        readers = states()
    except NoPcscService as exc:
        return [Check("card readers", FAIL, f"the PC/SC service (pcscd) does not answer "
                      f"({exc.detail or 'no service'})",
                      "systemctl enable --now pcscd.socket; the package depends on pcscd")]
    if not readers:
        return [Check("card readers", WARN, "pcscd runs, but no card reader is connected: "
                      "ID cards and passports cannot be read here",
                      "plug in the reader; 'pcsc_scan' shows what pcscd sees; a "
                      "terminal without a reader offers typing the details in instead")]
    names = ", ".join(r["name"] for r in readers)
    checks = [Check("card readers", OK, f"pcscd runs; {len(readers)} reader(s): {names}")]
    cards = [r for r in readers if r["card_present"]]
    if cards:
        checks.append(Check("card", OK, "; ".join(f"the card in {r['name']} answers "
                                                  f"(ATR {r['atr']})" for r in cards)))
    return checks


def _describe(info: EidInfo) -> str:
    readers = ", ".join(r.name for r in info.readers) or "none yet"
    return (f"{info.name or 'AusweisApp'} {info.version or '(version unknown)'}, API level "
            f"{info.api_current}; its readers: {readers}")


def _ask_eid(url: str) -> EidInfo:
    connection = SdkConnection.open(url, open_timeout=EID_TIMEOUT_S)
    try:
        return connection.info()
    finally:
        connection.close()


def check_eid(settings: Settings) -> Check:
    """AusweisApp's SDK answers GET_INFO and offers the API level the kiosk needs."""
    if settings.eid_mode == "off":
        return Check("AusweisApp", OK, "eid_mode is off: the eID online function is not "
                     "offered")
    fix = ("install ausweisapp2 and start it with '--ui websocket' (eid_mode \"connect\") "
           "or set eid_mode \"start\"; check eid_url")
    try:
        if settings.eid_mode == "start":
            process = AusweisAppProcess(settings.eid_binary)
            try:
                info = _ask_eid(process.start(timeout=EID_START_TIMEOUT_S))
            finally:
                process.stop()
            where = f"{settings.eid_binary} started headless for this check"
        else:
            info = _ask_eid(settings.eid_url)
            where = settings.eid_url
    except EidUnavailable as exc:
        return Check("AusweisApp", FAIL, exc.detail, fix)
    except EidProtocolError as exc:
        return Check("AusweisApp", FAIL, f"AusweisApp answered wrongly: {exc.detail}",
                     "update ausweisapp2 (1.24 or later)")
    return Check("AusweisApp", OK, f"{_describe(info)} ({where})")


_ESCPOS_FIX: Final = {
    escpos.UNREACHABLE: "switch the printer on, check its network cable and receipt_printer",
    escpos.SILENT: "the device at receipt_printer does not answer ESC/POS status requests "
                   "(DLE EOT): is it the receipt printer's raw port (usually 9100)?",
    escpos.OFFLINE: "close the printer's cover; clear a paper jam; switch it off and on",
    escpos.PAPER_END: "put in a new paper roll",
}


def check_printer(settings: Settings) -> Check:
    """The receipt printer: ESC/POS online and paper sensor, or the CUPS queue's state."""
    url = settings.receipt_printer
    if not url:
        return Check("receipt printer", OK, "receipt_printer is not set: no printed "
                     "receipts")
    if url.startswith("escpos://"):
        host, _, port = url.removeprefix("escpos://").rpartition(":")
        status = escpos.EscposPrinter(host, int(port)).status()
        if status == escpos.READY:
            return Check("receipt printer", OK, f"{url}: online, paper present")
        return Check("receipt printer", FAIL, f"{url}: {status}", _ESCPOS_FIX[status])
    queue = url.removeprefix("cups://")
    server = settings.cups_server or "the system's CUPS"
    if CupsPrinter(queue, server=settings.cups_server).ready():
        return Check("receipt printer", OK, f"CUPS queue {queue} on {server}: enabled, "
                     "accepting jobs")
    return Check("receipt printer", FAIL, f"CUPS queue {queue} on {server} is not ready "
                 "(missing, disabled, not accepting jobs, or CUPS does not answer)",
                 f"lpstat -p {queue} -a {queue}; cupsenable {queue}; cupsaccept {queue}")


def check_payment_terminal(settings: Settings) -> Check:
    """The card terminal answers a ZVT status enquiry (``05 01``) after registering."""
    config = terminal_config(settings)
    if config is None:
        return Check("payment terminal", OK, "payment_terminal is not set: no card payment")
    where = f"{config.host}:{config.port}"
    # Short protocol timeouts: a status enquiry answers at once or the terminal is unwell.
    terminal = ZvtTerminal(replace(config, t3_s=5.0, t4_s=10.0, connect_timeout_s=5.0))
    try:
        code = terminal.submit(lambda client: client.status_enquiry()).result(ZVT_TIMEOUT_S)
    except TerminalError as exc:
        return Check("payment terminal", FAIL, f"{where}: {exc.detail or type(exc).__name__}",
                     "switch the card terminal on, check its network and payment_terminal "
                     "/ payment_terminal_password; the kiosk offers other ways to pay")
    except FutureTimeout:
        terminal.cancel()
        return Check("payment terminal", FAIL, f"{where}: no answer to the status enquiry "
                     f"within {ZVT_TIMEOUT_S:.0f} s", "restart the card terminal")
    finally:
        terminal.stop()
    if code == 0:
        return Check("payment terminal", OK, f"{where} answers the status enquiry: ready")
    return Check("payment terminal", WARN, f"{where} answers the status enquiry with "
                 f"{code:02X}: {result_message(code).untranslated()}",
                 "see the card terminal's display; its operator's manual lists the code")
