"""``mentorapp --self-test``: one line, the right exit code, nothing left behind."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mentorapp import __main__ as entry
from mentorapp.services import self_test
from mentorapp.store.errors import VaultDamaged

OK_LINE = re.compile(
    r"self-test ok: vault, mentee, session, plan, answers, search, plan PDF, blank form, "
    r"backup, check, keyring \(\d+\.\d s\)\n"
)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's temporary folders go here, so a test can see they are gone."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_the_self_test_passes_prints_one_line_and_leaves_nothing(
    scratch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry.main(["--self-test"]) == 0
    out, err = capsys.readouterr()
    assert OK_LINE.fullmatch(out), out
    assert err == ""
    assert list(scratch.iterdir()) == []


def test_the_console_entry_runs_it_too(scratch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.cli_main(["--self-test"]) == 0
    assert OK_LINE.fullmatch(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("step", "function"),
    [
        (self_test.Step.VAULT, "_vault"),
        (self_test.Step.SEARCH, "_search"),
        (self_test.Step.BACKUP, "_backup"),
        (self_test.Step.KEYRING, "_keyring"),
    ],
)
def test_a_failing_step_gives_exit_1_and_names_the_step_and_the_error_type_only(
    scratch: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: self_test.Step,
    function: str,
) -> None:
    secret = f"{scratch}/Zoë private"

    def broken(run: object) -> None:
        raise VaultDamaged(secret)

    steps = tuple((s, broken if s is step else a) for s, a in self_test.STEPS)
    monkeypatch.setattr(self_test, "STEPS", steps)
    out = io.StringIO()
    assert self_test.main([], out) == 1
    line = out.getvalue()
    assert re.fullmatch(rf"self-test FAILED at {step.value}: VaultDamaged \(\d+\.\d s\)\n", line), (
        line
    )
    assert "Zoë" not in line and str(scratch) not in line
    assert list(scratch.iterdir()) == []  # removed, the vault closed first


def test_a_step_that_gives_a_wrong_result_fails_too(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The search runs but finds nothing: a wrong answer, not an error.
    monkeypatch.setattr(self_test.search, "search", lambda vault, query: [])
    result = self_test.run_self_test()
    assert not result.ok
    assert (result.failed_at, result.error) == (self_test.Step.SEARCH, "SelfTestFailed")
    assert result.line().startswith("self-test FAILED at search: SelfTestFailed (")


def test_a_folder_that_cannot_be_removed_fails_at_cleanup(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(self_test.shutil, "rmtree", lambda path, ignore_errors: None)
    result = self_test.run_self_test()
    assert (result.ok, result.failed_at, result.error) == (
        False,
        self_test.Step.CLEANUP,
        "SelfTestFailed",
    )


def test_other_arguments_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.main(["--self-test", "--lang"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1


def test_no_qt_is_loaded_and_no_display_is_needed(tmp_path: Path) -> None:
    """The bundle runs it on a server: a fresh process must not import PySide6."""
    code = (
        "import sys; from mentorapp.__main__ import main; rc = main(['--self-test']); "
        "sys.exit(rc or any(m.startswith('PySide6') for m in sys.modules) * 3)"
    )
    env = {
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "TMPDIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert OK_LINE.fullmatch(done.stdout)


def test_a_bundle_without_its_keychain_module_fails_at_keyring(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a frozen build that lost secretstorage (or keyring's entry points) shows."""
    monkeypatch.setitem(self_test.OS_KEYRINGS, sys.platform, ("SecretService", "no_such_mod"))
    result = self_test.run_self_test()
    assert (result.failed_at, result.error) == (self_test.Step.KEYRING, "ModuleNotFoundError")
    monkeypatch.setitem(self_test.OS_KEYRINGS, sys.platform, ("NoSuchBackend", ""))
    result = self_test.run_self_test()
    assert (result.failed_at, result.error) == (self_test.Step.KEYRING, "SelfTestFailed")
