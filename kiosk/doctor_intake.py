"""``buergerbuero doctor``: the intake server's TLS certificate and the clock against it.

One HTTP(S) request to ``intake_url``: over https the server's certificate is verified
as the sync does (``intake_ca_file``, else the system's CAs) and its remaining validity
compared with ``--days``; the response's ``Date`` header (RFC 9110: every origin server
with a clock sends one) against this machine's clock. A terminal whose clock is off
signs with wrong times and, minutes off, fails TLS and token checks.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ssl
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Final
from urllib.parse import urlsplit

from kiosk.doctor_check import FAIL, OK, WARN, Check
from kiosk.settings import Settings

TIMEOUT_S: Final = 5.0
SKEW_WARN_S, SKEW_FAIL_S = 30.0, 300.0
CLOCK_FIX: Final = ("turn on time synchronisation: timedatectl set-ntp true (systemd-"
                    "timesyncd or chrony, with the city's NTP server)")


def _days_left(der: bytes, now: dt.datetime) -> tuple[float, str]:
    from cryptography import x509  # the certificates' library: for this check only

    cert = x509.load_der_x509_certificate(der)
    return ((cert.not_valid_after_utc - now).total_seconds() / 86400,
            cert.subject.rfc4514_string())


def check_intake_transport(settings: Settings, days: int, *,
                           clock: Callable[[], float] = time.time) -> list[Check]:
    """["intake TLS" (https only), "clock"]."""
    url = urlsplit(settings.intake_url)
    https = url.scheme == "https"
    host, port = url.hostname or "", url.port or (443 if https else 80)
    conn: http.client.HTTPConnection
    if https:
        try:
            context = ssl.create_default_context(cafile=settings.intake_ca_file or None)
        except (OSError, ssl.SSLError) as exc:
            return [Check("intake TLS", FAIL, f"intake_ca_file cannot be used ({exc})",
                          "put the intake CA's PEM certificate at intake_ca_file")]
        conn = http.client.HTTPSConnection(host, port, timeout=TIMEOUT_S, context=context)
    else:
        conn = http.client.HTTPConnection(host, port, timeout=TIMEOUT_S)
    checks: list[Check] = []
    try:
        try:
            conn.connect()
        except ssl.SSLCertVerificationError as exc:
            return [Check("intake TLS", FAIL, f"{host}:{port}: {exc.verify_message}",
                          "the server's certificate must chain up to intake_ca_file (or "
                          "the system's CAs) and name the host of intake_url")]
        except ssl.SSLError as exc:  # it answers, but the TLS handshake fails
            return [Check("intake TLS", FAIL, f"{host}:{port}: TLS handshake failed "
                          f"({exc.reason or type(exc).__name__})",
                          "intake_url must name the server's TLS port (https://HOST:PORT)")]
        except OSError as exc:
            return [Check("clock", WARN, f"cannot tell: {host}:{port} does not answer "
                          f"({type(exc).__name__})", "see the intake server check")]
        if https and isinstance(conn.sock, ssl.SSLSocket):
            der = conn.sock.getpeercert(binary_form=True) or b""
            left, subject = _days_left(der, dt.datetime.now(dt.UTC))
            detail = f"{subject} valid for {left:.0f} more days ({conn.sock.version()})"
            if left < days:
                checks.append(Check("intake TLS", WARN, detail, "the intake server's "
                                    f"certificate should be valid for {days} days: renew it"))
            else:
                checks.append(Check("intake TLS", OK, detail))
        before = clock()
        try:
            conn.request("HEAD", url.path or "/", headers={"User-Agent": "buergerbuero-doctor"})
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            return [*checks, Check("clock", WARN, f"cannot tell: {host}:{port} did not answer "
                                   f"({type(exc).__name__})", "see the intake server check")]
        after = clock()
        checks.append(_skew(response.getheader("Date"), (before + after) / 2, after - before))
    finally:
        conn.close()
    return checks


def _skew(header: str | None, local: float, round_trip: float) -> Check:
    if not header:
        return Check("clock", WARN, "cannot tell: the intake server sends no Date header",
                     "compare 'date -u' with a trusted clock; " + CLOCK_FIX)
    try:
        server = parsedate_to_datetime(header).timestamp()
    except (TypeError, ValueError):
        return Check("clock", WARN, f"cannot tell: the intake server's Date header "
                     f"{header[:40]!r} is not a date", "compare 'date -u' with a trusted clock")
    # The header has whole seconds, cut off: the server's clock read server + 0.5 s on
    # average, give or take half a second and half the round trip (no skew within that).
    skew = local - (server + 0.5)
    slack = 0.5 + round_trip / 2
    seen = 0.0 if abs(skew) <= slack else skew
    detail = (f"this terminal's clock is {abs(seen):.0f} s "
              f"{'ahead of' if seen > 0 else 'behind'} the intake server's"
              if seen else "this terminal's clock agrees with the intake server's")
    if abs(seen) > SKEW_FAIL_S:
        return Check("clock", FAIL, detail, CLOCK_FIX)
    if abs(seen) > SKEW_WARN_S:
        return Check("clock", WARN, detail, CLOCK_FIX)
    return Check("clock", OK, detail)
