"""Terminal settings: where data lives, who this terminal is, how sessions behave.

Settings come from a TOML file written by the technician (``--config FILE``,
``$BUERGERBUERO_CONFIG`` or ``<config dir>/kiosk.toml``); every key is optional.
Wrong values raise ``ConfigError`` with a message that names the key and says
what to write instead.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.base.catalogue import catalogue
from kiosk.base.errors import ConfigError
from kiosk.base.i18n import DEFAULT_LANGUAGE, N_

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


@dataclass(frozen=True)
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
    destination_id: str = "buergerbuero-zentral"  # where the intake server routes submissions
    intake_ca_file: str = ""  # PEM of the CA to trust for an https intake_url ("" = system's)
    # The root certificate(s) (PEM) a destination's encryption key must chain up to
    # (FIT-Connect: the administration PKI's root). None: no key is accepted, nothing
    # is sent (sync/keycheck.py). The demo trusts its stand-in's root.
    intake_key_root: Path | None = None
    # CRLs (PEM or DER) for that chain; with it every certificate below the root must
    # be covered by a current CRL and not revoked. None: revocation is not checked.
    intake_key_crl: Path | None = None
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

    @property
    def outbox_path(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def payments_path(self) -> Path:
        """The payment ledger (kiosk.payment.ledger) and the parked applications."""
        return self.data_dir / "payments.sqlite3"

    @property
    def key_path(self) -> Path:
        """The per-terminal storage key, kept outside the database (mode 0600)."""
        return self.data_dir / "terminal.key"

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


_INT_KEYS = {
    "idle_timeout_s": (15, 3600),
    "idle_warning_s": (20, 300),  # WCAG 2.2.1 / EN 301 549: at least 20 s to answer
    "receipt_timeout_s": (5, 600),
    "retention_days": (0, 365),
}
_PATH_KEYS = ("escrow_cert", "signing_key", "signing_cert", "signing_pkcs11_module",
              "signing_pkcs11_pin_file", "intake_key_root", "intake_key_crl")
_DIR_KEYS = ("data_dir", "scan_dir", "trust_dir")
_STR_KEYS = ("terminal_id", "office_name", "place", "intake_url", "default_language",
             "eid_mode", "eid_url", "eid_tc_token_url", "eid_binary",
             "destination_id", "intake_ca_file", "onscreen_keyboard", "speech_output",
             "signing_pkcs11_token", "signing_pkcs11_key", "tsa_url",
             "payment_terminal",
             "payment_terminal_password", "xbezahl_url", "xbezahl_originator_id",
             "xbezahl_endpoint_id", "xbezahl_client_id", "xbezahl_client_secret", "payee_iban",
             "payee_bic", "payee_name", "payment_reference_prefix", "receipt_printer",
             "cups_server", "staff_call_url", "staff_call_command")
EID_MODES = ("off", "connect", "start")
KEYBOARD_MODES = ("auto", "always", "off")
SPEECH_MODES = ("auto", "headset", "speaker", "off")


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read the settings file (if any) and apply ``overrides`` on top."""
    explicit = path is not None
    path = path or default_config_file()
    values: dict[str, Any] = {}
    if path.exists():
        import tomllib  # only a terminal with a settings file pays for the TOML parser

        try:
            with path.open("rb") as fh:
                raw = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(
                N_("Config", "The settings file {path} is not valid TOML ({error}). "
                   "Fix the line named in the error, or remove the file to use the defaults.")
                .format(path=str(path), error=str(exc))
            ) from exc
        except OSError as exc:
            raise ConfigError(
                N_("Config", "The settings file {path} cannot be read ({error}). "
                   "Check that it exists and that the kiosk user may read it.")
                .format(path=str(path), error=exc.strerror or str(exc))
            ) from exc
        values = _check(raw.get("kiosk", raw), path)
    elif explicit:
        raise ConfigError(
            N_("Config", "The settings file {path} does not exist. "
               "Give the path of an existing file, or leave out --config to use the defaults.")
            .format(path=str(path))
        )
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)


def _check(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    known = set(_INT_KEYS) | set(_STR_KEYS) | {"languages"} | set(_PATH_KEYS) | set(_DIR_KEYS)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            raise ConfigError(
                N_("Config", "Unknown setting '{key}' in {path}. Known settings: {known}.")
                .format(key=key, path=str(path), known=", ".join(sorted(known)))
            )
        if key in _INT_KEYS:
            low, high = _INT_KEYS[key]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ConfigError(
                    N_("Config", "Setting '{key}' in {path} must be a whole number "
                       "from {low} to {high}.")
                    .format(key=key, path=str(path), low=low, high=high)
                )
            values[key] = value
        elif key in _STR_KEYS:
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(
                    N_("Config", "Setting '{key}' in {path} must be a non-empty text in quotes.")
                    .format(key=key, path=str(path))
                )
            values[key] = value.strip()
        elif key in _PATH_KEYS:
            if not isinstance(value, str) or not value:
                raise ConfigError(
                    N_("Config", "Setting '{key}' in {path} must be a file path in quotes.")
                    .format(key=key, path=str(path))
                )
            values[key] = Path(value).expanduser()
        elif key in _DIR_KEYS:
            if not isinstance(value, str) or not value:
                raise ConfigError(
                    N_("Config", "Setting '{key}' in {path} must be a directory path in quotes.")
                    .format(key=key, path=str(path))
                )
            values[key] = Path(value).expanduser()
        elif key == "languages":
            known_languages = catalogue().languages()
            if (not isinstance(value, list) or not value
                    or any(lang not in known_languages for lang in value)):
                raise ConfigError(
                    N_("Config", "Setting 'languages' in {path} must be a list taken from: "
                       "{known}.")
                    .format(path=str(path), known=", ".join(known_languages))
                )
            values[key] = tuple(value)
    if values.get("default_language", DEFAULT_LANGUAGE) not in catalogue().languages():
        raise ConfigError(
            N_("Config", "Setting 'default_language' in {path} must be one of: {known}.")
            .format(path=str(path), known=", ".join(catalogue().languages()))
        )
    if values.get("eid_mode", "off") not in EID_MODES:
        raise ConfigError(
            N_("Config", "Setting 'eid_mode' in {path} must be one of: {known}.")
            .format(path=str(path), known=", ".join(EID_MODES))
        )
    if values.get("onscreen_keyboard", "auto") not in KEYBOARD_MODES:
        raise ConfigError(
            N_("Config", "Setting 'onscreen_keyboard' in {path} must be one of: {known}.")
            .format(path=str(path), known=", ".join(KEYBOARD_MODES))
        )
    if values.get("speech_output", "auto") not in SPEECH_MODES:
        raise ConfigError(
            N_("Config", "Setting 'speech_output' in {path} must be one of: {known}.")
            .format(path=str(path), known=", ".join(SPEECH_MODES))
        )
    _check_payment(values, path)
    staff_url = str(values.get("staff_call_url", ""))
    if staff_url and staff_url.split(":", 1)[0] not in ("http", "https"):
        raise ConfigError(
            N_("Config", "Setting 'staff_call_url' in {path} must be an http:// or https:// "
               "address.").format(path=str(path)))
    if values.get("idle_warning_s", 20) >= values.get("idle_timeout_s", 120):
        raise ConfigError(
            N_("Config", "In {path}, 'idle_warning_s' must be shorter than 'idle_timeout_s'.")
            .format(path=str(path))
        )
    return values


_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")


def _check_payment(values: dict[str, Any], path: Path) -> None:
    terminal = values.get("payment_terminal", "")
    host, _, port = terminal.rpartition(":")
    if terminal and (not host or not port.isdigit() or not 0 < int(port) < 65536):
        raise ConfigError(N_("Config", "Setting 'payment_terminal' in {path} must be the card "
                             "terminal's address as \"host:port\", e.g. \"192.168.1.20:20007\".")
                          .format(path=str(path)))
    password = values.get("payment_terminal_password", "000000")
    if len(password) != 6 or not password.isdigit():
        raise ConfigError(N_("Config", "Setting 'payment_terminal_password' in {path} must be "
                             "the terminal's six-digit password, e.g. \"000000\".")
                          .format(path=str(path)))
    iban = values.get("payee_iban", "").replace(" ", "")
    if iban and not _IBAN.fullmatch(iban):
        raise ConfigError(N_("Config", "Setting 'payee_iban' in {path} is not an IBAN. Write it "
                             "as on the office's bank statement, e.g. \"DE02120300000000202051\".")
                          .format(path=str(path)))
    if iban:
        values["payee_iban"] = iban
        if not values.get("payee_name"):
            raise ConfigError(N_("Config", "In {path}, 'payee_iban' needs 'payee_name' (the "
                                 "account holder, as the bank knows it).").format(path=str(path)))
    printer = values.get("receipt_printer", "")
    if printer and not (printer.startswith("cups://") and len(printer) > 7) and not (
            printer.startswith("escpos://") and printer.rpartition(":")[2].isdigit()):
        raise ConfigError(N_("Config", "Setting 'receipt_printer' in {path} must be "
                             "\"cups://QUEUE\" or \"escpos://HOST:PORT\".")
                          .format(path=str(path)))
    xbezahl = [k for k in ("xbezahl_url", "xbezahl_originator_id", "xbezahl_endpoint_id",
                           "xbezahl_client_id", "xbezahl_client_secret") if values.get(k)]
    if xbezahl and len(xbezahl) != 5:
        raise ConfigError(N_("Config", "In {path}, paying by phone needs all of xbezahl_url, "
                             "xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and "
                             "xbezahl_client_secret.").format(path=str(path)))
