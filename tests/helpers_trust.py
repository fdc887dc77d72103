"""A test office PKI, made with the product's own commands' code: a CA, enrolled devices."""

from __future__ import annotations

from pathlib import Path

from forms.signing import pki


class Office:
    """An office CA in ``base/ca`` published to ``base/trust``; devices enrolled on demand."""

    def __init__(self, base: Path, name: str = "Stadt Musterstadt Bürgerbüro-CA") -> None:
        self.base = base
        self.ca = base / "ca"
        self.trust = base / "trust"
        pki.create_ca(self.ca, name, "Stadt Musterstadt")
        self.publish()

    def publish(self) -> None:
        pki.publish(self.ca, self.trust)

    def enroll(self, data_dir: Path, device_id: str = "T-01", role: str = "terminal",
               office: str = "Bürgerbüro Musterstadt", days: int = pki.DEVICE_DAYS) -> Path:
        """Enroll a device whose data directory is ``data_dir``; returns its signing dir."""
        signing = data_dir / "signing"
        csr = pki.make_device_request(signing, office, device_id, role)
        cert = signing / "issued.crt"
        cert.write_bytes(pki.issue(self.ca, csr, role=role, days=days))
        pki.install_certificate(signing, cert, pki.device_public_key(signing),
                                self.ca / pki.CA_CERT)
        return signing

    def serial_of(self, signing: Path) -> int:
        return int(pki.load_certificate(signing / pki.DEVICE_CERT).serial_number)
