"""The conversation guides dialog: the coach edits the steps of a kind of session, saves,
resets to the app's own steps, and a lock closes the dialog with its text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, SessionKind, TemplateKind
from mentorapp.domain.model import GuideStep, Mentee, QuestionnaireResponse
from mentorapp.gui.guides import GuidesDialog
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees, questionnaires, sessions
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.gui.a11y import accessible_text, all_widget_texts, unnamed_focusable


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def open_dialog(qtbot: QtBot, vault: Vault, language: Language = Language.EN) -> GuidesDialog:
    dialog = GuidesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.guides), timeout=10000)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    return dialog


def choose(dialog: GuidesDialog, kind: SessionKind) -> None:
    dialog.kinds.setCurrentRow(list(SessionKind).index(kind))


def headings(vault: Vault, language: Language, kind: SessionKind) -> list[str]:
    return [step.heading for step in questionnaires.guides(vault, language)[kind].steps]


def default_headings(language: Language, kind: SessionKind) -> list[str]:
    return [s.heading for s in questionnaires.default_guide(kind, language).steps]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_coach_edits_adds_reorders_and_removes_steps_then_saves(
    qtbot: QtBot, vault: Vault
) -> None:
    dialog = open_dialog(qtbot, vault)
    choose(dialog, SessionKind.INTAKE)
    assert dialog.steps.count() == len(default_headings(Language.EN, SessionKind.INTAKE))
    assert "Intake" in dialog.steps_label.text()

    dialog.steps.setCurrentRow(0)
    dialog.heading.clear()
    qtbot.keyClicks(dialog.heading, "Welcome")
    assert dialog.steps.item(0).text() == "1. Welcome"
    dialog.prompt.setPlainText("Coffee first.")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.heading.clear()
    qtbot.keyClicks(dialog.heading, "Homework")
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # before the last one
    dialog.steps.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(
        dialog.button_box.button(dialog.button_box.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    wait_idle(qtbot)

    default = default_headings(Language.EN, SessionKind.INTAKE)
    assert headings(vault, Language.EN, SessionKind.INTAKE) == [
        "Welcome",
        *default[2:-1],
        "Homework",
        default[-1],
    ]
    stored = questionnaires.guides(vault, Language.EN)[SessionKind.INTAKE].steps[0]
    assert stored == GuideStep("Welcome", "Coffee first.")
    # The other language and the other kinds keep the app's own steps.
    assert headings(vault, Language.NL, SessionKind.INTAKE) == default_headings(
        Language.NL, SessionKind.INTAKE
    )
    assert headings(vault, Language.EN, SessionKind.CLOSING) == default_headings(
        Language.EN, SessionKind.CLOSING
    )


def test_both_languages_are_edited_in_one_go(qtbot: QtBot, vault: Vault) -> None:
    dialog = open_dialog(qtbot, vault, Language.NL)
    choose(dialog, SessionKind.FOLLOW_UP)
    dialog.steps.setCurrentRow(0)
    qtbot.keyClicks(dialog.heading, " (kort)")
    dialog.language.setCurrentIndex(dialog.language.findData(Language.EN))
    assert dialog.heading.text() == default_headings(Language.EN, SessionKind.FOLLOW_UP)[0]
    qtbot.keyClicks(dialog.heading, " (short)")
    dialog.save()
    wait_idle(qtbot)
    assert headings(vault, Language.NL, SessionKind.FOLLOW_UP)[0].endswith(" (kort)")
    assert headings(vault, Language.EN, SessionKind.FOLLOW_UP)[0].endswith(" (short)")


def test_reset_puts_back_the_app_s_own_steps_when_saved(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = questionnaires.default_guide(SessionKind.CLOSING, Language.EN)
    own.steps = [GuideStep("Only mine")]
    questionnaires.save_guide(vault, own)
    dialog = open_dialog(qtbot, vault)
    choose(dialog, SessionKind.CLOSING)
    assert dialog.steps.count() == 1

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert asked and "Closing" in asked[0]
    assert dialog.steps.count() == len(default_headings(Language.EN, SessionKind.CLOSING))
    assert headings(vault, Language.EN, SessionKind.CLOSING) == ["Only mine"]  # not yet

    dialog.save()
    wait_idle(qtbot)
    assert headings(vault, Language.EN, SessionKind.CLOSING) == default_headings(
        Language.EN, SessionKind.CLOSING
    )


def test_cancel_asks_before_edits_are_lost_and_writes_nothing(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, vault)
    choose(dialog, SessionKind.INTAKE)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.cancel()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    wait_idle(qtbot)
    assert headings(vault, Language.EN, SessionKind.INTAKE) == default_headings(
        Language.EN, SessionKind.INTAKE
    )


def test_a_step_without_heading_or_prompt_is_not_stored(qtbot: QtBot, vault: Vault) -> None:
    dialog = open_dialog(qtbot, vault)
    choose(dialog, SessionKind.INTAKE)
    dialog.add_step()
    dialog.heading.clear()
    dialog.heading.textEdited.emit("")
    dialog.save()
    wait_idle(qtbot)
    assert headings(vault, Language.EN, SessionKind.INTAKE) == default_headings(
        Language.EN, SessionKind.INTAKE
    )


def test_every_focusable_object_of_the_dialog_has_a_name(qtbot: QtBot, vault: Vault) -> None:
    dialog = open_dialog(qtbot, vault)
    assert dialog.steps.currentRow() == 0 and dialog.heading.isEnabled()
    assert unnamed_focusable(dialog) == []


def test_a_lock_closes_the_dialog_and_leaves_no_text_behind(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Kanarie Vogel")).value
    assert mentee.id is not None
    sessions.start_session(vault, mentee.id, datetime(2026, 3, 3, 10, 0))
    preparation = questionnaires.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert preparation.id is not None
    questionnaires.save_response(
        vault,
        QuestionnaireResponse(
            preparation.id, mentee.id, date(2026, 3, 1), {"talents": "PREPCANARY"}
        ),
    )
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.reload_mentees(keep=mentee.id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee.id, timeout=10000)
    window.workspace.setCurrentWidget(window.workspace.sessions)
    qtbot.waitUntil(lambda: window.workspace.sessions.editor.side.content is not None)
    window.menu.guides.trigger()  # File > Conversation guides…
    found = window.findChild(GuidesDialog)
    assert isinstance(found, GuidesDialog) and found.isVisible()
    dialog = found
    qtbot.waitUntil(lambda: bool(dialog.guides), timeout=10000)
    dialog.steps.setCurrentRow(0)
    qtbot.keyClicks(dialog.heading, " GUIDECANARY")
    before = all_widget_texts()
    assert "GUIDECANARY" in before and "Frame and aims" in before and "Kennismaking" in before
    assert "PREPCANARY" in before  # beside the session (folded away for an intake)

    window.lock()
    wait_idle(qtbot)
    qtbot.wait(50)  # deleteLater of the old views and the dialog
    QApplication.processEvents()
    assert not _alive(dialog) or not dialog.isVisible()
    texts = all_widget_texts() + accessible_text(window)
    for needle in ("GUIDECANARY", "Kanarie", "Frame and aims", "Kennismaking", "PREPCANARY"):
        assert needle not in texts, needle


def _alive(widget: QDialog) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_every_mnemonic_of_the_dialog_is_its_own(qtbot: QtBot, vault: Vault) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = open_dialog(qtbot, vault)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
    assert len(keys) >= 10 and len(keys) == len(set(keys)), sorted(keys)
