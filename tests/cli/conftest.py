"""Command-line tests: the real key derivation is replaced by the cheap one of the tests."""

from __future__ import annotations

import io

import pytest

from mentorapp import cli
from mentorapp.store import keyfile
from tests.conftest import FAST_KDF


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-key or a new vault made through the CLI calibrates: use the cheap KDF instead."""
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: FAST_KDF)


WRONG_PASSPHRASE = (
    "mentorapp: error: that passphrase does not open this vault; check Caps Lock and the "
    "keyboard layout, or unlock the vault in the app with its recovery key\n"
)


def run_cli(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | io.TextIOBase | None = ""
) -> tuple[int, str, str]:
    """``mentorapp ARGV`` in-process: exit code, stdout, stderr."""
    given = io.StringIO(stdin) if isinstance(stdin, str) else stdin
    code = cli.main(list(argv), stdin=given)  # type: ignore[arg-type]
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> bool:
    """Exactly one line on stderr, the CLI's own, and no traceback."""
    return (
        err.count("\n") == 1
        and err.endswith("\n")
        and err.startswith("mentorapp: ")
        and "Traceback" not in err
    )


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """English unless a test says otherwise, whatever the locale of the machine."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def in_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The locale of a Flemish coach, as the CLI reads it."""
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
