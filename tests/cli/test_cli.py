"""The command-line contract: formats scripts rely on, secrets from stdin, one-line errors."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mentorapp import cli
from mentorapp.store import keyfile, migrate
from mentorapp.store.vault import Vault
from tests.cli.conftest import WRONG_PASSPHRASE
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

RECOVERY_LINE = re.compile(r"^Recovery key: ([0-9A-F]{4}(-[0-9A-F]{4}){15})$", re.MULTILINE)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: FAST_KDF)


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    code = cli.main(list(argv), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_prints_recovery_key_that_opens_the_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "coach.mentorvault"
    code, out, err = run(capsys, "vault", "create", str(path), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    match = RECOVERY_LINE.search(out)
    assert match, out
    Vault.open_with_recovery_key(path, match.group(1)).close()
    Vault.open(path, PASSPHRASE).close()


def test_mentees_and_search_are_tab_separated(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = add_mentee_with_session(vault, "Ελένη Παπαδοπούλου", private="wil naar HR-carrière")
    second = add_mentee_with_session(vault, "Tab\tin\nname", shared="carrière gesprek")
    vault.close()
    code, out, _ = run(capsys, "mentees", str(vault_path), stdin=PASSPHRASE + "\n")
    assert code == 0
    assert out.splitlines() == [
        f"{first}\tΕλένη Παπαδοπούλου\t\tintake",
        f"{second}\tTab in name\t\tintake",
    ]
    code, out, _ = run(capsys, "search", str(vault_path), "carriere", stdin=PASSPHRASE + "\n")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert {tuple(line[:2]) for line in lines} == {
        (str(first), "2026-11-20"),
        (str(second), "2026-11-20"),
    }
    assert all(len(line) == 3 and "[carrière]" in line[2] for line in lines)


def test_wrong_passphrase_is_one_line_and_changes_nothing(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    before = snapshot(vault_path)
    code, out, err = run(capsys, "mentees", str(vault_path), stdin="not the passphrase\n")
    assert code == 1 and out == ""
    assert err == WRONG_PASSPHRASE
    assert snapshot(vault_path) == before


def test_errors_are_translated_to_dutch(
    vault: Vault,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    _, _, err = run(capsys, "mentees", str(vault_path), stdin="not the passphrase\n")
    assert err == (
        "mentorapp: fout: die wachtwoordzin opent deze kluis niet; controleer Caps Lock en de "
        "toetsenbordindeling, of ontgrendel de kluis in de app met haar herstelsleutel\n"
    )


def test_not_a_vault_and_missing_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "mentees", str(tmp_path), stdin=PASSPHRASE + "\n")
    assert (code, err) == (1, f"mentorapp: error: no Mentorapp vault at {tmp_path}\n")
    # No secret where one is expected is an error (1), not a usage error.
    code, _, err = run(capsys, "vault", "create", str(tmp_path / "x.mentorvault"), stdin="")
    assert code == 1 and "passphrase" in err and err.count("\n") == 1
    assert not (tmp_path / "x.mentorvault").exists()


def test_passwd_reads_current_then_new_passphrase(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    code, _, err = run(
        capsys, "vault", "passwd", str(vault_path), stdin=f"{PASSPHRASE}\nnew passphrase 2026\n"
    )
    assert (code, err) == (0, "")
    Vault.open(vault_path, "new passphrase 2026").close()


def test_rekey_prints_a_new_recovery_key(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = vault.recovery_key()
    vault.close()
    code, out, _ = run(capsys, "vault", "rekey", str(vault_path), stdin=PASSPHRASE + "\n")
    match = RECOVERY_LINE.search(out)
    assert code == 0 and match and match.group(1) != old
    Vault.open_with_recovery_key(vault_path, match.group(1)).close()


def test_check_reports_ok(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    code, out, _ = run(capsys, "vault", "check", str(vault_path), stdin=PASSPHRASE + "\n")
    assert (
        code == 0 and out.splitlines()[-1] == "ok" and f"schema: {migrate.head_revision()}" in out
    )


def test_export_data_leaves_private_notes_out_unless_asked(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault, private="PRIVATE-CANARY-42", shared="gedeelde tekst")
    vault.close()
    shared_out, full_out = tmp_path / "shared.json", tmp_path / "full.json"
    code, _, _ = run(
        capsys,
        "export",
        "data",
        str(vault_path),
        str(mentee),
        str(shared_out),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0
    text = shared_out.read_text(encoding="utf-8")
    assert "PRIVATE-CANARY-42" not in text and not _keys_starting(json.loads(text), "private_")
    assert json.loads(text)["sessions"][0]["shared_summary"] == "gedeelde tekst"
    code, _, _ = run(
        capsys,
        "export",
        "data",
        str(vault_path),
        str(mentee),
        str(full_out),
        "--include-private",
        stdin=PASSPHRASE + "\n",
    )
    document = json.loads(full_out.read_text(encoding="utf-8"))
    assert code == 0 and document["includes_private_notes"] is True
    assert document["sessions"][0]["private_notes"] == "PRIVATE-CANARY-42"
    assert "private_background" in _keys_starting(document, "private_")
    assert oct(full_out.stat().st_mode & 0o777) == "0o600"


def _keys_starting(value: object, prefix: str) -> list[str]:
    if isinstance(value, dict):
        found = [k for k in value if k.startswith(prefix)]
        return found + [k for v in value.values() for k in _keys_starting(v, prefix)]
    if isinstance(value, list):
        return [k for v in value for k in _keys_starting(v, prefix)]
    return []


def test_erase_needs_yes_without_a_terminal(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault)
    vault.close()
    code, _, err = run(capsys, "erase", str(vault_path), str(mentee), stdin=PASSPHRASE + "\n")
    assert code == 2 and "--yes" in err
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert opened.count_rows("mentees") == 1
    code, out, _ = run(
        capsys, "erase", str(vault_path), str(mentee), "--yes", stdin=PASSPHRASE + "\n"
    )
    assert code == 0 and "Erased" in out
    code, _, err = run(
        capsys, "erase", str(vault_path), str(mentee), "--yes", stdin=PASSPHRASE + "\n"
    )
    assert code == 1
    assert err == (
        f"mentorapp: error: no mentee with id {mentee}; "
        f"see the list with 'mentorapp mentees {vault_path}'\n"
    )


def test_bad_mentee_id_is_a_usage_error(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    code, _, err = run(
        capsys,
        "export",
        "data",
        str(vault_path),
        "abc",
        str(tmp_path / "o.json"),
        stdin=PASSPHRASE + "\n",
    )
    assert code == 2 and "MENTEE_ID" in err


def test_real_process_errors_have_no_traceback(vault: Vault, vault_path: Path) -> None:
    """Through the installed entry point: stdin not a terminal, one line on stderr."""
    vault.close()
    env = {**os.environ, "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "mentorapp", "mentees", str(vault_path)],
        input="wrong wrong wrong\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == WRONG_PASSPHRASE
    assert "Traceback" not in done.stderr
