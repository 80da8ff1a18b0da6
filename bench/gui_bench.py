"""The GUI's own figures: process start to the unlock form painted, and unlock to the list.

Each run is a fresh ``python`` process (offscreen Qt), timed from just before it was
started, so interpreter start-up and every import count as a coach would feel them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import Budget, Figure

START_TO_UNLOCK = Budget("<= 1.0 s", 1000.0)
UNLOCK_TO_LIST = Budget("<= 1.5 s", 1500.0)

_PROBE = r"""
import json, os, sys, time
started = float(sys.argv[1])
folder, passphrase, settings_file = sys.argv[2], sys.argv[3], sys.argv[4]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
import shiboken6
from PySide6.QtWidgets import QApplication
app = QApplication([])
from keyring.backends import fail
from mentorapp.gui import i18n, style
from mentorapp.gui.app import Controller
from mentorapp.gui.settings import AppSettings
from mentorapp.store.keychain import Keychain
style.apply(app)
settings = AppSettings(Path(settings_file))
settings.remember_vault(Path(folder))
controller = Controller(settings, Keychain(fail.Keyring()))
first = controller.start()
first.show()
app.processEvents()
first.grab()
painted = time.time() - started
unlock = first.unlock
# A coach takes seconds to type the passphrase; the heavy imports load meanwhile.
from mentorapp.gui.ops import running_count
while running_count():
    app.processEvents()
    time.sleep(0.01)
unlock.ui.passphraseEdit.setText(passphrase)
clicked = time.perf_counter()
unlock.unlock()
while not controller.windows or controller.windows[-1].mentees.model.rowCount() == 0:
    app.processEvents()
    if not controller.windows and shiboken6.isValid(unlock) and not unlock.busy:
        if unlock.ui.messageLabel.isVisible():
            sys.exit("unlock failed: " + unlock.ui.messageLabel.text())
    time.sleep(0.002)
window = controller.windows[-1]
window.grab()
listed = time.perf_counter() - clicked
print(json.dumps({"painted_ms": painted * 1000, "listed_ms": listed * 1000,
                  "rows": window.mentees.model.rowCount()}))
window.close()
"""


def _run(folder: Path, passphrase: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _PROBE, str(started), str(folder), passphrase, f"{tmp}/s.ini"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the GUI probe failed: {last}")
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    return dict(json.loads(line))


def measure_gui(folder: Path, passphrase: str, repeats: int = 5) -> list[Figure]:
    runs = [_run(folder, passphrase) for _ in range(repeats)]
    rows = int(runs[0]["rows"])
    return [
        Figure(
            "gui_start_to_unlock",
            "process start to unlock form painted (offscreen)",
            "ms",
            [r["painted_ms"] for r in runs],
            START_TO_UNLOCK,
            note="fresh interpreter each run; imports included",
        ),
        Figure(
            "gui_unlock_to_list",
            f"unlock (KDF) to main window with {rows:,} mentees listed",
            "ms",
            [r["listed_ms"] for r in runs],
            UNLOCK_TO_LIST,
            note="GUI: Vault.open off the GUI thread, summaries, model, first paint",
        ),
    ]
