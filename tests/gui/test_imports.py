"""A coach who switches to Mentorapp brings a client list from Excel and a folder of notes:
File > Import walks through choosing, the columns, a preview, a dry run that says what
would be created or skipped and why, and the import itself (all or nothing, with Cancel).
A lock closes the wizard and leaves no name behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.imports import ClientImportWizard, NotesImportWizard, clients
from mentorapp.gui.imports.wizard import ImportWizard
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import imports, mentees, sessions
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session
from tests.gui.a11y import accessible_text, all_widget_texts, unnamed_focusable

CSV = (
    "Naam;Organisatie;E-mail;Functie\r\n"
    "Lotte Claes;Stad Gent;lotte@example.org;Teamleider\r\n"
    "Zoë Van den Bossche;;;\r\n"
    '"Jonas Peeters";Brouwerij;;"Brouwer,\nploegbaas"\r\n'
)


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def client_list(folder: Path) -> Path:
    path = folder / "klanten.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CSV.encode("utf-8"))  # as Excel's "CSV UTF-8" writes it
    return path


def notes_folder(folder: Path) -> Path:
    root = folder / "notities"
    (root / "Lotte Claes").mkdir(parents=True)
    (root / "Lotte Claes" / "2025-03-14 intake.md").write_text("Eerste gesprek.\n")
    (root / "Lotte Claes" / "verslag.docx").write_bytes(b"not a zip at all")
    return root


def names(vault: Vault) -> list[str]:
    return sorted(m.display_name for m in mentees.summaries(vault))


def go_on(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next, as the coach presses it: the source is read off the GUI thread first."""
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is not page, timeout=10000)


def to_dry_run(qtbot: QtBot, wizard: ImportWizard, source: Path) -> None:
    wizard.show()
    wizard.choose_page.path_edit.setText(str(source))
    while wizard.currentPage() is not wizard.dry_run_page:
        go_on(qtbot, wizard)
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=10000)


@pytest.fixture
def mentee_id(vault: Vault) -> MenteeId:
    return add_mentee_with_session(vault)  # Zoë Van den Bossche, no organisation


def test_a_client_list_is_mapped_previewed_dry_run_and_imported(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, tmp_path: Path
) -> None:
    wizard = ClientImportWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(client_list(tmp_path)))
    go_on(qtbot, wizard)
    combos = wizard.mapping_page.combos
    assert combos[imports.ClientField.FULL_NAME].currentText() == "Naam"
    assert combos[imports.ClientField.CURRENT_ROLE].currentText() == "Functie"
    assert combos[imports.ClientField.PHONE].currentData() is None
    go_on(qtbot, wizard)
    preview = wizard.preview_page.table
    assert preview.rowCount() == 3
    assert preview.item(2, 0).text() == "Jonas Peeters"
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert headers == ["Full name", "Organisation", "Current role", "Email"]
    assert preview.item(2, 2).text() == "Brouwer,\nploegbaas"
    go_on(qtbot, wizard)
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=10000)
    dry = wizard.dry_run_page
    assert "2 would be created, 1 skipped" in dry.summary.text()
    assert dry.skipped.item(0).text() == "Line 3: already in the vault"
    assert names(vault) == ["Zoë Van den Bossche"]  # a dry run writes nothing

    go_on(qtbot, wizard)
    wizard.run_page.start_button.click()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10000)
    assert wizard.run_page.message.text() == "Imported. New mentees: 2."
    assert not wizard.button(wizard.WizardButton.CancelButton).isEnabled()
    assert wizard.run_page.bar.value() == wizard.run_page.bar.maximum()
    assert names(vault) == ["Jonas Peeters", "Lotte Claes", "Zoë Van den Bossche"]


def test_a_cancelled_import_says_so_and_leaves_the_vault_as_it_was(
    qtbot: QtBot,
    vault: Vault,
    mentee_id: MenteeId,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = imports.run_client_import
    monkeypatch.setattr(
        clients.service,
        "run_client_import",
        lambda vault, plan, progress, cancelled: real(vault, plan, progress, lambda: True),
    )
    wizard = ClientImportWizard(vault)
    qtbot.addWidget(wizard)
    to_dry_run(qtbot, wizard, client_list(tmp_path))
    go_on(qtbot, wizard)
    wizard.run_page.start_button.click()
    qtbot.waitUntil(lambda: "Stopped" in wizard.run_page.message.text(), timeout=10000)
    assert "nothing was imported" in wizard.run_page.message.text()
    assert not wizard.run_page.isComplete() and wizard.run_page.start_button.isEnabled()
    assert names(vault) == ["Zoë Van den Bossche"]


def test_notes_from_a_folder_go_into_private_notes_and_an_unreadable_file_is_listed(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    wizard = NotesImportWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(notes_folder(tmp_path)))
    go_on(qtbot, wizard)
    preview = wizard.preview_page.table
    cells = {preview.item(r, 2).text() for r in range(preview.rowCount())}
    assert cells == {"Lotte Claes/2025-03-14 intake.md", "Lotte Claes/verslag.docx"}
    go_on(qtbot, wizard)
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=10000)
    dry = wizard.dry_run_page
    created = [dry.created.item(i).text() for i in range(dry.created.count())]
    assert created[0] == "New mentee: Lotte Claes"
    assert dry.skipped.item(0).text() == "Lotte Claes/verslag.docx: not a readable Word file"
    go_on(qtbot, wizard)
    wizard.run_page.start_button.click()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10000)
    assert wizard.run_page.message.text() == "Imported. Sessions: 1; new mentees: 1."
    [lotte] = mentees.summaries(vault)
    [session] = sessions.sessions_of(vault, lotte.id)
    assert session.private_notes.strip() == "Eerste gesprek." and not session.shared_summary


def test_a_lock_closes_the_import_and_leaves_no_name(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    tmp_path: Path,
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.menu.import_clients.trigger()
    [wizard] = window.findChildren(ClientImportWizard)
    to_dry_run(qtbot, wizard, client_list(tmp_path))
    assert "Lotte Claes" in all_widget_texts()
    window.lock()
    wait_idle(qtbot)
    qtbot.wait(50)
    assert "Lotte" not in all_widget_texts()
    assert "Lotte" not in accessible_text(window)
    assert names_left(window) == []


def names_left(window: MainWindow) -> list[ImportWizard]:
    return [w for w in window.findChildren(ImportWizard) if w.isVisible()]


def test_every_step_names_everything(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    wizard = ClientImportWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(client_list(tmp_path)))
    seen = []
    while wizard.currentPage() is not wizard.run_page:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10000)
        seen.append(unnamed_focusable(wizard))
        go_on(qtbot, wizard)
    seen.append(unnamed_focusable(wizard))
    assert seen == [[]] * 5


def test_a_source_that_cannot_be_read_says_so_and_stays_on_the_first_step(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    wizard = ClientImportWizard(vault)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_page.path_edit.setText(str(tmp_path / "gone.csv"))
    wizard.next()
    message = wizard.choose_page.message
    qtbot.waitUntil(lambda: message.text() == "This could not be read.", timeout=10000)
    assert wizard.currentPage() is wizard.choose_page and wizard.choose_page.isComplete()
