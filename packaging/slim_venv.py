"""Leave out of the terminal's venv what the product never loads (packaging/build_deb.py).

PySide6-Essentials and -Addons install ~650 MB: every Qt module, QML, WebEngine,
the designer tools and Qt's own translations. The product imports a few Qt modules
(``ui/qt.py``: QtCore, QtGui, QtWidgets, QtSvg for the service icons, and
QtPdf/QtPdfWidgets for the tablet's document view); Qt loads a few plugins at run
time (the Wayland platform under cage, xcb for a technician's X session, offscreen
for ``--smoke``, image formats, the compose input context). Everything else goes,
and the Qt libraries that stay are exactly the closure of what those modules and
plugins link against (``readelf -d``: DT_NEEDED), so a module that is kept cannot lose a library.

Beside Qt: the dependencies' own test suites and documents, C headers, the
wheel installer's records that name the build machine (``direct_url.json``,
``uv_cache.json`` with a time stamp), and the console scripts of the tools removed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: The PySide6 modules the product imports: ui/qt.py is the one place that names them
#: (tests/test_layers.py), so its text is the list (QtSvg draws the service icons,
#: QtTest serves the walkthrough driver of a development checkout).
QT_MODULES = tuple(sorted(set(re.findall(
    r"PySide6\.(Qt\w+)", (Path(__file__).resolve().parent.parent / "ui" / "qt.py")
    .read_text(encoding="utf-8")))))

#: The Qt plugins that stay, by folder; a name ending in ``*`` is a prefix.
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # wayland: the kiosk session (cage); xcb: a technician's X desktop; offscreen:
    # `kiosk --smoke`, the walkthrough and the tests; minimal: Qt's fallback.
    "platforms": ("libqwayland*", "libqxcb.so", "libqoffscreen.so", "libqminimal.so"),
    "wayland-shell-integration": ("libxdg-shell.so", "libfullscreen-shell-v1.so"),
    "wayland-graphics-integration-client": ("libqt-plugin-wayland-egl.so",
                                            "libshm-emulation-server.so",
                                            "libdmabuf-server.so", "libdrm-egl-server.so"),
    "wayland-decoration-client": ("libbradient.so",),
    "xcbglintegrations": ("libqxcb-egl-integration.so", "libqxcb-glx-integration.so"),
    # the photos and scans of file fields (JPEG), the icons (SVG), GIF/ICO from Qt
    "imageformats": ("libqjpeg.so", "libqsvg.so", "libqgif.so", "libqico.so"),
    "iconengines": ("libqsvgicon.so",),
    # dead keys of a hardware keyboard at the counter; the on-screen keyboard is ours
    "platforminputcontexts": ("libcomposeplatforminputcontextplugin.so",),
    # touch and tablet input when Qt runs on the framebuffer without a compositor
    "generic": ("libqevdev*",),
}

#: Folders of the PySide6 package that only developers use.
PYSIDE_DEV_DIRS = ("designer", "assistant", "linguist", "lupdate", "lrelease", "qmlformat",
                   "qmllint", "qmlls", "qsb", "svgtoqml", "balsam", "balsamui", "include",
                   "typesystems", "scripts", "glue", "doc", "QtAsyncio")

#: Folders under PySide6/Qt that the kept modules never read: QML, WebEngine's
#: resources and helper process, Qt's own translations (the catalogue has ours).
QT_DATA_DIRS = ("qml", "resources", "libexec", "translations", "metatypes")

#: Top-level entries of site-packages that are no part of any import (a dependency
#: ships its test suite and its Sphinx documents as packages named so).
STRAY_TOP_LEVEL = ("tests", "docs")


def slim(site_packages: Path, bin_dir: Path) -> dict[str, int]:
    """Prune the venv in place; returns the bytes each step removed (for the log)."""
    removed: dict[str, int] = {}
    pyside = site_packages / "PySide6"
    removed["qt modules"] = _remove_unused_modules(pyside)
    removed["qt tools"] = sum(_remove(pyside / name) for name in PYSIDE_DEV_DIRS)
    removed["qt data"] = sum(_remove(pyside / "Qt" / name) for name in QT_DATA_DIRS)
    removed["qt plugins"] = _remove_unused_plugins(pyside / "Qt" / "plugins")
    removed["qt libraries"] = _remove_unlinked_libraries(pyside)
    removed["type stubs"] = sum(_remove(p) for p in sorted(site_packages.rglob("*.pyi")))
    removed["headers"] = _remove(site_packages / "shiboken6" / "include") + sum(
        _remove(p) for p in sorted(site_packages.glob("lxml/includes")))
    removed["tests"] = sum(_remove(site_packages / name) for name in STRAY_TOP_LEVEL) + sum(
        _remove(p) for p in _dependency_test_dirs(site_packages))
    removed["install records"] = _remove_install_records(site_packages)
    removed["scripts"] = sum(_remove(p) for p in sorted(bin_dir.glob("pyside6-*")))
    removed["caches"] = sum(_remove(p) for p in sorted(site_packages.rglob("__pycache__")))
    return removed


def _remove_install_records(site_packages: Path) -> int:
    """The installer's notes on where a wheel came from and when; RECORD forgets them."""
    total = 0
    for record in sorted(site_packages.glob("*.dist-info/RECORD")):
        gone = [p for p in (record.parent / "direct_url.json", record.parent / "uv_cache.json")
                if p.exists()]
        if not gone:
            continue
        total += sum(_remove(p) for p in gone)
        names = {f"{record.parent.name}/{p.name}" for p in gone}
        lines = record.read_text(encoding="utf-8").splitlines(keepends=True)
        record.write_text("".join(line for line in lines if line.split(",")[0] not in names),
                          encoding="utf-8")
    return total


def _remove(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        size = path.lstat().st_size
        path.unlink()
        return size
    if path.is_dir():
        size = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
        shutil.rmtree(path)
        return size
    return 0


def _remove_unused_modules(pyside: Path) -> int:
    keep = {f"{name}.abi3.so" for name in QT_MODULES}
    modules = sum(_remove(p) for p in sorted(pyside.glob("Qt*.abi3.so")) if p.name not in keep)
    # PySide's QML support library: only QtQml's module loads it (and it links QtQml)
    return modules + sum(_remove(p) for p in sorted(pyside.glob("libpyside6qml*")))


def _remove_unused_plugins(plugins: Path) -> int:
    total = 0
    for folder in sorted(p for p in plugins.iterdir() if p.is_dir()):
        wanted = QT_PLUGINS.get(folder.name, ())
        for plugin in sorted(folder.iterdir()):
            if not any(_matches(plugin.name, pattern) for pattern in wanted):
                total += _remove(plugin)
        if not any(folder.iterdir()):
            folder.rmdir()
    return total


def _matches(name: str, pattern: str) -> bool:
    return name.startswith(pattern[:-1]) if pattern.endswith("*") else name == pattern


def _remove_unlinked_libraries(pyside: Path) -> int:
    """Keep the libraries of Qt/lib that a kept module or plugin needs, transitively."""
    libdir = pyside / "Qt" / "lib"
    bundled = {p.name: p for p in libdir.iterdir() if p.is_file()}
    roots = [*sorted(pyside.glob("*.so*")), *sorted((pyside / "Qt" / "plugins").rglob("*.so")),
             *sorted(pyside.parent.glob("shiboken6/*.so*"))]
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        for name in _needed(todo.pop()):
            if name in bundled and name not in needed:
                needed.add(name)
                todo.append(bundled[name])
    return sum(_remove(path) for name, path in sorted(bundled.items()) if name not in needed)


_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def _needed(elf: Path) -> list[str]:
    out = subprocess.run(["readelf", "-dW", str(elf)], capture_output=True, text=True,
                         check=True).stdout
    return _NEEDED.findall(out)


def _dependency_test_dirs(site_packages: Path) -> list[Path]:
    """``tests``/``test`` packages inside the dependencies (never inside ours)."""
    ours = {"kiosk", "devices", "ui", "forms", "sync", "assets"}
    found = []
    for top in sorted(p for p in site_packages.iterdir() if p.is_dir() and p.name not in ours):
        found += [p for p in sorted(top.rglob("*"))
                  if p.is_dir() and p.name in ("tests", "test")]
    # a test folder inside one already found goes with it
    return [p for p in found if not any(q in p.parents for q in found)]
