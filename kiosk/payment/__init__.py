"""Paying the fee (docs/payment.md): the ledger, card payments at the ZVT terminal and
their recovery, the state platform's paypage (XBezahldienste), bank transfer by EPC
QR code, the parked application and the citizen's receipt. Qt-free."""
