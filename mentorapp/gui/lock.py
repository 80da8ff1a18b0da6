"""When to lock: after idle minutes, and when the OS session locks or the machine sleeps.

On Linux the freedesktop signals are used over D-Bus: logind's ``PrepareForSleep`` and
``Lock`` (system bus) and the screensaver's ``ActiveChanged`` (session bus). Where a bus
or service is missing, nothing happens and the idle timer still locks.
"""

from __future__ import annotations

import enum
import logging
import os

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class LockReason(enum.Enum):
    """Why the window locked: the lock screen says it."""

    ASKED = "asked"  # Ctrl+L or File > Lock
    IDLE = "idle"  # no activity for the chosen minutes
    SYSTEM = "system"  # the desktop session locked or the computer went to sleep


_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once the user has not touched the app for ``minutes``."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._since = QElapsedTimer()
        self._since.start()
        self._limit_ms = 0
        self._check = QTimer(self)
        self._check.timeout.connect(self._tick)

    def set_timeout_ms(self, ms: int) -> None:
        """0 turns idle locking off."""
        self._limit_ms = max(0, ms)
        self._since.restart()
        if ms > 0:
            self._check.start(min(max(ms // 10, 50), 15000))
        else:
            self._check.stop()

    def sentence(self, reason: LockReason, idle_minutes: int) -> str:
        """What the lock screen says: why it locked, and that nothing was lost."""
        saved = self.tr("Everything was saved.")
        if reason is LockReason.IDLE:
            why = self.tr("Locked after %n minute(s) without activity.", "", idle_minutes)
        elif reason is LockReason.SYSTEM:
            why = self.tr("Locked because the computer was locked or went to sleep.")
        else:
            why = self.tr("Locked.")
        return f"{why} {saved}"

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._since.restart()
        return False

    def _tick(self) -> None:
        if self._limit_ms and self._since.elapsed() >= self._limit_ms:
            self._since.restart()
            self.idle.emit()


class SessionLockListener(QObject):
    """Emits ``lock_requested`` when the OS session locks or the machine suspends."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if os.name != "posix":
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        subscriptions = [
            (
                system,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "on_sleep(bool)",
            ),
            (
                system,
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                "on_lock()",
            ),
            (
                session,
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                "on_screensaver(bool)",
            ),
            (
                session,
                "org.gnome.ScreenSaver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                "on_screensaver(bool)",
            ),
        ]
        for bus, service, path, interface, name, slot in subscriptions:
            if not bus.isConnected():
                continue
            from PySide6.QtCore import SLOT

            if bus.connect(service, path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
                self.connected.append(f"{interface}.{name}")

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot()
    def on_lock(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
