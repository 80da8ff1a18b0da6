"""Hostile command lines: ids, limits, usage and stdin fuzzed; one line, right code, no change.

Mentee ids are ASCII digits from 1 to 2**63-1 and ``--limit`` ASCII digits from 1 to
1000. ``str.isdigit`` (the old check) accepted superscripts and other scripts' digits:
``erase V ² --yes`` crashed and ``erase V ٣ --yes`` erased mentee 3. Every case here
must give exactly one line on stderr, exit 2 (usage) or 1 (error), no traceback, the
vault folder byte-identical, and take well under a second.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentorapp import cli, cli_messages
from mentorapp.store import errors
from mentorapp.store.vault import Vault
from tests.cli.conftest import WRONG_PASSPHRASE, one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session, snapshot

CASE_SECONDS = 5.0
BAD_IDS = [
    "²",  # isdigit() is True, int() raises ValueError
    "³",
    "٣",  # ARABIC-INDIC DIGIT THREE: int() reads 3
    "١",
    "१",  # DEVANAGARI ONE
    "𝟙",  # MATHEMATICAL DOUBLE-STRUCK ONE
    "１",  # FULLWIDTH ONE
    "0",
    "00",
    "-1",
    "+1",
    " 1",
    "1 ",
    "1\n",
    "1\x00",
    "1e3",
    "0x1",
    "1_0",
    "1.0",
    "",
    "abc",
    "\x1b[2J",
    "9" * 19,  # above 2**63-1
    str(2**63),
    "9" * 23,  # OverflowError before
    "1" * 5000,
]
BAD_LIMITS = ["abc", "0", "-1", "1001", "9" * 23, "٣", "²", "1.5", "", " 5", "5 ", "1e2", "0x10"]
USAGE = [
    ["bogus"],
    ["vault"],
    ["vault", "bogus", "V"],
    ["vault", "create"],
    ["vault", "restore", "V"],
    ["export"],
    ["export", "form", "o.pdf", "--lang", "xx"],
    ["export", "plan", "V", "1", "o.pdf", "--lang", "xx"],
    ["mentees"],
    ["mentees", "V", "--bogus"],
    ["mentees", "V", "extra"],
    ["search", "V"],
    ["search", "V", "q", "--limit"],
    ["erase", "V"],
    ["mentees", "V", "line\nbreak"],  # argparse echoes unknown arguments unquoted
    ["bogus\x1b[31m\nsecond line"],
]


@pytest.fixture
def closed_vault(vault: Vault, vault_path: Path) -> Path:
    first = add_mentee_with_session(vault, "Mentee One")
    assert first == 1
    for i in range(2, 4):
        add_mentee_with_session(vault, f"Mentee {i}")
    vault.close()
    return vault_path


def _assert_refused(
    capsys: pytest.CaptureFixture[str], folder: Path, argv: list[str], code: int
) -> float:
    before = snapshot(folder)
    started = time.perf_counter()
    got, out, err = run_cli(capsys, *argv, stdin=PASSPHRASE + "\n")
    took = time.perf_counter() - started
    assert (got, out) == (code, ""), (argv, err)
    assert one_error_line(err) and err.startswith("mentorapp: error: "), (argv, err)
    assert snapshot(folder) == before, argv
    assert took < CASE_SECONDS, (argv, took)
    return took


def test_fuzzed_mentee_ids_are_one_line_usage_errors(
    closed_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    for mentee_id in BAD_IDS:
        for argv in (
            ["erase", str(closed_vault), mentee_id, "--yes"],
            ["export", "data", str(closed_vault), mentee_id, str(tmp_path / "o.json")],
            ["export", "plan", str(closed_vault), mentee_id, str(tmp_path / "o.pdf")],
        ):
            _assert_refused(capsys, closed_vault, argv, cli.EXIT_USAGE)
    assert not (tmp_path / "o.json").exists() and not (tmp_path / "o.pdf").exists()
    with Vault.open(closed_vault, PASSPHRASE) as still:
        assert still.count_rows("mentees") == 3  # mentee 3 above all (the "٣" case)
    assert time.perf_counter() - started < 30


def test_the_error_names_the_value_safely(
    closed_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "erase", str(closed_vault), "٣", "--yes")
    assert code == 2
    assert err == (
        "mentorapp: error: MENTEE_ID must be a number from 1 to 9223372036854775807, "
        "not '\\u0663'\n"
    )
    _, _, err = run_cli(capsys, "erase", str(closed_vault), "1" * 5000, "--yes")
    assert len(err) < 200


def test_ids_at_the_bounds_pass_the_check(
    closed_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The largest id is a number like any other: no such mentee, exit 1, one line."""
    before = snapshot(closed_vault)
    code, out, err = run_cli(
        capsys, "erase", str(closed_vault), str(2**63 - 1), "--yes", stdin=PASSPHRASE + "\n"
    )
    assert (code, out) == (1, "") and one_error_line(err) and "no mentee" in err
    assert snapshot(closed_vault) == before
    # Leading zeros are still the number: mentee 2, found (and not erased without --yes).
    code, _, err = run_cli(capsys, "erase", str(closed_vault), "0002", stdin=PASSPHRASE + "\n")
    assert code == 2 and "--yes" in err


def test_fuzzed_search_limits_are_one_line_usage_errors(
    closed_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    for limit in BAD_LIMITS:
        _assert_refused(
            capsys,
            closed_vault,
            ["search", str(closed_vault), "Mentee", "--limit", limit],
            cli.EXIT_USAGE,
        )
        _assert_refused(
            capsys, closed_vault, ["search", str(closed_vault), "x", f"--limit={limit}"], 2
        )
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize("limit", ["1", "1000", "0050"])
def test_limits_in_range_search(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    code, _, err = run_cli(
        capsys, "search", str(closed_vault), "Mentee", "--limit", limit, stdin=PASSPHRASE + "\n"
    )
    assert (code, err) == (0, "")


@pytest.mark.parametrize("argv", USAGE, ids=[" ".join(a) for a in USAGE])
def test_usage_errors_are_one_line_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert one_error_line(err) and err.startswith("mentorapp: error: "), err
    assert "usage:" not in err


def test_help_and_version_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["vault", "--help"], ["vault", "restore", "--help"]):
        with pytest.raises(SystemExit) as done:
            cli.main(argv)
        out, err = capsys.readouterr()
        assert done.value.code == 0 and out.startswith("usage: mentorapp") and err == ""
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    out, _ = capsys.readouterr()
    assert done.value.code == 0 and out.startswith("Mentorapp ")


class _Closed(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.close()


def _undecodable() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(b"\xff\xfe passphrase\n"), encoding="utf-8")


@pytest.mark.parametrize(
    "stdin", [lambda: io.StringIO(""), _Closed, _undecodable], ids=["empty", "closed", "bytes"]
)
def test_no_secret_on_stdin_exits_1(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], stdin: object
) -> None:
    before = snapshot(closed_vault)
    for argv in (["mentees", str(closed_vault)], ["vault", "recovery-key", str(closed_vault)]):
        code, out, err = run_cli(capsys, *argv, stdin=stdin())  # type: ignore[operator]
        assert (code, out) == (1, "") and one_error_line(err), err
    assert snapshot(closed_vault) == before


def test_every_vault_error_has_its_own_sentence_in_both_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kinds = [
        kind
        for kind in vars(errors).values()
        if isinstance(kind, type) and issubclass(kind, errors.VaultError)
    ]
    missing = [
        k.__name__ for k in kinds if k is not errors.VaultError and k not in cli_messages.MESSAGES
    ]
    assert missing == []
    assert len(set(cli_messages.MESSAGES.values())) == len(cli_messages.MESSAGES)
    for english in cli_messages.MESSAGES.values():
        monkeypatch.setenv("LANG", "nl_BE.UTF-8")
        dutch = cli_messages.translate("cli", english)
        monkeypatch.setenv("LANG", "C.UTF-8")
        assert english == cli_messages.translate("cli", english)
        assert dutch != english and "\n" not in english + dutch, english


def test_a_real_process_gives_one_line_for_each_hostile_case(closed_vault: Path) -> None:
    """Through the entry point, with stdin a pipe, empty, or closed altogether."""
    env = {**os.environ, "LANG": "C.UTF-8"}
    vault = str(closed_vault)
    before = snapshot(closed_vault)
    cases: list[tuple[list[str], str | None, int]] = [
        (["erase", vault, "²", "--yes"], PASSPHRASE + "\n", 2),
        (["erase", vault, "٣", "--yes"], PASSPHRASE + "\n", 2),
        (["erase", vault, "9" * 23, "--yes"], PASSPHRASE + "\n", 2),
        (["search", vault, "q", "--limit", "9" * 23], PASSPHRASE + "\n", 2),
        (["export", "form", "o.pdf", "--lang", "xx"], "", 2),
        (["bogus"], "", 2),
        (["mentees", vault], "", 1),
        (["mentees", vault], None, 1),  # stdin closed: sys.stdin is None
    ]
    for argv, stdin, expected in cases:
        command = [sys.executable, "-m", "mentorapp", *argv]
        if stdin is None:
            command = ["sh", "-c", 'exec "$@" <&-', "sh", *command]
        done = subprocess.run(
            command, input=stdin, capture_output=True, text=True, env=env, timeout=60
        )
        assert done.returncode == expected, (argv, done.stderr)
        assert done.stdout == "" and one_error_line(done.stderr), (argv, done.stderr)
    assert snapshot(closed_vault) == before


@pytest.mark.parametrize(
    "pending",
    [b"", b"not json", b"[" * 100_000, b'{"kdf": {"time_cost": 100000}}'],
    ids=["empty", "text", "deep", "costly"],
)
def test_a_garbage_pending_key_file_does_not_hide_a_wrong_passphrase(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], pending: bytes
) -> None:
    (closed_vault / "vault.key.json.pending").write_bytes(pending)
    before = snapshot(closed_vault)
    started = time.perf_counter()
    code, out, err = run_cli(capsys, "mentees", str(closed_vault), stdin="not the passphrase\n")
    assert time.perf_counter() - started < CASE_SECONDS
    assert (code, out) == (1, "")
    assert err == WRONG_PASSPHRASE
    assert snapshot(closed_vault) == before
