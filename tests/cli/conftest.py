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
