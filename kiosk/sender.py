"""The FIT-Connect sender as the site configures it: one place builds its HTTP client.

:func:`client_factory` returns what :class:`sync.worker.SyncWorker` calls to make an
:class:`sync.protocol.IntakeClient`: the intake URL and CA, the destination key's
trust root and CRLs, and — where ``fitconnect_token_url`` is set — one shared
:class:`sync.oauth.ClientCredentials` (the token is cached across the clients the
worker makes after errors, and refreshed before it expires). The client secret is
read from ``fitconnect_client_secret_file``, which must be mode 0600.

:func:`service_facts` is what the worker asks for a record without FIT-Connect service
facts (queued by a release before FIT-Connect v2): its form's Leika key, name and
Fachdaten schema, as the record would carry them today.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from forms.fachdaten import fit_connect_block
from forms.loader import shipped_forms
from kiosk.base.errors import ConfigError
from kiosk.settings import Settings
from kiosk.settings_files import FILE_UNUSABLE
from sync.keycheck import KeyTrust
from sync.oauth import ClientCredentials, SecretFileRefused, load_secret
from sync.protocol import IntakeClient


def token_source(settings: Settings, token_url: str | None = None) -> ClientCredentials | None:
    """The configured client credentials, or None where no token endpoint is set."""
    url = token_url or settings.fitconnect_token_url
    if not url:
        return None
    secret_file = settings.fitconnect_client_secret_file
    if not settings.fitconnect_client_id or secret_file is None:
        raise ConfigError(FILE_UNUSABLE.format(
            path=str(secret_file or "-"), key="fitconnect_client_secret_file",
            error="fitconnect_token_url needs fitconnect_client_id and this file"))
    try:
        secret = load_secret(secret_file)
    except SecretFileRefused as exc:
        raise ConfigError(FILE_UNUSABLE.format(path=str(secret_file),
                                               key="fitconnect_client_secret_file",
                                               error=str(exc))) from exc
    return ClientCredentials(url, settings.fitconnect_client_id, secret)


def client_factory(settings: Settings, *, url: str | None = None, ca_file: str | None = None,
                   key_trust: KeyTrust | None = None, token_url: str | None = None,
                   timeout_s: float = 10.0) -> Callable[[], IntakeClient]:
    """What the sync worker calls for a client (arguments override the settings)."""
    base = url or settings.intake_url
    ca = ca_file or settings.intake_ca_file or None
    trust = key_trust or KeyTrust(settings.intake_key_root, settings.intake_key_crl)
    tokens: list[ClientCredentials | None] = []  # made once, on the sync thread

    def make() -> IntakeClient:
        # A secret file that cannot be used raises here, in the worker (which retries
        # with backoff and logs the reason), never where the kiosk starts.
        if not tokens:
            tokens.append(token_source(settings, token_url))
        return IntakeClient(base, timeout_s, ca_file=ca, key_trust=trust, tokens=tokens[0])

    return make


def service_facts(record: dict[str, Any]) -> dict[str, str] | None:
    """The ``fit_connect`` block of the record's form (None: no such form, or it has no
    Leika key: the sender then refuses the item with the reason, as before)."""
    form = shipped_forms().get(str(record.get("form_id") or record.get("service_id") or ""))
    return None if form is None else fit_connect_block(form)
