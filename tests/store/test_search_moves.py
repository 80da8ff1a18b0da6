"""Search finds a word written only in a safari, a skill's evidence, a canvas, an
experiment, a move note or a career story; the coach's private notes are marked private."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from mentorapp.domain.enums import Language, MoveKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    CareerSafari,
    CareerStory,
    CraftingExperiment,
    JobCraftingCanvas,
    Move,
    SkillEntry,
)
from mentorapp.store import search
from mentorapp.store.moves_repository import CanvasRepository, StoryRepository
from mentorapp.store.repositories import MoveRepository, SafariRepository, SkillRepository
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session


def _hits(vault: Vault, query: str) -> list[search.SearchHit]:
    with vault.reading() as s:
        return search.search(s, query)


def _fill(vault: Vault, mentee: MenteeId) -> dict[str, int]:
    """One record of each kind, each with words of its own; returns their ids by kind."""
    with vault.transaction() as s:
        safari = SafariRepository(s).add(
            CareerSafari(
                mentee,
                "Gastdienst",
                start_date=date(2026, 10, 5),
                learning_goals="leervraagwoord",
                arrangements="regelingwoord",
                shared_reflection="reflectiewoord",
                private_notes="safarigeheim",
            )
        )
        skill = SkillRepository(s).add(SkillEntry(mentee, "Plannen", 2, 4, "bewijswoord"))
        canvas = CanvasRepository(s).save(
            JobCraftingCanvas(
                mentee,
                relationships_crafted="canvaswoord",
                experiments=[CraftingExperiment("experimentwoord", with_whom="metwiewoord")],
                private_notes="canvasgeheim",
            )
        )
        move = MoveRepository(s).add(
            Move(mentee, MoveKind.DIAGONAL, "zetwoord", happened_on=date(2026, 11, 2))
        )
        story = StoryRepository(s).save(
            CareerStory("Verhaaltitel", "verhaalwoord", [MoveKind.LATERAL], Language.NL)
        )
    ids = {
        "safari": safari.id,
        "skill": skill.id,
        "move": move.id,
        "story": story.id,
        "canvas": _canvas_id(vault, mentee),
    }
    assert canvas.experiments[0].id is not None
    return {kind: int(i or 0) for kind, i in ids.items()}


def _canvas_id(vault: Vault, mentee: MenteeId) -> int:
    with vault.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT id FROM job_crafting_canvases WHERE mentee_id = :m"), {"m": mentee}
            ).scalar_one()
        )


@pytest.mark.parametrize(
    ("word", "kind", "private", "happened"),
    [
        ("leervraagwoord", "safari", False, date(2026, 10, 5)),
        ("regelingwoord", "safari", False, date(2026, 10, 5)),
        ("reflectiewoord", "safari", False, date(2026, 10, 5)),
        ("safarigeheim", "safari", True, date(2026, 10, 5)),
        ("bewijswoord", "skill", False, None),
        ("canvaswoord", "canvas", False, "today"),
        ("experimentwoord", "canvas", False, "today"),
        ("metwiewoord", "canvas", False, "today"),
        ("canvasgeheim", "canvas", True, "today"),
        ("zetwoord", "move", False, date(2026, 11, 2)),
        ("verhaalwoord", "story", False, "today"),
    ],
)
def test_a_word_written_only_there_is_found(
    vault: Vault, word: str, kind: str, private: bool, happened: object
) -> None:
    other = add_mentee_with_session(vault, "Bo Claes", shared="niets hiervan")
    mentee = add_mentee_with_session(vault, "An Peeters")
    ids = _fill(vault, mentee)
    (hit,) = _hits(vault, word[:-2])  # a prefix, as typed
    assert (hit.kind, hit.record_id, hit.private) == (kind, ids[kind], private)
    assert hit.happened == (date.today() if happened == "today" else happened)
    if kind == "story":  # a story belongs to no mentee
        assert (hit.mentee_id, hit.mentee_name) == (search.NO_MENTEE, "")
    else:
        assert (hit.mentee_id, hit.mentee_name) == (mentee, "An Peeters")
    assert other != mentee


def test_edits_and_deletes_keep_the_index_in_step(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault)
    ids = _fill(vault, mentee)
    with vault.transaction() as s:
        canvases = CanvasRepository(s)
        canvas = canvases.get(mentee)
        assert canvas is not None
        canvas.experiments[0].what = "nieuwexperiment"
        canvas.tasks_now = "takenwoord"
        canvases.save(canvas)
        SkillRepository(s).delete(ids["skill"])
        story = StoryRepository(s).get(ids["story"])  # type: ignore[arg-type]
        story.text = "anderverhaal"
        StoryRepository(s).save(story)
    assert _hits(vault, "experimentwoord") == [] and _hits(vault, "verhaalwoord") == []
    assert [h.kind for h in _hits(vault, "nieuwexperiment")] == ["canvas"]
    assert [h.kind for h in _hits(vault, "takenwoord")] == ["canvas"]
    assert [h.kind for h in _hits(vault, "anderverhaal")] == ["story"]
    assert _hits(vault, "bewijswoord") == []
    with vault.transaction() as s:
        canvas = CanvasRepository(s).get(mentee)
        assert canvas is not None
        canvas.experiments = []
        CanvasRepository(s).save(canvas)
    assert _hits(vault, "nieuwexperiment") == [] and len(_hits(vault, "takenwoord")) == 1
    # A repair with a plain SQL tool is indexed too.
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE moves SET description = 'hersteldwoord'"))
    assert _hits(vault, "zetwoord") == [] and [h.kind for h in _hits(vault, "hersteld")] == ["move"]


def test_rowids_say_where_an_entry_comes_from() -> None:
    assert search.source_of(12 * 8 + 1) == ("session", 12)
    assert search.source_of(12 * 8 + 6) == ("safari", 12)
    assert search.source_of(12 * 8 + 7) == ("move", 12)
    assert search.source_of(12 * 64 + 8) == ("skill", 12)
    assert search.source_of(12 * 64 + 16) == ("canvas", 12)
    assert search.source_of(12 * 64 + 24) == ("story", 12)
    assert search.source_of(12 * 64 + 56)[0] == "other"
