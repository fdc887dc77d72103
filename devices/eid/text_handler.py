"""The command line's prompts for AusweisApp workflows (``eid change-pin``)."""

from __future__ import annotations

import getpass

from devices.eid.messages import AccessRights, Certificate, Reader, Secret, Status
from devices.eid.workflow import EidHandlerBase, SecretKind, SecretRequest

_PROMPTS = {
    SecretKind.PIN: "PIN (6 digits): ",
    SecretKind.TRANSPORT_OR_PIN: "current PIN or transport PIN (6 or 5 digits): ",
    SecretKind.CAN: "CAN (6 digits, printed on the front of the card): ",
    SecretKind.PUK: "PUK (10 digits, from the PIN letter): ",
    SecretKind.NEW_PIN: "new PIN (6 digits): ",
}


class TextHandler(EidHandlerBase):
    """Prompts on the terminal; the secret is read without echo."""

    def confirm_access_rights(self, rights: AccessRights, certificate: Certificate) -> bool:
        print(f"{certificate.subject_name} ({certificate.subject_url}) asks to read:")
        for right in rights.effective:
            print(f"  - {right}")
        return input("Allow? [y/N] ").strip().lower() in ("y", "yes", "j", "ja")

    def ask_secret(self, request: SecretRequest) -> Secret | None:
        if request.error:
            print(f"AusweisApp: {request.error}")
        if request.retry_counter is not None:
            print(f"attempts left: {request.retry_counter}")
        value = getpass.getpass(_PROMPTS[request.kind])
        return Secret(value) if value else None

    def enter_on_keypad(self, request: SecretRequest) -> None:
        print(f"enter the {request.kind.name.replace('_', ' ')} on the card reader's keypad")

    def card_needed(self) -> None:
        print("place the ID card on the reader")

    def card_blocked(self, reader: Reader) -> None:
        print("this card's PIN is blocked or its online function is switched off")

    def status(self, status: Status) -> None:
        if status.progress is not None:
            print(f"{status.workflow}: {status.progress} %")
