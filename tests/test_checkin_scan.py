"""Scanning a check-in code: QR images through the camera's decoding path, wedge bursts."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import qrcode
from PIL import Image

from devices.barcode import BarcodeDecoder, Frame
from devices.threads import WrongThread
from kiosk.appointments.model import CheckInCode
from kiosk.appointments.wedge import WedgeBuffer


@pytest.fixture
def decoder() -> Iterator[BarcodeDecoder]:
    running = BarcodeDecoder()
    yield running
    running.stop()


def _qr(text: str, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    qrcode.make(text).get_image().convert("RGB").save(buf, format=fmt)
    return buf.getvalue()


def test_a_generated_confirmation_qr_decodes_to_its_code(decoder: BarcodeDecoder) -> None:
    link = "https://termine.example.invalid/process/100044/57c2/"
    assert decoder.decode_image(_qr(link)).result(10) == link
    assert CheckInCode.parse(link) == CheckInCode("100044", "57c2")
    assert decoder.decode_image(_qr("100044-57c2", "JPEG")).result(10) == "100044-57c2"


def test_a_camera_frame_with_the_code_small_and_tilted(decoder: BarcodeDecoder) -> None:
    code = Image.open(io.BytesIO(_qr("100045-a1b2"))).convert("L").resize((180, 180))
    scene = Image.new("L", (640, 480), 150)  # a grey counter top, the sheet in a corner
    scene.paste(code.rotate(12, expand=True, fillcolor=255), (380, 200))
    frame = Frame(scene.width, scene.height, scene.tobytes())
    assert decoder.decode(frame).result(10) == "100045-a1b2"
    assert decoder.decode(Frame(64, 48, bytes(64 * 48))).result(10) is None
    assert repr(frame) == "Frame(640x480)"


def test_not_an_image_is_no_code_and_a_short_frame_is_refused(decoder: BarcodeDecoder) -> None:
    assert decoder.decode_image(b"not an image").result(10) is None
    with pytest.raises(ValueError, match="is not"):
        decoder.decode(Frame(10, 10, b"\x00" * 5)).result(10)


def test_decoding_runs_on_the_decoder_thread_only(decoder: BarcodeDecoder) -> None:
    decoder.decode(Frame(8, 8, bytes(64))).result(10)  # the thread has started
    with pytest.raises(WrongThread):
        decoder.read(Frame(8, 8, bytes(64)))


def test_a_wedge_burst_ending_in_enter_is_a_code() -> None:
    wedge = WedgeBuffer()
    for i, char in enumerate("100044-57c2"):
        wedge.key(char, 1000 + 8 * i)  # a USB scanner: a key every 8 ms
    assert wedge.enter(1000 + 8 * 11) == "100044-57c2"
    assert wedge.enter(2000) is None  # the buffer is empty after a code


def test_typing_is_not_a_burst() -> None:
    wedge = WedgeBuffer()
    for i, char in enumerate("100044-57c2"):
        wedge.key(char, 1000 + 180 * i)  # a person: several keys a second
    assert wedge.enter(1000 + 180 * 11) is None
    for i, char in enumerate("12"):
        wedge.key(char, 5000 + 5 * i)  # a quick double tap is not a code
    assert wedge.enter(5010) is None


def test_a_burst_after_typing_counts_from_the_pause() -> None:
    wedge = WedgeBuffer()
    wedge.key("x", 0)
    wedge.key("y", 400)
    for i, char in enumerate("100044-57c2"):
        wedge.key(char, 2000 + 6 * i)
    assert wedge.enter(2000 + 6 * 11) == "100044-57c2"
