"""``mentorapp vault retune PATH``: one line with the new and the old unlock time.

The times are injected (a fake KDF clock for the unlock; the fake calibration of
tests/cli/conftest.py replaced by another cheap one): no real time is asserted.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from mentorapp.cli_vault_tune import retuned_line
from mentorapp.store import keyfile
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.vault import Vault, db_path, key_path
from tests.cli.conftest import WRONG_PASSPHRASE, one_error_line, run_cli
from tests.conftest import PASSPHRASE
from tests.services.kdf_fakes import RETUNED_KDF, fake_kdf_clock

LINE = re.compile(r"^Unlock now takes \d+\.\d s on this computer \(was 2\.4 s\)\.\n$")


@pytest.fixture(autouse=True)
def _retuned_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: RETUNED_KDF)
    fake_kdf_clock(monkeypatch, 2.4)  # every timed unlock derivation takes 2.4 s


def test_retune_prints_the_new_and_the_old_time(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, data_key = vault.folder, vault.data_key
    vault.close()
    before = hashlib.sha256(db_path(folder).read_bytes()).digest()
    code, out, err = run_cli(capsys, "vault", "retune", str(folder), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert LINE.match(out), out
    assert KeyFile.load(key_path(folder)).params == RETUNED_KDF
    assert hashlib.sha256(db_path(folder).read_bytes()).digest() == before
    with Vault.open(folder, PASSPHRASE) as again:
        assert again.data_key == data_key


def test_retune_with_a_wrong_passphrase_changes_nothing(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = vault.folder
    vault.close()
    before = key_path(folder).read_bytes()
    code, out, err = run_cli(capsys, "vault", "retune", str(folder), stdin="not the passphrase\n")
    assert (code, out) == (1, "")
    assert one_error_line(err) and err == WRONG_PASSPHRASE
    assert key_path(folder).read_bytes() == before


def test_retune_is_listed_under_vault(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:  # --help prints and exits 0, as argparse does
        run_cli(capsys, "vault", "--help")
    assert exited.value.code == 0
    assert "retune      make unlocking take about half a second" in capsys.readouterr().out


def test_the_line_rounds_to_a_tenth() -> None:
    assert retuned_line(0.612, 2.449) == "Unlock now takes 0.6 s on this computer (was 2.4 s)."
    assert retuned_line(0.612, None) == "Unlock now takes 0.6 s on this computer."


def test_a_path_that_is_no_vault_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "vault", "retune", str(tmp_path / "nothing"), stdin=PASSPHRASE + "\n"
    )
    assert code == 1 and out == "" and one_error_line(err)
