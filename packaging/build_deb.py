"""Build ``dist/buergerbuero_<version>_amd64.deb`` for Debian 12 (``./dev.sh package``).

The package carries a venv under /opt/buergerbuero made from uv.lock (the hashes
are checked while installing and shipped in /usr/share/doc/buergerbuero/), the
project installed non-editable from its wheel, Qt trimmed to what the product
loads (packaging/slim_venv.py), byte code compiled at build time, and the files of
packaging/debian/: the wrapper /usr/bin/buergerbuero, the systemd units, the udev
rules, the first settings file and the maintainer scripts.

Reproducible: two builds of one commit give the same bytes. Time stamps come from
SOURCE_DATE_EPOCH (the commit's time unless set), byte code is hash-based with a
fixed hash seed, modes are normalised, owners are root (``--root-owner-group``)
and dpkg-deb writes the members sorted. ``docs/operations.md`` says why a venv and
not a PyInstaller bundle.

    python packaging/build_deb.py [--version V] [--out DIR] [--compress xz|zstd|gzip|none]
                                  [--work DIR] [--keep-work]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slim_venv import slim  # a sibling script (packaging/ is no package)

ROOT = Path(__file__).resolve().parent.parent
DEBIAN = ROOT / "packaging" / "debian"
PREFIX = Path("opt/buergerbuero")
PYTHON = "/usr/bin/python3.11"
MAX_INSTALLED_KB = 250 * 1024

#: What the product drives or runs on; fonts: Qt's fallback for what the bundled
#: DejaVu does not cover (Arabic, Cyrillic are in DejaVu; CJK is not offered).
DEPENDS = (
    # cage 0.1.4 of Debian 12 does not start without the Xwayland binary
    "python3.11", "libc6 (>= 2.36)", "pcscd", "libpcsclite1", "cage", "xwayland", "ausweisapp2",
    "espeak-ng", "alsa-utils", "fonts-dejavu-core", "fontconfig", "libegl1", "libgl1",
    "libxkbcommon0", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0", "xkb-data",
    "cups-client", "icc-profiles-free", "passwd",
)
#: Used when present: the X11 platform (a technician's desktop), CUPS, the PDF tools.
RECOMMENDS = ("libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
              "libxcb-shape0", "libxcb-image0", "libxcb-render-util0", "libxcb-randr0",
              "libxcb-xinerama0", "cups-daemon", "systemd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="the Debian version (default: pyproject's)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb",
                        help="scratch directory (removed and made again)")
    parser.add_argument("--compress", default="xz", choices=("xz", "zstd", "gzip", "none"))
    parser.add_argument("--keep-work", action="store_true",
                        help="keep the staged tree (--work/root) to look at")
    args = parser.parse_args(argv)
    try:
        deb = build(args.version, args.out, args.work, args.compress)
        if not args.keep_work:
            shutil.rmtree(args.work)  # 250 MB of staging
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(deb)
    return 0


class BuildError(Exception):
    pass


def build(version: str | None, out: Path, work: Path, compress: str = "xz") -> Path:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = version or project["version"]
    epoch = source_date_epoch()
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0", LC_ALL="C.UTF-8",
               TZ="UTC", UV_NO_PROGRESS="1")
    uv = find_uv()
    shutil.rmtree(work, ignore_errors=True)
    stage = work / "root"
    venv = stage / PREFIX
    wheels = work / "wheel"
    lock_txt = work / "requirements.txt"
    run([uv, "export", "--locked", "--no-dev", "--no-emit-project", "--format",
         "requirements.txt", "--quiet", "-o", str(lock_txt)], env)
    # uv names the output path in its header: the scratch directory's, not the package's
    lock_txt.write_bytes(lock_txt.read_bytes().replace(str(lock_txt).encode(),
                                                       b"requirements.txt"))
    run([uv, "build", "--wheel", "--quiet", "--out-dir", str(wheels)], env)
    run([uv, "venv", "--quiet", "--relocatable", "--python", PYTHON, str(venv)], env)
    install = [uv, "pip", "install", "--quiet", "--link-mode", "copy", "--no-deps",
               "--python", str(venv / "bin" / "python")]
    run([*install, "--require-hashes", "-r", str(lock_txt)], env)
    run([*install, *map(str, sorted(wheels.glob("*.whl")))], env)
    (venv / "CACHEDIR.TAG").unlink(missing_ok=True)
    site = venv / "lib" / "python3.11" / "site-packages"
    removed = slim(site, venv / "bin")
    for step, size in removed.items():
        print(f"build_deb: left out {step}: {size / 2**20:.1f} MB", file=sys.stderr)
    compile_bytecode(site, stage, env)
    add_package_files(stage, version, lock_txt, epoch)
    installed_kb = installed_size_kb(stage)
    if installed_kb > MAX_INSTALLED_KB:
        raise BuildError(f"Installed-Size {installed_kb} KiB is over {MAX_INSTALLED_KB} KiB")
    write_control(stage, version, installed_kb)
    normalise(stage, epoch)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"buergerbuero_{version}_amd64.deb"
    run(["dpkg-deb", "--root-owner-group", f"-Z{compress}", "--build", str(stage), str(deb)],
        env)
    return deb


def source_date_epoch() -> int:
    """$SOURCE_DATE_EPOCH, else the time of the checked-out commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    done = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise BuildError("not a git checkout and SOURCE_DATE_EPOCH is not set: "
                         "set it to the release's time (seconds since 1970)")
    return int(done.stdout.strip())


def source_commit() -> str:
    """The commit built, with ``+changes`` when the working tree differs from it (the
    build reads the working tree: such a package is no release)."""
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=False)
    commit = done.stdout.strip() or "unknown"
    changed = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain",
                              "--untracked-files=no"], capture_output=True, text=True,
                             check=False).stdout.strip()
    if changed:
        print("build_deb: the working tree has uncommitted changes; BUILDINFO says so",
              file=sys.stderr)
    return f"{commit}+changes" if changed else commit


def find_uv() -> str:
    for candidate in (os.environ.get("UV"), shutil.which("uv"), ROOT / ".tools" / "bin" / "uv"):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    raise BuildError("uv not found: run ./dev.sh package (it installs uv), put uv on PATH "
                     "or name it in $UV")


def run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        raise BuildError(f"{' '.join(command[:3])} … failed with status {done.returncode}")


def compile_bytecode(site: Path, stage: Path, env: dict[str, str]) -> None:
    """Byte code as the terminal will find it: names under /opt, hash-based (no time
    stamps), unchecked (dpkg owns the sources; nobody edits them in place)."""
    run([PYTHON, "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash",
         "-s", str(stage), "-p", "/", str(site)], env)


def add_package_files(stage: Path, version: str, lock_txt: Path, epoch: int) -> None:
    def put(source: Path | bytes, target: str, mode: int = 0o644) -> None:
        path = stage / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(source if isinstance(source, bytes) else source.read_bytes())
        path.chmod(mode)

    put(DEBIAN / "buergerbuero", "usr/bin/buergerbuero", 0o755)
    put(DEBIAN / "session", "usr/lib/buergerbuero/session", 0o755)
    for unit in ("buergerbuero.service", "buergerbuero-tablet.service",
                 "buergerbuero-metrics.service", "buergerbuero-metrics.timer"):
        put(DEBIAN / unit, f"lib/systemd/system/{unit}")
    put(DEBIAN / "60-buergerbuero.rules", "lib/udev/rules.d/60-buergerbuero.rules")
    put(DEBIAN / "kiosk.toml", "usr/share/buergerbuero/kiosk.toml")
    doc = "usr/share/doc/buergerbuero"
    put(lock_txt, f"{doc}/requirements.txt")
    put(ROOT / "uv.lock", f"{doc}/uv.lock")
    put(ROOT / "docs" / "operations.md", f"{doc}/operations.md")
    put(ROOT / "docs" / "configuration.md", f"{doc}/configuration.md")
    put(ROOT / "assets" / "kiosk.schema.json", "usr/share/buergerbuero/kiosk.schema.json")
    put(copyright_text(), f"{doc}/copyright")
    put(buildinfo(version, epoch, lock_txt), f"{doc}/BUILDINFO")
    for script in ("postinst", "prerm", "postrm"):
        put(DEBIAN / script, f"DEBIAN/{script}", 0o755)


def copyright_text() -> bytes:
    return (b"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            b"Upstream-Name: buergerbuero-kiosk\n\nFiles: *\nLicense: GPL-3.0-or-later\n"
            b" On Debian systems the license is in /usr/share/common-licenses/GPL-3.\n"
            b"\nFiles: opt/buergerbuero/lib/python3.11/site-packages/*\n"
            b"License: various\n The licenses of the bundled dependencies are in their\n"
            b" *.dist-info folders; their versions and hashes in requirements.txt.\n")


def buildinfo(version: str, epoch: int, lock_txt: Path) -> bytes:
    """What this build was made from: the commit, the lock's hash, the tools."""
    uv_version = subprocess.run([find_uv(), "--version"], capture_output=True, text=True,
                                check=False).stdout.strip()
    lines = [
        f"Version: {version}",
        f"Source-Commit: {source_commit()}",
        f"Source-Date-Epoch: {epoch}",
        f"uv.lock-SHA256: {hashlib.sha256((ROOT / 'uv.lock').read_bytes()).hexdigest()}",
        f"requirements.txt-SHA256: {hashlib.sha256(lock_txt.read_bytes()).hexdigest()}",
        f"Built-With: {uv_version}; {PYTHON} {sys.version.split()[0]}",
        "",
    ]
    return "\n".join(lines).encode()


def normalise(stage: Path, epoch: int) -> None:
    """Modes independent of the umask, every time stamp at SOURCE_DATE_EPOCH."""
    for path in sorted(stage.rglob("*"), reverse=True):
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        mode = path.stat().st_mode
        if path.is_dir():
            path.chmod(0o755)
        elif "DEBIAN" not in path.relative_to(stage).parts[:1]:
            path.chmod(0o755 if mode & stat.S_IXUSR else 0o644)
        os.utime(path, (epoch, epoch))
    os.utime(stage, (epoch, epoch))


def installed_size_kb(stage: Path) -> int:
    """As dpkg-gencontrol counts: each file's size rounded up to KiB, 1 per other entry."""
    total = 0
    for path in stage.rglob("*"):
        if "DEBIAN" in path.relative_to(stage).parts[:1]:
            continue
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
        else:
            total += 1
    return total


def write_control(stage: Path, version: str, installed_kb: int) -> None:
    text = (DEBIAN / "control.in").read_text(encoding="utf-8")
    values = {
        "VERSION": version,
        "MAINTAINER": "Bürgerbüro Kiosk team <kiosk@example.invalid>",
        "INSTALLED_SIZE": str(installed_kb),
        "DEPENDS": ", ".join(DEPENDS),
        "RECOMMENDS": ", ".join(RECOMMENDS),
        "HOMEPAGE": "https://example.invalid/buergerbuero-kiosk",
    }
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    control = stage / "DEBIAN" / "control"
    control.write_text(text, encoding="utf-8")
    control.chmod(0o644)
    files = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*")
                   if p.is_file() and not p.is_symlink() and p.relative_to(stage).parts[0]
                   != "DEBIAN")
    md5 = "".join(f"{hashlib.md5(((stage / f).read_bytes()), usedforsecurity=False).hexdigest()}"
                  f"  {f}\n" for f in files)
    (stage / "DEBIAN" / "md5sums").write_text(md5, encoding="utf-8")
    (stage / "DEBIAN" / "md5sums").chmod(0o644)


if __name__ == "__main__":
    sys.exit(main())
