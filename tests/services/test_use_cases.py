"""The use cases as the GUI and the CLI call them: results, and what each write changed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain.enums import ExportKind, Language, PlanStatus, SessionKind
from mentorapp.domain.model import Mentee
from mentorapp.services import exports, mentees, plans, search, sessions, vault_life
from mentorapp.services.changes import Area
from mentorapp.services.exports import CoachInfo
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.vault import Vault

COACH = CoachInfo("Sam Coach", "Loopbaancentrum", None)


def test_a_mentee_added_is_listed_and_the_change_names_the_list(vault: Vault) -> None:
    added = mentees.add_mentee(vault, Mentee(full_name="Ελένη Παπαδοπούλου"))
    assert added.value.id is not None
    assert added.changes.touches(Area.MENTEE_LIST) and added.changes.mentee_id == added.value.id
    assert [row.display_name for row in mentees.summaries(vault)] == ["Ελένη Παπαδοπούλου"]


def test_the_first_session_is_the_intake_then_conversations(vault: Vault) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="An Peeters")).value
    assert mentee.id is not None
    first = sessions.start_session(vault, mentee.id, datetime(2026, 11, 2, 9, 0))
    second = sessions.start_session(vault, mentee.id, datetime(2026, 11, 9, 9, 0))
    assert (first.value.kind, second.value.kind) == (
        SessionKind.INTAKE,
        SessionKind.CAREER_CONVERSATION,
    )
    assert second.changes.touches(Area.SESSIONS) and second.changes.mentee_id == mentee.id
    assert [s.id for s in sessions.sessions_of(vault, mentee.id)] == [
        second.value.id,
        first.value.id,
    ]
    sessions.delete_session(vault, second.value)
    assert [s.id for s in sessions.sessions_of(vault, mentee.id)] == [first.value.id]


def test_plan_versions_are_numbered_in_the_store_and_steps_freeze_them(vault: Vault) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Jan")).value
    assert mentee.id is not None
    first = plans.new_plan(vault, mentee.id, "Groeien in de breedte", date(2026, 11, 30)).value
    assert first.shown is not None and first.shown.version == 1
    shared = plans.take_step(vault, first.shown, plans.Step.SHARE).value
    assert shared.status is PlanStatus.SHARED
    with pytest.raises(lifecycle.PlanFrozen):
        plans.save_draft(vault, shared)
    with pytest.raises(lifecycle.PlanFrozen):  # an edit from the older, draft snapshot
        plans.save_draft(vault, first.shown)
    assert plans.current_plan(vault, mentee.id) == shared
    draft = plans.new_draft(vault, shared).value
    assert [p.version for p in draft.versions] == [1, 2] and draft.shown is not None
    assert draft.shown.status is PlanStatus.DRAFT
    template = plans.save_template(vault, "Breedte", draft.shown).value
    made = plans.plan_from_template(vault, template, mentee.id).value
    assert made.shown is not None and made.shown.version == 3


def test_plan_export_is_written_and_logged_once(vault: Vault, tmp_path: Path) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Zoë")).value
    assert mentee.id is not None
    with pytest.raises(exports.NoPlanToExport):
        exports.export_plan(vault, mentee.id, tmp_path / "none.pdf", COACH, None, date.today())
    assert not (tmp_path / "none.pdf").exists()
    plans.new_plan(vault, mentee.id, "Plan", date(2026, 11, 30))
    done = exports.export_plan(
        vault, mentee.id, tmp_path / "plan.pdf", COACH, Language.EN, date(2026, 11, 30)
    )
    assert done.changes.touches(Area.EXPORTS)
    (record,) = mentees.mentee_records(vault, mentee.id).exports
    assert (record.what, record.version, record.language) == (ExportKind.PLAN_PDF, 1, Language.EN)
    assert record.file_sha256 == done.value.sha256
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_erasure_removes_the_mentee_and_says_what_changed(vault: Vault) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Weg")).value
    assert mentee.id is not None
    erased = vault_life.erase_mentees(vault, [mentee.id], "request")
    assert erased.value == 1 and erased.changes.touches(Area.MENTEE_LIST)
    with pytest.raises(NoSuchRecord):
        mentees.get_mentee(vault, mentee.id)


def test_a_daily_backup_runs_once_a_day(vault: Vault, tmp_path: Path) -> None:
    policy = vault_life.BackupPolicy(tmp_path / "backups", keep=3)
    today = date(2026, 11, 30)
    assert vault_life.back_up_if_due(vault, policy, None, today) is not None
    assert vault_life.back_up_if_due(vault, policy, today.isoformat(), today) is None
    assert vault_life.last_backup_at(vault, policy.folder) is not None


def test_a_search_hit_says_whether_its_text_is_private_or_shared(vault: Vault) -> None:
    """The privacy class of the snippet shown: the lock in the search popup and the CLI."""
    mentee = mentees.add_mentee(vault, Mentee(full_name="Noor")).value
    assert mentee.id is not None
    coaching = sessions.start_session(vault, mentee.id, datetime(2026, 11, 2, 9, 0)).value
    coaching.private_notes = "twijfelt over ontslag"
    coaching.shared_summary = "wil groeien in de breedte"
    sessions.save_session(vault, coaching)
    plan = plans.new_plan(vault, mentee.id, "Terug naar de zorg", date(2026, 11, 30)).value.shown
    assert plan is not None
    plan.private_remarks = "vermoedt burn-out"
    plans.save_draft(vault, plan)

    def classes(query: str) -> set[tuple[str, bool]]:
        return {(hit.kind, hit.private) for hit in search.search(vault, query)}

    assert classes("ontslag") == {("session", True)}
    assert classes("breedte") == {("session", False)}
    assert classes("burn-out") == {("plan", True)}
    assert classes("zorg") == {("plan", False)}
    (hit,) = search.search(vault, "ontslag")
    assert "\x02ontslag\x03" in hit.snippet and "breedte" not in hit.snippet


def test_a_hit_in_both_kinds_of_text_shows_the_one_with_more_matches(vault: Vault) -> None:
    mentee = mentees.add_mentee(vault, Mentee(full_name="An")).value
    assert mentee.id is not None
    coaching = sessions.start_session(vault, mentee.id, datetime(2026, 11, 2, 9, 0)).value
    coaching.private_notes = "coaching gevraagd"
    coaching.shared_summary = "coaching en nog eens coaching, ook externe coaching"
    sessions.save_session(vault, coaching)
    (hit,) = search.search(vault, "coaching")
    assert not hit.private and hit.snippet.count(search.HIT_START) == 3
