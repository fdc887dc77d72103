"""The ZVT card terminal (ECR interface PA00P015 over TCP/IP, PA00P016). Qt-free.

``apdu`` frames and the ACK, ``bmp`` the bitmaps and the TLV container,
``codes`` the result and intermediate-status codes with their messages,
``transport`` the channel seam (TCP, or a test's socket) and its redacted trace,
``client`` the ECR's side of each command, ``terminal`` the one worker thread.
"""
