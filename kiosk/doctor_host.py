"""``buergerbuero doctor``: the machine itself — screen, touch, the installed version.

Qt-free, from the kernel's own files: the connected displays and their preferred mode
from ``/sys/class/drm/*/{status,modes}``, a touch screen from the ``ABS`` and ``PROP`` bitmaps
of ``/proc/bus/input/devices`` (multi-touch ``ABS_MT_POSITION_X`` on a ``DIRECT`` device), and
the version from the package's ``BUILDINFO`` (written by ``packaging/build_deb.py``) or
the project's metadata in a development checkout. Where the files are missing (a
container, a laptop over SSH) the answer is "cannot tell": a warning, never a failure.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Final

from kiosk.doctor_check import OK, WARN, Check

DRM: Final = Path("/sys/class/drm")
INPUT_DEVICES: Final = Path("/proc/bus/input/devices")
BUILDINFO: Final = Path("/usr/share/doc/buergerbuero/BUILDINFO")
DISTRIBUTION: Final = "buergerbuero-kiosk"
ABS_MT_POSITION_X: Final = 0x35
INPUT_PROP_DIRECT: Final = 0x01  # the device's coordinates are the screen's
LONG_BITS: Final = struct.calcsize("l") * 8  # the kernel prints its bitmaps in longs
MIN_WIDTH, MIN_HEIGHT = 1024, 600  # below this the kiosk's screens do not fit


def check_screen(drm: Path = DRM) -> Check:
    """Each connected display and its preferred (first-listed) mode."""
    found: list[str] = []
    for connector in sorted(drm.glob("card*-*")):
        try:
            if (connector / "status").read_text(encoding="ascii").strip() != "connected":
                continue
            modes = (connector / "modes").read_text(encoding="ascii").split()
        except OSError:
            continue
        found.append(f"{connector.name.partition('-')[2]}: {modes[0] if modes else '?'}")
    if not found:
        return Check("screen", WARN, f"cannot tell: no connected display in {drm} (a "
                     "development machine or container has none)",
                     "on a terminal: check the screen's cable and power; 'cat "
                     f"{drm}/*/status'")
    small = [f for f in found if not _fits(f.rpartition(" ")[2])]
    if small:
        return Check("screen", WARN, f"{'; '.join(found)}: smaller than "
                     f"{MIN_WIDTH}x{MIN_HEIGHT}, the kiosk's screens do not fit",
                     "use a larger screen or set its resolution")
    return Check("screen", OK, "; ".join(found))


def _fits(mode: str) -> bool:
    width, _, height = mode.partition("x")
    digits = "".join(c for c in height if c.isdigit())
    return width.isdigit() and digits.isdigit() and \
        int(width) >= MIN_WIDTH and int(digits) >= MIN_HEIGHT


@dataclass(frozen=True)
class InputDevice:
    name: str
    abs_bits: int
    props: int = 0

    @property
    def touch_screen(self) -> bool:
        """Multi-touch on the screen itself: a touchpad has ABS_MT too, but not DIRECT."""
        return bool(self.abs_bits >> ABS_MT_POSITION_X & 1 and self.props >> INPUT_PROP_DIRECT & 1)


def input_devices(text: str) -> list[InputDevice]:
    """The blocks of ``/proc/bus/input/devices``: each device's name and ABS bitmap."""
    devices: list[InputDevice] = []
    for block in text.split("\n\n"):
        name, bits = "", {"ABS": 0, "PROP": 0}
        for line in block.splitlines():
            if line.startswith("N: Name="):
                name = line.removeprefix("N: Name=").strip().strip('"')
            for kind in bits:
                if line.startswith(f"B: {kind}="):
                    for word in line.removeprefix(f"B: {kind}=").split():
                        bits[kind] = (bits[kind] << LONG_BITS) | int(word, 16)
        if name:
            devices.append(InputDevice(name, bits["ABS"], bits["PROP"]))
    return devices


def check_touch(devices_file: Path = INPUT_DEVICES) -> Check:
    """A multi-touch input device (ABS_MT_POSITION_X) is present."""
    try:
        text = devices_file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return Check("touch", WARN, f"cannot tell: {devices_file} cannot be read "
                     f"({exc.strerror})", "run doctor on the terminal itself")
    try:
        devices = input_devices(text)
    except ValueError:
        return Check("touch", WARN, f"cannot tell: {devices_file} is not in the kernel's "
                     "format", "run doctor on the terminal itself")
    touch = [d.name for d in devices if d.touch_screen]
    if touch:
        return Check("touch", OK, f"touch device: {', '.join(touch)}")
    return Check("touch", WARN, f"no touch screen among the input devices in {devices_file} "
                 "(a development machine has none; a terminal needs one)",
                 "check the touch screen's USB cable; 'libinput list-devices' shows it")


def read_buildinfo(path: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip()] = value.strip()
    return fields


def running_version(buildinfo: Path = BUILDINFO) -> tuple[str, str]:
    """(version, where from): the package's BUILDINFO, or the checkout's metadata."""
    if buildinfo.is_file():
        fields = read_buildinfo(buildinfo)
        commit = fields.get("Source-Commit", "")
        return fields.get("Version", ""), f"package, commit {commit[:12] or 'unknown'}"
    try:
        return metadata.version(DISTRIBUTION), "development checkout"
    except metadata.PackageNotFoundError:
        return "", "development checkout"


def check_version(buildinfo: Path = BUILDINFO) -> Check:
    try:
        version, where = running_version(buildinfo)
    except (OSError, UnicodeDecodeError) as exc:
        return Check("version", WARN, f"{buildinfo} cannot be read ({type(exc).__name__})",
                     "reinstall the package: apt-get install --reinstall buergerbuero")
    if not version:
        return Check("version", WARN, f"cannot tell the version ({where})",
                     "install the package, or 'uv sync' in the checkout")
    return Check("version", OK, f"{version} ({where})")
