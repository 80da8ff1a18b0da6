"""The plan tab's writes: off the GUI thread, one at a time, in the order the coach made them.

Every edit of the shown draft raises ``generation``. A write that carries the draft's
text (an autosave, a lifecycle step taken on the draft) holds the generation current
when it started; the draft is clean when the store holds the newest one. While a write
is on its way the coach keeps typing: the write cannot mark newer text as saved, and the
next autosave starts when it lands.

Only ``flush`` writes on the GUI thread (before lock, quit, another mentee or version).
A lock shared with the worker keeps it in order with a write still on its way: an
autosave that the flush overtook finds its text already stored and writes nothing.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer

from mentorapp.domain.model import DevelopmentPlan
from mentorapp.gui.ops import run_write, write_now
from mentorapp.services import plans
from mentorapp.services.changes import NOTHING, Outcome
from mentorapp.store.vault import Vault

AUTOSAVE_MS = 800

Job = Callable[[], Outcome[Any]]


@dataclass
class _Write:
    prepare: Callable[[], Job | None]  # at its turn, on the GUI thread: the call, or None
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]
    holds_draft: bool  # the call stores the draft's text as typed when it started
    autosave: bool  # it only stores the draft: moot once a newer text is stored


class PlanWriter(QObject):
    """Queues the tab's writes and autosaves the draft ``AUTOSAVE_MS`` after the last edit."""

    def __init__(
        self,
        draft: Callable[[], DevelopmentPlan | None],
        on_saved: Callable[[DevelopmentPlan], None],
        on_failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        """``draft`` gives the editable plan as typed now (None when none is shown);
        ``on_saved`` / ``on_failed`` hear how each autosave ended."""
        super().__init__(parent)
        self.vault: Vault | None = None
        self._draft = draft
        self._on_saved = on_saved
        self._on_failed = on_failed
        self.generation = 0  # edits made (GUI thread)
        self.saved = 0  # the newest generation known to be stored (GUI thread)
        self._stored = 0  # the same, as the writes see it (under _lock)
        self._lock = threading.RLock()
        self._waiting: deque[_Write] = deque()
        self._running: _Write | None = None
        self._epoch = 0  # raised when another plan is shown: older results are not shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_soon)

    @property
    def dirty(self) -> bool:
        return self.generation > self.saved

    @property
    def busy(self) -> bool:
        """A write other than an autosave is waiting or on its way."""
        writes = [*self._waiting, *([self._running] if self._running else [])]
        return any(not w.autosave for w in writes)

    def edited(self) -> None:
        """The coach typed: save once they pause."""
        self.generation += 1
        self._timer.start(AUTOSAVE_MS)

    def changed(self) -> None:
        """A list changed (a goal added, ...): save at once."""
        self.generation += 1
        self.save_soon()

    def shown(self) -> None:
        """Another plan (or none) is on screen: nothing of it is unsaved, drop what waits."""
        self._timer.stop()
        self._waiting.clear()
        self._epoch += 1
        self.saved = self.generation

    def save_soon(self) -> None:
        self._timer.stop()
        if self.dirty and not any(w.autosave for w in self._waiting):
            self._queue(
                _Write(self._prepare_autosave, self._autosaved, self._on_failed, True, True)
            )

    def _prepare_autosave(self) -> Job | None:
        plan, vault = self._draft(), self.vault
        if plan is None or vault is None or not self.dirty:
            return None
        return lambda: plans.save_draft(vault, plan)

    def _autosaved(self, stored: DevelopmentPlan | None) -> None:
        if stored is not None:
            self._on_saved(stored)

    def submit(
        self,
        prepare: Callable[[], Job | None],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        holds_draft: bool = False,
    ) -> None:
        """Queue a write; ``prepare`` runs at its turn and returns the service call."""
        self._queue(_Write(prepare, on_success, on_failure, holds_draft, False))

    def _queue(self, write: _Write) -> None:
        self._waiting.append(write)
        self._next()

    def _next(self) -> None:
        while self._running is None and self._waiting:
            write = self._waiting.popleft()
            held = self.generation
            call = write.prepare()
            if call is None:
                continue
            self._running = write
            epoch = self._epoch

            def job(call: Job = call, held: int = held, write: _Write = write) -> Outcome[Any]:
                with self._lock:
                    if write.autosave and held <= self._stored:
                        return Outcome(None, NOTHING)  # a flush already stored this text
                    outcome = call()
                    if write.holds_draft:
                        self._stored = max(self._stored, held)
                    return outcome

            def landed(
                value: Any, held: int = held, write: _Write = write, epoch: int = epoch
            ) -> None:
                self._running = None
                if write.holds_draft and epoch == self._epoch:
                    self.saved = max(self.saved, held)
                if epoch == self._epoch:
                    write.on_success(value)
                self._next()  # an autosave asked for meanwhile waits here

            def failed(exc: BaseException, write: _Write = write, epoch: int = epoch) -> None:
                self._running = None
                if epoch == self._epoch:
                    write.on_failure(exc)
                self._next()

            run_write(job, landed, failed, parent=self)

    def flush(self) -> DevelopmentPlan | None:
        """Store the draft now, on this thread; the stored plan, or None if nothing was due.

        Raises what the store raised; the text stays in the form and stays unsaved.
        """
        self._timer.stop()
        self._waiting = deque(w for w in self._waiting if not w.autosave)
        plan, vault, held = self._draft(), self.vault, self.generation
        if not self.dirty or plan is None or vault is None:
            return None
        with self._lock:
            if held <= self._stored:
                stored = None
            else:
                stored = write_now(lambda: plans.save_draft(vault, plan))
                self._stored = held
        self.saved = held
        return stored
