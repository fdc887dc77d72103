"""Hardware adapters (card readers, pens, printers). Qt-free.

Each physical device gets one worker thread; results reach listeners as plain
callbacks, which ``ui`` turns into queued Qt signals.
"""
