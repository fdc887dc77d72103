"""The one thread that owns a device, and the check that a call is made on it.

pyscard, the AusweisApp WebSocket and the scan inbox folder are each used by
one thread only (docs/architecture.md, *Threads*). ``OwnedThread`` is that
thread: a single-worker executor whose thread starts in the constructor and
records who it is before it runs anything, so its identity is known from the
moment the worker exists — never taken from whoever calls first.
``assert_owner()`` raises ``WrongThread``, naming both threads, when the
caller is any other thread (it also works under ``python -O``, unlike
``assert``). ``Owner.here()`` records the current thread for an object
created on its owner's thread (a card channel is owned by the thread that
opened it). Qt-free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
_START_S = 10.0


class WrongThread(RuntimeError):
    """A device was used from a thread that does not own it: a bug, never the citizen's."""


@dataclass(frozen=True)
class Owner:
    """The thread that may use something (``what``: said in the error)."""

    what: str
    ident: int
    name: str

    @classmethod
    def here(cls, what: str) -> Owner:
        """The calling thread."""
        return cls(what, threading.get_ident(), threading.current_thread().name)

    @property
    def is_current(self) -> bool:
        return threading.get_ident() == self.ident

    def check(self) -> None:
        if not self.is_current:
            raise WrongThread(f"{self.what} is used on thread {self.name!r} only, not on "
                              f"{threading.current_thread().name!r}")


def _nothing() -> None:
    return None


class OwnedThread:
    """One named worker thread (``name_0``) that alone uses ``what``."""

    def __init__(self, name: str, what: str) -> None:
        self.what = what
        self._owner: Owner | None = None
        self._started = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name,
                                        initializer=self._claim)
        self._pool.submit(_nothing)  # the thread starts now, not at the first job

    def _claim(self) -> None:  # runs on the new thread before its first job
        self._owner = Owner.here(self.what)
        self._started.set()

    @property
    def owner(self) -> Owner:
        """The worker thread (waits the moment it takes to start)."""
        if not self._started.wait(_START_S):
            raise RuntimeError(f"the thread for {self.what} did not start")
        assert self._owner is not None
        return self._owner

    def assert_owner(self) -> None:
        """Raise ``WrongThread`` unless called on this worker thread."""
        owner = self._owner
        if owner is None:  # not started yet: whoever calls, it is not the worker
            raise WrongThread(f"{self.what} is used on its own thread only, not on "
                              f"{threading.current_thread().name!r}")
        owner.check()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn`` on the worker; raises RuntimeError after ``shutdown``."""
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, *, wait: bool = True, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
