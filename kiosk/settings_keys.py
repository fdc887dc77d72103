"""Every key of ``kiosk.toml``: its kind, its bounds, what it means (the one table).

The settings loader checks a file with it (``kiosk.settings``), ``config check``
reports every problem it finds with it, and the published JSON Schema
(``assets/kiosk.schema.json``, ``kiosk.settings_schema``) and the settings
reference (docs/configuration.md) are written from it; ``tests/test_config.py``
fails when the table, the ``Settings`` dataclass, the schema file and the
reference disagree.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from kiosk.staffpin import PATTERN as STAFF_PIN_PATTERN

INT: Final = "int"
TEXT: Final = "text"
CHOICE: Final = "choice"
URL: Final = "url"
FILE: Final = "file"
DIR: Final = "dir"
LANGUAGES: Final = "languages"
DESTINATIONS: Final = "destinations"  # a table: service id → destination id


class Key(NamedTuple):  # a table entry; a NamedTuple is built without generated code
    """One setting: ``kind`` says how it is written and checked."""

    kind: str
    doc: str  # one sentence for the technician (the reference and the schema's description)
    example: str  # the value as written in TOML
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()
    schemes: tuple[str, ...] = ()
    pattern: str = ""  # what the schema says of a text's form (the loader says it in words)


_HTTP = ("http", "https")

KEYS: Final[dict[str, Key]] = {
    # Who this terminal is.
    "terminal_id": Key(TEXT, "The terminal's id, unique in the city; on every application "
                       "and in the signing certificate.", '"OV-Nord-01"'),
    "office_name": Key(TEXT, "The office's name, in the header and on the receipt.",
                       '"Ortsverwaltung Nord"'),
    "place": Key(TEXT, "The place, after the office's name and in the signature.",
                 '"Musterstadt"'),
    "data_dir": Key(DIR, "Where the outbox, its key, the payment ledger and the signing "
                    "identity live (the package makes /var/lib/buergerbuero, mode 0700).",
                    '"/var/lib/buergerbuero"'),
    # Where applications go.
    "intake_url": Key(URL, "The intake server's base address (http:// or https://).",
                      '"https://intake.example.invalid"', schemes=_HTTP),
    "intake_ca_file": Key(FILE, "PEM file of the CA to trust for an https intake_url with "
                          "its own CA (leave out: the system's CAs).",
                          '"/etc/buergerbuero/intake-ca.pem"'),
    "intake_key_root": Key(FILE, "PEM root certificate(s) a destination's encryption key "
                           "must chain up to (FIT-Connect: the administration PKI's root); "
                           "without it no key is accepted and nothing is sent.",
                           '"/etc/buergerbuero/intake-key-root.pem"'),
    "intake_key_crl": Key(FILE, "CRLs (PEM or DER) for that chain; with it every certificate "
                          "below the root must be covered by a current CRL and not revoked.",
                          '"/etc/buergerbuero/intake-key.crl"'),
    "destination_id": Key(TEXT, "The destination applications go to unless 'destinations' "
                          "names another (FIT-Connect: the destination's UUID, the "
                          "Zustellpunkt-ID).", '"8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"',
                          pattern=r"^\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                          r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\s*$"),
    "fitconnect_token_url": Key(URL, "FIT-Connect's OAuth2 token endpoint (client "
                                "credentials); leave out for an intake server without tokens.",
                                '"https://auth-testing.fit-connect.fitko.dev/token"',
                                schemes=_HTTP),
    "fitconnect_client_id": Key(TEXT, "The sender's OAuth2 client id (FITKO self-service "
                                "portal, API client of type sender).", '"a1b2c3d4-…"'),
    "fitconnect_client_secret_file": Key(FILE, "File holding the sender's client secret "
                                         "(mode 0600, owned by the kiosk user).",
                                         '"/etc/buergerbuero/fitconnect-client.secret"'),
    "destinations": Key(DESTINATIONS, "Per service, where its applications go instead of "
                        "destination_id (the form id = the destination's id), e.g. the "
                        "Straßenverkehrsbehörde's destination for the parking permit; "
                        "applications already announced stay where they went.",
                        '{ bewohnerparkausweis = "0a5ac1d8-6d2f-4bbb-9a3e-2f1f5c0c1a77" }',
                        pattern="^[a-z0-9][a-z0-9-]{0,63}$"),
    "fitconnect_region": Key(TEXT, "Region key announced with every submission "
                             "(Amtlicher Regionalschlüssel); leave out if the destination "
                             "needs none.", '"DE073350000000"', pattern=r"^DE[0-9]{0,12}$"),
    "retention_days": Key(INT, "Days a confirmed application's personal data stays on the "
                          "terminal (0: erased as soon as the office confirms it).", "0",
                          low=0, high=365),
    "heartbeat": Key(CHOICE, "Where the metrics timer sends this terminal's heartbeat (its "
                     "health figures, nothing personal): \"intake\" (the intake server, with "
                     "its CA and tokens; the reference intake server takes it, FIT-Connect "
                     "does not) or \"off\".", '"intake"', choices=("off", "intake")),
    # Sessions.
    "idle_timeout_s": Key(INT, "Seconds without input after which a session ends (and is "
                          "wiped).", "120", low=15, high=3600),
    "idle_warning_s": Key(INT, "Seconds before the idle end that a warning with 'More time' "
                          "shows; shorter than idle_timeout_s.", "20", low=20, high=300),
    "receipt_timeout_s": Key(INT, "Seconds the receipt stays before the next citizen's "
                             "welcome screen.", "60", low=5, high=600),
    "languages": Key(LANGUAGES, "The languages the welcome screen offers, in that order "
                     "(leave out: every language of the catalogue).", '["de", "en", "tr"]'),
    "default_language": Key(CHOICE, "The language each session starts in.", '"de"'),
    "onscreen_keyboard": Key(CHOICE, "The on-screen keyboard: \"auto\" (up when a field is "
                             "touched), \"always\" or \"off\".", '"auto"',
                             choices=("auto", "always", "off")),
    "speech_output": Key(CHOICE, "Voice output: \"auto\" (personal data only while the jack "
                         "reports a headset), \"headset\", \"speaker\" (personal data never "
                         "spoken) or \"off\".", '"auto"',
                         choices=("auto", "headset", "speaker", "off")),
    "scan_dir": Key(DIR, "The scan inbox a document scanner or camera app writes into; file "
                    "fields take the newest file from it.", '"/var/spool/buergerbuero/scans"'),
    "staff_pin": Key(TEXT, "The staff PIN that leaves the kiosk from the staff screen, as "
                     "its salted hash ('buergerbuero config pin' prints the line; never "
                     "the PIN itself). Leave out: the kiosk cannot be left from the screen.",
                     '"$scrypt$ln=15,r=8,p=1$w/LMNN7uDtEiCZO4SUMrbw$eQI+FizrY3HtsQSSNzdIvwXFfccuWYyUQ6EGrkw2+uA"',
                     pattern=STAFF_PIN_PATTERN),
    "staff_call_url": Key(URL, "'Help: call staff' sends an HTTP POST to this address.",
                          '"https://desk.example.invalid/call"', schemes=_HTTP),
    "staff_call_command": Key(TEXT, "'Help: call staff' runs this command.",
                              '"/usr/local/bin/call-staff"'),
    # eID online function.
    "eid_mode": Key(CHOICE, "eID online function through AusweisApp: \"off\", \"connect\" "
                    "(to eid_url) or \"start\" (the kiosk starts AusweisApp2 headless).",
                    '"off"', choices=("off", "connect", "start")),
    "eid_url": Key(URL, "AusweisApp's SDK WebSocket.", '"ws://127.0.0.1:24727/eID-Kernel"',
                   schemes=("ws", "wss")),
    "eid_tc_token_url": Key(URL, "The eID server's TcToken address; the eID option shows "
                            "only with it.", '"https://eid.example.invalid/tcToken"',
                            schemes=_HTTP),
    "eid_binary": Key(TEXT, "The AusweisApp2 program (eid_mode \"start\").", '"AusweisApp2"'),
    # Identity documents' chips (passive authentication, docs/architecture.md).
    "csca_dir": Key(DIR, "The CSCA store for checking document chips (passive "
                    "authentication): CSCA certificates (.der .cer .crt .pem), their CRLs "
                    "(.crl) and CSCA master lists (.ml); leave out: chips are read but not "
                    "checked.", '"/etc/buergerbuero/csca"'),
    "csca_master_list_anchor": Key(FILE, "The certificate (PEM or DER) a master list's signer "
                                   "must be issued by (for the German list: the German CSCA "
                                   "certificate, obtained from the BSI); without it master "
                                   "lists are refused.",
                                   '"/etc/buergerbuero/csca-germany.pem"'),
    # Signatures.
    "escrow_cert": Key(FILE, "The escrow's certificate or public key (PEM) the pen data is "
                       "encrypted for.", '"/etc/buergerbuero/escrow.pem"'),
    "signing_key": Key(FILE, "The terminal's signing key (PEM), with signing_cert (leave out: "
                       "the one enrolled in data_dir/signing).", '"/etc/buergerbuero/device.key"'),
    "signing_cert": Key(FILE, "The terminal's signing certificate (PEM).",
                        '"/etc/buergerbuero/device.crt"'),
    "signing_pkcs11_module": Key(FILE, "A PKCS#11 module holding the signing key instead "
                                 "(docs/signatures.md).", '"/usr/lib/softhsm/libsofthsm2.so"'),
    "signing_pkcs11_token": Key(TEXT, "The PKCS#11 token's label.", '"buergerbuero"'),
    "signing_pkcs11_key": Key(TEXT, "The signing key's label on the token.",
                              '"buergerbuero-signing"'),
    "signing_pkcs11_pin_file": Key(FILE, "A file holding the token's user PIN (mode 0600).",
                                   '"/etc/buergerbuero/token.pin"'),
    "trust_dir": Key(DIR, "The office's trust store (CA certificates and CRLs) for "
                     "'signature verify'.", '"/etc/buergerbuero/trust"'),
    "tsa_url": Key(URL, "An RFC 3161 timestamp authority: signatures become PAdES B-T.",
                   '"https://tsa.example.invalid"', schemes=_HTTP),
    # Payment (docs/payment.md).
    "payment_terminal": Key(TEXT, "The ZVT card terminal as host:port (leave out: no card "
                            "payment).", '"192.168.10.20:20007"', pattern=r"^.+:[0-9]{1,5}$"),
    "payment_terminal_password": Key(TEXT, "The card terminal's six-digit ZVT password.",
                                     '"000000"', pattern=r"^[0-9]{6}$"),
    "xbezahl_url": Key(URL, "XBezahldienste (ePayBL) base address: paying on the phone.",
                       '"https://epay.example.invalid/xbezahldienste"', schemes=_HTTP),
    "xbezahl_originator_id": Key(TEXT, "XBezahldienste originator id.", '"musterstadt"'),
    "xbezahl_endpoint_id": Key(TEXT, "XBezahldienste endpoint id.", '"buergerbuero"'),
    "xbezahl_client_id": Key(TEXT, "XBezahldienste OAuth2 client id.", '"kiosk-ov-nord"'),
    "xbezahl_client_secret": Key(TEXT, "XBezahldienste OAuth2 client secret.", '"…"'),
    "payee_iban": Key(TEXT, "The office's IBAN for bank transfer by EPC QR code (needs "
                      "payee_name).", '"DE02120300000000202051"',
                      pattern=r"^[A-Z]{2}[0-9]{2}( ?[A-Z0-9]){10,30}$"),
    "payee_bic": Key(TEXT, "The office's BIC.", '"BYLADEM1001"'),
    "payee_name": Key(TEXT, "The account holder, as the bank knows it.",
                      '"Stadtkasse Musterstadt"'),
    "payment_reference_prefix": Key(TEXT, "The Kassenzeichen is this prefix and the "
                                    "Vorgangsnummer.", '"BB"'),
    "receipt_printer": Key(TEXT, "The receipt printer: \"escpos://HOST:PORT\" or "
                           "\"cups://QUEUE\".", '"escpos://192.168.10.21:9100"',
                           pattern=r"^(cups://.+|escpos://.+:[0-9]+)$"),
    "cups_server": Key(TEXT, "With cups://QUEUE: another CUPS server than the system's "
                       "(host:port or socket path).", '"printserver:631"'),
    # Appointment check-in and waiting tickets (docs/office.md, *Appointments*).
    "appointment_url": Key(URL, "The ZMS/eappointment API's base address (zmsbackend): "
                           "check-in and waiting tickets on the welcome screen.",
                           '"https://zms.example.invalid/terminvereinbarung/api/2"',
                           schemes=_HTTP),
    "appointment_scope": Key(INT, "The ZMS scope (location) this terminal stands in.", "141",
                             low=1, high=99_999_999_999),
    "appointment_workstation_key": Key(TEXT, "The X-Authkey of the terminal's ZMS workstation "
                                       "login.", '"…"'),
    "appointment_ticketprinter_hash": Key(TEXT, "The ticket printer hash ZMS issued to this "
                                          "terminal (walk-in waiting numbers).",
                                          '"71ac24b9fd3c8e1b0a6f5c0e2d9b4a17"'),
}

# Settings that only make sense together (the loader and the schema's dependentRequired).
XBEZAHL_KEYS: Final = ("xbezahl_url", "xbezahl_originator_id", "xbezahl_endpoint_id",
                       "xbezahl_client_id", "xbezahl_client_secret")
APPOINTMENT_KEYS: Final = ("appointment_url", "appointment_scope",
                           "appointment_workstation_key", "appointment_ticketprinter_hash")
FITCONNECT_KEYS: Final = ("fitconnect_token_url", "fitconnect_client_id",
                          "fitconnect_client_secret_file")
NEEDS: Final[dict[str, tuple[str, ...]]] = {
    "payee_iban": ("payee_name",),
    **{key: tuple(k for k in XBEZAHL_KEYS if k != key) for key in XBEZAHL_KEYS},
    **{key: tuple(k for k in FITCONNECT_KEYS if k != key) for key in FITCONNECT_KEYS},
    **{key: tuple(k for k in APPOINTMENT_KEYS if k != key) for key in APPOINTMENT_KEYS},
}

# Compiled on first use (re caches them): only a file with a problem is scanned.
_HEADER = r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?"
_ASSIGNMENT = r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*="""


def key_lines(text: str) -> dict[tuple[str, str], int]:
    """(table, key) → the line (1-based) where the key is first set; table "" is the top.

    A line scan, not a parser: the file has already parsed as TOML, so a line that looks
    like ``key =`` inside a multi-line string is the one case it can get wrong (and then
    it names a line too early, never none)."""
    lines: dict[tuple[str, str], int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(_HEADER, line)
        if header is not None:
            table = header.group(1).strip().strip('"')
            lines.setdefault(("", table.split(".", 1)[0]), number)
            continue
        assignment = re.match(_ASSIGNMENT, line)
        if assignment is not None:
            key = next(g for g in assignment.groups() if g is not None)
            lines.setdefault((table, key), number)
    return lines
