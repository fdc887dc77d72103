"""The office's figures: what each session did, never who it was (Qt-free).

- ``feedback``: the satisfaction question's faces and reasons (texts of the catalogue);
- ``session``: one session's facts as the window reports them (``SessionRecorder``);
- ``store``: the SQLite file under the data directory (``stats.sqlite3``);
- ``report``: the aggregated figures (``buergerbuero stats report``), ``figures`` the
  same as Prometheus samples, ``pdf`` as charts.

What is never stored: the Vorgangsnummer, any answer, names, the identity, times finer
than the hour (docs/office.md).
"""
