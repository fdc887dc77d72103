"""Handwritten signatures bound to documents: ISO 19794-7, escrow, PAdES, verify, open.

Real PDFs (reportlab), real keys, real pyHanko signatures; the CLI runs as a
subprocess like a technician or the escrow holder would run it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_signing import plain_pdf
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.signing import escrow, iso19794_7, pades, revisions, verify
from forms.signing.capture import Ink, Sample
from forms.signing.identity import Identity

NOW = dt.datetime(2026, 11, 21, 10, 30, 15, 250_000, tzinfo=dt.UTC)


def pen_strokes(n: int = 400, rate_hz: float = 500.0) -> tuple[tuple[Sample, ...], ...]:
    step = 1000.0 / rate_hz
    first = tuple(Sample(60 + i * 1.2, 110 + 40 * math.sin(i / 12), 1000 + i * step,
                         0.2 + 0.6 * abs(math.sin(i / 30)), tilt_x=12.5, tilt_y=-8.25)
                  for i in range(n))
    second = tuple(Sample(80 + i * 2.0, 170 + 5 * math.cos(i / 7), 1000 + (n + 50 + i) * step,
                          0.5, tilt_x=10.0, tilt_y=-5.0) for i in range(n // 4))
    return first, second


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from helpers_trust import Office

    base = tmp_path_factory.mktemp("keys")
    rsa_key, rsa_pub = escrow.make_escrow_keys(base / "rsa")
    ec_key, ec_pub = escrow.make_escrow_keys(base / "ec", curve=True)
    office = Office(base / "office")
    signing = office.enroll(base / "terminal", "TEST-01")
    return {"rsa_key": rsa_key, "rsa_pub": rsa_pub, "ec_key": ec_key, "ec_pub": ec_pub,
            "cert": signing / "device.crt", "key": signing / "device.key",
            "chain": signing / "chain.pem", "trust": office.trust,
            "terminal": base / "terminal"}


def identity(keys: dict[str, Path]) -> Identity:
    return Identity(keys["cert"], key_path=keys["key"], chain_path=keys["chain"])


def sign(pdf: bytes, keys: dict[str, Path], field: str = "Unterschrift",
         box: tuple[int, float, float, float, float] | None = (2, 72, 90, 272, 160),
         escrow_pub: str = "rsa_pub", name: str = "Erika Mustermann") -> bytes:
    request = pades.SignRequest(field, Ink(pen_strokes(), 600, 220), name, "Musterstadt", NOW,
                                box)
    return pades.sign_pdf(pdf, request, identity(keys), keys[escrow_pub].read_bytes())


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", *args], capture_output=True,
                          text=True, timeout=120, check=False)


# -- ISO/IEC 19794-7 -------------------------------------------------------------

samples_on_grid = st.builds(
    lambda x, y, p: (x / 10, y / 10, p / 65535),
    st.integers(-30000, 30000), st.integers(-30000, 30000), st.integers(0, 65535))


@st.composite
def time_series(draw: st.DrawFn) -> tuple[tuple[Sample, ...], ...]:
    tilt = draw(st.booleans())
    t = 0
    strokes = []
    for _ in range(draw(st.integers(1, 4))):
        stroke = []
        for x, y, p in draw(st.lists(samples_on_grid, min_size=1, max_size=40)):
            stroke.append(Sample(x, y, float(t), p,
                                 draw(st.integers(-9000, 9000)) / 100 if tilt else None,
                                 draw(st.integers(-9000, 9000)) / 100 if tilt else None))
            t += draw(st.integers(0, 20))
        strokes.append(tuple(stroke))
    return tuple(strokes)


@settings(max_examples=150, deadline=None)
@given(time_series())
def test_iso19794_7_round_trip(strokes: tuple[tuple[Sample, ...], ...]) -> None:
    record = iso19794_7.encode(strokes, NOW)
    assert record[:4] == b"SDI\x00"
    assert int.from_bytes(record[8:12], "big") == len(record)
    series = iso19794_7.decode(record)
    assert series.captured_at == NOW
    assert len(series.strokes) == len(strokes)
    for got, want in zip(series.strokes, strokes, strict=True):
        assert len(got) == len(want)
        for a, b in zip(got, want, strict=True):
            assert (a.x, a.y, a.t_ms, a.tilt_x, a.tilt_y) == pytest.approx(
                (b.x, b.y, b.t_ms, b.tilt_x, b.tilt_y), abs=1e-9) if b.tilt_x is not None \
                else (a.x, a.y, a.t_ms) == pytest.approx((b.x, b.y, b.t_ms), abs=1e-9)
            assert a.pressure == pytest.approx(b.pressure, abs=1e-9)
    assert iso19794_7.encode(series.strokes, NOW) == record


def test_iso19794_7_scaling_values_and_errors() -> None:
    for value in (10.0, 100.0, 1000.0, 0.5):
        assert iso19794_7.decode_scaling(iso19794_7.encode_scaling(value)) == value
    record = iso19794_7.encode(pen_strokes(50), NOW)
    with pytest.raises(iso19794_7.FormatError, match="record length"):
        iso19794_7.decode(record[:-3])
    with pytest.raises(iso19794_7.FormatError, match="format identifier"):
        iso19794_7.decode(b"FMR\x00" + record[4:])
    with pytest.raises(ValueError, match="no samples"):
        iso19794_7.encode([], NOW)


def test_ten_seconds_at_500_hz_are_kept_whole() -> None:
    stroke = tuple(Sample(100 + (i % 400), 100 + (i % 97), i * 2.0, 0.5) for i in range(5000))
    series = iso19794_7.decode(iso19794_7.encode((stroke,), NOW))
    assert series.sample_count == 5000
    assert series.strokes[0][-1].t_ms == 9998.0


# -- escrow container ------------------------------------------------------------

@pytest.mark.parametrize("kind", ["rsa", "ec"])
def test_escrow_container_opens_only_with_its_key_and_binding(keys: dict[str, Path],
                                                               kind: str) -> None:
    record = iso19794_7.encode(pen_strokes(30), NOW)
    binding = escrow.Binding.for_document(b"%PDF-1.7 document", field="Unterschrift",
                                          signer_name="E. M.", place="Musterstadt",
                                          signed_at=NOW.isoformat(), sample_count=37)
    sealed = escrow.seal(record, binding, keys[f"{kind}_pub"].read_bytes())
    assert record not in sealed
    assert escrow.open_container(sealed, keys[f"{kind}_key"].read_bytes()) == record
    other = "ec" if kind == "rsa" else "rsa"
    with pytest.raises(escrow.EscrowError, match="different escrow key"):
        escrow.open_container(sealed, keys[f"{other}_key"].read_bytes())
    moved = json.loads(sealed)
    moved["binding"]["document_sha256"] = "0" * 64  # re-pointed at another document
    with pytest.raises(escrow.EscrowError, match="altered or moved"):
        escrow.open_container(json.dumps(moved).encode(), keys[f"{kind}_key"].read_bytes())


# -- PAdES: sign, verify, open ---------------------------------------------------

def test_capture_to_signed_pdf_to_verify_to_escrow_open(keys: dict[str, Path],
                                                        tmp_path: Path) -> None:
    original = plain_pdf()
    signed = sign(original, keys)
    assert signed.startswith(original)  # a new incremental revision
    report = verify.verify_pdf(signed, keys["trust"])
    assert report.ok, report.as_json()
    (sig,) = report.signatures
    assert (sig.field, sig.signer_name, sig.place) == ("Unterschrift", "Erika Mustermann",
                                                        "Musterstadt")
    assert sig.sample_count == sum(len(s) for s in pen_strokes())
    assert sig.lock == "DocMDP P=2 + FieldMDP"  # the first signature locks the document
    untrusted = verify.verify_pdf(signed, None)  # no trust anchor: never ok
    assert not untrusted.ok
    assert untrusted.problems == [verify.NO_TRUST]

    written, _report = verify.open_biometrics(signed, keys["rsa_key"].read_bytes(),
                                              tmp_path / "open", keys["trust"])
    assert [p.name for p in written] == ["Unterschrift.iso19794-7", "Unterschrift.png"]
    series = iso19794_7.decode(written[0].read_bytes())
    assert series.strokes == iso19794_7.quantize(pen_strokes(), NOW).strokes
    assert series.has_tilt
    from PIL import Image

    with Image.open(written[1]) as png:
        assert png.width > 100
        assert png.height > 50
        darkest = png.convert("L").getextrema()[0]
        assert isinstance(darkest, int)
        assert darkest < 100  # there is ink


def test_the_signature_field_shows_ink_name_place_and_date(keys: dict[str, Path],
                                                           tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign(plain_pdf(), keys))
    text = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Erika Mustermann" in text
    assert "Musterstadt, 21.11.2026" in text


def test_one_changed_byte_is_detected_and_open_refuses(keys: dict[str, Path],
                                                       tmp_path: Path) -> None:
    signed = bytearray(sign(plain_pdf(), keys))
    at = signed.find(b"Seite 2")
    assert at > 0
    signed[at + 6] = ord("3")  # "Seite 2" → "Seite 3": one byte of page content
    report = verify.verify_pdf(bytes(signed), keys["trust"])
    assert not report.ok
    assert not report.signatures[0].intact
    assert report.signatures[0].problems == [  # the page's bytes: both hashes disagree
        verify.BROKEN.format(field="Unterschrift"),
        verify.CONTAINER_OTHER_DOCUMENT.format(field="Unterschrift")]
    with pytest.raises(verify.RefusedError, match="Refused: the document is not intact"):
        verify.open_biometrics(bytes(signed), keys["rsa_key"].read_bytes(), tmp_path,
                               keys["trust"])
    assert not list(tmp_path.iterdir())


def test_container_moved_to_another_pdf_is_detected(keys: dict[str, Path],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = sign(plain_pdf(text="Antrag A"), keys)
    container = verify.verify_pdf(first, keys["trust"]).signatures[0].container
    # Someone signs document B (even with the terminal's key) but carries A's container over.
    monkeypatch.setattr(escrow, "seal", lambda *_args: container)
    moved = sign(plain_pdf(text="Antrag B"), keys)
    report = verify.verify_pdf(moved, keys["trust"])
    assert report.signatures[0].intact  # the PAdES signature itself is fine …
    assert report.signatures[0].trusted
    assert not report.signatures[0].binding_ok  # … but the biometrics belong elsewhere
    assert not report.ok
    with pytest.raises(verify.RefusedError, match="different document"):
        verify.open_biometrics(moved, keys["rsa_key"].read_bytes(), Path("/nonexistent"),
                               keys["trust"])


def test_two_signers_and_a_later_edit(keys: dict[str, Path], tmp_path: Path) -> None:
    from helpers_signing import pdf_with_fields
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    fields = pdf_with_fields(fields=(("Unterschrift_Antragsteller", 2, (72, 90, 272, 160)),
                                     ("Unterschrift_Sachbearbeitung", 2, (320, 90, 520, 160))))
    one = sign(fields, keys, field="Unterschrift_Antragsteller", box=None)
    two = sign(one, keys, field="Unterschrift_Sachbearbeitung", box=None,
               escrow_pub="ec_pub", name="Max Muster")
    report = verify.verify_pdf(two, keys["trust"])
    assert report.ok, report.as_json()
    assert [s.lock for s in report.signatures] == ["DocMDP P=2 + FieldMDP", "FieldMDP"]
    assert [s.field for s in report.signatures] == ["Unterschrift_Antragsteller",
                                                    "Unterschrift_Sachbearbeitung"]
    assert not report.signatures[0].covers_whole_file
    assert report.signatures[1].covers_whole_file
    # Each signer's biometrics open with their own escrow key only where it was sealed for it.
    with pytest.raises(escrow.EscrowError):
        verify.open_biometrics(two, keys["rsa_key"].read_bytes(), tmp_path / "rsa",
                               keys["trust"])

    # A later revision that edits the document (here: the page content) is detected.
    writer = IncrementalPdfFileWriter(io.BytesIO(two))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    from pyhanko.pdf_utils import generic

    page[generic.NameObject("/Rotate")] = generic.NumberObject(90)  # type: ignore[no-untyped-call]
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    edited = verify.verify_pdf(out.getvalue(), keys["trust"])
    assert all(s.intact for s in edited.signatures)
    assert not edited.ok
    assert edited.signatures[-1].modification_level == "OTHER"
    assert revisions.PAGE_CHANGED.format(field="Unterschrift_Sachbearbeitung", page=1) in \
        edited.signatures[-1].problems


def test_cli_verify_json_and_open(keys: dict[str, Path], tmp_path: Path) -> None:
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(sign(plain_pdf(), keys))
    result = cli("signature", "verify", str(pdf), "--trust", str(keys["trust"]), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"]
    assert report["problem"] is None
    assert report["signatures"][0]["signer_name"] == "Erika Mustermann"
    assert report["signatures"][0]["trusted"]
    without = cli("signature", "verify", str(pdf), "--json")  # no trust anchor given
    assert without.returncode == 1
    assert json.loads(without.stdout)["problem"].startswith("No trust anchor")
    opened = cli("signature", "open", str(pdf), "--escrow-key", str(keys["rsa_key"]),
                 "--out", str(tmp_path / "out"), "--trust", str(keys["trust"]))
    assert opened.returncode == 0, opened.stderr
    assert (tmp_path / "out" / "Unterschrift.png").exists()

    data = bytearray(pdf.read_bytes())
    data[data.find(b"Seite 1") + 6] = ord("9")
    pdf.write_bytes(bytes(data))
    result = cli("signature", "verify", str(pdf), "--trust", str(keys["trust"]), "--json")
    assert result.returncode == 1
    assert "no longer matches the document" in json.loads(result.stdout)["problem"]
    refused = cli("signature", "open", str(pdf), "--escrow-key", str(keys["rsa_key"]),
                  "--out", str(tmp_path / "out2"), "--trust", str(keys["trust"]))
    assert refused.returncode == 1
    assert "Refused: the document is not intact" in refused.stderr
    assert not (tmp_path / "out2").exists()
    forced = cli("signature", "open", str(pdf), "--escrow-key", str(keys["rsa_key"]),
                 "--out", str(tmp_path / "out3"), "--trust", str(keys["trust"]), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "does NOT verify" in forced.stderr


def test_an_unenrolled_or_self_signed_device_does_not_sign(tmp_path: Path) -> None:
    from kiosk.base.errors import ConfigError
    from kiosk.settings import Settings
    from kiosk.signing import NOT_ENROLLED, Signer

    with pytest.raises(ConfigError) as failed:
        Signer.from_settings(Settings(data_dir=tmp_path))
    assert failed.value.message == NOT_ENROLLED
    ca = tmp_path / "own-ca"  # a self-made CA certificate posing as the device's
    from forms.signing import pki

    pki.create_ca(ca, "Bürgerbüro Musterstadt – Terminal T-9", "Bürgerbüro")
    with pytest.raises(ConfigError, match="cannot be used"):
        Signer.from_settings(Settings(data_dir=tmp_path, signing_key=ca / "ca.key",
                                      signing_cert=ca / "ca.crt"))


def test_signing_works_after_cms_was_used_before_asn1crypto_tsp(tmp_path: Path) -> None:
    """Passive authentication of a chip uses CMS first; asn1crypto then has cached its
    attribute names before asn1crypto.tsp added signing_certificate_v2, and pyHanko
    could not sign in that process. A fresh interpreter, in that order."""
    code = (
        "import sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from asn1crypto import cms\n"
        "cms.CMSAttributeType('content_type')  # the reverse map is built now\n"
        "from reportlab.pdfgen.canvas import Canvas\n"
        "from forms.signing import pades\n"
        "from forms.signing.capture import Ink, Sample\n"
        "out = Path(sys.argv[1])\n"
        "c = Canvas(str(out / 'a.pdf')); c.drawString(72, 720, 'x'); c.showPage(); c.save()\n"
        "ink = Ink(((Sample(1, 1, 0), Sample(40, 30, 2)),), 100, 40)\n"
        "request = pades.SignRequest('Unterschrift', ink, 'E M', 'Mainz',\n"
        "                            dt.datetime.now(dt.UTC), (0, 72, 80, 272, 160))\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "from helpers_trust import Office\n"
        "from forms.signing.identity import Identity\n"
        "signing = Office(out / 'office').enroll(out / 'terminal')\n"
        "identity = Identity(signing / 'device.crt', key_path=signing / 'device.key')\n"
        "signed = pades.sign_pdf((out / 'a.pdf').read_bytes(), request, identity, None)\n"
        "print(len(signed) > 1000)\n")
    tests = str(Path(__file__).parent)
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path), tests],
                            capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "True"
