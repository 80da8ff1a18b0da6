"""File > Export calendar, Hours report and Coaching log: the coach chooses how names
appear, the file is written where they say, and no note reaches it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Engagement, Mentee
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.practice_dialogs import (
    PracticeExportDialog,
    calendar_dialog,
    coaching_log_dialog,
    hours_report_dialog,
)
from mentorapp.gui.settings import AppSettings
from mentorapp.services import engagements, mentees, sessions, vault_life
from mentorapp.services.calendar import TitleStyle
from mentorapp.services.exports import CoachInfo
from mentorapp.services.vault_files import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.a11y import unnamed_focusable

COACH = CoachInfo("Sam Coach", "Loopbaancentrum", "")
CANARY = "PRIVCANARY twijfelt aan ontslag"


def client(vault: Vault, name: str, sponsor: str | None) -> MenteeId:
    """A mentee with one logged session of 90 minutes and one planned next week."""
    mentee = mentees.add_mentee(vault, Mentee(full_name=name)).value
    assert mentee.id is not None
    mentee_id = MenteeId(mentee.id)
    started = sessions.start_session(vault, mentee_id, datetime(2026, 3, 2, 10, 0)).value
    sessions.save_session(
        vault,
        dataclasses.replace(
            started,
            duration_minutes=90,
            private_notes=CANARY,
            shared_summary=CANARY,
            next_session_at=datetime.now().replace(microsecond=0) + timedelta(days=7),
        ),
    )
    if sponsor:
        engagements.save_engagement(vault, Engagement(mentee_id, sponsor, contracted_sessions=8))
    return mentee_id


def save(qtbot: QtBot, dialog: PracticeExportDialog, path: Path) -> str:
    """Saves through the dialog as the Save button's file dialog would, and says what for."""
    said: list[str] = []
    dialog.saved.connect(said.append)
    dialog.save_to(path)
    qtbot.waitUntil(lambda: running_count() == 0 and bool(said), timeout=20000)
    return said[0]


def test_calendar_export_with_initials(vault: Vault, qtbot: QtBot, tmp_path: Path) -> None:
    client(vault, "Zoë Van den Bossche", None)
    dialog = calendar_dialog(vault)
    qtbot.addWidget(dialog)
    assert unnamed_focusable(dialog) == []
    assert dialog.title() is TitleStyle.INITIALS  # the default shows no full name
    out = tmp_path / "out"
    out.mkdir()
    said = save(qtbot, dialog, out / "sessies")  # the extension is added
    data = (out / "sessies.ics").read_bytes()
    assert said == "Saved sessies.ics."
    events = Calendar.from_ical(data).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Loopbaangesprek Z.V.d.B."
    ]  # the export language
    assert b"PRIVCANARY" not in data and b"Bossche" not in data
    assert [p.name for p in out.iterdir()] == ["sessies.ics"]  # no temp file left


def test_hours_report_csv_names_clients_by_number(
    vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    first = client(vault, "Zoë Van den Bossche", "Provincie Antwerpen")
    client(vault, "Jan Peeters", "Stad Gent")
    dialog = hours_report_dialog(vault, COACH, Language.NL)
    qtbot.addWidget(dialog)
    assert unnamed_focusable(dialog) == []
    assert [dialog.sponsor.itemText(i) for i in range(dialog.sponsor.count())] == [
        "Provincie Antwerpen",
        "Stad Gent",
    ]
    dialog.names.setCurrentIndex(dialog.names.findText("A number per client"))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.start.setDate(dialog.start.date().addYears(-1))
    save(qtbot, dialog, tmp_path / "uren.csv")
    text = (tmp_path / "uren.csv").read_text(encoding="utf-8-sig")
    assert f"{first:04d}" in text and "1.5" in text.replace(",", ".")
    assert "Zoë" not in text and "Peeters" not in text and "PRIVCANARY" not in text


def test_hours_report_pdf(vault: Vault, qtbot: QtBot, tmp_path: Path) -> None:
    client(vault, "Zoë Van den Bossche", "Provincie Antwerpen")
    dialog = hours_report_dialog(vault, COACH, Language.NL)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.start.date().addYears(-1))
    save(qtbot, dialog, tmp_path / "uren.pdf")
    assert (tmp_path / "uren.pdf").read_bytes().startswith(b"%PDF")


def test_hours_report_needs_a_sponsor(vault: Vault, qtbot: QtBot) -> None:
    client(vault, "Zoë Van den Bossche", None)
    dialog = hours_report_dialog(vault, COACH, Language.NL)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "add one in a mentee's Overview" in dialog.message.text()


def test_coaching_log_refuses_a_period_backwards(
    vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    client(vault, "Zoë Van den Bossche", None)
    dialog = coaching_log_dialog(vault)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.end.date().addDays(1))
    dialog.choose_file()
    assert dialog.message.text() == "The end lies before the start."
    dialog.start.setDate(dialog.start.date().addYears(-2))
    dialog.names.setCurrentIndex(dialog.names.findText("Initials"))
    save(qtbot, dialog, tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert "Z.V.d.B." in text and "2026-03-02" in text
    assert "Bossche" not in text and "PRIVCANARY" not in text
    assert date.today().isoformat() not in text  # a planned session is not logged


def test_file_menu_opens_the_three_exports(
    vault: Vault,
    qtbot: QtBot,
    settings: AppSettings,
    no_keychain: Keychain,
) -> None:
    """The entries are greyed out while locked; unlocked, each opens its dialog."""
    client(vault, "Zoë Van den Bossche", "VDAB")
    folder = vault.folder
    vault.close()
    window = MainWindow(folder, settings, no_keychain)
    qtbot.addWidget(window)
    actions = window.menu
    entries = (actions.hours_report, actions.coaching_log, actions.calendar)
    assert not any(entry.isEnabled() for entry in entries)
    window.enter(vault_life.open_vault(folder, PASSPHRASE))
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() > 0, timeout=20000)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert all(entry in file_menu.actions() for entry in entries)
    texts = [a.text() for a in file_menu.actions() if "&" in a.text()]
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == len(set(keys)), sorted(keys)  # Alt+F then one letter, each its own
    for entry, title in zip(
        entries, ("Hours report", "Coaching log", "Export calendar"), strict=True
    ):
        assert entry.isEnabled()
        entry.trigger()
        shown = [d for d in window.findChildren(PracticeExportDialog) if d.isVisible()]
        assert len(shown) == 1  # the one just opened; a closed one is deleted
        dialog = shown[0]
        assert dialog.windowTitle().startswith(title)
        assert dialog.sponsor.count() == (1 if title == "Hours report" else 0)
        assert unnamed_focusable(dialog) == []
        labels = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
        keys = [t[t.index("&") + 1].lower() for t in labels if "&" in t]
        assert len(keys) == len(set(keys)), sorted(keys)
        dialog.close()
    window.lock()
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
