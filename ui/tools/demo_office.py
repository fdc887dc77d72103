"""The demo's office PKI: a CA, its trust store, and devices enrolled with it.

What a technician does with ``buergerbuero signature ca …`` and ``signature enroll …``
(docs/signatures.md), done at once for the demo, the walkthrough and the benchmarks:
the CA in ``BASE/office-ca`` (its key stays there), the trust store in
``BASE/trust`` (CA certificate and CRL), each device's key and certificate in its
own ``DATA_DIR/signing``.
"""

from __future__ import annotations

from pathlib import Path

from forms.signing import pki


class DemoOffice:
    def __init__(self, base: Path, office: str = "Bürgerbüro Musterstadt") -> None:
        self.ca, self.trust, self.office = base / "office-ca", base / "trust", office
        if not (self.ca / pki.CA_CERT).is_file():
            pki.create_ca(self.ca, "Stadt Musterstadt Bürgerbüro-CA (Demo)", "Stadt Musterstadt")
        pki.publish(self.ca, self.trust)

    def enroll(self, data_dir: Path, device_id: str, role: str = "terminal") -> Path:
        """Enroll the device with data directory ``data_dir`` (once); its signing dir."""
        signing = data_dir / "signing"
        if (signing / pki.DEVICE_CERT).is_file() and (signing / pki.DEVICE_KEY).is_file():
            return signing
        csr = pki.make_device_request(signing, self.office, device_id, role)
        cert = signing / "issued.crt"
        cert.write_bytes(pki.issue(self.ca, csr, role=role))
        pki.install_certificate(signing, cert, pki.device_public_key(signing),
                                self.ca / pki.CA_CERT)
        return signing
