"""Reading emulated passports through the real PC/SC stack: pcscd + vpcd + vicc (ePass, BAC)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cardstack.mrzgen import td3

from devices.icao import errors
from devices.icao.mrz import parse_mrz
from devices.icao.reader import ChipReader
from devices.pcsc import ApduTrace, open_channel

ROOT = Path(__file__).resolve().parent.parent
MUELLER = td3("MUELLER", "JUERGEN", "C01X00T47", "D", "640812", "M", "301031")
# A refugee's travel document: no surname, day and month of birth unknown (ICAO 9303-3).
UNKNOWN_DAY = td3("", "AMIRA", "R1234567K", "SYR", "64<<<<", "F", "301031")
ERIKSSON = td3("ERIKSSON", "ANNA MARIA", "L898902C", "UTO", "740812", "F", "290415",
               state="UTO", optional="ZE184226B")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)


def test_card_read_with_mrz_prints_the_document(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(MUELLER)
    mrz = MUELLER[:44] + "\n" + MUELLER[44:]
    done = cli("card", "read", "--mrz", mrz, "--reader", card_stack.reader, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["protocol"] == "BAC"
    assert (out["document_type"], out["issuing_state"], out["nationality"]) == ("P", "D", "D")
    assert (out["surname"], out["given_names"]) == ("MUELLER", "JUERGEN")
    assert out["document_number"] == "C01X00T47"
    assert (out["birth_date"], out["expiry_date"], out["sex"]) == ("1964-08-12", "2030-10-31", "M")
    assert out["mrz_check_digits_ok"] is True
    assert out["passive_authentication"] == "not_verified"
    assert 5 <= out["apdu_count"] <= 8
    assert out["elapsed_ms"] > 0


def test_card_read_with_document_number_and_dates(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(ERIKSSON)
    done = cli("card", "read", "--document-number", "L898902C", "--birth-date", "740812",
               "--expiry-date", "290415", "--reader", card_stack.reader, "--json", "--trace")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["surname"], out["given_names"], out["issuing_state"]) == \
        ("ERIKSSON", "ANNA MARIA", "UTO")
    # the trace goes to stderr and holds neither the name nor the document number
    assert ">> 00 84 00 00" in done.stderr
    assert "ERIKSSON" not in done.stderr
    assert "L898902C" not in done.stderr


def test_an_unknown_birth_day_opens_the_chip_with_the_mrz_as_printed(card_stack) -> None:  # type: ignore[no-untyped-def]
    """vicc derives its BAC key from the MRZ line itself: '<' stays in the key seed."""
    card_stack.insert_passport(UNKNOWN_DAY)
    done = cli("card", "read", "--document-number", "R1234567K", "--birth-date", "64<<<<",
               "--expiry-date", "301031", "--reader", card_stack.reader, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["surname"], out["given_names"]) == ("", "AMIRA")
    assert (out["birth_date"], out["expiry_date"]) == ("1964", "2030-10-31")
    assert out["mrz_check_digits_ok"] is True
    # the whole MRZ as the technician types it opens the chip too
    done = cli("card", "read", "--mrz", UNKNOWN_DAY, "--reader", card_stack.reader, "--json")
    assert done.returncode == 0, done.stderr
    # a made-up full date is a different key: the chip refuses it
    done = cli("card", "read", "--document-number", "R1234567K", "--birth-date", "640101",
               "--expiry-date", "301031", "--reader", card_stack.reader, "--json")
    assert done.returncode != 0
    assert done.stderr.strip().startswith("error: The chip did not accept"), done.stderr


def test_wrong_mrz_fails_with_one_line(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(MUELLER)
    done = cli("card", "read", "--document-number", "C01X00T47", "--birth-date", "640813",
               "--expiry-date", "301031", "--reader", card_stack.reader, "--json")
    assert done.returncode != 0
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: The chip did not accept"), lines


def test_card_removed_mid_read_then_read_again(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(MUELLER)
    keys = parse_mrz(MUELLER).keys()

    def pull_the_card(stage: str, _fraction: float) -> None:
        if stage == "dg1":
            card_stack.remove()

    channel = open_channel(card_stack.reader)
    with pytest.raises(errors.CardRemoved) as info:
        ChipReader(channel, progress=pull_the_card).read(keys)
    assert "removed" in info.value.message.source
    channel.close()
    card_stack.insert_passport(MUELLER)
    trace = ApduTrace()
    channel = open_channel(card_stack.reader, trace=trace)
    try:
        result = ChipReader(channel).read(keys)
    finally:
        channel.close()
    assert result.mrz.surname == "MUELLER"
    assert all("MUELLER" not in line for line in trace.lines)


def test_card_readers_json_lists_the_card(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(MUELLER)
    done = cli("card", "readers", "--json")
    assert done.returncode == 0, done.stderr
    readers = {r["name"]: r for r in json.loads(done.stdout)["readers"]}
    assert readers[card_stack.reader]["card_present"] is True
    assert readers[card_stack.reader]["atr"]


def test_bench_card_reports_the_figures(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.remove()
    emulator = (f"/usr/bin/python3 {ROOT / 'tests/cardstack/run_vicc.py'} --type ePass "
                f"--port {card_stack.port} --mrz {MUELLER}")
    done = cli("bench", "card", "--json", "--runs", "3", "--reader", card_stack.reader,
               "--emulator", emulator)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert out["protocol"] == "BAC"
    assert out["apdu_minimum"] == 4
    assert out["apdu_minimum"] <= out["apdu_count"] <= out["apdu_minimum"] + 3
    assert 0 < out["read_ms"] < 2000
    assert 0 < out["event_to_screen_ms"] <= out["insert_to_screen_ms"] < 10_000


def test_service_reader_and_card_missing_are_clear_errors(card_stack) -> None:  # type: ignore[no-untyped-def]
    import os

    card_stack.remove()
    env = dict(os.environ, PCSCLITE_CSOCK_NAME="/nonexistent/pcscd.comm")
    done = subprocess.run([sys.executable, "-m", "ui.main", "card", "readers", "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
                          env=env)
    assert done.returncode != 0
    assert done.stderr.strip() == ("error: The card reader service is not running. Please ask "
                                   "the staff for help.")
    done = cli("card", "read", "--can", "123456", "--reader", "No Such Reader 00 00")
    assert done.returncode != 0
    assert done.stderr.strip().startswith("error: No card reader is connected.")
    done = cli("card", "read", "--can", "123456", "--reader", card_stack.reader)
    assert done.returncode != 0
    assert done.stderr.strip().startswith("error: No document is lying on the card reader.")


def test_walkthrough_prefills_from_the_emulated_passport(card_stack, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`demo --walkthrough` with a passport on the reader: the identity comes from the chip."""
    import os

    card_stack.insert_passport(MUELLER)
    out = tmp_path / "walk"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               BUERGERBUERO_DEMO_PASSPORT="C01X00T47,12.08.1964,31.10.2030")
    done = subprocess.run([sys.executable, "-m", "ui.main", "demo", "--walkthrough", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    journey = json.loads((out / "journey.json").read_text(encoding="utf-8"))
    assert journey["identification"] == "chip-bac"
    assert journey["synced"] is True
    assert (out / journey["screenshots"][2]).exists()
    assert any("identify-card" in name for name in journey["screenshots"])
    stored = json.loads((Path(journey["pdf"]).parent / "metadata.json").read_text("utf-8"))
    text = json.dumps(stored, ensure_ascii=False)
    assert "chip-bac" in text
    assert "Mueller" in text  # the MRZ's transliteration, prefilled from the chip
