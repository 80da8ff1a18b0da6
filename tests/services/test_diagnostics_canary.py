"""The diagnostic log holds no name, note, passphrase, key or vault path - at debug level,
through the main flows and their failures, and whatever a careless log call hands it.

A plain handler beside ours sees the same records: that the canaries do reach it (the
SQL statements and their parameters, a careless f-string, an exception's message) shows
the flows log enough for the test to fail if ``SafeFormatter`` let them through.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.domain.model import Action, Goal, GoalKind, Mentee, QuestionnaireResponse
from mentorapp.services import (
    diagnostics,
    exports,
    mentees,
    plans,
    questionnaires,
    search,
    sessions,
    vault_life,
)
from mentorapp.store import keyfile
from mentorapp.store.errors import NotAVault, VaultError, WrongPassphrase
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF

STEM = "KANARIE"
PASSPHRASE = "KANARIE wachtwoord 7731 zin"
WRONG = "KANARIE verkeerd 1234 zin"


def canary(field: str) -> str:
    return f"{STEM}-{field}-Zoë"


class Recorder(logging.Handler):
    """What a plain formatter would have written."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Recorder]]:
    """The most verbose log there is: ours at debug, and every library at debug too.

    The hooks ours chain to are quiet ones here: pytest's and pytest-qt's own would turn
    the uncaught exceptions this test raises on purpose into failures.
    """
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)
    monkeypatch.setattr(threading, "excepthook", lambda args: None)
    folder = tmp_path / "logs"
    diagnostics.stop_log()
    assert diagnostics.start_log("gui", folder=folder, level=logging.DEBUG) is not None
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    engine_log = logging.getLogger("sqlalchemy.engine")
    engine_level = engine_log.level
    engine_log.setLevel(logging.DEBUG)  # every statement (the engine hides its parameters)
    plain = Recorder()
    root.addHandler(plain)
    try:
        yield folder, plain
    finally:
        root.removeHandler(plain)
        root.setLevel(level)
        engine_log.setLevel(engine_level)
        diagnostics.stop_log()


def _fill(vault: Vault, tmp_path: Path) -> int:
    mentee = mentees.add_mentee(
        vault,
        Mentee(
            full_name=canary("name"),
            preferred_name=canary("preferred"),
            email=f"{STEM.lower()}@example.org",
            phone="+32 470 00 00 00",
            organisation=canary("organisation"),
            department=canary("department"),
            current_role=canary("role"),
            referral=canary("referral"),
            trajectory_goal=canary("goal"),
            private_background=canary("background"),
            tags=[canary("tag")],
        ),
    ).value
    assert mentee.id is not None
    coaching = sessions.start_session(vault, mentee.id, datetime(2026, 11, 2, 9, 0)).value
    coaching.private_notes = canary("private")
    coaching.shared_summary = canary("summary")
    coaching.agreements = canary("agreements")
    sessions.save_session(vault, coaching)
    plan = plans.new_plan(vault, mentee.id, canary("plan"), date(2026, 11, 30)).value.shown
    assert plan is not None
    plan.private_remarks = canary("remarks")
    plan.current_situation = canary("situation")
    plan.goals = [Goal(canary("goal"), GoalKind.PROFESSIONAL, actions=[Action(canary("action"))])]
    plans.save_draft(vault, plan)
    check = questionnaires.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert check.id is not None
    questionnaires.save_response(
        vault,
        QuestionnaireResponse(
            check.id, mentee.id, date(2026, 11, 3), {"talents": canary("answer")}
        ),
    )
    assert search.search(vault, STEM)
    out = tmp_path / f"{STEM}-export"
    out.mkdir()
    exports.export_plan(
        vault,
        mentee.id,
        out / f"{canary('file')}.pdf",
        exports.CoachInfo(canary("coach")),
        Language.EN,
        date(2026, 11, 30),
    )
    return int(mentee.id)


def _careless_calls() -> None:
    """What a careless call elsewhere might do: the formatter must hold it back."""
    careless = logging.getLogger("mentorapp.careless")
    name = canary("careless")
    careless.info(f"opened {name}")
    careless.info("opened %s", name)
    careless.info("opened %(who)s", {"who": name})
    careless.warning("mentee %r in %s", Mentee(full_name=name), Path("/home") / name)
    careless.debug("%d of %d for %s", 1, 2, name)
    try:
        raise ValueError(f"could not save {name}")
    except ValueError as exc:
        careless.exception("save failed: %s", exc)
        careless.error("save failed", exc_info=True, stack_info=True)
    # Uncaught, in the main thread and in another one.
    try:
        raise RuntimeError(name)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def worker() -> None:
        raise LookupError(name)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()


def test_the_log_holds_no_canary_through_the_main_flows(
    log_dir: tuple[Path, Recorder],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, plain = log_dir
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: FAST_KDF)
    where = tmp_path / f"{STEM}-praktijk" / f"{STEM}.mentorvault"
    where.parent.mkdir()
    vault, recovery = vault_life.create_vault(where, PASSPHRASE)
    mentee_id = _fill(vault, tmp_path)
    vault_life.back_up(vault, vault_life.BackupPolicy())
    vault_life.lock(vault)
    with pytest.raises(WrongPassphrase):
        vault_life.open_vault(where, WRONG)
    reader = vault_life.open_read_only(where, PASSPHRASE)
    with pytest.raises(VaultError):
        mentees.add_mentee(reader, Mentee(full_name=canary("read-only")))
    reader.close()
    with pytest.raises(NotAVault):
        vault_life.open_vault(tmp_path / f"{STEM}-missing.mentorvault", PASSPHRASE)
    vault = vault_life.open_vault(where, PASSPHRASE)
    with pytest.raises(OSError):
        exports.export_plan(
            vault,
            mentees.summaries(vault)[0].id,
            tmp_path / f"{STEM}-nowhere" / "plan.pdf",
            exports.CoachInfo("Coach"),
            Language.EN,
            date(2026, 11, 30),
        )
    vault_life.erase_mentees(vault, [mentee_id], canary("reason"))  # type: ignore[list-item]
    vault_life.lock(vault)
    _careless_calls()

    # The test can fail: the same records, plainly formatted, carry every kind of secret.
    seen = "\n".join(plain.lines)
    assert canary("remarks") in seen and canary("background") in seen  # the ORM's debug rows
    assert f"opened {canary('careless')}" in seen

    files = [p for p in folder.rglob("*") if p.is_file()]
    assert [p.name for p in files] == ["gui.log"]
    text = files[0].read_text(encoding="utf-8")
    forbidden = [STEM, STEM.lower(), "Zoë", PASSPHRASE, WRONG, str(tmp_path), tmp_path.name]
    key = recovery.replace("-", "").replace(" ", "")
    forbidden += [recovery, key.lower(), key.upper(), key[:16].lower()]
    for secret in forbidden:
        assert secret not in text, secret
    # ... and it still says what happened, where.
    assert "uncaught RuntimeError" in text and "uncaught LookupError" in text
    assert "save failed: ValueError" in text
    assert "opened <text>" in text and diagnostics.WITHHELD in text
    assert "at tests.services.test_diagnostics_canary:worker:" in text
    assert "sqlalchemy.engine" in text  # the libraries' debug lines are there, reduced


def test_the_log_file_and_folder_are_owner_only(log_dir: tuple[Path, Recorder]) -> None:
    folder, _ = log_dir
    logging.getLogger("mentorapp.test").warning("%d", 1)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "gui.log").stat().st_mode & 0o777 == 0o600


def test_the_log_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "MAX_BYTES", 2000)
    diagnostics.stop_log()
    try:
        path = diagnostics.start_log("cli", folder=tmp_path, level=logging.DEBUG)
        assert path == tmp_path / "cli.log"
        for number in range(400):
            logging.getLogger("mentorapp.test").info("line %d", number)
    finally:
        diagnostics.stop_log()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["cli.log", "cli.log.1", "cli.log.2", "cli.log.3"]
    assert all((tmp_path / n).stat().st_mode & 0o777 == 0o600 for n in names)
    last = diagnostics.log_tail("cli", tmp_path, 5)
    assert last[-1].endswith("line 399") and len(last) == 5


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("debug", logging.DEBUG),
        ("INFO", logging.INFO),
        ("warning", logging.WARNING),
        ("", logging.INFO),
        ("loud", logging.INFO),
    ],
)
def test_the_level_comes_from_the_environment(value: str, level: int) -> None:
    assert diagnostics.log_level({diagnostics.LOG_ENV: value}) == level


def test_only_code_words_pass() -> None:
    assert diagnostics.safe_value(3) == 3 and diagnostics.safe_value(2.5) == 2.5
    assert diagnostics.safe_value(Language.NL) == "Language.NL"
    assert diagnostics.safe_value(KeyError("Zoë")) == "KeyError"
    assert diagnostics.safe_value(diagnostics.start_log).endswith(":start_log")
    assert diagnostics.safe_value("mentorapp.services") == "mentorapp.services"
    assert diagnostics.safe_value("WrongPassphrase") == "WrongPassphrase"
    for text in (
        "Zoë Peeters",
        "Peeters",
        "/home/zoe/plan.pdf",
        "x'00ff'",
        "a" * 64,
        "0470123456",
        "85.07.30",
    ):
        assert diagnostics.safe_value(text) == diagnostics.TEXT
    shaped = f"ValueError at {diagnostics.__file__}:12"
    assert diagnostics.safe_value(shaped) == "ValueError at mentorapp.services.diagnostics:12"
    assert diagnostics.safe_value("ValueError at /home/zoe/x.py:12") == diagnostics.TEXT
    assert diagnostics.safe_value(Path("/tmp")) == "<PosixPath>" or "Path" in str(
        diagnostics.safe_value(Path("/tmp"))
    )


def test_the_diagnostics_text_names_versions_and_the_log_but_no_vault(
    tmp_path: Path, vault: Vault
) -> None:
    diagnostics.stop_log()
    try:
        diagnostics.start_log("gui", folder=tmp_path / "logs", level=logging.INFO)
        logging.getLogger("mentorapp.test").info("event %d", 42)
        text = diagnostics.diagnostics_text(qt_version="6.10.1", pyside_version="6.10.1")
    finally:
        diagnostics.stop_log()
    assert "Mentorapp diagnostics" in text and "Qt: 6.10.1" in text
    assert "SQLCipher: 4." in text and "SQLAlchemy: 2." in text and "Python: 3." in text
    assert f"Log folder: {tmp_path / 'logs'}" in text or "Log folder: ~" in text
    assert text.rstrip().endswith("event 42")
    assert str(vault.folder) not in text and "coach.mentorvault" not in text


def test_a_timing_names_its_event_by_code(tmp_path: Path) -> None:
    diagnostics.stop_log()
    try:
        diagnostics.start_log("cli", folder=tmp_path, level=logging.DEBUG)
        with diagnostics.timed(diagnostics.Process.CLI):
            pass
        with diagnostics.timed(search.search, level=logging.INFO):
            pass
    finally:
        diagnostics.stop_log()
    text = (tmp_path / "cli.log").read_text(encoding="utf-8")
    where = "tests.services.test_diagnostics_canary:test_a_timing_names_its_event_by_code"
    assert re.search(rf"DEBUG cli \d+ {where}:\d+ Process\.CLI took \d+\.\d ms", text)
    assert re.search(r"INFO cli \d+ \S+ mentorapp\.services\.search:search took \d+\.\d ms", text)


def test_a_log_that_cannot_be_made_leaves_the_app_running(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    diagnostics.stop_log()
    try:
        assert diagnostics.start_log("gui", folder=blocker / "logs") is None
        assert diagnostics.current_log() is None
        logging.getLogger("mentorapp.test").warning("still running %d", 1)
    finally:
        diagnostics.stop_log()
