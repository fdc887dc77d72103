"""2D codes from camera frames, decoded with zxing-cpp on the ``barcode`` thread.

A camera hands over each frame as 8-bit grey pixels (``Frame``); an image file (a
test's generated QR code, a scan) becomes a frame the same way, through Pillow, so
both take one path: ``BarcodeDecoder.decode(frame)`` → the ``barcode`` thread →
zxing-cpp → the code's text (or None). Decoding a frame takes milliseconds to tens
of milliseconds and holds the interpreter's lock in places: never on the GUI thread.
zxing-cpp and Pillow load on that thread, with the first frame.
"""

from __future__ import annotations

import io
import logging
from concurrent.futures import Future
from dataclasses import dataclass

from devices.threads import OwnedThread

log = logging.getLogger(__name__)
MAX_PIXELS = 40_000_000  # larger is no camera frame: refused before Pillow reads it


@dataclass(frozen=True)
class Frame:
    width: int
    height: int
    grey: bytes  # row-major, one byte per pixel

    def __repr__(self) -> str:  # a frame may show a document: never its pixels in a log
        return f"Frame({self.width}x{self.height})"

    @classmethod
    def from_image(cls, data: bytes) -> Frame:
        """An encoded image (PNG, JPEG …) as a grey frame; ValueError if it is none."""
        from PIL import Image, UnidentifiedImageError  # on the caller's worker, with use

        try:
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValueError("image too large")
                grey = image.convert("L")
        except (UnidentifiedImageError, OSError) as exc:
            raise ValueError(f"not an image: {type(exc).__name__}") from exc
        return cls(grey.width, grey.height, grey.tobytes())


class BarcodeDecoder:
    """QR codes (and Data Matrix, Aztec, PDF417) in frames, one worker thread."""

    def __init__(self) -> None:
        self.thread = OwnedThread("barcode", "the barcode decoder")

    def decode(self, frame: Frame) -> Future[str | None]:
        return self.thread.submit(self.read, frame)

    def decode_image(self, data: bytes) -> Future[str | None]:
        """An encoded image, converted and decoded on the decoder's thread."""
        return self.thread.submit(self.read_image, data)

    def read_image(self, data: bytes) -> str | None:
        """On the decoder's thread (``thread``): an encoded image's code, or None."""
        self.thread.assert_owner()
        try:
            frame = Frame.from_image(data)
        except ValueError as exc:
            log.warning("barcode: %s", exc)
            return None
        return self.read(frame)

    def read(self, frame: Frame) -> str | None:
        """On the decoder's thread (``thread``): the frame's code, or None."""
        self.thread.assert_owner()
        import zxingcpp  # the decoder's library, on its own thread, with the first frame
        from PIL import Image  # likewise

        if len(frame.grey) != frame.width * frame.height or frame.width * frame.height == 0:
            raise ValueError(f"frame of {len(frame.grey)} bytes is not {frame!r}")
        image = Image.frombytes("L", (frame.width, frame.height), frame.grey)
        formats = zxingcpp.BarcodeFormats([
            zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.DataMatrix,
            zxingcpp.BarcodeFormat.Aztec, zxingcpp.BarcodeFormat.PDF417])
        for found in zxingcpp.read_barcodes(image, formats=formats):
            if found.valid and found.text:
                return str(found.text)
        return None

    def stop(self) -> None:
        self.thread.shutdown(wait=True, cancel_futures=True)
