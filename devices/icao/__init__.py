"""ICAO 9303 chip reading (eMRTD): BAC, PACE, secure messaging, LDS, passive authentication.

Qt-free and pyscard-free: everything here talks to a card through the small
``Transport`` seam of ``devices.pcsc`` (``transmit(apdu) -> (data, sw)``), so the
protocol code runs the same against a reader, the emulator or a scripted fake.
"""
