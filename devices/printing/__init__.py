"""Receipt printers: ESC/POS thermal printers (python-escpos, network) and CUPS queues.

``receipt.ReceiptDoc`` is what gets printed (lines, a QR code); each printer
says whether it is ready with paper before a card payment starts, and prints
on the ``printer`` thread (``service.PrinterService``). Qt-free.
"""
