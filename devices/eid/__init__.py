"""The German eID online function through the official AusweisApp (Qt-free).

AusweisApp runs on the terminal and is driven through its SDK: JSON commands
and messages over a WebSocket (``ws://127.0.0.1:24727/eID-Kernel``).

- ``messages``: the SDK's messages as typed values, commands as JSON, the
  ``Secret`` that carries a PIN without ever showing it.
- ``sdk``: one connection (a transport seam, the WebSocket behind it).
- ``workflow``: RUN_AUTH and RUN_CHANGE_PIN, asking an ``EidHandler`` for
  consent, PIN, CAN and PUK (a Qt handler in ``ui``, a text one for the CLI,
  a scripted one for tests).
- ``ausweisapp``: starting AusweisApp headless when the kiosk is told to.
- ``service``: the one ``eid`` worker thread that owns all of the above.
"""
