"""Fakes and sandboxes of devices for the demo, the walkthrough and the tests.

Not part of the product (the wheel leaves ``devices/tools`` out); no product
module imports them. ``zvt_fake``: a ZVT card terminal simulator (a fake that
follows PA00P015's bytes); ``cups_sandbox``: a private CUPS daemon with a
cups-pdf printer; ``escpos_recorder``: a loopback ESC/POS printer that records.
"""
