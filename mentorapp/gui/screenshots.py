"""``mentorapp --screenshots DIR``: every main screen of a demo vault, in English and Dutch.

Files: ``DIR/<lang>/<screen>.png`` at 1280x800 and ``DIR/1920x1080/<lang>/<screen>.png``
at 1920x1080, with the same names in every folder. Dialogs are drawn over the window
they belong to, as a user sees them.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from mentorapp.domain.ids import MenteeId
from mentorapp.gui import i18n
from mentorapp.gui.settings import AppSettings
from mentorapp.services import vault_life
from mentorapp.services.vault_files import Keychain
from mentorapp.store.vault import Vault

SIZE = (1280, 800)
LARGE = (1920, 1080)
SCREENS = (
    "first_start",
    "create_vault",
    "recovery_key",
    "unlock",
    "main_dashboard",
    "mentee_overview",
    "mentee_dialog",
    "session_editor",
    "no_sessions_yet",
    "development_plan",
    "plan_export",
    "questionnaires",
    "career_check",
    "safari",
    "job_crafting",
    "skills",
    "moves",
    "search_results",
    "settings",
    "coach_details",
    "lock_screen",
)


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("screen did not become ready")
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def _settle() -> None:
    for _ in range(10):
        QApplication.processEvents()
        time.sleep(0.005)


def grab(window: QWidget, dialog: QWidget | None = None) -> QPixmap:
    """The window, with ``dialog`` drawn centred over it."""
    _settle()
    pixmap = window.grab()
    if dialog is not None:
        dialog.show()
        _settle()
        over = dialog.grab()
        painter = QPainter(pixmap)
        painter.fillRect(
            pixmap.rect(), QPixmap(1, 1).toImage().pixelColor(0, 0).fromRgb(0, 0, 0, 60)
        )
        at = QPoint((pixmap.width() - over.width()) // 2, (pixmap.height() - over.height()) // 2)
        painter.drawPixmap(at, over)
        painter.end()
        dialog.hide()
    return pixmap


def save_screenshots(out: Path) -> list[Path]:
    from mentorapp.services.demo import make_demo_vault

    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mentorapp-shots-") as tmp:
        folder = make_demo_vault(Path(tmp), date.today())
        keychain = Keychain(fail.Keyring())
        for size, root in ((SIZE, out), (LARGE, out / f"{LARGE[0]}x{LARGE[1]}")):
            for language in ("en", "nl"):
                i18n.install(language)
                target = root / language
                target.mkdir(parents=True, exist_ok=True)
                settings = AppSettings(Path(tmp) / f"settings-{language}-{size[0]}.ini")
                settings.language = language
                settings.coach_name = "Sam Coach"
                settings.coach_organisation = "Loopbaancentrum"
                shots = _language_shots(language, folder, settings, keychain, size)
                for name in SCREENS:
                    path = target / f"{name}.png"
                    shots[name].save(str(path))
                    saved.append(path)
    return saved


def _language_shots(
    language: str,
    folder: Path,
    settings: AppSettings,
    keychain: Keychain,
    size: tuple[int, int],
) -> dict[str, QPixmap]:
    from mentorapp.gui.coach_dialog import CoachDetailsDialog
    from mentorapp.gui.create_vault import CreateVaultDialog, RecoveryKeyDialog
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.gui.mentee_dialog import MenteeDialog
    from mentorapp.gui.search_popup import SearchPopup
    from mentorapp.gui.settings_dialog import SettingsDialog
    from mentorapp.gui.welcome import WelcomeWindow
    from mentorapp.services.demo import DEMO_PASSPHRASE

    shots: dict[str, QPixmap] = {}
    welcome = WelcomeWindow([folder], language)
    welcome.resize(*size)
    welcome.show()
    shots["first_start"] = grab(welcome)
    create = CreateVaultDialog(language, welcome)
    create.ui.passphraseEdit.setText("four random words here")
    create.ui.repeatEdit.setText("four random words here")
    shots["create_vault"] = grab(welcome, create)
    key = "-".join(["3F2A", "91C0", "7B4E", "D5A8"] * 4)
    shots["recovery_key"] = grab(welcome, RecoveryKeyDialog(folder, key, welcome))
    welcome.close()

    window = MainWindow(folder, settings, keychain)
    window.resize(*size)
    window.show()
    shots["unlock"] = grab(window)
    vault = vault_life.open_vault(folder, DEMO_PASSPHRASE)
    window.enter(vault)
    wait_until(lambda: window.mentees.model.rowCount() > 0 and window.dashboard.loaded)
    shots["main_dashboard"] = grab(window)
    target_id = _mentee_with_plan(window)
    window.select_mentee(target_id)
    wait_until(lambda: window.workspace.mentee_id == target_id)
    shots["mentee_overview"] = grab(window)
    mentee = window.workspace.view.mentee if window.workspace.view else None
    edit = MenteeDialog(mentee, window)
    shots["mentee_dialog"] = grab(window, edit)
    edit.close()
    window.workspace.setCurrentWidget(window.workspace.sessions)
    shots["session_editor"] = grab(window)
    new_id = _mentee_without_sessions(vault)
    window.reload_mentees(keep=new_id)
    wait_until(lambda: window.workspace.mentee_id == new_id)
    window.workspace.setCurrentWidget(window.workspace.sessions)
    shots["no_sessions_yet"] = grab(window)
    window.select_mentee(target_id)
    wait_until(lambda: window.workspace.mentee_id == target_id)
    window.workspace.setCurrentWidget(window.workspace.plan)
    shots["development_plan"] = grab(window)
    window.workspace.plan.export_button.click()
    export = window.exports.dialog
    assert export is not None
    wait_until(lambda: export.ready)
    shots["plan_export"] = grab(window, export)
    export.close()
    shots.update(_questionnaire_shots(window, vault))
    shots.update(_moves_shots(window, vault))
    popup = SearchPopup(vault, window)
    popup.query.setText("carrière")
    popup._run()
    wait_until(lambda: popup.results.count() > 0)
    shots["search_results"] = grab(window, popup)
    dialog = SettingsDialog(settings, keychain, vault.vault_id, lambda: vault.data_key, window)
    shots["settings"] = grab(window, dialog)
    coach = CoachDetailsDialog(AppSettings(folder.parent / f"coach-{language}.ini"), window)
    shots["coach_details"] = grab(window, coach)
    coach.close()
    window.lock()
    wait_until(_ops_idle)
    shots["lock_screen"] = grab(window)
    window.close()
    return shots


def _questionnaire_shots(window: QWidget, vault: Vault) -> dict[str, QPixmap]:
    """The demo mentee with the most career checks: a preparation open, then the chart."""
    from mentorapp.domain.enums import TemplateKind
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.services import mentees, questionnaires

    assert isinstance(window, MainWindow)
    counts = {
        s.id: len(questionnaires.career_checks(vault, s.id)) for s in mentees.summaries(vault)
    }
    mentee_id = max(counts, key=lambda key: counts[key])
    window.select_mentee(mentee_id)
    wait_until(lambda: window.workspace.mentee_id == mentee_id)
    tab = window.workspace.questionnaires
    window.workspace.setCurrentWidget(tab)
    wait_until(lambda: _ops_idle() and (tab.editor.response is not None or tab.list.count() == 0))
    kinds = {t.id: t.kind for t in questionnaires.templates(vault, include_old=True)}
    answers = questionnaires.responses(vault, mentee_id)
    shown = next((r for r in answers if kinds.get(r.template_id) is TemplateKind.PREPARATION), None)
    if shown is not None and shown.id is not None:
        wanted = shown.id
        tab.select_response(wanted)
        wait_until(lambda: _ops_idle() and getattr(tab.editor.response, "id", None) == wanted)
    shots = {"questionnaires": grab(window)}
    tab.pages.setCurrentWidget(tab.check)
    shots["career_check"] = grab(window)
    tab.pages.setCurrentIndex(0)
    return shots


def _moves_shots(window: QWidget, vault: Vault) -> dict[str, QPixmap]:
    """The Career moves tab's four pages, each for the demo mentee with the most on it."""
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.services import mentees, moves

    assert isinstance(window, MainWindow)
    people = [s.id for s in mentees.summaries(vault)]
    amount = {
        "safari": lambda m: len(moves.safaris(vault, m)),
        "job_crafting": lambda m: len(moves.canvas(vault, m).experiments),
        "skills": lambda m: len(moves.skills(vault, m)),
        "moves": lambda m: len(moves.moves(vault, m)),
    }
    shots: dict[str, QPixmap] = {}
    for index, (name, count) in enumerate(amount.items()):
        mentee_id = max(people, key=count)
        window.select_mentee(mentee_id)
        wait_until(lambda m=mentee_id: window.workspace.mentee_id == m)  # type: ignore[misc]
        tab = window.workspace.moves
        window.workspace.setCurrentWidget(tab)
        tab.pages.setCurrentIndex(index)
        wait_until(_ops_idle)
        shots[name] = grab(window)
    return shots


def _mentee_without_sessions(vault: Vault) -> MenteeId:
    """A demo mentee with no session yet (added once, found again for the next size)."""
    from mentorapp.domain.model import Mentee
    from mentorapp.services import mentees

    for summary in mentees.summaries(vault):
        if summary.display_name == "Aiko Tanaka":
            return summary.id
    added = mentees.add_mentee(vault, Mentee(full_name="Aiko Tanaka", organisation="Stad Gent"))
    assert added.value.id is not None
    return added.value.id


def _ops_idle() -> bool:
    from mentorapp.gui.ops import running_count

    return running_count() == 0


def _mentee_with_plan(window: QWidget) -> MenteeId:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.services import mentees, plans

    assert isinstance(window, MainWindow) and window.vault is not None
    rows = mentees.summaries(window.vault)
    for summary in rows:
        if "Zoë" in summary.display_name and plans.current_plan(window.vault, summary.id):
            return summary.id
    return rows[0].id
