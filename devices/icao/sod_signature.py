"""The signature half of passive authentication: SOD signer, document signer, CSCA, CRL.

The checks run in this order; the first that fails decides:

1. The SignerInfo's sid (issuer and serial number, or subject key identifier)
   picks the document signer (DS) certificate among those EF.SOD carries.
2. The SOD's signature verifies with that certificate's key.
3. A CSCA of the store (a CA certificate bearing the DS certificate's issuer
   name) signed the DS certificate. No such CSCA: ``not_verified``; one that
   does not verify: ``invalid``.
4. That CSCA was valid when the DS certificate was issued (its notBefore), and a
   certificate of that CSCA key (a renewed one counts) is valid now.
5. The DS certificate is valid now. Its validity covers the documents it
   signed, so an expired DS certificate means the document is beyond its own.
6. The DS certificate is not on a CRL its CSCA signed. Without such a CRL in
   the store the outcome is still ``valid``, with ``crl_checked`` False.

A key or algorithm this terminal cannot check is ``not_verified``, never
``invalid`` — unless another check fails: an SOD signature that cannot be
checked does not stop the certificate checks, and their failure is ``invalid``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from asn1crypto import cms, x509

from devices.icao.csca_store import CscaStore
from devices.icao.outcome import (
    CSCA_NOT_VALID,
    CSCA_UNKNOWN,
    DS_NOT_VALID,
    DS_REVOKED,
    SIGNATURE_INVALID,
    UNSUPPORTED,
    Outcome,
)
from devices.icao.signatures import (
    Unsupported,
    describe_sid,
    signed_by,
    signer_certificate,
    signer_signature,
)

log = logging.getLogger(__name__)


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _issuing_csca(ds: x509.Certificate, store: CscaStore,
                  now: datetime) -> x509.Certificate | Outcome:
    """The CSCA that signed the DS certificate and was valid when it was issued; one
    certificate of that key (a renewed one counts) must be valid now."""
    issuers = store.issuers_of(ds)
    if not issuers:
        if store.refused_issuers_of(ds):
            return Outcome("not_verified", "the store's certificate for the document signer's "
                                           "issuer is not a CA certificate (basicConstraints)",
                           reason=CSCA_UNKNOWN)
        return Outcome("not_verified", "no CSCA certificate for the document signer's issuer",
                       reason=CSCA_UNKNOWN)
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
                           f"cannot check the document signer certificate: {unsupported}",
                           reason=UNSUPPORTED)
        return Outcome("invalid", "the document signer certificate does not verify with the CSCA",
                       reason=SIGNATURE_INVALID)
    issued = ds.not_valid_before
    at_issue = next((c for c in signing
                     if c.not_valid_before <= issued <= c.not_valid_after), None)
    if at_issue is None:
        csca = signing[0]
        return Outcome("invalid", f"the CSCA certificate was not valid when the document signer "
                                  f"certificate was issued on {_date(issued)} (CSCA valid "
                                  f"{_date(csca.not_valid_before)} to "
                                  f"{_date(csca.not_valid_after)})", reason=CSCA_NOT_VALID)
    if not any(c.not_valid_before <= now <= c.not_valid_after for c in signing):
        last = max(signing, key=lambda c: c.not_valid_after)
        if now > last.not_valid_after:
            detail = f"the CSCA certificate expired on {_date(last.not_valid_after)}"
        else:
            detail = f"the CSCA certificate is not yet valid (from {_date(last.not_valid_before)})"
        return Outcome("invalid", detail, reason=CSCA_NOT_VALID)
    return at_issue


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
                               f"{_date(entry['revocation_date'].native)}", crl_checked=True,
                               reason=DS_REVOKED)
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
        return Outcome("invalid", "EF.SOD must have one signer and its certificate",
                       reason=SIGNATURE_INVALID)
    signer = signers[0]
    ds = signer_certificate(signer["sid"], certs)
    if ds is None:
        return Outcome("invalid", "no certificate in EF.SOD matches its signer ("
                       f"{describe_sid(signer['sid'])})", reason=SIGNATURE_INVALID)
    unchecked = signer_signature(signer, signed["encap_content_info"]["content"].native, ds,
                                 what="EF.SOD", signer_name="document signer")
    if unchecked is not None and unchecked.status == "invalid":
        return unchecked
    csca = _issuing_csca(ds, store, now)
    if isinstance(csca, Outcome):
        return csca
    if now > ds.not_valid_after:
        return Outcome("invalid",
                       f"document signer certificate expired on {_date(ds.not_valid_after)}",
                       reason=DS_NOT_VALID)
    if now < ds.not_valid_before:
        return Outcome("invalid", "document signer certificate not yet valid (valid from "
                                  f"{_date(ds.not_valid_before)})", reason=DS_NOT_VALID)
    outcome = _revocation(ds, store, now)
    if outcome.status == "valid" and unchecked is not None:
        return replace(unchecked, crl_checked=outcome.crl_checked)
    return outcome
