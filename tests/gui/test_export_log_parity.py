"""One use case, one log: a data export from the CLI is logged exactly like the GUI's."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorapp import cli
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import ExportRecord
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session


def _logged(vault: Vault, mentee: MenteeId) -> list[ExportRecord]:
    return mentees.mentee_records(vault, mentee).exports


def _comparable(record: ExportRecord) -> dict[str, object]:
    """What must agree between two logs of the same export: all but id, time and hash."""
    fields = dataclasses.asdict(record)
    for varying in ("id", "exported_at", "file_sha256"):
        fields.pop(varying)
    return fields


def test_cli_and_gui_data_exports_leave_the_same_log_line(
    qtbot: QtBot,
    vault: Vault,
    vault_path: Path,
    settings: AppSettings,
    no_keychain: Keychain,
    tmp_path: Path,
) -> None:
    mentee = add_mentee_with_session(vault, private="PRIVATE-PARITY", shared="gedeeld")
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(mentee)
    from_gui = tmp_path / "gui.json"
    window.exports.export_data_to(from_gui, include_private=False)
    qtbot.waitUntil(lambda: running_count() == 0 and len(_logged(vault, mentee)) == 1)
    window.close()  # closes the vault, so the CLI can open it

    from_cli = tmp_path / "cli.json"
    argv = ["export", "data", str(vault_path), str(mentee), str(from_cli)]
    assert cli.main(argv, stdin=io.StringIO(PASSPHRASE + "\n")) == 0

    with Vault.open(vault_path, PASSPHRASE) as reopened:
        gui_record, cli_record = _logged(reopened, mentee)
    assert _comparable(gui_record) == _comparable(cli_record)
    assert gui_record.what == "data-json" and gui_record.mentee_id == mentee
    for record, file in ((gui_record, from_gui), (cli_record, from_cli)):
        assert record.file_sha256 == hashlib.sha256(file.read_bytes()).hexdigest()
        assert "PRIVATE-PARITY" not in file.read_text(encoding="utf-8")
