"""The real signature pad fed with synthetic pen (QTabletEvent), mouse and busy-UI streams."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from helpers_signing import plain_pdf

from forms.signing import escrow, iso19794_7, pades, verify
from forms.signing.capture import Sample
from forms.signing.identity import Identity
from ui.qt import QApplication, QEvent, QMouseEvent, QPointF, Qt
from ui.signature_pad import SignaturePad
from ui.tools import pen


@pytest.fixture
def pad(qtbot):  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(1000, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pen_samples_keep_position_pressure_tilt_and_device_time(pad) -> None:  # type: ignore[no-untyped-def]
    strokes = pen.handwriting(1000, 320, seconds=1.0)
    pen.write(pad, strokes)
    assert len(pad.capture.strokes) == 2
    for got, want in zip(pad.capture.strokes, strokes, strict=True):
        assert len(got) == len(want)  # every sample, no decimation
        for a, b in zip(got, want, strict=True):
            assert (a.x, a.y) == pytest.approx((b.x, b.y), abs=1e-6)
            assert a.t_ms == round(b.t_ms)  # the event's own timestamp, not arrival time
            assert a.pressure == pytest.approx(b.pressure, abs=1e-6)
            assert (a.tilt_x, a.tilt_y) == pytest.approx((b.tilt_x, b.tilt_y), abs=1e-5)
    assert pad.capture.check() is None


def test_ten_seconds_at_500_hz_arrive_complete_even_with_a_busy_ui(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    strokes = pen.handwriting(1000, 320, seconds=10.0)
    assert sum(len(s) for s in strokes) == 5000
    pen.write(pad, strokes, post=True)  # queued like a real device's events …
    end = time.perf_counter() + 0.3  # … while the GUI thread is busy elsewhere
    while time.perf_counter() < end:
        pass
    qtbot.waitUntil(lambda: pad.capture.sample_count == 5000, timeout=20_000)
    times = [s.t_ms for stroke in pad.capture.strokes for s in stroke]
    assert times == sorted(times)
    assert times[1] - times[0] == 2.0  # 500 Hz


def test_mouse_is_a_fallback_with_neutral_pressure(pad) -> None:  # type: ignore[no-untyped-def]
    points = [(100 + i * 5.0, 150 + (i % 10) * 6.0) for i in range(80)]
    for i, point in enumerate(points):
        kind = QEvent.Type.MouseButtonPress if i == 0 else QEvent.Type.MouseMove
        local = QPointF(*point)
        QApplication.sendEvent(pad, QMouseEvent(
            kind, local, pad.mapToGlobal(local), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    local = QPointF(*points[-1])
    QApplication.sendEvent(pad, QMouseEvent(
        QEvent.Type.MouseButtonRelease, local, pad.mapToGlobal(local),
        Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    (stroke,) = pad.capture.strokes
    assert [(s.x, s.y) for s in stroke] == points
    assert {s.pressure for s in stroke} == {0.5}
    assert stroke[0].tilt_x is None


def _dark_rows(pad, column: int) -> int:  # type: ignore[no-untyped-def]
    image = pad.grab().toImage()
    return sum(1 for y in range(image.height())
               if image.pixelColor(column, y).lightness() < 100)


def test_ink_width_follows_pressure_and_clear_wipes_it(pad) -> None:  # type: ignore[no-untyped-def]
    light = [[Sample(100 + i * 2.0, 80, 1000 + i * 2.0, 0.05) for i in range(200)]]
    heavy = [[Sample(100 + i * 2.0, 200, 2000 + i * 2.0, 1.0) for i in range(200)]]
    pen.write(pad, light)
    pen.write(pad, heavy)
    QApplication.processEvents()
    image = pad.grab().toImage()
    light_rows = sum(1 for y in range(40, 120) if image.pixelColor(300, y).lightness() < 160)
    heavy_rows = sum(1 for y in range(160, 240) if image.pixelColor(300, y).lightness() < 160)
    assert 0 < light_rows < heavy_rows
    pad.clear()
    QApplication.processEvents()
    assert pad.capture.sample_count == 0
    assert _dark_rows(pad, 300) == 0


def test_widget_capture_signed_verified_and_opened_gives_the_same_samples(  # type: ignore[no-untyped-def]
        pad, tmp_path: Path, office) -> None:
    pen.write(pad, pen.handwriting(1000, 320, seconds=3.0))
    captured = pad.capture.snapshot()
    key, pub = escrow.make_escrow_keys(tmp_path / "escrow", curve=True)
    signing = office.enroll(tmp_path, "TEST-01")
    identity = Identity(signing / "device.crt", key_path=signing / "device.key")
    when = dt.datetime.now(dt.UTC)
    signed = pades.sign_pdf(plain_pdf(1), pades.SignRequest(
        "Unterschrift", captured, "Erika Mustermann", "Musterstadt", when,
        (0, 72, 80, 300, 160)), identity, pub.read_bytes())
    assert verify.verify_pdf(signed, office.trust).ok
    (iso_file, _png), _report = verify.open_biometrics(signed, key.read_bytes(),
                                                       tmp_path / "open", office.trust)
    opened = iso19794_7.decode(iso_file.read_bytes())
    assert opened.sample_count == 1500
    assert opened.strokes == iso19794_7.quantize(captured.strokes, when).strokes
