"""One application-wide event filter for the kiosk's input watchers.

Qt calls an application's event filters for every event of every object: paint,
show, layout, polish, hundreds whenever a screen changes. A filter written in Python
is a call into Python with the object and the event wrapped each time; three of them
(the idle timer, the voice guide, the on-screen keyboard) were ~2.5 ms of the citizen's
wait for the receipt (``bench journey``). Here one filter looks at each event's type
once and passes only the input events a watcher asked for to it.

Watchers that only observe (the idle timer) see every event they asked for; those
that may consume one (a voice shortcut key) are asked in the order they registered,
the latest first, as Qt asks installed filters, until one returns True.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator

from ui.qt import QApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]
Observer = Callable[[QObject, QEvent], None]


class InputWatch(QObject):
    """The filter; get the application's with ``input_watch(app)``. A watcher goes with
    its ``owner`` (a window, a guide, a timer that Qt deletes), as an installed filter
    goes with its object."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._observers: dict[QEvent.Type, list[tuple[int, Observer]]] = {}
        self._handlers: dict[QEvent.Type, list[tuple[int, Handler]]] = {}
        self._tokens = itertools.count(1)

    def observe(self, kinds: Iterable[QEvent.Type], observer: Observer,
                owner: QObject) -> None:
        """Call ``observer`` for every event of these types (it cannot consume them)."""
        token = self._own(owner)
        for kind in kinds:
            self._observers.setdefault(kind, []).append((token, observer))

    def handle(self, kinds: Iterable[QEvent.Type], handler: Handler, owner: QObject) -> None:
        """Ask ``handler`` about every event of these types; True consumes it."""
        token = self._own(owner)
        for kind in kinds:
            self._handlers.setdefault(kind, []).insert(0, (token, handler))

    def _own(self, owner: QObject) -> int:
        # The token lives on the owner's wrapper, not in its id(): an owner's "destroyed"
        # may come after a new object has taken over its id, and must not take the new
        # one's watchers with it (a test saw the idle timer lose its input that way).
        token = getattr(owner, "_input_watch_token", None)
        if not isinstance(token, int):
            token = next(self._tokens)
            owner._input_watch_token = token  # type: ignore[attr-defined]
            owner.destroyed.connect(lambda _o=None, token=token: self._forget(token))
        return token

    def _forget(self, token: int) -> None:
        for kind, observers in self._observers.items():
            self._observers[kind] = [entry for entry in observers if entry[0] != token]
        for kind, handlers in self._handlers.items():
            self._handlers[kind] = [entry for entry in handlers if entry[0] != token]

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Out of the way while the code inside runs (one screen of the stack changing for
        another): no input arrives then, as it comes only from the event loop, and the
        show, hide, move and resize events of both screens' widgets (~300 when the
        receipt comes up) do not each call into Python. A focus change inside is not
        seen; the window gives the new screen the focus after the change."""
        try:
            app = self.parent()
        except RuntimeError:  # its application is gone (a test's)
            app = None
        if not isinstance(app, QApplication):
            yield
            return
        app.removeEventFilter(self)
        try:
            yield
        finally:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        kind = event.type()
        observers = self._observers.get(kind)
        if observers:
            for _token, observer in observers:
                observer(watched, event)
        handlers = self._handlers.get(kind)
        if handlers:
            for _token, handler in handlers:
                if handler(watched, event):
                    return True
        return False


def input_watch_paused() -> contextlib.AbstractContextManager[None]:
    """The application's input watch paused (``InputWatch.paused``), if it has one yet
    (none is made for it: before the first frame nothing watches)."""
    watch = _made[-1] if _made else None
    return watch.paused() if watch is not None else contextlib.nullcontext()


_made: list[InputWatch] = []  # the application's watch, once made (findChild costs ~10 ms at first)


def input_watch(app: QApplication) -> InputWatch:
    """``app``'s one input watch, installed the first time it is asked for."""
    watch = app.findChild(InputWatch)
    if watch is None:
        watch = InputWatch(app)
        app.installEventFilter(watch)
        _made[:] = [watch]
    return watch
