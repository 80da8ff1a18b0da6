"""The command line writes its own diagnostic log, in the platform's log folder."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorapp import cli
from mentorapp.services import diagnostics


@pytest.fixture
def state_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    diagnostics.stop_log()
    yield state
    diagnostics.stop_log()


def test_a_command_starts_the_cli_log_and_leaves_no_path_in_it(
    state_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "KANARIE-Peeters.mentorvault"
    passphrase = io.StringIO("KANARIE wachtwoord 7731 zin\n")
    assert cli.main(["vault", "check", str(missing)], stdin=passphrase) != 0
    assert "KANARIE" in capsys.readouterr().err  # the coach is told which folder
    log = state_home / "Mentorapp" / "log" / "cli.log"
    assert diagnostics.current_log() == log
    text = log.read_text(encoding="utf-8")
    assert " INFO cli " in text and "started: app" in text
    assert "KANARIE" not in text and str(tmp_path) not in text
