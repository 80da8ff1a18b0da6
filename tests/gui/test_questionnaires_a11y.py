"""The Questionnaires tab for a screen reader and the keyboard, and after a lock: every
focusable object has a name, messages speak their text, Ctrl+4 leads in, and a lock
leaves no answer or interpretation in any widget (and loses none that was typed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.model import Mentee, QuestionnaireResponse
from mentorapp.gui.lock import LockReason
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.questionnaires.choose import ChooseTemplateDialog
from mentorapp.gui.questionnaires.question_dialog import QuestionDialog
from mentorapp.gui.questionnaires.templates import TemplateManager
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees
from mentorapp.services import questionnaires as q
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.a11y import accessible_text, all_widget_texts, mute_labels, unnamed_focusable
from tests.gui.test_accessibility import FIXED_NAMES

ANSWER = "ANSWERCANARY wil breder groeien"
INTERPRETATION = "INTERPCANARY twijfelt over vertrek"
TYPED = "TYPEDCANARY net getypt"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _fill(vault: Vault) -> Mentee:
    """A mentee with a preparation (a canary in an answer and the interpretation) and two
    career checks, so every page of the tab has something to show."""
    mentee = mentees.add_mentee(
        vault, Mentee(full_name="Noor Kanarie", export_language=Language.NL)
    ).value
    assert mentee.id is not None
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert check.id is not None
    for when, value in ((date(2026, 1, 12), 2), (date(2026, 7, 6), 4)):
        answers = {i.key: str(value) for i in check.questions if i.kind is QuestionKind.SCALE}
        q.save_response(vault, QuestionnaireResponse(check.id, mentee.id, when, answers))
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert preparation.id is not None
    first = preparation.questions[0].key
    q.save_response(
        vault,
        QuestionnaireResponse(
            preparation.id, mentee.id, date(2026, 8, 3), {first: ANSWER}, INTERPRETATION
        ),
    )
    return mentee


def _problems(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return unnamed_focusable(root) + mute_labels(root, FIXED_NAMES)


def _window(
    qtbot: QtBot, vault: Vault, settings: AppSettings, keychain: Keychain, mentee: Mentee
) -> MainWindow:
    window = MainWindow(vault.folder, settings, keychain, vault=vault)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.reload_mentees(keep=mentee.id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee.id, timeout=10000)
    wait_idle(qtbot)
    return window


def test_every_page_and_dialog_of_the_tab_names_what_it_shows(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = _fill(vault)
    window = _window(qtbot, vault, settings, no_keychain, mentee)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # a busy machine is slow to activate
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    tab = window.workspace.questionnaires
    qtbot.waitUntil(lambda: window.workspace.currentWidget() is tab, timeout=5000)
    qtbot.waitUntil(lambda: tab.editor.response is not None, timeout=10000)
    assert tab.list.hasFocus()  # Ctrl+4 leads into the list of answers
    problems = {"read": _problems(tab)}
    tab.editor.edit_button.click()
    problems["edit"] = _problems(tab)
    tab.editor.edit_button.click()
    tab.pages.setCurrentWidget(tab.check)
    problems["career check"] = _problems(tab)

    templates = q.templates(vault)
    chooser = ChooseTemplateDialog(templates, Language.NL, window)
    chooser.show()
    problems["choose"] = _problems(chooser)
    chooser.close()
    own = q.copy_template(vault, templates[1].id, "Eigen check").value  # type: ignore[arg-type]
    manager = TemplateManager(vault, window)
    manager.show()
    wait_idle(qtbot)
    problems["built-in"] = _problems(manager)
    rows = [
        manager.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(manager.list.count())
    ]
    manager.list.setCurrentRow(next(i for i, t in enumerate(rows) if t.id == own.id))
    assert manager.pages.currentWidget() is manager.own_page
    problems["own"] = _problems(manager)
    item = QuestionDialog("Item", own.questions[0], own.sections, "&Dimensie", manager)
    item.show()
    problems["item"] = _problems(item)
    item.close()
    manager.close()
    assert {page: found for page, found in problems.items() if found} == {}


def test_a_lock_saves_what_was_typed_and_leaves_no_answer_in_any_widget(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = _fill(vault)
    window = _window(qtbot, vault, settings, no_keychain, mentee)
    window.workspace.setCurrentWidget(window.workspace.questionnaires)
    tab = window.workspace.questionnaires
    qtbot.waitUntil(lambda: tab.editor.response is not None, timeout=10000)
    response_id = tab.editor.response.id if tab.editor.response else None
    tab.pages.setCurrentWidget(tab.check)  # the chart has been drawn once
    QApplication.processEvents()
    tab.pages.setCurrentIndex(0)
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    own = q.copy_template(vault, check.id, "Eigen vragen").value  # type: ignore[arg-type]
    tab.open_templates()
    wait_idle(qtbot)
    manager = tab.manager
    assert manager is not None
    rows = [
        manager.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(manager.list.count())
    ]
    manager.list.setCurrentRow(next(i for i, t in enumerate(rows) if t.id == own.id))
    manager.form.name.clear()  # an edit that cannot be saved as it is ...
    manager.form.tree.setCurrentItem(manager.form.tree.topLevelItem(0))
    manager.form.remove_item_button.click()  # ... beside one that can
    tab.editor.edit_button.click()
    tab.editor.interpretation.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor.interpretation, f" {TYPED}")  # not yet autosaved
    before = all_widget_texts()
    assert "ANSWERCANARY" in before and "INTERPCANARY" in before and "TYPEDCANARY" in before

    window.lock(LockReason.IDLE)  # the idle timer, the template manager still open
    assert window.vault is None
    wait_idle(qtbot)
    qtbot.wait(50)  # deleteLater of the old views
    QApplication.processEvents()
    texts, tree = all_widget_texts(), accessible_text(window)
    for needle in ("ANSWERCANARY", "INTERPCANARY", "TYPEDCANARY", "Kanarie"):
        assert needle not in texts, f"{needle} still in a widget after the lock"
        assert needle not in tree, f"{needle} still in the accessibility tree"
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, TemplateManager) and w.isVisible()
    ]

    unlock = window.unlock
    assert unlock is not None and response_id is not None
    unlock.ui.passphraseEdit.setText(PASSPHRASE)
    unlock.ui.unlockButton.click()
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee.id, timeout=15000)
    assert window.workspace.currentWidget() is window.workspace.questionnaires
    assert window.vault is not None
    stored = q.response(window.vault, response_id)
    assert stored.private_interpretation == f"{INTERPRETATION} {TYPED}"
    kept = q.template(window.vault, own.id)  # type: ignore[arg-type]
    assert kept.name == "Eigen vragen" and len(kept.questions) == len(own.questions) - 1
    window.lock()
    wait_idle(qtbot)
