"""Exporting PDFs from the app: preview first, then save; logged; never a private word."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, SafariStatus, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    DevelopmentPlan,
    Goal,
    JobCraftingCanvas,
    Mentee,
    QuestionnaireResponse,
)
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import exports, moves, questionnaires
from mentorapp.services import mentees as mentees_service
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


def add_career_check(vault: Vault, mentee_id: MenteeId, on: date, value: int) -> None:
    template = questionnaires.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert template.id is not None
    answers = {
        q.key: str(q.low + q.high - value if q.reversed else value) for q in template.questions
    }
    questionnaires.save_response(vault, QuestionnaireResponse(template.id, mentee_id, on, answers))


def test_the_plan_chart_of_career_checks_is_off_by_default_and_chosen_per_export(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentee, _plan, _ = setup_mentee(vault)
    assert mentee.id is not None
    add_career_check(vault, mentee.id, date(2026, 1, 12), 3)
    add_career_check(vault, mentee.id, date(2026, 6, 15), 4)
    passed: list[object] = []
    render_plan = exports.render_plan

    def spy(*args: Any, **kwargs: Any) -> bytes:
        passed.append(kwargs.get("career_checks"))
        return render_plan(*args, **kwargs)

    monkeypatch.setattr(exports, "render_plan", spy)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(mentee.id)
    window.workspace.setCurrentWidget(window.workspace.plan)
    window.workspace.plan.export_button.click()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready and dialog.chart.isEnabled(), timeout=20000)
    assert dialog.chart.isVisible() and not dialog.chart.isChecked()
    assert passed == [None]
    off = tmp_path / "without.pdf"
    dialog.save_to(off)
    qtbot.waitUntil(lambda: running_count() == 0 and off.exists(), timeout=20000)
    assert "Je loopbaancheck" not in pdf_text(off)

    dialog.chart.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ready and len(passed) == 2, timeout=20000)
    checks = passed[-1]
    assert isinstance(checks, list) and [c.answered_on for c in checks] == [
        date(2026, 1, 12),
        date(2026, 6, 15),
    ]
    on = tmp_path / "with.pdf"
    dialog.save_to(on)
    qtbot.waitUntil(lambda: running_count() == 0 and on.exists(), timeout=20000)
    text = pdf_text(on)
    assert "Je loopbaancheck" in text and "Balans werk en privé" in text
    assert CANARY not in text
    dialog.close()

    window.workspace.plan.export_button.click()  # the next export starts without it again
    again = window.exports.dialog
    assert again is not None and again is not dialog
    qtbot.waitUntil(lambda: again.ready and again.chart.isEnabled(), timeout=20000)
    assert not again.chart.isChecked()
    window.close()


def test_without_career_checks_the_chart_cannot_be_chosen(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee, _plan, _ = setup_mentee(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(mentee.id))  # type: ignore[arg-type]
    window.workspace.setCurrentWidget(window.workspace.plan)
    window.workspace.plan.export_button.click()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready and running_count() == 0, timeout=20000)
    assert dialog.chart.isVisible() and not dialog.chart.isEnabled()
    assert dialog.chart.toolTip() == "This mentee has no career check yet."
    window.close()


def test_only_the_plan_offers_the_chart(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee, _, _ = setup_mentee(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(mentee.id))  # type: ignore[arg-type]
    window.workspace.sessions.export_button.click()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert not dialog.chart.isVisibleTo(dialog)
    window.close()
    assert not dialog.safaris.isVisibleTo(dialog) and not dialog.crafting.isVisibleTo(dialog)


def test_the_plan_can_include_the_safaris_and_the_crafted_job_never_their_notes(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentee, _plan, _ = setup_mentee(vault)
    assert mentee.id is not None
    moves.save_safari(
        vault,
        CareerSafari(
            mentee.id,
            "Dienst Mobiliteit",
            start_date=date(2026, 3, 2),
            end_date=date(2026, 3, 13),
            learning_goals="Hoe ziet een planningsdag eruit?",
            private_notes=CANARY,
        ),
    )
    canvas = moves.canvas(vault, mentee.id)
    canvas.tasks_now, canvas.tasks_crafted = "Dossiers verwerken", "Nieuwkomers inwerken"
    canvas.private_notes = CANARY
    moves.save_canvas(vault, canvas)
    passed: list[tuple[object, object]] = []
    render_plan = exports.render_plan

    def spy(*args: Any, **kwargs: Any) -> bytes:
        passed.append((kwargs.get("safaris"), kwargs.get("canvas")))
        return render_plan(*args, **kwargs)

    monkeypatch.setattr(exports, "render_plan", spy)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(mentee.id)
    window.workspace.setCurrentWidget(window.workspace.plan)
    window.workspace.plan.export_button.click()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: dialog.ready and dialog.safaris.isEnabled() and dialog.crafting.isEnabled(),
        timeout=20000,
    )
    assert not dialog.safaris.isChecked() and not dialog.crafting.isChecked()  # off by default
    assert passed == [(None, None)]

    dialog.safaris.setChecked(True)
    dialog.crafting.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ready and len(passed) == 3, timeout=20000)
    safaris, crafted = passed[-1]
    assert isinstance(safaris, list) and [s.host_department for s in safaris] == [
        "Dienst Mobiliteit"
    ]
    assert (
        isinstance(crafted, JobCraftingCanvas) and crafted.tasks_crafted == "Nieuwkomers inwerken"
    )
    out = tmp_path / "with-moves.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: running_count() == 0 and out.exists(), timeout=20000)
    text = pdf_text(out)
    assert "Dienst Mobiliteit" in text and "Nieuwkomers inwerken" in text
    assert CANARY not in text and CANARY.encode() not in out.read_bytes()
    window.close()


def test_without_safaris_or_a_canvas_neither_can_be_chosen(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee, _, _ = setup_mentee(vault)
    assert mentee.id is not None
    moves.save_safari(
        vault, CareerSafari(mentee.id, "IT", status=SafariStatus.CANCELLED, private_notes=CANARY)
    )
    canvas = moves.canvas(vault, mentee.id)
    canvas.private_notes = CANARY  # only the coach's notes: nothing would print
    moves.save_canvas(vault, canvas)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(mentee.id)
    window.workspace.setCurrentWidget(window.workspace.plan)
    window.workspace.plan.export_button.click()
    dialog = window.exports.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready and running_count() == 0, timeout=20000)
    assert dialog.safaris.isVisible() and not dialog.safaris.isEnabled()
    assert dialog.crafting.isVisible() and not dialog.crafting.isEnabled()
    assert dialog.safaris.toolTip() == "This mentee has no career safari."
    assert dialog.crafting.toolTip() == "This mentee's job crafting canvas is empty."
    dialog.safaris.setChecked(True)  # a greyed-out option is never on
    assert not dialog.options.safaris
    window.close()


def test_the_menus_session_summary_says_so_when_there_is_no_session(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = mentees_service.add_mentee(vault, Mentee(full_name="Iris Nieuw")).value
    assert mentee.id is not None
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(mentee.id)
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
    window.menu.summary_pdf.trigger()
    assert window.workspace.currentWidget() is window.workspace.sessions
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
    assert not window.workspace.sessions.export_button.isEnabled()
    window.menu.summary_pdf.trigger()
    message = "This mentee has no session to summarise yet."
    assert window.statusBar().currentMessage() == message
    assert window.exports.dialog is None
