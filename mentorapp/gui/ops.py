"""Long work off the GUI thread: run a function on a worker, report back on the GUI thread.

Like Anki's operations: the function gets no widget and touches no widget; its result
or error reaches ``on_success`` / ``on_failure`` on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # reported to the GUI thread, never lost
            log.debug("op failed: %s", type(exc).__name__)
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


_running: set[_Relay] = set()


def run_op(
    func: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    parent: QObject | None = None,
) -> None:
    """Run ``func`` on the shared thread pool; call back on the GUI thread."""
    relay = _Relay(parent)
    _running.add(relay)

    def done_ok(result: object) -> None:
        _running.discard(relay)
        on_success(result)

    def done_failed(exc: object) -> None:
        _running.discard(relay)
        assert isinstance(exc, BaseException)
        on_failure(exc)

    relay.succeeded.connect(done_ok)
    relay.failed.connect(done_failed)
    QThreadPool.globalInstance().start(_Job(func, relay))


def running_count() -> int:
    return len(_running)


def format_for_log(exc: BaseException) -> str:
    """The error's type and where it happened - never its message, which may hold text."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"
