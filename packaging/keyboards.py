"""Write assets/keyboards/<language>.json from the system's XKB keyboard layouts.

The on-screen keyboard (``ui/keyboard.py``) shows, for each offered language, the
keys of that country's standard keyboard as XKB defines it (xkb-data, read through
libxkbcommon — the layouts every Linux desktop types with), not our own reading
of them. ``python packaging/keyboards.py`` rewrites the files; ``tests/
test_keyboard_layouts.py`` reads XKB again and fails when a file differs.

Each file holds the rows of the alphanumeric block (digits, three letter rows),
and for every key its characters at the four XKB levels: plain, Shift, AltGr,
Shift+AltGr ("" where a level has no character, e.g. a dead key).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYBOARDS_DIR = ROOT / "assets" / "keyboards"

# The catalogue language -> the XKB layout and variant of its standard keyboard.
# German without dead keys: a dead key on a touch screen types nothing visible.
LAYOUTS: dict[str, tuple[str, str]] = {
    "de": ("de", "nodeadkeys"),
    "en": ("us", ""),
    "tr": ("tr", ""),  # Turkish Q
    "ar": ("ara", ""),
    "uk": ("ua", ""),
    "ru": ("ru", ""),
    "pl": ("pl", ""),  # Polish (programmer's): ą ć ę ł ń ó ś ź ż with AltGr
    "ro": ("ro", "std"),  # Romanian standard (SR 13392:2004): ă â î ș ț on their own keys
}

# XKB key names of the alphanumeric block of an ISO (pc105) keyboard, row by row
# (TLDE, left of 1, carries the Russian ё).
ROWS: tuple[tuple[str, ...], ...] = (
    ("TLDE", *(f"AE{n:02d}" for n in range(1, 13))),
    tuple(f"AD{n:02d}" for n in range(1, 13)),
    (*(f"AC{n:02d}" for n in range(1, 12)), "BKSL"),
    ("LSGT", *(f"AB{n:02d}" for n in range(1, 11))),
)
LEVELS = 4


class _RuleNames(ctypes.Structure):
    _fields_ = [(name, ctypes.c_char_p) for name in
                ("rules", "model", "layout", "variant", "options")]


class XkbError(RuntimeError):
    """libxkbcommon or the layout is not there."""


def _library() -> ctypes.CDLL:
    name = ctypes.util.find_library("xkbcommon") or "libxkbcommon.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise XkbError(f"libxkbcommon is not installed ({exc}): apt-get install "
                       "libxkbcommon0 xkb-data") from exc
    lib.xkb_context_new.restype = ctypes.c_void_p
    lib.xkb_context_new.argtypes = [ctypes.c_int]
    lib.xkb_context_unref.argtypes = [ctypes.c_void_p]
    lib.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    lib.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.POINTER(_RuleNames),
                                              ctypes.c_int]
    lib.xkb_keymap_unref.argtypes = [ctypes.c_void_p]
    lib.xkb_keymap_key_by_name.restype = ctypes.c_uint32
    lib.xkb_keymap_key_by_name.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.xkb_keymap_key_get_syms_by_level.restype = ctypes.c_int
    lib.xkb_keymap_key_get_syms_by_level.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32,
        ctypes.POINTER(ctypes.POINTER(ctypes.c_uint32))]
    lib.xkb_keysym_to_utf8.restype = ctypes.c_int
    lib.xkb_keysym_to_utf8.argtypes = [ctypes.c_uint32, ctypes.c_char_p, ctypes.c_size_t]
    return lib


def xkb_rows(layout: str, variant: str) -> list[list[list[str]]]:
    """Every key of ``ROWS`` as its characters at the four levels, read from XKB."""
    lib = _library()
    context = lib.xkb_context_new(0)
    if not context:
        raise XkbError("libxkbcommon could not make a context")
    names = _RuleNames(b"evdev", b"pc105", layout.encode(), variant.encode(), None)
    keymap = lib.xkb_keymap_new_from_names(context, ctypes.byref(names), 0)
    if not keymap:
        lib.xkb_context_unref(context)
        raise XkbError(f"XKB has no layout {layout}({variant}): apt-get install xkb-data")
    try:
        rows = []
        for row in ROWS:
            keys = []
            for key_name in row:
                code = lib.xkb_keymap_key_by_name(keymap, key_name.encode())
                levels = []
                for level in range(LEVELS):
                    syms = ctypes.POINTER(ctypes.c_uint32)()
                    count = lib.xkb_keymap_key_get_syms_by_level(keymap, code, 0, level,
                                                                 ctypes.byref(syms))
                    text = ""
                    if count == 1:
                        buffer = ctypes.create_string_buffer(8)
                        if lib.xkb_keysym_to_utf8(syms[0], buffer, 8) > 0:
                            text = buffer.value.decode("utf-8")
                    levels.append(text if text.isprintable() else "")
                keys.append(levels)
            rows.append(keys)
        return rows
    finally:
        lib.xkb_keymap_unref(keymap)
        lib.xkb_context_unref(context)


def xkb_data_version() -> str:
    """The xkb-data package's version (for the files' ``source``), if dpkg knows it."""
    status = Path("/var/lib/dpkg/status")
    if status.exists():
        package = None
        for line in status.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Package: "):
                package = line.split(": ", 1)[1]
            elif line.startswith("Version: ") and package == "xkb-data":
                return line.split(": ", 1)[1]
    return "unknown"


def layout_document(language: str) -> dict[str, object]:
    layout, variant = LAYOUTS[language]
    return {
        "language": language,
        "xkb_layout": layout,
        "xkb_variant": variant,
        "source": "XKB (xkb-data, read with libxkbcommon; rules evdev, model pc105): "
                  "python packaging/keyboards.py",
        "rows": xkb_rows(layout, variant),
    }


def write(language: str) -> Path:
    KEYBOARDS_DIR.mkdir(parents=True, exist_ok=True)
    path = KEYBOARDS_DIR / f"{language}.json"
    text = json.dumps(layout_document(language), ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    print(f"xkb-data {xkb_data_version()}")
    for language in argv or sorted(LAYOUTS):
        print(f"wrote {write(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
