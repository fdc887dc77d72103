"""The signature half of passive authentication: SOD signer, document signer, CSCA, CRL.

The checks run in this order; the first that fails decides:

1. The SignerInfo's sid (issuer and serial number, or subject key identifier)
   picks the document signer (DS) certificate among those EF.SOD carries.
2. The SOD's signature verifies with that certificate's key.
3. A CSCA of the store (a CA certificate bearing the DS certificate's issuer
   name) signed the DS certificate. No such CSCA: ``not_verified``; one that
   does not verify: ``invalid``.
4. That CSCA was valid when the DS certificate was issued (its notBefore).
5. The DS certificate is valid now. Its validity covers the documents it
   signed, so an expired DS certificate means the document is beyond its own.
6. The DS certificate is not on a CRL its CSCA signed. Without such a CRL in
   the store the outcome is still ``valid``, with ``crl_checked`` False.

A key or algorithm this terminal cannot check is ``not_verified``, never
``invalid`` — unless another check fails: an SOD signature that cannot be
checked does not stop the certificate checks, and their failure is ``invalid``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from datetime import datetime

from asn1crypto import cms, x509

from devices.icao.csca_store import HASHES, CscaStore, Unsupported, signed_by, verify_signature
from devices.icao.outcome import Outcome

log = logging.getLogger(__name__)


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _signer_certificate(sid: cms.SignerIdentifier,
                        certs: list[x509.Certificate]) -> x509.Certificate | None:
    if sid.name == "issuer_and_serial_number":
        issuer, serial = sid.chosen["issuer"], sid.chosen["serial_number"].native
        return next((c for c in certs if c.issuer == issuer and c.serial_number == serial),
                    None)
    key_id = sid.chosen.native
    return next((c for c in certs if c.key_identifier == key_id), None)


def _describe_sid(sid: cms.SignerIdentifier) -> str:
    if sid.name == "issuer_and_serial_number":
        return (f"issuer {sid.chosen['issuer'].human_friendly}, "
                f"serial {sid.chosen['serial_number'].native}")
    return f"subject key identifier {sid.chosen.native.hex()}"


def _sod_signature(signer: cms.SignerInfo, econtent: bytes, ds: x509.Certificate) -> Outcome | None:
    """None when the SOD's own signature verifies with the DS certificate; else ``invalid``,
    or ``not_verified`` when it cannot be checked here."""
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in HASHES:
        return Outcome("not_verified", f"unsupported digest {digest_name}")
    signed_attrs = signer["signed_attrs"]
    if signed_attrs.native:
        digest = next((a["values"][0].native for a in signed_attrs
                       if a["type"].native == "message_digest"), None)
        if digest != hashlib.new(digest_name, econtent).digest():
            return Outcome("invalid", "EF.SOD message digest does not match its content")
        to_verify = b"\x31" + signed_attrs.dump()[1:]
    else:
        to_verify = econtent
    pss = signer["signature_algorithm"]["algorithm"].native == "rsassa_pss"
    try:
        if verify_signature(ds.public_key, signer["signature"].native, to_verify, digest_name,
                            pss=pss):
            return None
    except Unsupported as exc:
        return Outcome("not_verified", f"cannot check the EF.SOD signature: {exc}")
    return Outcome("invalid", "EF.SOD signature does not verify with the document signer "
                              "certificate")


def _issuing_csca(ds: x509.Certificate, store: CscaStore) -> x509.Certificate | Outcome:
    """The CSCA that signed the DS certificate and was valid when it was issued."""
    issuers = store.issuers_of(ds)
    if not issuers:
        if store.refused_issuers_of(ds):
            return Outcome("not_verified", "the store's certificate for the document signer's "
                                           "issuer is not a CA certificate (basicConstraints)")
        return Outcome("not_verified", "no CSCA certificate for the document signer's issuer")
    tbs = ds["tbs_certificate"].dump()
    signing: list[x509.Certificate] = []
    unsupported = ""
    for csca in issuers:
        try:
            if signed_by(csca, tbs, ds.signature, ds["signature_algorithm"]):
                signing.append(csca)
        except Unsupported as exc:
            unsupported = str(exc)
    if not signing:
        if unsupported:
            return Outcome("not_verified",
                           f"cannot check the document signer certificate: {unsupported}")
        return Outcome("invalid", "the document signer certificate does not verify with the CSCA")
    issued = ds.not_valid_before
    for csca in signing:
        if csca.not_valid_before <= issued <= csca.not_valid_after:
            return csca
    csca = signing[0]
    return Outcome("invalid", f"the CSCA certificate was not valid when the document signer "
                              f"certificate was issued on {_date(issued)} (CSCA valid "
                              f"{_date(csca.not_valid_before)} to {_date(csca.not_valid_after)})")


def _revocation(ds: x509.Certificate, store: CscaStore, now: datetime) -> Outcome:
    crls = store.crls_of(ds.issuer)
    if not crls:
        log.info("passive authentication: no CRL of %s in the CSCA store, revocation not checked",
                 ds.issuer.human_friendly)
        return Outcome("valid", "no CRL of the document signer's CSCA in the store: "
                                "revocation not checked")
    serial = ds.serial_number
    for revocations in crls:
        for entry in revocations["tbs_cert_list"]["revoked_certificates"]:
            reason = entry.crl_reason_value
            if entry["user_certificate"].native == serial and (
                    reason is None or reason.native != "remove_from_crl"):
                return Outcome("invalid", "document signer certificate revoked on "
                               f"{_date(entry['revocation_date'].native)}", crl_checked=True)
    newest = max(crls, key=lambda c: c["tbs_cert_list"]["this_update"].native)["tbs_cert_list"]
    detail = f"not revoked according to the CSCA's CRL of {_date(newest['this_update'].native)}"
    next_update = newest["next_update"].native
    if next_update is not None and next_update < now:
        log.warning("passive authentication: the newest CRL of %s was due on %s",
                    ds.issuer.human_friendly, _date(next_update))
        detail += f" (it was due to be replaced on {_date(next_update)})"
    return Outcome("valid", detail, crl_checked=True)


def check_signature(info: cms.ContentInfo, store: CscaStore, now: datetime) -> Outcome:
    signed = info["content"]
    signers = signed["signer_infos"]
    certs = ([c.chosen for c in signed["certificates"] if c.name == "certificate"]
             if signed["certificates"].native else [])
    if len(signers) != 1 or not certs:
        return Outcome("invalid", "EF.SOD must have one signer and its certificate")
    signer = signers[0]
    ds = _signer_certificate(signer["sid"], certs)
    if ds is None:
        return Outcome("invalid", "no certificate in EF.SOD matches its signer ("
                       f"{_describe_sid(signer['sid'])})")
    unchecked = _sod_signature(signer, signed["encap_content_info"]["content"].native, ds)
    if unchecked is not None and unchecked.status == "invalid":
        return unchecked
    csca = _issuing_csca(ds, store)
    if isinstance(csca, Outcome):
        return csca
    if now > ds.not_valid_after:
        return Outcome("invalid",
                       f"document signer certificate expired on {_date(ds.not_valid_after)}")
    if now < ds.not_valid_before:
        return Outcome("invalid", "document signer certificate not yet valid (valid from "
                                  f"{_date(ds.not_valid_before)})")
    outcome = _revocation(ds, store, now)
    if outcome.status == "valid" and unchecked is not None:
        return replace(unchecked, crl_checked=outcome.crl_checked)
    return outcome
