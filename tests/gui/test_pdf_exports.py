"""Exporting PDFs from the app: preview first, then save; logged; never a private word."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language
from mentorapp.domain.model import Action, CoachingSession, DevelopmentPlan, Goal, Mentee
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.store.keychain import Keychain
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    ExportLogRepository,
    MenteeRepository,
    PlanRepository,
)
from mentorapp.store.vault import Vault

CANARY = "PRIVATE-PDF-CANARY-77"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def setup_mentee(vault: Vault) -> tuple[Mentee, DevelopmentPlan, CoachingSession]:
    today = date.today()
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(
            Mentee(
                full_name="Şükrü Yılmaz",
                organisation="Stad Gent",
                export_language=Language.NL,
                private_background=CANARY,
            )
        )
        assert mentee.id is not None
        plan = PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=mentee.id,
                title="Groeien in de breedte",
                period_start=today,
                period_end=today + timedelta(days=300),
                private_remarks=CANARY,
                goals=[
                    Goal(
                        "Projectleider worden", actions=[Action("Cursus volgen", measure="attest")]
                    )
                ],
            )
        )
        coaching = CoachingSessionRepository(s).add(
            CoachingSession(
                mentee.id,
                datetime(2026, 11, 20, 10),
                private_notes=CANARY,
                shared_summary="We bespraken de **volgende stap**.",
                agreements="Vacatures bekijken",
            )
        )
    return mentee, plan, coaching


def test_plan_pdf_preview_save_and_log(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, tmp_path: Path
) -> None:
    settings.coach_name = "Sam Coach"
    mentee, _plan, _ = setup_mentee(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(mentee.id))  # type: ignore[arg-type]
    window.workspace.setCurrentWidget(window.workspace.plan)
    window.workspace.plan.export_button.click()
    dialog = window.exports.dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert dialog.document.pageCount() >= 1
    assert dialog.chosen_language == Language.NL  # the mentee's export language
    out = tmp_path / "plan.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: running_count() == 0 and out.exists(), timeout=20000)
    text = pdf_text(out)
    assert "Şükrü Yılmaz" in text and "Projectleider worden" in text and "Sam Coach" in text
    assert CANARY not in text and CANARY.encode() not in out.read_bytes()
    with vault.reading() as s:
        (record,) = ExportLogRepository(s).for_mentee(mentee.id)  # type: ignore[arg-type]
    assert (record.what, record.version, record.language) == ("plan-pdf", 1, Language.NL)
    import hashlib

    assert record.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "Development plan (PDF)" in window.workspace.overview.values["exports"].text()

    dialog.language.setCurrentIndex(dialog.language.findData(Language.EN))
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    english = tmp_path / "plan-en.pdf"
    dialog.save_to(english)
    qtbot.waitUntil(lambda: running_count() == 0 and english.exists(), timeout=20000)
    assert pdf_text(english) != text
    window.close()


def test_session_summary_pdf_has_the_summary_not_the_notes(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, tmp_path: Path
) -> None:
    mentee, _, _ = setup_mentee(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(mentee.id))  # type: ignore[arg-type]
    window.workspace.sessions.export_button.click()
    dialog = window.exports.dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    out = tmp_path / "summary.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: running_count() == 0 and out.exists(), timeout=20000)
    text = pdf_text(out)
    assert "volgende stap" in text and "Vacatures bekijken" in text
    assert CANARY not in text
    window.close()


def test_failed_save_leaves_the_existing_file(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, tmp_path: Path
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.exports.export_preparation_form()
    dialog = window.exports.dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    target = tmp_path / "missing-folder" / "form.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
    assert not target.exists() and dialog.status.text() != ""
    good = tmp_path / "form.pdf"
    dialog.save_to(good)
    qtbot.waitUntil(lambda: running_count() == 0 and good.exists(), timeout=20000)
    assert "Pagina 1 van" in pdf_text(good) or "Page 1 of" in pdf_text(good)
    window.close()
