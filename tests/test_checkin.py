"""Check-in and waiting tickets against the ZMS stand-in (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.appointments.cache import AppointmentCache
from kiosk.appointments.desk import CheckInDesk, ticket_doc
from kiosk.appointments.model import ALREADY, NO_MATCH, UNAVAILABLE, UNREADABLE, CheckInCode
from kiosk.appointments.zms import ZmsAppointments, ZmsConfig
from kiosk.base.errors import NetworkError, ServerRefused
from sync.crypto import load_or_create_key
from sync.reference.zms import ZmsStandIn


def _today(minutes: int) -> datetime:
    """An appointment today (at 10:00 and after; never tomorrow, whenever the test runs)."""
    return datetime.combine(date.today(), time(10, 0)) + timedelta(minutes=minutes)


def _desk(server: ZmsStandIn, tmp_path: Path, url: str = "") -> CheckInDesk:
    config = ZmsConfig(url or server.url, server.scope, server.auth_key,
                       server.ticketprinter_hash, requests={"meldebescheinigung": "120686"})
    cache = AppointmentCache(tmp_path / "appointments.cache",
                             load_or_create_key(tmp_path / "keys" / "terminal.key"))
    return CheckInDesk(ZmsAppointments(config), cache)


@pytest.fixture
def server() -> Iterator[ZmsStandIn]:
    with ZmsStandIn() as running:
        yield running


def test_check_in_online_gives_the_ticket_and_queues_the_process(server: ZmsStandIn,
                                                                  tmp_path: Path) -> None:
    pid, key = server.book(_today(10))
    desk = _desk(server, tmp_path)
    ticket = desk.check_in(f"{pid}-{key}")
    assert (ticket.number, ticket.area, ticket.offline) == (str(pid), server.area, False)
    assert server.processes[pid]["status"] == "queued"
    assert "POST /process/status/queued/" in server.requests
    with pytest.raises(ServerRefused) as again:
        desk.check_in(f"{pid} {key}")
    assert again.value.message == ALREADY


def test_qr_link_and_typed_code_parse_the_same() -> None:
    assert CheckInCode.parse("https://termin.example/process/100044/57c2/") == \
        CheckInCode.parse(" 100044-57c2 ")
    assert repr(CheckInCode.parse("100044-57c2")) == "CheckInCode(…)"
    with pytest.raises(ServerRefused) as bad:
        CheckInCode.parse("hello")
    assert bad.value.message == UNREADABLE


def test_a_wrong_code_is_no_match(server: ZmsStandIn, tmp_path: Path) -> None:
    pid, key = server.book(_today(0))
    desk = _desk(server, tmp_path)
    for code in (f"{pid}-ffff" if key != "ffff" else f"{pid}-eeee", "999999-abcd"):
        with pytest.raises(ServerRefused) as refused:
            desk.check_in(code)
        assert refused.value.message == NO_MATCH
    tomorrow, tkey = server.book(datetime.now() + timedelta(days=1))
    with pytest.raises(ServerRefused) as later:
        desk.check_in(f"{tomorrow}-{tkey}")
    assert later.value.message == NO_MATCH


def test_offline_check_in_from_the_cache_is_told_later(tmp_path: Path) -> None:
    server = ZmsStandIn().start()
    pid, key = server.book(_today(5))
    other, other_key = server.book(_today(20))
    desk = _desk(server, tmp_path)
    assert desk.sync() == 2
    blob = (tmp_path / "appointments.cache").read_bytes()
    assert key.encode() not in blob
    assert str(pid).encode() not in blob
    server.stop()  # the appointment system goes away
    ticket = desk.check_in(f"{pid}-{key}")
    assert (ticket.number, ticket.offline) == (str(pid), True)
    with pytest.raises(ServerRefused) as again:
        desk.check_in(f"{pid}-{key}")
    assert again.value.message == ALREADY
    with pytest.raises(ServerRefused) as wrong:
        desk.check_in(f"{other}-{'0000' if other_key != '0000' else '1111'}")
    assert wrong.value.message == NO_MATCH
    with pytest.raises(NetworkError) as no_walk_in:
        desk.walk_in("meldebescheinigung")
    assert no_walk_in.value.message == UNAVAILABLE

    back = ZmsStandIn()  # online again (a new port): the offline check-in is told
    back.processes = server.processes
    back.start()
    try:
        desk2 = _desk(back, tmp_path)
        assert back.processes[pid]["status"] == "confirmed"
        desk2.sync()
        assert back.processes[pid]["status"] == "queued"
        assert desk2.cache.pending() == []
    finally:
        back.stop()


def test_offline_without_a_cache_says_so(server: ZmsStandIn, tmp_path: Path) -> None:
    desk = _desk(server, tmp_path, url="http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(NetworkError) as offline:
        desk.check_in("100044-57c2")
    assert offline.value.message == UNAVAILABLE


def test_walk_in_ticket_numbers_count_up_and_print_without_personal_data(
        server: ZmsStandIn, tmp_path: Path) -> None:
    desk = _desk(server, tmp_path)
    first = desk.walk_in("meldebescheinigung")
    second = desk.walk_in("other")
    assert (first.number, second.number) == ("1", "2")
    assert first.area == server.area
    assert first.service == "meldebescheinigung"
    doc = ticket_doc(first, "de", office="Bürgeramt Musterstadt",
                     service_title="Meldebescheinigung")
    assert "1" in [line.text for line in doc.lines]
    assert doc.title == "Wartemarke"
    assert server.area in doc.text()
    assert "Meldebescheinigung" in doc.text()


def test_no_code_number_or_key_reaches_the_log(tmp_path: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)  # the kiosk logs at WARNING, INFO with --verbose
    server = ZmsStandIn().start()
    pid, key = server.book(_today(0))
    other, other_key = server.book(_today(5))
    desk = _desk(server, tmp_path)
    desk.sync()
    desk.check_in(f"{pid}-{key}")
    with pytest.raises(ServerRefused):
        desk.check_in(f"{pid}-{key}")
    server.stop()
    desk.check_in(f"{other}-{other_key}")  # offline, from the cache
    with pytest.raises(ServerRefused):
        desk.check_in("123456-abcd")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "unreachable" in logged  # the offline check-in was logged, without the code
    for secret in (str(pid), key, str(other), other_key, "123456", "abcd"):
        assert secret not in logged
