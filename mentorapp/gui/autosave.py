"""Autosave for an editor of one record: off the GUI thread while the coach types.

The session editor's rules, for any record with a service ``save``: a save starts
``IDLE_MS`` after the last edit and at the latest ``MAX_MS`` after the first unsaved
one. Every edit raises a generation; a save marks the editor clean only if no edit came
in while it was under way. ``save_now`` (before a lock, a quit or another record is
shown) waits for a save in flight through a lock, so an older snapshot can never be
written after a newer one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_time
from mentorapp.gui.ops import format_for_log, run_write, write_now
from mentorapp.gui.style import set_message
from mentorapp.services.changes import Outcome
from mentorapp.store.errors import VaultError
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

IDLE_MS = 800
MAX_MS = 2000
RETRY_MS = 5000


def show_saved(label: QLabel) -> None:
    """An editor's save state after a save: "Saved at 10:32." (not read out while typing)."""
    text = QCoreApplication.translate("SaveState", "Saved at {time}.")
    set_message(label, text.format(time=short_time(datetime.now())), error=False, speak=False)


def show_save_failed(label: QLabel, exc: BaseException) -> None:
    """Why a save failed, and that the typed text is kept (read out: it matters)."""
    kept = QCoreApplication.translate(
        "SaveState", "Your text is still here; it will be saved when possible."
    )
    set_message(label, f"{error_message(exc)} {kept}", error=True)


class Autosaver(QObject):
    """Saves ``current()`` with ``save(vault, record)``; says ``saved`` or ``failed``."""

    saved = Signal(object)  # the record as stored
    failed = Signal(object)  # the exception (the text stays in the editor)

    def __init__(
        self,
        current: Callable[[], Any],
        save: Callable[[Vault, Any], Outcome[Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self._current = current
        self._save = save
        self._dirty = False
        self._edits = 0
        self._epoch = 0  # raised when another record is shown: older saves say nothing
        self._dirty_since = QElapsedTimer()
        self._write_lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def edited(self) -> None:
        """The coach changed something: save once they pause (or type on too long)."""
        self._edits += 1
        if not self._dirty:
            self._dirty = True
            self._dirty_since.start()
        remaining = MAX_MS - self._dirty_since.elapsed()
        self._timer.start(max(0, min(IDLE_MS, remaining)))

    def shown(self, vault: Vault | None) -> None:
        """Another record (or none) is in the editor, as stored: nothing is unsaved."""
        self._timer.stop()
        self.vault = vault
        self._dirty = False
        self._epoch += 1

    def _autosave(self) -> None:
        vault = self.vault
        record = self._current()
        if not self._dirty or vault is None or not vault.is_open or record is None:
            return
        generation, epoch, lock = self._edits, self._epoch, self._write_lock

        def write() -> Outcome[Any]:
            with lock:
                return self._save(vault, record)

        run_write(
            write,
            lambda stored: self._landed(stored, generation, epoch),
            lambda exc: self._failed(exc, epoch),
            parent=self,
        )

    def _landed(self, stored: object, generation: int, epoch: int) -> None:
        if epoch != self._epoch:
            return  # another record is shown; the flush before it saved the rest
        if generation != self._edits:
            return  # typed on while saving: the timer saves the newer text
        self._dirty = False
        self.saved.emit(stored)

    def _failed(self, exc: BaseException, epoch: int) -> None:
        log.warning("autosave failed: %s", format_for_log(exc))
        if epoch == self._epoch:
            self.failed.emit(exc)
            self._timer.start(RETRY_MS)

    def save_now(self) -> bool:
        """Write pending edits now, on this thread; True when nothing is left unsaved."""
        self._timer.stop()
        vault = self.vault
        record = self._current()
        if not self._dirty or vault is None or not vault.is_open or record is None:
            return not self._dirty
        try:
            with self._write_lock:
                stored = write_now(lambda: self._save(vault, record))
        except (VaultError, OSError) as exc:
            self._failed(exc, self._epoch)
            return False
        self._dirty = False
        self.saved.emit(stored)
        return True
