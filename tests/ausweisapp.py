"""The real AusweisApp2 (Debian's ausweisapp2) as a test peer, headless on a free port.

``AusweisApp2 --ui websocket --port 0`` picks a free port and writes it to
``$TMPDIR/AusweisApp2.<pid>.port``; ``devices.eid.ausweisapp`` gives it its own
HOME and TMPDIR and waits for the WebSocket. A missing binary or a start that
fails is a test FAILURE with the reason, never a skip.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.eid.ausweisapp import DEFAULT_BINARY, AusweisAppProcess
from devices.eid.sdk import EidUnavailable


@pytest.fixture(scope="module")
def ausweisapp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AusweisAppProcess]:
    """A running AusweisApp2; its ``url`` is the SDK WebSocket."""
    if shutil.which(DEFAULT_BINARY) is None:
        pytest.fail(f"{DEFAULT_BINARY} is not installed: the eID tests need the real "
                    "AusweisApp2 (Debian 12: apt-get install ausweisapp2; ./dev.sh test "
                    "installs it)")
    workdir: Path = tmp_path_factory.mktemp("ausweisapp")
    process = AusweisAppProcess(DEFAULT_BINARY, port=0, workdir=workdir)
    try:
        process.start(timeout=60)
    except EidUnavailable as exc:
        pytest.fail(f"AusweisApp2 could not be started headless: {exc.detail}")
    try:
        yield process
    finally:
        process.stop()
