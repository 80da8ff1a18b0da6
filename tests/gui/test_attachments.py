"""A coach keeps a mentee's files in the vault: adds a CV (PDF) and a photo of a flip
chart, opens them in the app's own viewer (from memory, never a temp file), marks one as
shared, deletes one; a file over the limit is refused with the limit named; a lock leaves
no title or file name in any widget."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.attachments import AttachmentsPage
from mentorapp.gui.attachments.page import AttachmentDialog
from mentorapp.gui.attachments.viewer import AttachmentViewer
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import attachments
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session, tmpdir_files
from tests.gui.a11y import accessible_text, all_widget_texts, unnamed_focusable
from tests.gui.test_moves_log import visible_mnemonics

TITLE = "CVCANARY"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def pdf_file(folder: Path) -> Path:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Curriculum vitae")
    page.showPage()
    page.save()
    path = folder / f"{TITLE}.pdf"
    path.write_bytes(out.getvalue())
    return path


def png_file(folder: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d4f91"))
    path = folder / "FLIPCANARY.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def mentee_id(vault: Vault) -> MenteeId:
    return add_mentee_with_session(vault)


@pytest.fixture
def page(qtbot: QtBot, vault: Vault, mentee_id: MenteeId) -> AttachmentsPage:
    shown = AttachmentsPage()
    qtbot.addWidget(shown)
    shown.show_mentee(vault, mentee_id)
    wait_idle(qtbot)
    return shown


def titles(page: AttachmentsPage) -> list[str]:
    return [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]


def test_an_added_file_is_private_with_its_size_and_opens_from_memory(
    qtbot: QtBot, page: AttachmentsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    path = pdf_file(tmp_path)
    page.add_file(path)
    qtbot.waitUntil(lambda: titles(page) == [TITLE], timeout=10000)
    item = page.list.topLevelItem(0)
    assert item.text(3) == "Private" and not item.icon(3).isNull()
    assert item.text(2).endswith("KB") or item.text(2).endswith(" B")
    assert "Added" in page.status.text()

    page.list.setCurrentItem(item)
    page.open_selected()
    qtbot.waitUntil(lambda: bool(page.window().findChildren(AttachmentViewer)), timeout=10000)
    viewer = page.window().findChildren(AttachmentViewer)[0]
    assert viewer.document is not None and viewer.document.pageCount() == 1
    assert viewer.findChild(QPdfView) is not None
    assert tmpdir_files() == []  # nothing decrypted beside the vault
    viewer.close()


def test_an_image_shows_in_a_label_and_other_kinds_offer_only_a_copy(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, tmp_path: Path
) -> None:
    image = attachments.attach(vault, mentee_id, png_file(tmp_path)).value
    viewer = AttachmentViewer(image, attachments.content(vault, image.id))  # type: ignore[arg-type]
    qtbot.addWidget(viewer)
    assert any(label.pixmap().width() == 40 for label in viewer.findChildren(QLabel))

    text = attachments.attach(vault, mentee_id, b"plain", "Agreement", file_name="a.txt").value
    other = AttachmentViewer(text, b"plain")
    qtbot.addWidget(other)
    shown = [label.text() for label in other.findChildren(QLabel)]
    assert "This copy is not encrypted." in shown
    assert "Mentorapp cannot show this kind of file." in shown
    assert other.findChild(QPdfView) is None


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    qtbot: QtBot, page: AttachmentsPage, vault: Vault, mentee_id: MenteeId, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(attachments.MAX_BYTES + 1)  # sparse: no 25 MB written
    page.add_file(big)
    wait_idle(qtbot)
    assert "at most 25 MB" in page.status.text()
    assert attachments.attachments(vault, mentee_id) == []


def test_title_date_and_privacy_are_edited_and_a_delete_asks_first(
    qtbot: QtBot,
    page: AttachmentsPage,
    vault: Vault,
    mentee_id: MenteeId,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attachments.attach(vault, mentee_id, png_file(tmp_path))
    page.reload()
    qtbot.waitUntil(lambda: titles(page) == ["FLIPCANARY"], timeout=10000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    page.edit_selected()
    edit = page.window().findChildren(AttachmentDialog)[0]
    assert edit.private_box.isChecked()
    edit.title_edit.setText("Flip chart, session 2")
    edit.private_box.setChecked(False)
    edit._accept()
    qtbot.waitUntil(lambda: titles(page) == ["Flip chart, session 2"], timeout=10000)
    assert page.list.topLevelItem(0).text(3) == "Shared"
    assert page.list.topLevelItem(0).icon(3).isNull()
    assert attachments.attachments(vault, mentee_id)[0].private is False

    page.list.setCurrentItem(page.list.topLevelItem(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    page.delete_selected()
    wait_idle(qtbot)
    assert len(attachments.attachments(vault, mentee_id)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    qtbot.waitUntil(lambda: titles(page) == [], timeout=10000)
    assert attachments.attachments(vault, mentee_id) == []


def test_a_lock_leaves_no_attachment_in_any_widget(
    qtbot: QtBot,
    vault: Vault,
    mentee_id: MenteeId,
    settings: AppSettings,
    no_keychain: Keychain,
    tmp_path: Path,
) -> None:
    attachments.attach(vault, mentee_id, pdf_file(tmp_path))
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.reload_mentees(keep=mentee_id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=10000)
    assert window.menu.attachments.shortcut() == QKeySequence("Ctrl+6")
    window.menu.attachments.trigger()  # Go > Attachments tab
    page = window.workspace.attachments
    assert window.workspace.currentWidget() is page
    qtbot.waitUntil(lambda: titles(page) == [TITLE], timeout=10000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    page.open_selected()
    qtbot.waitUntil(lambda: bool(window.findChildren(AttachmentViewer)), timeout=10000)
    assert TITLE in all_widget_texts()

    window.lock()  # as the idle timer does; Ctrl+L belongs to the main window
    assert window.vault is None
    wait_idle(qtbot)
    qtbot.wait(50)
    QApplication.processEvents()
    assert TITLE not in all_widget_texts()
    assert TITLE not in accessible_text(window)
    assert not [v for v in window.findChildren(AttachmentViewer) if v.isVisible()]


def test_the_pages_mnemonics_clash_with_nothing_on_screen(
    qtbot: QtBot,
    vault: Vault,
    mentee_id: MenteeId,
    settings: AppSettings,
    no_keychain: Keychain,
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.reload_mentees(keep=mentee_id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=10000)
    window.workspace.setCurrentWidget(window.workspace.attachments)
    wait_idle(qtbot)
    keys = visible_mnemonics(window)
    # The tab has no Alt+letter: each letter of "Attachments" is taken (Ctrl+6 reaches it).
    assert window.workspace.tabText(5) == "Attachments"
    assert {"a", "v", "e", "y", "l"} <= set(keys)
    assert len(keys) == len(set(keys)), [k for k in set(keys) if keys.count(k) > 1]


def test_the_page_the_viewer_and_the_edit_dialog_name_everything(
    qtbot: QtBot, page: AttachmentsPage, vault: Vault, mentee_id: MenteeId, tmp_path: Path
) -> None:
    stored = attachments.attach(vault, mentee_id, pdf_file(tmp_path)).value
    page.reload()
    qtbot.waitUntil(lambda: titles(page) == [TITLE], timeout=10000)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    page.show()
    assert unnamed_focusable(page) == []
    viewer = page.show_viewer(stored, attachments.content(vault, stored.id))  # type: ignore[arg-type]
    qtbot.addWidget(viewer)
    assert unnamed_focusable(viewer) == []
    edit = AttachmentDialog(stored)
    qtbot.addWidget(edit)
    edit.show()
    assert unnamed_focusable(edit) == []
