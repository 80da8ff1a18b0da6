"""``mentorapp --screenshots DIR``: every main screen of a demo vault, in English and Dutch.

Files: ``DIR/<lang>/<screen>.png`` at 1280x800 and ``DIR/1920x1080/<lang>/<screen>.png``
at 1920x1080, with the same names in every folder. Dialogs are drawn over the window
they belong to, as a user sees them.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
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
    "vault_in_use",
    "main_dashboard",
    "mentee_overview",
    "engagement",
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
    "attachments",
    "import_clients",
    "import_notes",
    "search_results",
    "settings",
    "coach_details",
    "report",
    "user_guide",
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


def _in_use_shot(window: QWidget) -> QPixmap:
    """The unlock met by a vault open on another computer whose lock went stale."""
    from mentorapp.gui.sync.in_use import InUseDialog
    from mentorapp.store.errors import VaultInUse

    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    error = VaultInUse(
        "",
        since=now - timedelta(hours=3, minutes=12),
        host="DESKTOP-KANTOOR-7",
        user="an.peeters",
        heartbeat=now - timedelta(minutes=47),
        stale=True,
        elsewhere=True,
    )
    dialog = InUseDialog(error, window)
    shot = grab(window, dialog)
    dialog.close()
    return shot


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
    from mentorapp.gui.help import show_user_guide
    from mentorapp.gui.help.guide import UserGuideDialog
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.gui.mentee_dialog import MenteeDialog
    from mentorapp.gui.report.dialog import screenshot_report
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
    shots["vault_in_use"] = _in_use_shot(window)
    vault = vault_life.open_vault(folder, DEMO_PASSPHRASE)
    window.enter(vault)
    wait_until(lambda: window.mentees.model.rowCount() > 0 and window.dashboard.loaded)
    shots["main_dashboard"] = grab(window)
    target_id = _mentee_with_plan(window)
    window.select_mentee(target_id)
    wait_until(lambda: window.workspace.mentee_id == target_id)
    shots["mentee_overview"] = grab(window)
    shots["engagement"] = _engagement_shot(window, vault, target_id)
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
    shots.update(_practice_shots(window, vault, target_id, folder.parent / "samples"))
    popup = SearchPopup(vault, window)
    popup.query.setText("carrière")
    popup._run()
    wait_until(lambda: popup.results.count() > 0)
    shots["search_results"] = grab(window, popup)
    dialog = SettingsDialog(
        settings, keychain, vault.vault_id, lambda: vault.data_key, window, vault=vault
    )
    shots["settings"] = grab(window, dialog)
    coach = CoachDetailsDialog(AppSettings(folder.parent / f"coach-{language}.ini"), window)
    shots["coach_details"] = grab(window, coach)
    coach.close()
    report = screenshot_report(window)
    shots["report"] = grab(window, report)
    report.close()
    show_user_guide(window)
    guide = window.findChild(UserGuideDialog)
    assert guide is not None
    shots["user_guide"] = grab(window, guide)
    guide.close()
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


def _practice_shots(
    window: QWidget, vault: Vault, mentee_id: MenteeId, samples: Path
) -> dict[str, QPixmap]:
    """The Attachments tab (a CV and a flip chart photo) and both import wizards at
    their dry run, on a small client list and notes folder made in the temp folder."""
    from mentorapp.gui.imports import ClientImportWizard, NotesImportWizard
    from mentorapp.gui.imports.wizard import ImportWizard
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.services import attachments

    assert isinstance(window, MainWindow)
    if not attachments.attachments(vault, mentee_id):
        for name, data, title, private in _sample_files():
            attachments.attach(vault, mentee_id, data, title, private=private, file_name=name)
    window.select_mentee(mentee_id)
    wait_until(lambda: window.workspace.mentee_id == mentee_id)
    window.workspace.setCurrentWidget(window.workspace.attachments)
    wait_until(lambda: _ops_idle() and window.workspace.attachments.list.topLevelItemCount() > 0)
    shots = {"attachments": grab(window)}
    csv_file, notes = _sample_imports(samples)
    wizards: list[tuple[str, ImportWizard, Path]] = [
        ("import_clients", ClientImportWizard(vault, window), csv_file),
        ("import_notes", NotesImportWizard(vault, window), notes),
    ]
    for name, wizard, source in wizards:
        wizard.resize(min(900, window.width() - 80), min(640, window.height() - 80))
        wizard.show()
        wizard.choose_page.path_edit.setText(str(source))
        while wizard.currentPage() is not wizard.dry_run_page:
            page = wizard.currentPage()
            wait_until(lambda p=page: _ops_idle() and p.isComplete())  # type: ignore[misc]
            wizard.next()
            wait_until(lambda p=page, w=wizard: w.currentPage() is not p)  # type: ignore[misc]
        wait_until(lambda w=wizard: _ops_idle() and w.dry_run_page.isComplete())  # type: ignore[misc]
        wizard.hide()
        shots[name] = grab(window, wizard)
        wizard.close()
    return shots


def _sample_files() -> list[tuple[str, bytes, str, bool]]:
    """A one-page CV (PDF) and a photo of a flip chart (PNG), made here, not shipped."""
    import io

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Curriculum vitae")
    page.showPage()
    page.save()
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str here
    return [
        ("cv-2026.pdf", out.getvalue(), "CV (2026)", False),
        ("flipover-sessie-2.png", bytes(buffer.data().data()), "Flip chart, session 2", True),
    ]


def _sample_imports(samples: Path) -> tuple[Path, Path]:
    """A client list as Excel writes it and a notes folder, in the screenshots' temp folder."""
    notes = samples / "notes"
    for name, files in {
        "Lotte Claes": {"2025-03-14 intake.md": "Eerste gesprek.", "2025-04-02.txt": "Doelen."},
        "Jonas Peeters": {"verslag 2025-05-20.md": "Netwerkgesprek.", "scan.docx": "kapot"},
    }.items():
        (notes / name).mkdir(parents=True, exist_ok=True)
        for file_name, text in files.items():
            (notes / name / file_name).write_text(text, encoding="utf-8")
    csv_file = samples / "klanten.csv"
    csv_file.write_text(
        "Naam;Organisatie;E-mail;Functie\n"
        "Lotte Claes;Stad Gent;lotte@example.org;Teamleider\n"
        "Jonas Peeters;Brouwerij De Klok;;Brouwer\n"
        "Lotte Claes;Stad Gent;;\n"
        ";Provincie;;\n",
        encoding="utf-8-sig",
    )
    return csv_file, notes


def _engagement_shot(window: QWidget, vault: Vault, mentee_id: MenteeId) -> QPixmap:
    """The Overview scrolled to its engagement box: the plan's mentee when she has an
    engagement, else the demo mentee whose engagement is used the most."""
    from mentorapp.domain.enums import MenteeStatus
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.services import engagements, mentees

    assert isinstance(window, MainWindow)
    if engagements.engagement(vault, mentee_id) is None:
        active = [s.id for s in mentees.summaries(vault) if s.status is MenteeStatus.ACTIVE]
        paid = [m for m in active if engagements.engagement(vault, m)]
        mentee_id = max(paid, key=lambda m: engagements.usage(vault, m).sessions_used)
    window.select_mentee(mentee_id)
    wait_until(lambda: window.workspace.mentee_id == mentee_id)
    overview = window.workspace.overview
    box = overview.engagement_box
    wait_until(lambda: _ops_idle() and box.vault is vault and box.engagement is not None)
    overview.scroll_area.ensureWidgetVisible(box)
    return grab(window)


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
