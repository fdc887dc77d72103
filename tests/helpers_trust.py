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


def make_server_tls(tmp_path: Path, rsa_bits: int = 0, *,
                    valid_days: tuple[float, float] = (-0.01, 1.0)) -> tuple[Path, Path, Path]:
    """A test CA and a TLS server certificate for 127.0.0.1: (CA, chain, key) PEM files;
    the server's key is P-256, or RSA of ``rsa_bits`` (a costlier handshake). The server
    certificate is valid from ``valid_days[0]`` to ``valid_days[1]`` days from now."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True,
                                       crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False,
                                       decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(65537, rsa_bits) if rsa_bits \
        else ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now + datetime.timedelta(days=valid_days[0]))
            .not_valid_after(now + datetime.timedelta(days=valid_days[1]))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths
