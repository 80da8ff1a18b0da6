"""The GUI's own figures: process start to the unlock form painted, and unlock to the list.

Each run is a fresh ``python`` process (offscreen Qt), timed from just before it was
started, so interpreter start-up and every import count as a coach would feel them.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.probe import run_probe
from bench.stats import Budget, Figure

START_TO_UNLOCK = Budget("<= 1.0 s", 1000.0)
UNLOCK_TO_LIST = Budget("<= 1.5 s", 1500.0)

_PROBE = r"""
import json, os, sys, time
started = float(sys.argv[1])
folder, passphrase, settings_file = sys.argv[2], sys.argv[3], sys.argv[4]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from typing import Any
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
# What the mentee tabs cost before the list: the window (MainWindow._build_views) builds
# the workspace, whose tabs are placeholders; each tab's page is built when first shown
# (widget(n) builds it; the timed build below is a second, warm one of the same kind).
from mentorapp.gui.workspace import MenteeWorkspace
built = time.perf_counter()
spare = MenteeWorkspace()
workspace_ms = (time.perf_counter() - built) * 1000
tabs_ms = {}
for n in range(spare.count()):
    kind = type(spare.widget(n))
    built = time.perf_counter()
    kind().deleteLater()
    tabs_ms[kind.__name__] = (time.perf_counter() - built) * 1000
spare.clear()
spare.deleteLater()
print(json.dumps({"painted_ms": painted * 1000, "listed_ms": listed * 1000,
                  "workspace_ms": workspace_ms, "tabs_ms": tabs_ms,
                  "rows": window.mentees.model.rowCount()}))
window.close()
"""


def _run(folder: Path, passphrase: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        started = time.time()
        args = [str(started), str(folder), passphrase, f"{tmp}/s.ini"]
        return run_probe(_PROBE, args, "GUI", env=env, timeout=300)


def measure_gui(folder: Path, passphrase: str, repeats: int = 5) -> list[Figure]:
    runs = [_run(folder, passphrase) for _ in range(repeats)]
    rows = int(runs[0]["rows"])
    tabs = {
        name: statistics.median(float(r["tabs_ms"][name]) for r in runs)
        for name in runs[0]["tabs_ms"]
    }
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
            note="GUI: Vault.open off the GUI thread, summaries, model, first paint; "
            "the six mentee tabs are placeholders until first shown (their pages are built "
            "and their data read when a mentee is opened, after the list)",
        ),
        Figure(
            "gui_workspace_build",
            "  of which: the mentee workspace (tab placeholders)",
            "ms",
            [r["workspace_ms"] for r in runs],
            note="MenteeWorkspace() built again after the list, warm imports; each tab's "
            "page, built on first show: " + ", ".join(f"{k} {v:.0f} ms" for k, v in tabs.items()),
            extra={"tabs_median_ms": tabs},
        ),
    ]


QUESTIONNAIRES_TAB = Budget("<= 100 ms", 100.0)

_TAB_PROBE = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from typing import Any
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mentorapp.gui import i18n, style
style.apply(app)
from mentorapp.domain.ids import MenteeId
from mentorapp.gui.ops import running_count
from mentorapp.gui.workspace import MenteeWorkspace
from mentorapp.store.vault import Vault
folder, passphrase = Path(sys.argv[1]), sys.argv[2]
target, other, repeats, checks = (int(x) for x in sys.argv[3:7])
vault = Vault.open(folder, passphrase)
workspace = MenteeWorkspace()
workspace.resize(1100, 760)
workspace.show()
app.processEvents()
tab = workspace.questionnaires


def settle(wanted_rows, wanted_dates, deadline=30.0):
    end = time.perf_counter() + deadline
    while True:
        app.processEvents()
        if tab.list.count() >= wanted_rows and len(tab.check.dates) >= wanted_dates:
            return
        if time.perf_counter() > end:
            sys.exit(f"the tab did not fill: {tab.list.count()} answers, "
                     f"{len(tab.check.dates)} check dates")
        time.sleep(0.0005)


def wait_idle():
    while running_count():
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


selected, switched, synchronous = [], [], []
rows = 0
for _ in range(repeats):
    # The coach opens the mentee (on the Overview tab), then selects the Questionnaires
    # tab, whose Career check page (the chart) was the one last shown.
    workspace.setCurrentWidget(workspace.overview)
    tab.pages.setCurrentWidget(tab.check)
    workspace.show_mentee(vault, MenteeId(other))
    wait_idle()
    workspace.show_mentee(vault, MenteeId(target))
    wait_idle()
    t0 = time.perf_counter()
    workspace.setCurrentWidget(tab)
    settle(checks, checks)
    tab.grab()
    switched.append((time.perf_counter() - t0) * 1000)
    # The mentee opened while the Questionnaires tab is showing: show_mentee (every
    # tab's load), then the answers and checks read off the GUI thread fill list and chart.
    workspace.show_mentee(vault, MenteeId(other))
    wait_idle()
    t0 = time.perf_counter()
    workspace.show_mentee(vault, MenteeId(target))
    synchronous.append((time.perf_counter() - t0) * 1000)
    settle(checks, checks)
    tab.grab()
    selected.append((time.perf_counter() - t0) * 1000)
    rows = tab.list.count()
    wait_idle()
print(json.dumps({"selected_ms": selected, "switched_ms": switched,
                  "synchronous_ms": synchronous, "rows": rows,
                  "dates": len(tab.check.dates)}))
workspace.clear()
vault.close()
"""


def measure_questionnaires_tab(
    folder: Path, passphrase: str, target: int, other: int, checks: int, repeats: int = 11
) -> list[Figure]:
    """The Questionnaires tab of a mentee with ``checks`` career checks, offscreen, in a
    fresh process on the enriched vault copy: list and chart filled and painted."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        args = [str(folder), passphrase, str(target), str(other), str(repeats), str(checks)]
        found = run_probe(_TAB_PROBE, args, "questionnaires", env=env, timeout=600)
    # The first round warms the imports and the caches; it is left out.
    sync = sorted(found["synchronous_ms"][1:])
    return [
        Figure(
            "questionnaires_tab",
            f"Questionnaires tab selected: {found['rows']} answers, "
            f"{found['dates']}-point career-check chart",
            "ms",
            found["switched_ms"][1:],
            QUESTIONNAIRES_TAB,
            note="offscreen, fresh process; the mentee open on another tab, from selecting "
            "the tab (chart page last shown) to list and chart filled and painted",
        ),
        Figure(
            "questionnaires_mentee_opened",
            "  a mentee opened while that tab shows (show_mentee)",
            "ms",
            found["selected_ms"][1:],
            note=f"show_mentee loads the shown tab on the GUI thread first "
            f"(median {sync[len(sync) // 2]:.0f} ms), then list and chart fill",
            extra={"show_mentee_synchronous_ms": found["synchronous_ms"][1:]},
        ),
    ]
