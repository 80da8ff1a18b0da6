"""Search finds what the coach wrote; erasure leaves no trace of the mentee anywhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from mentorapp.domain.enums import Feasibility, MoveKind
from mentorapp.domain.ids import ResponseId
from mentorapp.domain.model import (
    Action,
    Attachment,
    CareerStory,
    CoachingSession,
    DevelopmentPlan,
    Engagement,
    Goal,
    Mentee,
    QuestionnaireResponse,
)
from mentorapp.store import gdpr, search
from mentorapp.store.moves_repository import StoryRepository
from mentorapp.store.practice_repository import AttachmentRepository, EngagementRepository
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session
from tests.store.answers import add_answers
from tests.store.moves_records import add_moves_records


def _hits(vault: Vault, query: str) -> list[search.SearchHit]:
    with vault.reading() as s:
        return search.search(s, query)


def test_search_is_diacritics_and_case_insensitive_with_prefixes(vault: Vault) -> None:
    mentee = add_mentee_with_session(
        vault, private="Twijfelt over haar carrière", shared="Financiële opleiding besproken"
    )
    for query in ("carriere", "CARRIÈRE", "carr", "financiele", "financiele oplei"):
        hits = _hits(vault, query)
        assert [h.mentee_id for h in hits] == [mentee], query
    hit = _hits(vault, "carriere")[0]
    assert hit.snippet_with("[", "]") == "Twijfelt over haar [carrière]"
    assert hit.happened == date(2026, 11, 20) and hit.kind == "session"


def test_search_ranks_better_matches_first(vault: Vault) -> None:
    weak = add_mentee_with_session(vault, "An Peeters", private="safari " + "woord " * 60)
    strong = add_mentee_with_session(vault, "Jeroen van Dijk", private="safari safari safari")
    assert [h.mentee_id for h in _hits(vault, "safari")] == [strong, weak]


def test_search_input_is_never_fts_syntax(vault: Vault) -> None:
    add_mentee_with_session(vault, private="gewone tekst")
    for query in ('"', "NEAR(", "a OR", "*", "-", "col:val", "'); DROP TABLE mentees; --", ""):
        assert _hits(vault, query) == []
    assert vault.count_rows("mentees") == 1


def test_search_follows_edits_by_any_writer(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault, private="oude tekst")
    # A repair with a plain SQL tool (no app code) is indexed by the triggers too.
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE sessions SET private_notes = 'nieuwe zin over jobrotatie'"))
    assert _hits(vault, "oude") == []
    assert [h.mentee_id for h in _hits(vault, "jobrotatie")] == [mentee]


def test_plan_goals_and_actions_are_searchable(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault)
    with vault.transaction() as s:
        PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=mentee,
                title="Groeien in de breedte",
                goals=[
                    Goal(
                        "Teamcoördinator worden",
                        feasibility=Feasibility.NOT_NOW,
                        feasibility_note="Nu geen vacature",
                        actions=[Action("Opleiding leiderschap", measure="certificaat")],
                    )
                ],
            )
        )
    kinds = {h.kind for h in _hits(vault, "teamcoordinator")} | {
        h.kind for h in _hits(vault, "certif")
    }
    assert kinds == {"goal", "action"}
    assert {h.kind for h in _hits(vault, "breedte")} == {"plan"}


def _indexed_text(vault: Vault, response: QuestionnaireResponse) -> list[tuple[str, str]]:
    assert response.id is not None
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT shared_text, private_text FROM search_index WHERE rowid = ?",
            (response.id * 8 + 5,),
        )
        return [(str(a), str(b)) for a, b in rows]


def test_answers_are_searchable_and_the_interpretation_is_private(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault)
    response = add_answers(
        vault,
        mentee,
        {"energy_1": "4", "note": "Pottenbakken op zaterdag", "fit_2": "2"},
        private="Twijfelt aan haar teamleider",
    )
    (hit,) = _hits(vault, "potten")
    assert (hit.kind, hit.record_id, hit.private) == ("questionnaire", response.id, False)
    assert hit.happened == date(2026, 9, 14) and hit.mentee_id == mentee
    assert [h.private for h in _hits(vault, "teamleider")] == [True]
    # Scale answers are numbers, not words: only the open answer is indexed.
    assert _indexed_text(vault, response) == [
        ("Pottenbakken op zaterdag", "Twijfelt aan haar teamleider")
    ]

    response.answers["note"] = "Keramiek"
    with vault.transaction() as s:
        QuestionnaireRepository(s).update_response(response)
    assert _hits(vault, "potten") == [] and len(_hits(vault, "keramiek")) == 1
    with vault.transaction() as s:
        QuestionnaireRepository(s).delete_response(ResponseId(response.id or 0))
    assert _hits(vault, "keramiek") == [] and _indexed_text(vault, response) == []


def _all_text(vault: Vault) -> str:
    """Every value of every table, FTS shadow tables and vocabulary included."""
    parts: list[str] = []
    with vault.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_index, row)"
        )
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")]
        for table in [*tables, "temp.vocab"]:
            if table.startswith("sqlite_") or table.startswith("ix_"):
                continue
            try:
                rows = conn.exec_driver_sql(f"SELECT * FROM {table}").fetchall()
            except Exception:  # indexes and triggers are not tables
                continue
            for row in rows:
                for value in row:
                    if isinstance(value, bytes):
                        parts.append(value.decode("utf-8", "replace"))
                    else:
                        parts.append(str(value))
    return "\n".join(parts).casefold()


def test_erasure_leaves_no_trace(vault: Vault) -> None:
    gone = add_mentee_with_session(
        vault, "Şükrü Yılmaz", private="xylofoonbouwer geheim", shared="zeldzaamwoord"
    )
    kept = add_mentee_with_session(vault, "An Peeters", private="blijft staan")
    with vault.transaction() as s:
        m = MenteeRepository(s).get(gone)
        m.tags = ["tagvanyilmaz"]
        MenteeRepository(s).update(m)
        PlanRepository(s).add(
            DevelopmentPlan(mentee_id=gone, title="plantitelvanyilmaz", goals=[Goal("doelvan")])
        )
        CoachingSessionRepository(s).add(
            CoachingSession(gone, datetime(2026, 1, 5, 9), private_notes="tweedesessie")
        )
    add_answers(vault, gone, {"energy_1": "3", "note": "antwoordvanyilmaz"}, "duidingvanyilmaz")
    add_moves_records(vault, gone, "zettenvanyilmaz")
    add_moves_records(vault, kept, "blijvendezet")
    with vault.transaction() as s:
        StoryRepository(s).save(CareerStory("Verhaal", "verhaalblijft", [MoveKind.LATERAL]))
        for who, word in ((gone, "vanyilmaz"), (kept, "blijvend")):
            EngagementRepository(s).save(Engagement(who, f"sponsor{word}", 4))
            AttachmentRepository(s).add_with(
                Attachment(who, f"bijlage{word}", f"cv{word}.txt", "text/plain", 9, date.today()),
                f"inhoud{word}".encode(),
            )
    before = _all_text(vault)
    assert "xylofoonbouwer" in before and "plantitelvanyilmaz" in before
    assert "antwoordvanyilmaz" in before and "duidingvanyilmaz" in before
    assert "sponsorvanyilmaz" in before and "inhoudvanyilmaz" in before
    # Each of the 26 texts: the safari's 7, the skill's 2, the canvas's 7, the experiment's
    # 2, the move's 3, the debrief, goal, action, activity and outcome note.
    assert before.count("zettenvanyilmaz") >= 26

    assert gdpr.erase(vault, [gone]) == 1

    after = _all_text(vault)
    for needle in (
        "şükrü",
        "xylofoonbouwer",
        "zeldzaamwoord",
        "plantitelvanyilmaz",
        "tagvanyilmaz",
        "tweedesessie",
        "doelvan",
        "antwoordvanyilmaz",
        "duidingvanyilmaz",
        "zettenvanyilmaz",
        "sponsorvanyilmaz",
        "bijlagevanyilmaz",
        "cvvanyilmaz",
        "inhoudvanyilmaz",
    ):
        assert needle not in after, needle
    assert "sponsorblijvend" in after and "inhoudblijvend" in after
    assert "blijft" in after and "blijvendezet" in after and "verhaalblijft" in after
    assert _hits(vault, "zettenvanyilmaz") == []
    assert {h.kind for h in _hits(vault, "blijvendezet")} >= {"safari", "skill", "canvas", "move"}
    for table in (
        "career_safaris",
        "skills",
        "job_crafting_canvases",
        "moves",
        "engagements",
        "attachments",
    ):
        assert vault.count_rows(table) == 1, table
    assert vault.count_rows("crafting_experiments") == 1
    assert vault.count_rows("career_stories") == 1  # no mentee's: it stays
    assert [h.mentee_id for h in _hits(vault, "blijft")] == [kept]
    assert _hits(vault, "xylofoon") == []
    with vault.engine.connect() as conn:
        log = conn.exec_driver_sql("SELECT mentee_count FROM erasure_log").fetchall()
    assert log == [(1,)]
    assert vault.check().ok


def test_erasure_log_keeps_no_name(vault: Vault) -> None:
    gone = add_mentee_with_session(vault, "Łukasz Wróbel")
    gdpr.erase(vault, [gone])
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM erasure_log").fetchall()
    assert "Łukasz" not in repr(rows) and "Wróbel" not in repr(rows)


def test_summaries_show_next_session(vault: Vault) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(
            Mentee(full_name="Fatima El Amrani", preferred_name="Fati")
        )
        assert mentee.id is not None
        CoachingSessionRepository(s).add(
            CoachingSession(
                mentee.id, datetime(2026, 11, 1, 9), next_session_at=datetime(2026, 12, 3, 14)
            )
        )
        CoachingSessionRepository(s).add(CoachingSession(mentee.id, datetime(2026, 12, 1, 10)))
    with vault.reading() as s:
        (summary,) = MenteeRepository(s).summaries(now=datetime(2026, 11, 24))
    assert summary.display_name == "Fati El Amrani"
    assert summary.next_session_at == datetime(2026, 12, 1, 10)


def test_only_the_newest_matches_are_ranked(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    oldest = add_mentee_with_session(vault, "Oudste", private="safari safari safari safari")
    newer = [
        add_mentee_with_session(vault, f"M{i}", private="safari " + "x " * i) for i in range(3)
    ]
    hits = _hits(vault, "safari")
    assert oldest not in [h.mentee_id for h in hits]
    assert [h.mentee_id for h in hits] == newer  # the newest three, best (shortest) first


def test_query_words_before_the_last_are_whole_and_lone_letters_drop() -> None:
    assert search.match_expression("carrière gespr") == '"carrière" AND "gespr"*'
    assert search.match_expression("collega's") == '"collega"*'
    assert search.match_expression("a") == '"a"*'
    assert search.match_expression("  ,, ") is None


def test_apostrophe_words_are_found(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault, private="Gesprek met twee collega's van HR")
    assert [h.mentee_id for h in _hits(vault, "collega's")] == [mentee]
