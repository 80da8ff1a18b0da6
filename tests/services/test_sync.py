"""Merging a sync tool's conflict copy into the vault: what only the copy holds comes in,
what both sides changed is kept twice and marked, erasures hold both ways, nothing is
lost, and the copy ends in backups/."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorapp.domain.enums import TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CraftingExperiment,
    Engagement,
    Goal,
    JobCraftingCanvas,
    Mentee,
    QuestionnaireResponse,
)
from mentorapp.services import (
    attachments,
    engagements,
    exports,
    mentees,
    moves,
    plans,
    questionnaires,
    search,
    sessions,
    sync,
)
from mentorapp.services.vault_life import erase_mentees
from mentorapp.store.errors import ConflictCopyUnusable, NoSuchRecord
from mentorapp.store.layout import BACKUP_DIR
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot
from tests.sync_helpers import edit_first_session, on, synced_copy, tick_clock

COPY_NAME = "vault.sync-conflict-20261130-101010-ABCDEFG.db"


@pytest.fixture(autouse=True)
def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    tick_clock(monkeypatch)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "coach.mentorvault"


def machine_b(folder: Path, tmp_path: Path) -> Path:
    """The 'other machine': a folder with the vault's files as they are now (closed)."""
    names = [n for n in ("vault.db", "vault.key.json", "erasures.json") if (folder / n).exists()]
    other = synced_copy(folder, tmp_path / "machine-b.mentorvault", names)
    (other / BACKUP_DIR).mkdir()
    return other


def sync_conflict(other: Path, folder: Path, name: str = COPY_NAME) -> Path:
    """The sync tool brings machine B's database back as a conflict copy."""
    target = folder / name
    shutil.copy2(other / "vault.db", target)
    return target


@pytest.fixture
def shared(folder: Path) -> Iterator[tuple[Path, MenteeId]]:
    """A closed vault with one mentee and one session, as both machines start."""
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, "Zoë Peeters", private="gedeeld begin")
    vault.close()
    yield folder, mentee


def test_one_extra_session_and_one_changed_on_both_sides(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    def on_b(vault: Vault) -> None:
        edit_first_session(vault, mentee, private_notes="laptop versie van het gesprek")
        extra = sessions.start_session(vault, mentee, datetime(2026, 11, 28, 14, 0)).value
        extra.shared_summary = "kwartiermaker gesprek op de laptop"
        sessions.save_session(vault, extra)

    on(other, on_b)
    on(
        folder,
        lambda v: edit_first_session(v, mentee, private_notes="desktop versie van het gesprek"),
    )
    copy = sync_conflict(other, folder)
    copy_bytes = copy.read_bytes()

    vault = Vault.open(folder, PASSPHRASE)
    try:
        summary, (found,) = sync.summarise(vault)
        assert (summary.mentees, summary.sessions) == (1, 1)
        assert found.opens and found.reason is None
        assert (found.mentees, found.sessions, found.only_in_copy, found.changed_both) == (
            1,
            2,
            1,
            1,
        )
        assert found.last_change is not None and found.last_change.tzinfo is not None
        assert copy.read_bytes() == copy_bytes  # summarising never writes the copy
        assert sorted(p.name for p in folder.iterdir() if p.name.startswith(COPY_NAME)) == [
            COPY_NAME
        ]

        report = sync.merge_copy(vault, copy)
        assert report.added == {"session": 1}
        assert report.kept_twice == {"session": 1}
        assert report.erased_again == 0
        assert report.moved_to == folder / BACKUP_DIR / COPY_NAME
        assert not copy.exists()
        assert report.moved_to.read_bytes() == copy_bytes

        notes = sorted(s.private_notes for s in sessions.sessions_of(vault, mentee))
        assert notes == [
            "",
            "desktop versie van het gesprek",
            "laptop versie van het gesprek",
        ]
        (mark,) = sync.marks(vault)
        kept = sessions.get_session(vault, mark.record_id)  # type: ignore[arg-type]
        assert kept.private_notes == "laptop versie van het gesprek"
        assert mark.kind == "session" and mark.mentee_id == mentee and mark.source == COPY_NAME
        assert mark.twin_id is not None
        assert sessions.get_session(vault, mark.twin_id).private_notes.startswith("desktop")  # type: ignore[arg-type]
        assert sync.marks(vault, mentee) == [mark]
        assert [h.kind for h in search.search(vault, "kwartiermaker")] == ["session"]
        assert [h.record_id for h in search.search(vault, "laptop versie")] == [mark.record_id]
        assert sync.find_conflict_copies(folder) == []
        assert vault.check().ok

        sync.clear_mark(vault, "session", mark.record_id)
        assert sync.marks(vault) == []
        with pytest.raises(NoSuchRecord):
            sync.clear_mark(vault, "session", mark.record_id)
        assert len(sessions.sessions_of(vault, mentee)) == 3  # looking at it changes nothing
    finally:
        vault.close()


def test_a_new_mentee_with_plan_goals_actions_and_answers_comes_across_whole(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, _ = shared
    other = machine_b(folder, tmp_path)
    today = date(2026, 11, 30)

    def on_b(vault: Vault) -> None:
        new = mentees.add_mentee(
            vault, Mentee(full_name="Noor El Amrani", tags=["heroriëntatie"])
        ).value
        assert new.id is not None
        plan = plans.new_plan(vault, new.id, "Stap naar beleidsmedewerker", today).value.shown
        assert plan is not None
        plan.goals = [
            Goal(
                description="Netwerk opbouwen bij ruimtelijke ordening",
                actions=[Action(description="Drie koffiegesprekken plannen")],
            ),
            Goal(description="Projectleiding oefenen", actions=[Action(description="Stage")]),
        ]
        plans.save_draft(vault, plan)
        check = questionnaires.templates(vault)[0]
        assert check.id is not None and check.kind in TemplateKind
        questionnaires.save_response(
            vault,
            QuestionnaireResponse(
                check.id, new.id, today, {"q": "zebravinkantwoord"}, "eigen lezing"
            ),
        )
        sessions.start_session(vault, new.id, datetime(2026, 11, 29, 9, 0))

    on(other, on_b)
    on(folder, lambda v: add_mentee_with_session(v, "Bram Janssens"))  # the vault moves on too
    copy = sync_conflict(other, folder)

    with Vault.open(folder, PASSPHRASE) as vault:
        report = sync.merge_copy(vault, copy)
        assert report.added == {"mentee": 1, "plan": 1, "response": 1, "session": 1}
        assert report.kept_twice == {}
        names = {m.display_name: m.id for m in mentees.summaries(vault)}
        assert set(names) == {"Zoë Peeters", "Bram Janssens", "Noor El Amrani"}
        noor = names["Noor El Amrani"]
        records = mentees.mentee_records(vault, noor)
        assert records.mentee.tags == ["heroriëntatie"]
        (plan,) = records.plans
        assert [g.description for g in plan.goals] == [
            "Netwerk opbouwen bij ruimtelijke ordening",
            "Projectleiding oefenen",
        ]
        assert [[a.description for a in g.actions] for g in plan.goals] == [
            ["Drie koffiegesprekken plannen"],
            ["Stage"],
        ]
        assert len(records.questionnaires) == 1
        assert len(records.sessions) == 1
        for word, kind in (
            ("koffiegesprekken", "action"),
            ("ruimtelijke", "goal"),
            ("beleidsmedewerker", "plan"),
            ("zebravinkantwoord", "questionnaire"),
        ):
            hits = search.search(vault, word)
            assert [(h.kind, h.mentee_id, h.mentee_name) for h in hits] == [
                (kind, noor, "Noor El Amrani")
            ], word
        assert vault.check().ok


def test_merging_twice_adds_nothing(shared: tuple[Path, MenteeId], tmp_path: Path) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    def on_b(vault: Vault) -> None:
        edit_first_session(vault, mentee, private_notes="van machine B")
        add_mentee_with_session(vault, "Lotte de Smet", shared="alleen op B")

    on(other, on_b)
    on(folder, lambda v: add_mentee_with_session(v, "Bram Janssens"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        first = sync.merge_copy(vault, copy)
        assert first.added == {"mentee": 1, "session": 1}
        assert first.kept_twice == {"session": 1}
        before = _contents(vault)

    # The merged vault comes back as a conflict copy of itself; then the original copy again.
    same = folder / "vault (conflicted copy 2026-11-30).db"
    shutil.copy2(folder / "vault.db", same)
    again = folder / COPY_NAME
    shutil.copy2(first.moved_to, again)
    with Vault.open(folder, PASSPHRASE) as vault:
        for copy_again in (same, again):
            report = sync.merge_copy(vault, copy_again)
            assert (report.added, report.kept_twice, report.erased_again) == ({}, {}, 0)
            assert _contents(vault) == before
        assert len(sync.marks(vault)) == 1
        assert sorted(p.name for p in (folder / BACKUP_DIR).iterdir() if "conflict" in p.name) == [
            "vault (conflicted copy 2026-11-30).db",
            "vault.sync-conflict-20261130-101010-ABCDEFG-2.db",
            COPY_NAME,
        ]


def _contents(vault: Vault) -> list[tuple[str, list[str]]]:
    return sorted(
        (
            m.display_name,
            sorted(
                s.private_notes + "|" + s.shared_summary for s in sessions.sessions_of(vault, m.id)
            ),
        )
        for m in mentees.summaries(vault)
    )


def test_a_mentee_erased_in_the_vault_stays_erased(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    def on_b(vault: Vault) -> None:
        edit_first_session(vault, mentee, private_notes="nog een notitie over Zoë op B")
        sessions.start_session(vault, mentee, datetime(2026, 11, 29, 9, 0))

    on(other, on_b)
    on(folder, lambda v: erase_mentees(v, [mentee], "request"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        (found,) = sync.summarise(vault)[1]
        assert (found.only_in_copy, found.changed_both) == (0, 0)
        report = sync.merge_copy(vault, copy)
        assert (report.added, report.kept_twice, report.erased_again) == ({}, {}, 1)
        assert mentees.summaries(vault) == []
        assert search.search(vault, "notitie") == []
    # The copy set aside in backups/ holds the erased mentee no more.
    moved = report.moved_to
    probe = tmp_path / "probe.mentorvault"
    probe.mkdir()
    shutil.copy2(moved, probe / "vault.db")
    shutil.copy2(folder / "vault.key.json", probe / "vault.key.json")
    with Vault.open(probe, PASSPHRASE, read_only=True) as old:
        assert old.count_rows("mentees") == 0
        assert old.count_rows("sessions") == 0


def test_a_mentee_erased_in_the_copy_is_erased_in_the_vault(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)
    on(other, lambda v: erase_mentees(v, [mentee], "request"))
    on(other, lambda v: add_mentee_with_session(v, "Lotte de Smet", shared="na het wissen"))

    def on_a(vault: Vault) -> None:
        sessions.start_session(vault, mentee, datetime(2026, 11, 29, 9, 0))
        (first, _) = sessions.sessions_of(vault, mentee)
        first.private_notes = "verboden notitie"
        sessions.save_session(vault, first)

    on(folder, on_a)
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        report = sync.merge_copy(vault, copy)
        assert report.erased_again == 1
        assert report.added == {"mentee": 1, "session": 1}
        assert [m.display_name for m in mentees.summaries(vault)] == ["Lotte de Smet"]
        assert search.search(vault, "verboden") == []
        assert vault.count_rows("sessions") == 1
        # Recorded here too, beside the database and inside it: a restore cannot bring it back.
        from mentorapp.store import erasures, gdpr

        records = gdpr.known_erasures(vault)
        assert [r.mentee_id for r in records] == [mentee]
        assert erasures.load_file(folder, vault.vault_id) == records
        assert vault.check().ok


def test_a_copy_of_another_vault_or_key_is_refused_and_left_alone(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, _ = shared
    stranger, _ = Vault.create(tmp_path / "stranger.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(stranger, "Iemand Anders")
    stranger.close()
    copy = folder / "vault-OTHERPC.db"
    shutil.copy2(tmp_path / "stranger.mentorvault" / "vault.db", copy)
    before = snapshot(folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        (found,) = sync.summarise(vault)[1]
        assert (found.opens, found.reason) == (False, "other-key")
        with pytest.raises(ConflictCopyUnusable) as caught:
            sync.merge_copy(vault, copy)
        assert caught.value.reason == "other-key"
        # Its key file beside it says it belongs to another vault.
        shutil.copy2(
            tmp_path / "stranger.mentorvault" / "vault.key.json", folder / "vault.key-OTHERPC.json"
        )
        summary = sync.summarise(vault)[1]
        assert [(c.copy.path.name, c.reason, c.key_copy is not None) for c in summary] == [
            ("vault-OTHERPC.db", "other-vault", True)
        ]
        with pytest.raises(ConflictCopyUnusable) as caught:
            sync.merge_copy(vault, copy)
        assert caught.value.reason == "other-vault"
        assert len(sync.find_conflict_copies(folder)) == 2
    (folder / "vault.key-OTHERPC.json").unlink()
    after = snapshot(folder)
    assert {k: v for k, v in after.items() if not k.startswith(BACKUP_DIR)} == {
        k: v for k, v in before.items() if not k.startswith(BACKUP_DIR)
    }
    assert not [n for n in after if n.startswith(BACKUP_DIR + "/.")]  # no temp file left


def test_a_copy_with_another_vault_id_or_schema_is_refused(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, _ = shared
    cases = {
        "other-vault": "UPDATE vault_meta SET value = 'someone-else' WHERE key = 'vault_id'",
        "newer-schema": "UPDATE alembic_version SET version_num = '0099_future'",
        "older-schema": "UPDATE alembic_version SET version_num = '0005_moves'",
    }
    for reason, statement in cases.items():
        other = machine_b(folder, tmp_path / reason)
        vault = Vault.open(other, PASSPHRASE)
        with vault.engine.begin() as conn:
            conn.exec_driver_sql(statement)
        vault.close()
        copy = sync_conflict(other, folder, f"vault ({reason} conflicted copy).db")
        with Vault.open(folder, PASSPHRASE) as mine:
            with pytest.raises(ConflictCopyUnusable) as caught:
                sync.merge_copy(mine, copy)
            assert caught.value.reason == reason
            assert [c.reason for c in sync.summarise(mine)[1]] == [reason]
        copy.unlink()


def test_set_aside_moves_the_copy_and_its_key_copy_unmerged(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, _ = shared
    other = machine_b(folder, tmp_path)
    on(other, lambda v: add_mentee_with_session(v, "Lotte de Smet"))
    copy = sync_conflict(other, folder, "vault (conflicted copy 2026-11-30).db")
    key = folder / "vault.key (conflicted copy 2026-11-30).json"
    shutil.copy2(folder / "vault.key.json", key)
    with Vault.open(folder, PASSPHRASE) as vault:
        (found,) = sync.summarise(vault)[1]
        assert found.key_copy is not None and found.key_copy.path == key
        moved = sync.set_aside(vault, copy)
        assert moved == folder / BACKUP_DIR / copy.name
        assert (folder / BACKUP_DIR / key.name).exists()
        assert sync.find_conflict_copies(folder) == []
        assert [m.display_name for m in mentees.summaries(vault)] == ["Zoë Peeters"]
        with pytest.raises(NoSuchRecord):
            sync.set_aside(vault, folder / "vault.db")


def test_a_profile_changed_on_both_sides_is_kept_twice(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    def rename(to: str) -> Callable[[Vault], object]:
        def change(vault: Vault) -> None:
            m = mentees.get_mentee(vault, mentee)
            m.current_role = to
            mentees.update_mentee(vault, m)
            sessions.start_session(vault, mentee, datetime(2026, 11, 29, 9, 0))

        return change

    on(other, rename("projectleider"))
    on(folder, rename("teamleider"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        report = sync.merge_copy(vault, copy)
        assert report.kept_twice == {"mentee": 1}
        assert report.added == {"session": 1}
        roles = sorted(
            mentees.get_mentee(vault, m.id).current_role for m in mentees.summaries(vault)
        )
        assert roles == ["projectleider", "teamleider"]
        assert mentees.get_mentee(vault, mentee).current_role == "teamleider"
        assert len(sessions.sessions_of(vault, mentee)) == 3  # every session with the vault's
        (mark,) = sync.marks(vault, mentee)
        assert (mark.kind, mark.twin_id) == ("mentee", mentee)
        assert mentees.get_mentee(vault, mark.record_id).current_role == "projectleider"  # type: ignore[arg-type]
        # Erasing the second profile takes its mark with it.
        erase_mentees(vault, [MenteeId(mark.record_id)], "request")
        assert sync.marks(vault) == []


def test_marks_go_into_the_data_export_and_with_the_mentee(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    on(other, lambda v: edit_first_session(v, mentee, shared_summary="samenvatting van B"))
    on(folder, lambda v: edit_first_session(v, mentee, shared_summary="samenvatting van A"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        sync.merge_copy(vault, copy)
        (mark,) = sync.marks(vault)
        out = tmp_path / "export" / "Zoe.json"
        out.parent.mkdir()
        exports.export_data(vault, mentee, out, include_private=False)
        document = json.loads(out.read_text(encoding="utf-8"))
        assert [(m["kind"], m["record_id"], m["source"]) for m in document["merge_marks"]] == [
            ("session", mark.record_id, COPY_NAME)
        ]
        erase_mentees(vault, [mentee], "request")
        assert vault.count_rows("merge_marks") == 0
        assert sync.marks(vault) == []


def test_a_canvas_and_an_engagement_made_on_both_sides_go_to_a_second_profile(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    """One canvas and one engagement per mentee: the copy's differing ones come in on a
    second, marked profile of the mentee (one for both); its new attachment joins the
    mentee itself, bytes and all."""
    folder, mentee = shared
    other = machine_b(folder, tmp_path)

    def make(side: str) -> Callable[[Vault], object]:
        def change(vault: Vault) -> None:
            moves.save_canvas(
                vault,
                JobCraftingCanvas(
                    mentee_id=mentee,
                    tasks_now=f"taken op {side}",
                    experiments=[CraftingExperiment(what=f"experiment {side}")],
                ),
            )
            engagements.save_engagement(vault, Engagement(mentee, f"Sponsor {side}", 6))
            if side == "B":
                attachments.attach(vault, mentee, b"%PDF-1.4 cv", "CV", file_name="cv.pdf")

        return change

    on(other, make("B"))
    on(folder, make("A"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        report = sync.merge_copy(vault, copy)
        assert report.added == {"attachment": 1}
        assert report.kept_twice == {"mentee": 1, "canvas": 1, "engagement": 1}
        assert moves.canvas(vault, mentee).tasks_now == "taken op A"
        assert engagements.engagement(vault, mentee).sponsor == "Sponsor A"  # type: ignore[union-attr]
        (cv,) = attachments.attachments(vault, mentee)
        assert cv.id is not None and attachments.content(vault, cv.id) == b"%PDF-1.4 cv"
        (profile,) = [m for m in sync.marks(vault, mentee) if m.kind == "mentee"]
        second = MenteeId(profile.record_id)
        assert moves.canvas(vault, second).tasks_now == "taken op B"
        assert [e.what for e in moves.canvas(vault, second).experiments] == ["experiment B"]
        assert engagements.engagement(vault, second).sponsor == "Sponsor B"  # type: ignore[union-attr]
        kinds = sorted((m.kind, m.mentee_id) for m in sync.marks(vault))
        assert kinds == [("canvas", second), ("engagement", second), ("mentee", second)]
        assert {h.mentee_id for h in search.search(vault, "experiment")} == {mentee, second}
        assert vault.check().ok
    # The same copy once more: nothing new.
    again = folder / COPY_NAME
    shutil.copy2(report.moved_to, again)
    with Vault.open(folder, PASSPHRASE) as vault:
        report = sync.merge_copy(vault, again)
        assert (report.added, report.kept_twice) == ({}, {})


def test_a_damaged_copy_is_refused_whole(shared: tuple[Path, MenteeId], tmp_path: Path) -> None:
    folder, _ = shared
    other = machine_b(folder, tmp_path)
    on(other, lambda v: add_mentee_with_session(v, "Lotte de Smet", private="x" * 20_000))
    raw = bytearray((other / "vault.db").read_bytes())
    raw[-100] ^= 0xFF  # one byte of the last page
    damaged = folder / "vault (conflicted copy 2026-11-30).db"
    damaged.write_bytes(bytes(raw))
    short = folder / "vault-LAPTOP.db"
    short.write_bytes(bytes(raw[:1000]))
    with Vault.open(folder, PASSPHRASE) as vault:
        assert sorted((c.copy.path.name, c.reason) for c in sync.summarise(vault)[1]) == [
            ("vault (conflicted copy 2026-11-30).db", "damaged"),
            ("vault-LAPTOP.db", "damaged"),
        ]
        for copy in (damaged, short):
            with pytest.raises(ConflictCopyUnusable) as caught:
                sync.merge_copy(vault, copy)
            assert caught.value.reason == "damaged"
            assert copy.exists()
        assert [m.display_name for m in mentees.summaries(vault)] == ["Zoë Peeters"]


def test_an_erasure_reaches_a_copy_set_aside_in_backups(
    shared: tuple[Path, MenteeId], tmp_path: Path
) -> None:
    """A conflict copy set aside keeps its own name in backups/; it is a copy of the vault
    all the same, so erasing a mentee purges them from it too."""
    from mentorapp.store.engine import connect

    folder, mentee = shared
    other = machine_b(folder, tmp_path)
    on(other, lambda v: add_mentee_with_session(v, "Lotte de Smet"))
    copy = sync_conflict(other, folder)
    with Vault.open(folder, PASSPHRASE) as vault:
        moved = sync.set_aside(vault, copy)
        key = vault.data_key
        erased = erase_mentees(vault, [mentee], "request", purge_backups=True).value
        assert erased.backups is not None and moved in erased.backups.purged
    conn = connect(moved, key)
    try:
        names = {row[0] for row in conn.execute("SELECT full_name FROM mentees")}
    finally:
        conn.close()
    assert names == {"Lotte de Smet"}


@pytest.mark.parametrize(
    "name",
    [
        COPY_NAME,
        "vault (Sam's conflicted copy 2026-11-30).db",
        "vault_conflict-20261130-101010.db",
        "vault(1).db",
    ],
)
def test_an_erasure_reaches_a_copy_set_aside_under_a_numbered_name(
    shared: tuple[Path, MenteeId], tmp_path: Path, name: str
) -> None:
    """A second copy of the same name is set aside as "…-2.db": still a copy of the
    vault, so the erasure reaches it as it reaches the first."""
    from mentorapp.store.engine import connect

    folder, mentee = shared
    other = machine_b(folder, tmp_path)
    on(other, lambda v: add_mentee_with_session(v, "Lotte de Smet"))
    with Vault.open(folder, PASSPHRASE) as vault:
        first = sync.set_aside(vault, sync_conflict(other, folder, name))
        second = sync.set_aside(vault, sync_conflict(other, folder, name))
        assert second.name != first.name and second.stem.endswith("-2")
        key = vault.data_key
        erased = erase_mentees(vault, [mentee], "request", purge_backups=True).value
        assert erased.backups is not None
        assert {first, second} <= set(erased.backups.purged)
    for moved in (first, second):
        conn = connect(moved, key)
        try:
            names = {row[0] for row in conn.execute("SELECT full_name FROM mentees")}
        finally:
            conn.close()
        assert names == {"Lotte de Smet"}
