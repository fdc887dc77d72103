"""The demo's office PKI: a CA, its trust store, and devices enrolled with it.

What a technician does with ``buergerbuero signature ca …`` and ``signature enroll …``
(docs/signatures.md), done at once for the demo, the walkthrough and the benchmarks:
the CA in ``BASE/office-ca`` (its key stays there), the trust store in
``BASE/trust`` (CA certificate and CRL), each device's key and certificate in its
own ``DATA_DIR/signing``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from forms.signing import pki

if TYPE_CHECKING:
    from sync.reference.server import IntakeServer


def stand_in_settings(server: IntakeServer) -> dict[str, Any]:
    """The settings (``Settings(**…)``, ``with_(**…)``) with which a kiosk sends to the
    intake stand-in: its URL, its test PKI for the destination key (a terminal in
    production trusts the administration PKI's root), its sender client (OAuth2 client
    credentials; the secret file is 0600) and its destination."""
    return {"intake_url": server.url, "intake_key_root": server.key_trust.root,
            "intake_key_crl": server.key_trust.crl, "fitconnect_token_url": server.token_url,
            "fitconnect_client_id": server.sender_tokens().client_id,
            "fitconnect_client_secret_file": server.client_secret_file,
            "destination_id": server.destination_id}


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
