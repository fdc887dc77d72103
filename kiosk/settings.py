"""Terminal settings: where data lives, who this terminal is, how sessions behave.

Settings come from a TOML file written by the technician (``--config FILE``,
``$BUERGERBUERO_CONFIG`` or ``<config dir>/kiosk.toml``); every key is optional, at
the top of the file or in one ``[kiosk]`` table. What each key is and how it is
written is one table (``kiosk.settings_keys``; the published schema and
docs/configuration.md are made from it). ``check_file`` finds every problem of a
file, each naming the key, the file and line, and what to write instead
(``config check`` lists them); ``load_settings`` raises ``ConfigError`` with the
first. Whether the files the settings name exist is asked elsewhere
(``kiosk.settings_files``), after the kiosk's first frame.
"""

from __future__ import annotations

import os
import re
from dataclasses import field, fields, replace
from pathlib import Path
from typing import Any, NamedTuple

from kiosk import staffpin
from kiosk.base.catalogue import catalogue
from kiosk.base.errors import ConfigError
from kiosk.base.i18n import DEFAULT_LANGUAGE, N_, Message
from kiosk.base.records import frozen_record
from kiosk.settings_keys import (
    APPOINTMENT_KEYS,
    CHOICE,
    DESTINATIONS,
    DIR,
    FILE,
    FITCONNECT_KEYS,
    INT,
    KEYS,
    LANGUAGES,
    URL,
    XBEZAHL_KEYS,
    Key,
    key_lines,
)

APP_NAME = "buergerbuero"


def default_data_dir() -> Path:
    """The user's data directory for the kiosk (``$BUERGERBUERO_DATA`` overrides)."""
    override = os.environ.get("BUERGERBUERO_DATA")
    if override:
        return Path(override)
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


# The order of the welcome screen: German and its easy-to-read form, English, then the
# languages most asked for at German citizens' offices; a language added later goes last.
LANGUAGE_ORDER = ("de", "de-x-ls", "en", "tr", "ar", "uk", "ru", "pl", "ro")


def offered_languages() -> tuple[str, ...]:
    """Every language of the catalogue, the default language first."""
    languages = catalogue().languages()
    return tuple(sorted(languages, key=lambda language: (
        language != DEFAULT_LANGUAGE,
        LANGUAGE_ORDER.index(language) if language in LANGUAGE_ORDER else len(LANGUAGE_ORDER),
        language)))


def default_config_file() -> Path:
    override = os.environ.get("BUERGERBUERO_CONFIG")
    if override:
        return Path(override)
    return _xdg("XDG_CONFIG_HOME", ".config") / APP_NAME / "kiosk.toml"


def _xdg(variable: str, fallback: str) -> Path:
    """XDG base directories (the terminals run Linux): absolute $VAR, else ~/fallback."""
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / fallback


# No generated __eq__ and __repr__: nothing compares two terminals' settings, a repr
# would print the payment and OAuth secrets into a log; and no generated __init__:
# compiling it for the 55 fields was ~10 M instructions of start-up (kiosk.base.records).
@frozen_record
class Settings:
    """Everything a terminal is configured with. Immutable; use ``with_``."""

    data_dir: Path = field(default_factory=default_data_dir)
    terminal_id: str = "T-01"
    office_name: str = "Bürgerbüro"
    place: str = "Musterstadt"
    intake_url: str = "http://127.0.0.1:8780"
    idle_timeout_s: int = 120
    idle_warning_s: int = 20
    receipt_timeout_s: int = 60
    # Days a confirmed application's personal data stays on the terminal (0: erase at once).
    retention_days: int = 0
    # The destination (Zustellpunkt-ID, a UUID) applications go to; the default is the
    # stand-in's (sync.worker.DEFAULT_DESTINATION, tests/test_config.py).
    destination_id: str = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"
    intake_ca_file: str = ""  # PEM of the CA to trust for an https intake_url ("" = system's)
    # The root certificate(s) (PEM) a destination's encryption key must chain up to
    # (FIT-Connect: the administration PKI's root). None: no key is accepted, nothing
    # is sent (sync/keycheck.py). The demo trusts its stand-in's root.
    intake_key_root: Path | None = None
    # CRLs (PEM or DER) for that chain; with it every certificate below the root must
    # be covered by a current CRL and not revoked. None: revocation is not checked.
    intake_key_crl: Path | None = None
    # FIT-Connect's OAuth2 client credentials ("" / None: no tokens are sent); the
    # secret file must be mode 0600 (settings_files checks it).
    fitconnect_token_url: str = ""
    fitconnect_client_id: str = ""
    fitconnect_client_secret_file: Path | None = None
    fitconnect_region: str = ""  # announced with every submission ("" = none)
    # Per service (form id), the destination its applications go to instead of
    # destination_id (kiosk.settings_keys).
    destinations: dict[str, str] = field(default_factory=dict)
    # The fleet heartbeat (kiosk/heartbeat.py): "off", or "intake" (to intake_url).
    heartbeat: str = "off"
    # The languages offered on the welcome screen, in that order (default: all the
    # catalogue has, the default language first).
    languages: tuple[str, ...] = field(default_factory=lambda: offered_languages())
    default_language: str = DEFAULT_LANGUAGE
    # eID online function through AusweisApp: "off", "connect" (to eid_url) or
    # "start" (the kiosk starts AusweisApp2 headless itself); RUN_AUTH needs the
    # eID server's TcToken URL.
    eid_mode: str = "off"
    eid_url: str = "ws://127.0.0.1:24727/eID-Kernel"
    eid_tc_token_url: str = ""
    eid_binary: str = "AusweisApp2"
    # Passive authentication of document chips: the CSCA store (certificates, CRLs,
    # master lists) and the anchor a master list's signer must chain to. None: chips
    # are read, the application records that they were not checked.
    csca_dir: Path | None = None
    csca_master_list_anchor: Path | None = None
    # Handwritten signatures: the escrow's public key (PEM certificate or key) that
    # the biometric time series is encrypted for, and the terminal's signing key
    # and certificate (PEM); without them the ones it was enrolled with in data_dir/signing.
    escrow_cert: Path | None = None
    signing_key: Path | None = None
    signing_cert: Path | None = None
    # …or the key on a PKCS#11 token: the module, the token's label, the key's label
    # and a file holding the user PIN (docs/signatures.md).
    signing_pkcs11_module: Path | None = None
    signing_pkcs11_token: str = ""
    signing_pkcs11_key: str = "buergerbuero-signing"
    signing_pkcs11_pin_file: Path | None = None
    # The office's trust store for 'signature verify' (CA certificates and CRLs).
    trust_dir: Path | None = None
    # An RFC 3161 timestamp authority: signatures become PAdES B-T ("" = none, B-B).
    tsa_url: str = ""
    # The scan inbox: the folder a document scanner or camera app on this terminal
    # writes into. A file field takes the newest file from it (and removes it); without
    # it the citizen is asked to hand the document in at the counter.
    scan_dir: Path | None = None
    # The on-screen keyboard: "auto" (comes up when a field is touched, not when it is
    # reached with Tab, and goes when a hardware keyboard is used), "always" or "off".
    onscreen_keyboard: str = "auto"
    # Voice output: "auto" (private data is spoken when the jack reports a headset, and
    # plugging one in turns the voice on), "headset" (a handset or headset is always
    # there), "speaker" (never spoken: personal data) or "off" (no voice output).
    speech_output: str = "auto"
    # 'Help: call staff' (kiosk/staffcall.py): an HTTP POST to this URL and/or this
    # command; with neither, Help asks the citizen to go to the counter.
    staff_call_url: str = ""
    staff_call_command: str = ""
    # The salted hash of the staff PIN that leaves the kiosk (kiosk/staffpin.py); "": none.
    staff_pin: str = ""
    # Paying the fee (docs/payment.md). The ZVT card terminal as "host:port" and its
    # six-digit password; empty: no card payment.
    payment_terminal: str = ""
    payment_terminal_password: str = "000000"  # noqa: S105 - the terminals' factory default
    # XBezahldienste (ePayBL): base URL, originator and endpoint ids, OAuth2 client.
    xbezahl_url: str = ""
    xbezahl_originator_id: str = ""
    xbezahl_endpoint_id: str = ""
    xbezahl_client_id: str = ""
    xbezahl_client_secret: str = ""
    # Bank transfer (EPC QR code): the office's account and name.
    payee_iban: str = ""
    payee_bic: str = ""
    payee_name: str = ""
    # The Kassenzeichen is this prefix and the Vorgangsnummer.
    payment_reference_prefix: str = "BB"
    # The receipt printer: "escpos://HOST:PORT" or "cups://QUEUE"; the CUPS server
    # (host:port or socket path; empty: the system's).
    receipt_printer: str = ""
    cups_server: str = ""
    # Appointment check-in (docs/office.md): the ZMS API, the location, the workstation
    # login and the ticket printer hash; empty: no check-in on the welcome screen.
    appointment_url: str = ""
    appointment_scope: int = 0
    appointment_workstation_key: str = ""
    appointment_ticketprinter_hash: str = ""

    @property
    def outbox_path(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def payments_path(self) -> Path:
        """The payment ledger (kiosk.payment.ledger) and the parked applications."""
        return self.data_dir / "payments.sqlite3"

    @property
    def appointments_path(self) -> Path:
        """Today's appointments, sealed with the terminal key (kiosk.appointments.cache)."""
        return self.data_dir / "appointments.cache"

    @property
    def key_path(self) -> Path:
        """The per-terminal storage key, kept outside the database (mode 0600)."""
        return self.data_dir / "terminal.key"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


EID_MODES = KEYS["eid_mode"].choices
KEYBOARD_MODES = KEYS["onscreen_keyboard"].choices
SPEECH_MODES = KEYS["speech_output"].choices
SECTION = "kiosk"  # the file's settings are at its top or in this one table


class Problem(NamedTuple):
    """One thing wrong in a settings file: the key ("" for the file), its line, what is
    wrong (naming the file and line) and what to write instead."""

    key: str
    line: int | None
    message: Message
    fix: Message

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "line": self.line, "message": self.message.untranslated(),
                "fix": self.fix.untranslated()}


FIX_EXAMPLE = N_("Config", "Write it like this: {example}")
FIX_UNKNOWN = N_("Config", "Remove the line, or correct the name: did you mean '{close}'?")
FIX_UNKNOWN_NONE = N_("Config", "Remove the line: this version of the kiosk has no such "
                      "setting (docs/configuration.md lists them).")
FIX_SYNTAX = N_("Config", "Correct that line: texts in double quotes, numbers without, lists "
                "in [ ], one setting per line.")
FIX_UTF8 = N_("Config", "Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).")
FIX_TABLE = N_("Config", "Write [kiosk] on a line of its own and the settings on the lines "
               "below it, or leave [kiosk] out altogether.")
FIX_OUTSIDE = N_("Config", "Move the line below [kiosk].")
FIX_READ = N_("Config", "Check that the file exists and that the kiosk user may read it.")
FIX_TOGETHER = N_("Config", "Set these together: {keys}.")


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read the settings file (if any) and apply ``overrides`` on top; the first problem
    of the file is a ``ConfigError`` (``config check`` lists them all)."""
    explicit = path is not None
    path = path or default_config_file()
    values: dict[str, Any] = {}
    if path.exists():
        values, problems = check_file(path)
        if problems:
            first = problems[0]
            raise ConfigError(first.message, detail=first.fix.untranslated())
    elif explicit:
        raise ConfigError(
            N_("Config", "The settings file {path} does not exist. "
               "Give the path of an existing file, or leave out --config to use the defaults.")
            .format(path=str(path))
        )
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


def check_file(path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """The settings a file sets, and every problem found in it (none: it is valid)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {}, [Problem("", None, N_(
            "Config", "The settings file {path} cannot be read ({error}). "
            "Check that it exists and that the kiosk user may read it.")
            .format(path=str(path), error=exc.strerror or str(exc)), FIX_READ)]
    return check_text(data, path)


def check_text(data: bytes, path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """As :func:`check_file`, for the file's bytes (``path`` names it in the messages)."""
    line: int | None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return {}, [Problem("", line, N_(
            "Config", "The settings file {path} is not UTF-8 text (a character such as ü or ß "
            "was saved in another encoding).").format(path=f"{path}:{line}"), FIX_UTF8)]
    import tomllib  # only a terminal with a settings file pays for the TOML parser

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        where = f"{path}:{line}" if line else str(path)
        return {}, [Problem("", line, N_(
            "Config", "The settings file {path} is not valid TOML ({error}). "
            "Fix the line named in the error, or remove the file to use the defaults.")
            .format(path=where, error=str(exc)), FIX_SYNTAX)]
    lines = _Lines(text)
    problems: list[Problem] = []
    table = ""
    if SECTION in raw:
        section = raw[SECTION]
        if not isinstance(section, dict):
            line = lines.get(("", SECTION))
            return {}, [Problem(SECTION, line, N_(
                "Config", "In {path}, 'kiosk' must be the table [kiosk] that holds the "
                "settings, not a value.").format(path=_where(path, line)), FIX_TABLE)]
        for key in raw:
            if key != SECTION:
                line = lines.get(("", key))
                problems.append(Problem(key, line, N_(
                    "Config", "Setting '{key}' in {path} is outside the [kiosk] table, where "
                    "the kiosk does not read it.").format(key=key, path=_where(path, line)),
                    FIX_OUTSIDE))
        raw, table = section, SECTION
    values: dict[str, Any] = {}
    for key, value in raw.items():
        spec = KEYS.get(key)
        if spec is None:
            line = lines.get((table, key))
            where = _where(path, line)
            problems.append(Problem(key, line, N_(
                "Config", "Unknown setting '{key}' in {path}. Known settings: {known}.")
                .format(key=key, path=where, known=", ".join(sorted(KEYS))), _unknown_fix(key)))
            continue
        converted, message = _check_value(key, spec, value, str(path))
        if message is not None:  # said again with its line (found only when needed)
            line = lines.get((table, key))
            message = _check_value(key, spec, value, _where(path, line))[1] or message
            problems.append(Problem(key, line, message,
                                    FIX_EXAMPLE.format(example=f"{key} = {spec.example}")))
        else:
            values[key] = converted
    for message, keys in _check_together(values, path, lines, table):
        present = sorted((at, k) for k in keys if (at := lines.get((table, k))) is not None)
        line, key = present[0] if present else (None, keys[0])
        problems.append(Problem(key, line, message,
                                FIX_TOGETHER.format(keys=", ".join(keys))))
    return values, sorted(problems, key=lambda p: (p.line or 0))


def _where(path: Path, line: int | None) -> str:
    return f"{path}:{line}" if line else str(path)


def _unknown_fix(key: str) -> Message:
    import difflib  # only for a misspelt key

    close = difflib.get_close_matches(key, list(KEYS), n=1)
    return FIX_UNKNOWN.format(close=close[0]) if close else FIX_UNKNOWN_NONE


def check_value(key: str, value: Any, where: str) -> Message | None:
    """What is wrong with ``value`` for the setting ``key`` (a command's option, ``where``)."""
    return _check_value(key, KEYS[key], value, where)[1]


def _check_value(key: str, spec: Key, value: Any, where: str) -> tuple[Any, Message | None]:
    """The value as ``Settings`` holds it, or what is wrong with it."""
    if spec.kind == INT:
        if not isinstance(value, int) or isinstance(value, bool) \
                or not spec.low <= value <= spec.high:
            return None, N_("Config", "Setting '{key}' in {path} must be a whole number "
                            "from {low} to {high}.").format(key=key, path=where, low=spec.low,
                                                            high=spec.high)
        return value, None
    if spec.kind == LANGUAGES:
        known = catalogue().languages()
        if (not isinstance(value, list) or not value or len(set(value)) != len(value)
                or any(lang not in known for lang in value)):
            return None, N_("Config", "Setting 'languages' in {path} must be a list taken "
                            "from: {known}.").format(path=where, known=", ".join(known))
        return tuple(value), None
    if spec.kind == DESTINATIONS:
        return _check_destinations(key, spec, value, where)
    if spec.kind in (FILE, DIR):
        if not isinstance(value, str) or not value:
            return None, (N_("Config", "Setting '{key}' in {path} must be a file path in "
                             "quotes.") if spec.kind == FILE else
                          N_("Config", "Setting '{key}' in {path} must be a directory path "
                             "in quotes.")).format(key=key, path=where)
        return (Path(value).expanduser() if "Path" in _FIELD_TYPES[key] else value), None
    if not isinstance(value, str) or not value.strip():
        return None, N_("Config", "Setting '{key}' in {path} must be a non-empty text in "
                        "quotes.").format(key=key, path=where)
    value = value.strip()
    if spec.kind == CHOICE:
        choices = spec.choices or catalogue().languages()
        if value not in choices:
            return None, N_("Config", "Setting '{key}' in {path} must be one of: {known}."
                            ).format(key=key, path=where, known=", ".join(choices))
    elif spec.kind == URL:
        scheme, _, rest = value.partition("://")
        if scheme not in spec.schemes or not rest.split("/", 1)[0].strip():
            return None, N_("Config", "Setting '{key}' in {path} must be an address that "
                            "starts with {schemes}, e.g. {example}.").format(
                key=key, path=where, schemes=" or ".join(f"{s}://" for s in spec.schemes),
                example=spec.example)
    return value, _check_form(key, value, where)


# FIT-Connect's destination ids are UUIDs (Submission API: destinationId, format uuid).
_DESTINATION_ID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                             r"[0-9a-fA-F]{12}")


def _check_destinations(key: str, spec: Key, value: Any, where: str
                        ) -> tuple[Any, Message | None]:
    """A table of form id (a service the kiosk offers) → destination id."""
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and re.fullmatch(spec.pattern, k) and isinstance(v, str)
            and _DESTINATION_ID.fullmatch(v.strip()) for k, v in value.items()):
        return None, N_("Config", "Setting '{key}' in {path} must be a table of a form id "
                        "and its destination's id (a UUID) in quotes, e.g. {example}.").format(
            key=key, path=where, example=spec.example)
    # The services catalogue, only for a file that routes services (it is not loaded
    # before the first frame otherwise: tests/test_startup.py).
    from kiosk.services import FORM_IDS

    unknown = sorted(k for k in value if k not in FORM_IDS)
    if unknown:
        return None, N_("Config", "Setting '{key}' in {path} names {unknown}, which this "
                        "kiosk does not offer. Services: {known}.").format(
            key=key, path=where, unknown=", ".join(unknown), known=", ".join(FORM_IDS))
    return {k: v.strip() for k, v in value.items()}, None


_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")


def _check_form(key: str, value: str, where: str) -> Message | None:
    """The texts whose form is fixed: addresses of devices, the password, the IBAN."""
    if key == "payment_terminal":
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            return N_("Config", "Setting 'payment_terminal' in {path} must be the card "
                      "terminal's address as \"host:port\", e.g. \"192.168.1.20:20007\"."
                      ).format(path=where)
    elif key == "payment_terminal_password":
        if len(value) != 6 or not value.isdigit():
            return N_("Config", "Setting 'payment_terminal_password' in {path} must be "
                      "the terminal's six-digit password, e.g. \"000000\".").format(path=where)
    elif key == "destination_id":
        if not _DESTINATION_ID.fullmatch(value):
            return N_("Config", "Setting 'destination_id' in {path} must be the destination's "
                      "id (Zustellpunkt-ID) as FIT-Connect's self-service portal shows it, a "
                      "UUID such as \"8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63\".").format(path=where)
    elif key == "fitconnect_region":
        if not re.fullmatch(r"DE[0-9]{0,12}", value):
            return N_("Config", "Setting 'fitconnect_region' in {path} must be an Amtlicher "
                      "Regionalschlüssel with DE in front, e.g. \"DE073350000000\"."
                      ).format(path=where)
    elif key == "payee_iban":
        if not _IBAN.fullmatch(value.replace(" ", "")):
            return N_("Config", "Setting 'payee_iban' in {path} is not an IBAN. Write it "
                      "as on the office's bank statement, e.g. \"DE02120300000000202051\"."
                      ).format(path=where)
    elif key == "staff_pin" and (wrong := staffpin.problem(value)) is not None:
        return (N_("Config", "Setting 'staff_pin' in {path} holds the PIN itself. Nobody may "
                   "read it there: run 'buergerbuero config pin', give the PIN twice, and "
                   "write the line it prints instead.") if wrong == staffpin.PLAIN else
                N_("Config", "Setting 'staff_pin' in {path} is not a PIN hash as "
                   "'buergerbuero config pin' prints it (\"$scrypt$ln=…\"). Run it again and "
                   "copy the whole line.")).format(path=where)
    elif key == "receipt_printer" and not (
            (value.startswith("cups://") and len(value) > 7)
            or (value.startswith("escpos://") and value.rpartition(":")[2].isdigit())):
        return N_("Config", "Setting 'receipt_printer' in {path} must be "
                      "\"cups://QUEUE\" or \"escpos://HOST:PORT\".").format(path=where)
    return None


def _check_together(values: dict[str, Any], path: Path, lines: _Lines,
                    table: str) -> list[tuple[Message, tuple[str, ...]]]:
    """The rules between settings; each with the keys it concerns."""
    found: list[tuple[Message, tuple[str, ...]]] = []
    warning, timeout = values.get("idle_warning_s", 20), values.get("idle_timeout_s", 120)
    if warning >= timeout:
        keys = ("idle_warning_s", "idle_timeout_s")
        found.append((N_("Config", "In {path}, 'idle_warning_s' must be shorter than "
                         "'idle_timeout_s'.").format(path=_where(path, _first(lines, table,
                                                                                keys))), keys))
    if "payee_iban" in values:
        values["payee_iban"] = values["payee_iban"].replace(" ", "")
        if not values.get("payee_name"):
            keys = ("payee_iban", "payee_name")
            found.append((N_("Config", "In {path}, 'payee_iban' needs 'payee_name' (the "
                             "account holder, as the bank knows it).").format(
                path=_where(path, _first(lines, table, keys))), keys))
    for together, message in _ALL_OR_NONE:
        given = [k for k in together if values.get(k)]
        if given and len(given) != len(together):
            found.append((message.format(path=_where(path, _first(lines, table, together))),
                          together))
    return found


# Settings that come all together or not at all, and what to say when some are missing.
_ALL_OR_NONE: tuple[tuple[tuple[str, ...], Message], ...] = (
    (XBEZAHL_KEYS, N_("Config", "In {path}, paying by phone needs all of xbezahl_url, "
                      "xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and "
                      "xbezahl_client_secret.")),
    (FITCONNECT_KEYS, N_("Config", "In {path}, sending with FIT-Connect tokens needs all of "
                         "fitconnect_token_url, fitconnect_client_id and "
                         "fitconnect_client_secret_file.")),
    (APPOINTMENT_KEYS, N_("Config", "In {path}, the appointment check-in needs all of "
                          "appointment_url, appointment_scope, appointment_workstation_key and "
                          "appointment_ticketprinter_hash.")),
)


def _first(lines: _Lines, table: str, keys: tuple[str, ...]) -> int | None:
    return min((found for k in keys if (found := lines.get((table, k))) is not None),
               default=None)


class _Lines:
    """Where each key is set: scanned only when a problem needs its line."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[tuple[str, str], int] | None = None

    def get(self, key: tuple[str, str]) -> int | None:
        if self._lines is None:
            self._lines = key_lines(self._text)
        return self._lines.get(key)


# Each field's type as the dataclass writes it ("Path | None", "str"): a path setting
# becomes a Path where the field holds one.
_FIELD_TYPES: dict[str, str] = {f.name: str(f.type) for f in fields(Settings)}
