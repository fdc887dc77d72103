"""The clerk's side: pair with a tablet, send a PDF, wait for it to come back signed.

``buergerbuero sign-request --tablet URL --pdf FILE --out FILE`` uses this.
"""

from __future__ import annotations

import argparse
import base64
import sys
import time
from pathlib import Path
from typing import Any


class TabletError(RuntimeError):
    pass


class TabletClient:
    def __init__(self, url: str, token: str | None = None, cafile: str | None = None) -> None:
        import requests

        self.url, self.token = url.rstrip("/"), token
        self.session = requests.Session()
        self.verify: str | bool = cafile or True  # passed per call: the environment's
        # REQUESTS_CA_BUNDLE would otherwise win over a session-wide setting

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        import requests

        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = self.session.request(method, self.url + path, headers=headers,
                                            timeout=kwargs.pop("timeout", 30),
                                            verify=self.verify, **kwargs)
        except requests.RequestException as exc:
            raise TabletError(f"the tablet at {self.url} cannot be reached: {exc}") from exc
        if response.status_code >= 400:
            try:
                message = response.json().get("error", response.text)
            except ValueError:
                message = response.text
            raise TabletError(f"the tablet refused ({response.status_code}): {message}")
        return response

    def pair(self, code: str) -> str:
        self.token = str(self._call("POST", "/api/v1/pair", json={"code": code}).json()["token"])
        return self.token

    def submit(self, pdf: bytes, fields: list[dict[str, Any]] | None = None,
               signer_name: str = "", title: str = "") -> str:
        body: dict[str, Any] = {"pdf": base64.b64encode(pdf).decode("ascii"),
                                "signer_name": signer_name, "title": title}
        if fields:
            body["fields"] = fields
        return str(self._call("POST", "/api/v1/documents", json=body).json()["id"])

    def status(self, job_id: str, wait_s: float = 0) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", f"/api/v1/documents/{job_id}",
                                            params={"wait": wait_s},
                                            timeout=wait_s + 30).json()
        return result

    def wait(self, job_id: str, timeout_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while True:
            left = deadline - time.monotonic()
            status = self.status(job_id, wait_s=max(0.0, min(25.0, left)))
            if status["state"] != "waiting" or left <= 0:
                return status

    def fetch(self, job_id: str) -> bytes:
        return bytes(self._call("GET", f"/api/v1/documents/{job_id}/pdf").content)

    def cancel(self, job_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("DELETE", f"/api/v1/documents/{job_id}").json()
        return result


def parse_field(text: str) -> dict[str, Any]:
    """NAME, or NAME:PAGE:X1,Y1,X2,Y2 (page from 1, rectangle in PDF points)."""
    name, _, rest = text.partition(":")
    if not rest:
        return {"name": name}
    page, _, rect = rest.partition(":")
    return {"name": name, "page": int(page), "rect": [float(v) for v in rect.split(",")]}


def add_commands(sub: Any) -> None:
    cmd = sub.add_parser("sign-request", help="send a PDF to the counter tablet, get it signed")
    cmd.add_argument("--tablet", required=True, metavar="URL")
    cmd.add_argument("--pdf", required=True, type=Path, metavar="FILE")
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE")
    cmd.add_argument("--code", help="pairing code shown on the tablet (first use)")
    cmd.add_argument("--token", help="bearer token from an earlier pairing")
    cmd.add_argument("--field", action="append", default=[], metavar="NAME[:PAGE:X1,Y1,X2,Y2]",
                     help="field to sign; new fields need a page and rectangle")
    cmd.add_argument("--signer", default="", help="the signer's name shown under the ink")
    cmd.add_argument("--timeout", type=float, default=600, help="seconds to wait")
    cmd.add_argument("--cafile", help="CA certificate for a tablet with TLS")
    cmd.set_defaults(func=cmd_sign_request)


def cmd_sign_request(args: argparse.Namespace) -> int:
    client = TabletClient(args.tablet, args.token, args.cafile)
    try:
        if args.code:
            token = client.pair(args.code)
            print(f"paired; reuse with --token {token}", file=sys.stderr)
        elif not args.token:
            print("error: give --code (shown on the tablet) or --token", file=sys.stderr)
            return 2
        job_id = client.submit(args.pdf.read_bytes(), [parse_field(f) for f in args.field],
                               args.signer, args.pdf.stem)
        print(f"sent to the tablet as {job_id}; waiting for the signature", file=sys.stderr)
        status = client.wait(job_id, args.timeout)
        if status["state"] == "waiting":
            client.cancel(job_id)
            print("error: no signature in time; the request was cancelled", file=sys.stderr)
            return 1
        if status["state"] != "signed":
            print(f"error: {status['state']}: {status.get('reason') or ''}", file=sys.stderr)
            return 1
        args.out.write_bytes(client.fetch(job_id))
    except (TabletError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(args.out)
    return 0
