"""Reading commands work beside the window that writes the vault; writing ones say why not."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from mentorapp import cli
from mentorapp.gui import app as gui_app
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv), stdin=io.StringIO(PASSPHRASE + "\n"))
    out, err = capsys.readouterr()
    return code, out, err


def test_mentees_search_and_check_read_beside_a_writer_that_erase_waits_for(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault, "Ελένη", shared="carrière gesprek")
    assert vault.is_open  # the app has it open for writing
    code, out, err = _run(capsys, "mentees", str(vault_path))
    assert (code, err) == (0, "") and out.startswith(f"{mentee}\tΕλένη")
    code, out, err = _run(capsys, "search", str(vault_path), "carriere")
    assert (code, err) == (0, "") and out.startswith(f"{mentee}\t")
    code, out, err = _run(capsys, "vault", "check", str(vault_path))
    assert (code, err) == (0, "") and out.endswith("ok\n")

    code, out, err = _run(capsys, "erase", str(vault_path), str(mentee), "--yes")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "open in another window or process" in err
    assert vault.count_rows("mentees") == 1


def test_the_apps_own_options_give_one_line_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        gui_app.run(["--lang", "xx"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("mentorapp: error: ")
