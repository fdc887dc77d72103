"""The clerk's side: pair with a tablet, send a PDF, wait for it to come back signed.

``buergerbuero sign-request`` (``kiosk.commands.sign_request``) uses this.
"""

from __future__ import annotations

import base64
import socket
import time
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

    def pair(self, code: str, workstation: str | None = None) -> str:
        """A token for this workstation (its name defaults to the host's)."""
        body = {"code": code, "workstation": workstation or socket.gethostname()}
        self.token = str(self._call("POST", "/api/v1/pair", json=body).json()["token"])
        return self.token

    def unpair(self) -> None:
        self._call("DELETE", "/api/v1/pair")
        self.token = None

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
