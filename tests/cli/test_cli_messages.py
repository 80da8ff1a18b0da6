"""The CLI's sentences say what happened and name what they are about (issue 10)."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from mentorapp import cli_messages
from mentorapp.services import exports, plans, vault_life
from mentorapp.store.errors import WrongPassphrase
from mentorapp.store.vault import Vault
from tests.cli.conftest import WRONG_PASSPHRASE, one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session, snapshot

SHORT = "kort"  # shorter than the 12 characters a new passphrase needs


@pytest.mark.parametrize(
    "command", [["mentees"], ["vault", "recovery-key"], ["vault", "rekey"], ["vault", "backup"]]
)
def test_a_short_passphrase_to_unlock_is_simply_wrong(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    vault.close()
    before = snapshot(vault_path)
    code, out, err = run_cli(capsys, *command, str(vault_path), stdin=SHORT + "\n")
    assert (code, out, err) == (1, "", WRONG_PASSPHRASE)
    assert snapshot(vault_path) == before


def test_a_short_passphrase_beside_the_open_app_is_wrong_too(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app holds the vault, so the reading command opens it read-only: same answer."""
    assert vault.is_open
    code, _, err = run_cli(capsys, "mentees", str(vault_path), stdin=SHORT + "\n")
    assert (code, err) == (1, WRONG_PASSPHRASE)


def test_the_apps_passphrase_check_calls_a_short_one_wrong(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        vault_life.verify_passphrase(vault_path, SHORT)
    with pytest.raises(WrongPassphrase):
        vault_life.open_vault(vault_path, SHORT)


def test_a_short_new_passphrase_is_still_too_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "vault", "create", str(tmp_path / "n.mentorvault"), stdin=SHORT)
    assert (code, err) == (1, "mentorapp: error: the passphrase must be at least 12 characters\n")
    assert not (tmp_path / "n.mentorvault").exists()


# ---- output files and the logo: named, and refused before the passphrase is asked --------


@pytest.fixture
def planned(vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A closed vault whose mentee has a plan; no coach details in any settings file."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mentee = add_mentee_with_session(vault, "Met Plan")
    plans.new_plan(vault, mentee, "Groeien in de breedte", date(2026, 11, 30))
    vault.close()
    return str(mentee)


def test_a_missing_output_folder_is_named_before_any_passphrase(
    planned: str, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder"
    for argv in (
        ["export", "plan", str(vault_path), planned, str(missing / "plan.pdf")],
        ["export", "data", str(vault_path), planned, str(missing / "data.json")],
        ["export", "form", str(missing / "form.pdf")],
    ):
        code, out, err = run_cli(capsys, *argv, stdin="")  # no passphrase: it is not asked
        assert (code, out) == (1, "")
        assert err == (
            f"mentorapp: error: the folder {missing} does not exist; "
            "create it first or choose another place\n"
        )
    code, _, err = run_cli(capsys, "export", "form", str(tmp_path))
    assert (code, err) == (
        1,
        f"mentorapp: error: {tmp_path} is a folder; give the name of the file to write in it\n",
    )
    assert not missing.exists()


def test_a_file_system_error_names_its_path_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "form.pdf"

    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(exports, "write_file", refuse)
    code, _, err = run_cli(capsys, "export", "form", str(target))
    assert (code, err) == (1, f"mentorapp: error: no permission to use {target}\n")


@pytest.mark.parametrize(
    ("number", "sentence"),
    [
        (errno.ENOENT, "/x/y does not exist"),
        (errno.EROFS, "/x/y is on a read-only disk"),
        (errno.EISDIR, "/x/y is a folder, not a file"),
        (errno.ENOTDIR, "a part of /x/y is not a folder"),
        (errno.ENAMETOOLONG, "the name /x/y is too long"),
        (errno.EIO, "/x/y could not be read or written (EIO)"),
        (errno.ENOSPC, "the disk is full; nothing was changed"),
    ],
)
def test_os_errors_are_sentences_not_strerror(number: int, sentence: str) -> None:
    assert cli_messages.os_error_message(OSError(number, "C library words"), "/x/y") == sentence
    assert "C library" not in cli_messages.os_error_message(OSError(number, "C library"), None)


def test_a_missing_or_unreadable_logo_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "form.pdf"
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(b"\x89PNG\r\n\x1a\n")  # the header only: would not decode
    for logo, why in (
        (tmp_path / "nope.png", "does not exist"),
        (tmp_path, "cannot be read"),
        (text, "is not a PNG or JPEG image"),
        (truncated, "is not a PNG or JPEG image"),
    ):
        code, _, err = run_cli(capsys, "export", "form", str(out), "--logo", str(logo))
        assert (code, err) == (1, f"mentorapp: error: the logo {logo} {why}\n")
        assert not out.exists()
    good = tmp_path / "good.png"
    Image.new("RGB", (20, 6), (31, 85, 102)).save(good)
    code, _, err = run_cli(capsys, "export", "form", str(out), "--logo", str(good))
    assert (code, err) == (0, "") and out.read_bytes().startswith(b"%PDF")


# ---- the coach's details on a plan ----------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "warning"),
    [
        ([], "the PDF shows no coach name or organisation; give --coach and --organisation, "),
        (["--coach", "Sam"], "the PDF shows no organisation; give --organisation, "),
        (["--organisation", "Loopbaanpunt"], "the PDF shows no coach name; give --coach, "),
        (["--coach", "Sam", "--organisation", "Loopbaanpunt"], None),
    ],
)
def test_a_plan_without_the_coachs_details_warns_once(
    planned: str,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    warning: str | None,
) -> None:
    out = tmp_path / "plan.pdf"
    argv = ["export", "plan", str(vault_path), planned, str(out), *flags]
    code, stdout, err = run_cli(capsys, *argv, stdin=PASSPHRASE + "\n")
    assert code == 0 and stdout.startswith("Exported plan v1 of mentee") and out.exists()
    if warning is None:
        assert err == ""
    else:
        assert one_error_line(err) and err.startswith(f"mentorapp: warning: {warning}"), err


# ---- search: private hits marked --------------------------------------------------------------


def test_search_marks_private_hits_and_keeps_three_columns(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    private = add_mentee_with_session(vault, "Noor", private="twijfelt over ontslag")
    shared = add_mentee_with_session(vault, "An", shared="denkt aan ontslag nemen")
    vault.close()
    code, out, _ = run_cli(capsys, "search", str(vault_path), "ontslag", stdin=PASSPHRASE + "\n")
    assert code == 0
    rows = {}
    for line in out.splitlines():
        mentee, when, snippet = line.split("\t")  # what old scripts do
        rows[int(mentee)] = (when, snippet)
    assert rows[private] == ("2026-11-20", "\N{LOCK} twijfelt over [ontslag]")
    assert rows[shared] == ("2026-11-20", "denkt aan [ontslag] nemen")

    code, out, _ = run_cli(
        capsys, "search", str(vault_path), "ontslag", "--privacy", stdin=PASSPHRASE + "\n"
    )
    assert code == 0
    classes = {int(line.split("\t")[0]): line.split("\t")[3] for line in out.splitlines()}
    assert classes == {private: "private", shared: "shared"}
    assert all(len(line.split("\t")) == 4 for line in out.splitlines())


def test_the_desktop_apps_usage_errors_speak_dutch_too(tmp_path: Path) -> None:
    """``mentorapp --lang xx`` goes to the desktop app's parser: same language as the CLI."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "LANG": "nl_BE.UTF-8", "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "mentorapp", "--lang", "xx"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("mentorapp: fout: argument --lang: ongeldige keuze")
    assert done.stderr.count("\n") == 1
