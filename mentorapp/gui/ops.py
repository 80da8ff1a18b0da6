"""Service calls off the GUI thread, and the one signal that tells views what changed.

Like Anki's operations: the function gets no widget and touches no widget; its result
or error reaches ``on_success`` / ``on_failure`` on the GUI thread. A write
(``run_write``) returns a service ``Outcome``; ``on_success`` gets its value, then its
``Changes`` go out on ``vault_events().changed`` (so the writer can say, say, which new
mentee to select before the list reloads), and every view that shows those
records refreshes itself from that signal (Anki's ``operation_did_execute``) instead of
the writer refreshing other views by hand.
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mentorapp.services.changes import Changes, Outcome
from mentorapp.store.errors import VaultTakenOver

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
        started = time.perf_counter()
        try:
            result = self.func()
        except BaseException as exc:  # reported to the GUI thread, never lost
            took = (time.perf_counter() - started) * 1000
            # The diagnostic log keeps the function as module:qualname and the error's type.
            log.debug("op %s failed after %.0f ms: %s", self.func, took, type(exc))
            self._report(self.relay.failed, exc)
        else:
            took = (time.perf_counter() - started) * 1000
            log.debug("op %s took %.0f ms", self.func, took)
            self._report(self.relay.succeeded, result)

    def _report(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the relay's owner (a closed dialog) is gone: nobody to tell
            log.debug("op finished after its owner was deleted")


_running: set[_Relay] = set()


def run_op(
    func: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    parent: QObject | None = None,
) -> None:
    """Run ``func`` on the shared thread pool; call back on the GUI thread.

    The callbacks are skipped when ``parent`` was deleted meanwhile (a dialog closed
    while it saved): they would reach into widgets that are gone.
    """
    relay = _Relay(None)
    _running.add(relay)

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def done_ok(result: object) -> None:
        _running.discard(relay)
        if alive():
            on_success(result)

    def done_failed(exc: object) -> None:
        _running.discard(relay)
        assert isinstance(exc, BaseException)
        if isinstance(exc, VaultTakenOver):  # whoever asked: the window must know
            vault_events().taken_over.emit(exc)
        if alive():
            on_failure(exc)
        else:
            log.warning("op failed after its window closed: %s", format_for_log(exc))

    relay.succeeded.connect(done_ok)
    relay.failed.connect(done_failed)
    QThreadPool.globalInstance().start(_Job(func, relay))


T = TypeVar("T")


class VaultEvents(QObject):
    """Emits ``changed(Changes)`` on the GUI thread after every successful write, and
    ``taken_over(VaultTakenOver)`` when any call found that another computer took the
    vault's lock over (the window then turns read-only; see gui/sync/window.py)."""

    changed = Signal(object)
    taken_over = Signal(object)


_events: VaultEvents | None = None


def vault_events() -> VaultEvents:
    global _events
    if _events is None:
        _events = VaultEvents()
    return _events


def announce(changes: Changes) -> None:
    """Tell every view what a write changed (GUI thread only)."""
    if changes.areas:
        vault_events().changed.emit(changes)


def run_write(
    func: Callable[[], Outcome[T]],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    *,
    parent: QObject | None = None,
) -> None:
    """Run a service write off the GUI thread; ``on_success``, then announce its changes."""

    def alive() -> bool:
        return parent is None or shiboken6.isValid(parent)

    def done(outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        try:
            if alive():
                on_success(outcome.value)
        finally:
            announce(outcome.changes)  # what was written changed, whoever asked

    def failed(exc: BaseException) -> None:
        if alive():
            on_failure(exc)
        else:
            log.warning("write failed after its window closed: %s", format_for_log(exc))

    # No parent for the relay: the changes are announced even when the caller is gone.
    run_op(func, done, failed, parent=None)


def write_now(func: Callable[[], Outcome[T]]) -> T:
    """Run a service write on the GUI thread and announce it.

    Only for the flush of pending edits right before the vault locks, closes or shows
    another mentee: that write must be finished before the key is dropped, so waiting
    for it is the point. It is a single small UPDATE (a few milliseconds).
    """
    try:
        outcome = func()
    except VaultTakenOver as exc:
        vault_events().taken_over.emit(exc)
        raise
    announce(outcome.changes)
    return outcome.value


def running_count() -> int:
    return len(_running)


def format_for_log(exc: BaseException) -> str:
    """The error's type and where it happened - never its message, which may hold text."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"
