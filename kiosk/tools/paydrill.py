"""Payment crash drill: SIGKILL the paying process at random moments, many times.

``python -m kiosk.tools.paydrill --data DIR --terminal HOST:PORT --kills N`` (the
test suite runs it against the fake terminal; ``buergerbuero bench payment``
reports its counts). Each cycle forks a child from this single-threaded,
fully imported process; the child first recovers what the previous one left
(``resolve`` at the terminal, then ``store_parked``), then pays one application
after another exactly as the kiosk does — park (sealed), card payment at the
terminal written to the ledger step by step, store with the payment (render,
sign, outbox) — until the parent kills it with SIGKILL after 0–``max_kill_ms``.
A last child runs unkilled to recover everything. Prints JSON: the kills and
the Vorgangsnummern started; the caller checks the terminal's journal against
the outbox and the ledger.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import random
import signal
import sys
import time
import uuid
from pathlib import Path

from devices.zvt.terminal import TerminalConfig, ZvtTerminal
from forms.loader import shipped_forms
from forms.payment import PaymentInfo
from forms.record import ApplicationRecord
from forms.samples import sample_record
from forms.signing.pades import preload
from kiosk.payment.card import CardOutcome, CardPayments
from kiosk.payment.parking import park, store_final, store_parked
from kiosk.payment.reference import reference_for
from kiosk.settings import Settings
from kiosk.vorgang import new_vorgangsnummer


class _Quiet:
    def card_status(self, message: object) -> None:
        return None

    def card_finished(self, outcome: CardOutcome) -> None:
        return None


def new_record(settings: Settings, template: ApplicationRecord) -> ApplicationRecord:
    vorgangsnummer = new_vorgangsnummer()
    return dataclasses.replace(
        template, vorgangsnummer=vorgangsnummer, idempotency_key=uuid.uuid4().hex,
        payment=PaymentInfo(amount_cents=template.form.fee_cents,
                            reference=reference_for(settings, vorgangsnummer)))


def child(settings: Settings, config: TerminalConfig, template: ApplicationRecord,
          started: Path, *, rounds: int | None = None) -> None:
    """Recover, then pay and store applications (forever, or ``rounds`` of them)."""
    terminal = ZvtTerminal(config)
    cards = CardPayments(terminal, settings.payments_path, _Quiet())
    try:
        cards.recover().result()
        store_parked(settings)
        done = 0
        while rounds is None or done < rounds:
            record = new_record(settings, template)
            with started.open("a") as fh:
                fh.write(record.vorgangsnummer + "\n")
            park(settings, record)
            outcome = terminal.submit_plain(functools.partial(
                cards._pay, record.vorgangsnummer, record.payment.reference,
                record.form.fee_cents)).result()
            if outcome.unresolved:
                continue  # stays parked: the next recovery settles it
            payment = outcome.payment if outcome.paid and outcome.payment is not None else \
                dataclasses.replace(record.payment, method="counter", status="pay_at_counter")
            store_final(settings, dataclasses.replace(record, payment=payment))
            done += 1
    finally:
        terminal.stop()


def drill(settings: Settings, config: TerminalConfig, kills: int, *, seed: int,
          max_kill_ms: int) -> dict[str, object]:
    rng = random.Random(seed)  # noqa: S311 - kill timing, not secrets
    form = shipped_forms()["meldebescheinigung-einfach"]
    template = sample_record(form, terminal_id="DRILL-01")
    preload()
    started = settings.data_dir / "started.txt"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    done = 0
    for _ in range(kills):
        pid = os.fork()
        if pid == 0:  # the child pays until it is killed
            try:
                child(settings, config, template, started)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.05, max_kill_ms / 1000))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        done += 1
    pid = os.fork()
    if pid == 0:  # the last one is not killed: it recovers and pays one more
        code = 1
        try:
            child(settings, config, template, started, rounds=1)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    names = started.read_text().split() if started.exists() else []
    return {"kills": done, "started": names, "final_exit": os.waitstatus_to_exitcode(status)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="paydrill")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--terminal", required=True, help="HOST:PORT of the (fake) terminal")
    parser.add_argument("--kills", type=int, default=55)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--max-kill-ms", type=int, default=2000)
    args = parser.parse_args(argv)
    host, _, port = args.terminal.rpartition(":")
    settings = Settings(data_dir=args.data, terminal_id="DRILL-01")
    report = drill(settings, TerminalConfig(host, int(port), t4_s=5.0), args.kills,
                   seed=args.seed, max_kill_ms=args.max_kill_ms)
    json.dump(report, sys.stdout)
    return 0 if report["final_exit"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
