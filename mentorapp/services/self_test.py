"""``mentorapp --self-test``: does this installation work, end to end, in a few seconds?

Meant for the installed bundle (``make test-installer`` runs it, and a coach or support
can run it after an install or an update): it needs no display, no keychain and no vault
of the coach's. In a fresh temporary folder it

1. creates a vault, locks it and unlocks it again with its passphrase,
2. adds a mentee, a session, a plan and a questionnaire answer (the built-in career check),
3. searches the session's summary,
4. renders the plan as a PDF and a blank questionnaire form,
5. makes a backup and verifies it, checks the vault,
6. finds the keychain backends (the frozen bundle must carry keyring's entry points),

then removes the folder and prints ONE line - a contract that scripts may parse:

``self-test ok: vault, mentee, ..., keyring (1.8 s)`` (exit 0) or
``self-test FAILED at <step>: <ErrorType> (1.2 s)`` (exit 1).

The line names steps and an exception class only: never a message, a path or a name
(the diagnostic log gets the error type and its frames, as for every error).

The vault uses a cheap KDF (``SELF_TEST_KDF``): argon2 still runs, so its native module is
exercised, but the self-test is not a measure of unlock time (``make bench`` is). The
coach's real vaults, settings and keychain are never touched: everything lives in the
temporary folder, and nothing is stored in the keychain.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from importlib.metadata import entry_points
from pathlib import Path
from typing import TextIO

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import DevelopmentPlan, Mentee, QuestionnaireResponse
from mentorapp.services import (
    exports,
    mentees,
    plans,
    questionnaires,
    search,
    sessions,
    vault_life,
)
from mentorapp.services.exports import CoachInfo
from mentorapp.store import backup
from mentorapp.store.keyfile import KdfParams
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

PREFIX = "self-test"
# Cheap on purpose (see the module's docstring); the tests' fixtures use the same order.
SELF_TEST_KDF = KdfParams(memory_kib=8192, time_cost=1, parallelism=1)
# A word no template or built-in text holds, so the search finds our session only.
SEARCH_WORD = "zelftestwoord"
COACH = CoachInfo("Self-test", "Mentorapp")
# Per platform: the keychain backend keyring must find (its entry point name) and the
# module that backend needs to talk to the OS keychain (imported, never used).
OS_KEYRINGS = {
    "linux": ("SecretService", "secretstorage"),
    "darwin": ("macOS", "keyring.backends.macOS.api"),
    "win32": ("Windows", "win32ctypes.pywin32.win32cred"),
}


class Step(Enum):
    """The self-test's steps, in order; the value is how the line names it."""

    VAULT = "vault"
    MENTEE = "mentee"
    SESSION = "session"
    PLAN = "plan"
    ANSWERS = "answers"
    SEARCH = "search"
    PLAN_PDF = "plan PDF"
    BLANK_FORM = "blank form"
    BACKUP = "backup"
    CHECK = "check"
    KEYRING = "keyring"
    CLEANUP = "cleanup"


# The steps the ok line lists (cleanup is named only when it fails).
REPORTED = tuple(step for step in Step if step is not Step.CLEANUP)


class SelfTestFailed(Exception):
    """A step ran without error but did not give what it must (no text of the vault)."""


@dataclass(frozen=True)
class Result:
    ok: bool
    seconds: float
    failed_at: Step | None = None
    error: str | None = None  # the exception's class name only

    def line(self) -> str:
        took = f"({self.seconds:.1f} s)"
        if self.ok:
            return f"{PREFIX} ok: {', '.join(step.value for step in REPORTED)} {took}"
        where = self.failed_at.value if self.failed_at is not None else "?"
        return f"{PREFIX} FAILED at {where}: {self.error} {took}"


@dataclass
class _Run:
    """What the steps hand on to each other."""

    folder: Path
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    vault: Vault | None = None
    mentee: Mentee | None = None
    plan: DevelopmentPlan | None = None

    @property
    def open_vault(self) -> Vault:
        if self.vault is None:
            raise SelfTestFailed("no vault")
        return self.vault

    @property
    def mentee_id(self) -> MenteeId:
        if self.mentee is None or self.mentee.id is None:
            raise SelfTestFailed("no mentee")
        return self.mentee.id


def _must(condition: bool) -> None:
    if not condition:
        raise SelfTestFailed("unexpected result")


def _is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def _vault(run: _Run) -> None:
    folder = run.folder / "self-test.mentorvault"
    created, recovery = Vault.create(folder, run.passphrase, kdf=SELF_TEST_KDF)
    created.close()
    _must(bool(recovery))
    # Unlocking again proves the key file unwraps with the passphrase.
    run.vault = vault_life.open_vault(folder, run.passphrase)


def _mentee(run: _Run) -> None:
    run.mentee = mentees.add_mentee(run.open_vault, Mentee(full_name="Self Test")).value
    _must(mentees.get_mentee(run.open_vault, run.mentee_id).full_name == "Self Test")


def _session(run: _Run) -> None:
    vault = run.open_vault
    started = sessions.start_session(vault, run.mentee_id, datetime.now().replace(microsecond=0))
    coaching = started.value
    coaching.shared_summary = f"{SEARCH_WORD} shared summary"
    coaching.private_notes = "private notes"
    sessions.save_session(vault, coaching)
    _must(len(sessions.sessions_of(vault, run.mentee_id)) == 1)


def _plan(run: _Run) -> None:
    made = plans.new_plan(run.open_vault, run.mentee_id, "Self-test plan", date.today()).value
    run.plan = made.shown
    _must(plans.current_plan(run.open_vault, run.mentee_id) is not None)


def _answers(run: _Run) -> None:
    vault = run.open_vault
    check = questionnaires.builtin(vault, TemplateKind.CAREER_CHECK, Language.EN)
    if check.id is None:
        raise SelfTestFailed("no built-in career check")
    answers = {q.key: "3" for q in check.questions if q.kind is QuestionKind.SCALE}
    response = QuestionnaireResponse(check.id, run.mentee_id, date.today(), answers)
    questionnaires.save_response(vault, response)
    _must(len(questionnaires.responses(vault, run.mentee_id)) == 1)


def _search(run: _Run) -> None:
    hits = search.search(run.open_vault, SEARCH_WORD)
    _must(any(hit.mentee_id == run.mentee_id for hit in hits))


def _plan_pdf(run: _Run) -> None:
    if run.mentee is None or run.plan is None:
        raise SelfTestFailed("no plan")
    checks, titles = exports.career_check_chart(run.open_vault, run.mentee_id, Language.EN)
    data = exports.render_plan(
        run.mentee,
        run.plan,
        COACH,
        Language.EN,
        date.today(),
        career_checks=checks,
        dimension_titles=titles,
    )
    _must(_is_pdf(data))


def _blank_form(run: _Run) -> None:
    data = exports.render_builtin_form(TemplateKind.PREPARATION, Language.NL, COACH)
    _must(_is_pdf(data))


def _backup(run: _Run) -> None:
    vault = run.open_vault
    info = vault_life.back_up(vault, vault_life.BackupPolicy(), label="self-test").value
    backup.verify(info.path, vault.data_key)
    _must(info.key_file.is_file())


def _check(run: _Run) -> None:
    report = vault_life.check_vault(run.open_vault)
    _must(report.ok and report.schema_version == report.app_schema_version)


def _keyring(run: _Run) -> None:
    """keyring finds its backends through entry points: a bundle that lost keyring's
    metadata, or the module the OS backend needs, silently has no keychain and never
    remembers a key. Nothing is stored or read."""
    names = {entry.name for entry in entry_points(group="keyring.backends")}
    backend, needs = OS_KEYRINGS.get(sys.platform, ("", ""))
    _must(bool(names) and (not backend or backend in names))
    if needs:
        importlib.import_module(needs)
    import keyring.backend

    keyring.backend.get_all_keyring()  # loads every plugin, as the app's first use does


STEPS: tuple[tuple[Step, Callable[[_Run], None]], ...] = (
    (Step.VAULT, _vault),
    (Step.MENTEE, _mentee),
    (Step.SESSION, _session),
    (Step.PLAN, _plan),
    (Step.ANSWERS, _answers),
    (Step.SEARCH, _search),
    (Step.PLAN_PDF, _plan_pdf),
    (Step.BLANK_FORM, _blank_form),
    (Step.BACKUP, _backup),
    (Step.CHECK, _check),
    (Step.KEYRING, _keyring),
)


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="mentorapp-self-test-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_self_test() -> Result:
    """Run every step in a temporary folder, then remove it; never raises an Exception."""
    started = time.perf_counter()
    step = Step.VAULT
    failure: Exception | None = None
    try:
        with _scratch() as folder:
            current = _Run(folder)
            try:
                for each, action in STEPS:
                    step = each
                    action(current)
                step = Step.CLEANUP
            finally:
                if current.vault is not None:
                    current.vault.close()
        if folder.exists():
            raise SelfTestFailed("temporary folder left behind")
    except Exception as exc:
        failure = exc
    seconds = time.perf_counter() - started
    if failure is None:
        log.info("self-test passed in %.1f s", seconds)
        return Result(True, seconds)
    log.error("self-test failed at %s", step, exc_info=failure)
    return Result(False, seconds, step, type(failure).__name__)


def main(argv: Sequence[str] = (), out: TextIO | None = None) -> int:
    """``mentorapp --self-test``: print the line, return 0 (ok), 1 (failed) or 2 (usage)."""
    out = out if out is not None else sys.stdout
    if argv:
        _print(f"{PREFIX}: --self-test takes no other arguments", sys.stderr)
        return 2
    from mentorapp.services import diagnostics

    diagnostics.start_log("cli")
    result = run_self_test()
    _print(result.line(), out)
    return 0 if result.ok else 1


def _print(line: str, stream: TextIO | None) -> None:
    # A windowed executable on Windows has no stdout: the exit code still tells.
    if stream is not None:
        print(line, file=stream, flush=True)
