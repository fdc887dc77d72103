"""Shared fixtures: offscreen Qt, a real intake server on loopback, a running kiosk."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _source_language_afterwards() -> Iterator[None]:
    """A kiosk installs its default language's translator for the whole process;
    every test starts in the source language, whatever ran before it."""
    yield
    i18n = sys.modules.get("ui.i18n")  # only where a test brought Qt in
    if i18n is not None:
        from kiosk.base.i18n import SOURCE_LANGUAGE

        i18n.set_language(SOURCE_LANGUAGE)


@pytest.fixture(autouse=True, scope="session")
def stand_in_trust(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One destination key (RSA 4096, as FIT-Connect requires) and test PKI for the whole
    session: every intake server a test makes copies them (generating a 4096-bit key takes
    seconds). Returns the KeyTrust (root and CRLs) a sender needs to accept that key."""
    from sync.e2e import load_or_create_private_key
    from sync.keycheck import KeyTrust
    from sync.reference import pki, sets
    from sync.reference.store import KEY_FILE

    seed = tmp_path_factory.mktemp("stand-in-seed")
    key = load_or_create_private_key(seed / KEY_FILE, 4096)
    pki.create(seed, key.public_key)
    sets.signing_key(seed / pki.PKI_DIR)  # the event log's signing keys, copied likewise
    sets.signing_key(seed / pki.PKI_DIR, sets.SUBSCRIBER_KEY)
    pki.SEED_DIR = seed
    yield KeyTrust(seed / pki.PKI_DIR / pki.ROOT_CERT, seed / pki.PKI_DIR / pki.CRL_FILE)
    pki.SEED_DIR = None


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> object:
    """The test office's CA (``office.trust`` is its trust store); ``office.enroll(dir)``."""
    from helpers_trust import Office

    return Office(tmp_path_factory.mktemp("office"))


@pytest.fixture
def intake(tmp_path: Path) -> Iterator[object]:
    """The real reference intake server on 127.0.0.1 (a free port), as a protocol stand-in:
    its case processor does not check signatures (the tests of the sync protocol send
    made-up PDFs). tests/test_intake_signatures.py runs it with the office's trust list."""
    from sync.reference.server import IntakeServer

    server = IntakeServer("127.0.0.1", 0, tmp_path / "intake", check_signatures=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def kiosk_factory(qtbot, tmp_path: Path, office, stand_in_trust):  # type: ignore[no-untyped-def]
    """Build a real kiosk (window, storage thread, sync worker) with given settings,
    enrolled with the test office's CA (``office.trust`` verifies what it signs)."""
    from kiosk.settings import Settings
    from ui.app import Kiosk

    made: list[Kiosk] = []

    def make(intake_url: str = "http://127.0.0.1:9", **overrides: object) -> Kiosk:
        settings = Settings(data_dir=tmp_path / "terminal", intake_url=intake_url,
                            terminal_id="TEST-01", office_name="Bürgerbüro",
                            place="Musterstadt", intake_key_root=stand_in_trust.root,
                            intake_key_crl=stand_in_trust.crl).with_(**overrides)
        if not (settings.data_dir / "signing" / "device.crt").exists():
            office.enroll(settings.data_dir, settings.terminal_id)
        kiosk = Kiosk(settings, start_devices=False)
        qtbot.addWidget(kiosk.window)
        kiosk.show(fullscreen=False)
        qtbot.waitUntil(lambda: kiosk.interactive, timeout=10_000)
        kiosk.start_background()
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.shutdown()


@pytest.fixture(scope="session")
def card_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """pcscd + vpcd + vicc (real peers). Fails, never skips, when they cannot start."""
    from cardstack import CardStack, StackError

    stack = CardStack(tmp_path_factory.mktemp("cardstack"))
    try:
        stack.start()
    except StackError as exc:
        stack.stop()
        pytest.fail(f"the PC/SC card stack could not start: {exc}")
    try:
        yield stack
    finally:
        stack.stop()
