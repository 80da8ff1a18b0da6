"""The window never freezes: the slow work of unlocking (the KDF) and searching runs off
the GUI thread.

The tests check where that work runs (a spy records the thread of every key derivation
and every search), which does not depend on how busy the machine is. The event loop's
longest stall is still measured and printed, as information: on a loaded 2-core
machine running the suite in parallel it says more about the machine than the app
(timings are the bench's business, `make bench`).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mentorapp.gui.search_popup import SearchPopup
from mentorapp.gui.unlock import UnlockWidget
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

WORDS = [
    "loopbaan",
    "carrière",
    "gesprek",
    "ambitie",
    "talent",
    "energie",
    "opleiding",
    "safari",
    "team",
    "leidinggevende",
    "financiële",
    "ideeën",
    "coördinator",
    "project",
    "groei",
    "breedte",
    "verandering",
    "twijfel",
    "motivatie",
    "vaardigheden",
    "feedback",
    "waarden",
    "afdeling",
    "functie",
    "rol",
    "stap",
    "toekomst",
    "keuze",
    "werkplek",
]


class StallMeter:
    """Ticks every 5 ms on the GUI thread and records the longest gap between ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def measure(self, qtbot: QtBot, start: Callable[[], None], done: Callable[[], bool]) -> float:
        self._last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()
        start()
        qtbot.waitUntil(done, timeout=60000)
        self.timer.stop()
        return self.longest


def _on_gui_thread(calls: list[bool], func: Callable[..., object]) -> Callable[..., object]:
    """``func``, recording for each call whether it ran on the GUI (main) thread."""

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(threading.current_thread() is threading.main_thread())
        return func(*args, **kwargs)

    return spy


def test_unlocking_runs_the_real_kdf_off_the_gui_thread(
    qtbot: QtBot,
    tmp_path: Path,
    settings: object,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentorapp.store import keyfile

    folder = tmp_path / "real.mentorvault"
    Vault.create(folder, PASSPHRASE)[0].close()  # calibrated KDF, about 0.6 s
    derivations: list[bool] = []
    monkeypatch.setattr(keyfile, "derive_kek", _on_gui_thread(derivations, keyfile.derive_kek))
    widget = UnlockWidget(folder, settings, no_keychain)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    widget.ui.passphraseEdit.setText(PASSPHRASE)
    started = time.perf_counter()
    stall = StallMeter().measure(qtbot, widget.unlock, lambda: bool(opened))
    took = time.perf_counter() - started
    opened[0].close()
    print(f"\nunlock took {took * 1000:.0f} ms; longest event-loop stall {stall * 1000:.1f} ms")
    assert derivations, "the unlock derived no key"
    assert not any(derivations), "a key derivation ran on the GUI thread"


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 mentees with 100,000 notes, inserted in bulk (the triggers fill the index)."""
    folder = tmp_path_factory.mktemp("big") / "big.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    rng = random.Random(7)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO mentees (id, full_name, preferred_name, email, phone, organisation, "
            "department, current_role, referral, status, consent_given, consent_scope, "
            "export_language, trajectory_goal, private_background, created_at, updated_at) "
            "VALUES (?, ?, '', '', '', 'Org', '', '', '', 'active', 1, '', 'nl', '', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [(i, f"Mentee {i}") for i in range(1, 10_001)],
        )

        def text() -> str:
            return " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))

        conn.exec_driver_sql(
            "INSERT INTO sessions (mentee_id, started_at, duration_minutes, kind, mode, "
            "private_notes, shared_summary, agreements, created_at, updated_at) VALUES "
            "(?, '2026-03-04 10:00:00.000000', 60, 'follow_up', 'video', ?, ?, '', "
            "'2026-03-04 10:00:00', '2026-03-04 10:00:00')",
            [(1 + i % 10_000, text(), text()) for i in range(100_000)],
        )
    vault.close()
    return folder


def test_searching_100k_notes_as_you_type_runs_off_the_gui_thread(
    qtbot: QtBot, big_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorapp.services import search

    searches: list[bool] = []
    monkeypatch.setattr(search, "search", _on_gui_thread(searches, search.search))
    vault = Vault.open(big_vault, PASSPHRASE)
    popup = SearchPopup(vault)
    qtbot.addWidget(popup)
    popup.show()
    stalls = []
    for typed in ("c", "ca", "car", "carr", "carrière", "carrière gesprek"):
        popup.results.clear()

        def start(text: str = typed) -> None:
            popup.query.setText(text)

        stalls.append(
            StallMeter().measure(
                qtbot, start, lambda: popup.results.count() > 0 or popup.status.text() != ""
            )
        )
    vault.close()
    print(f"\nsearch as you type over 100,000 notes: longest stall {max(stalls) * 1000:.1f} ms")
    assert searches, "typing did not search"
    assert not any(searches), "a search ran on the GUI thread"
