"""A long last prefix is spelled out as the index's words that start with it: the same
rows are found as with FTS5's own prefix query, accents and case folded as before."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import text

from mentorapp.store import search
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session

NOTES = [
    "Trainingsbudget besproken; de training in maart is geboekt.",
    "Twijfelt over haar carrière en het carrièrepad bij de gemeente.",
    "Carrièreswitch naar het onderwijs: trainingen gevolgd, thuissituatie rustig.",
    "Privé gaat het goed, thuis veel steun; TRAINING van collega's gehad.",
    "Gesprek over werkdruk en privé-omstandigheden, geen training.",
    "Zoë wil doorgroeien; heroriëntatie op de loopbaan, trainingsaanbod bekeken.",
]


def _fill(vault: Vault) -> None:
    for i, note in enumerate(NOTES):
        add_mentee_with_session(vault, f"Mentee {i}", private=note, shared=NOTES[-1 - i])


def _rowids(vault: Vault, expression: str) -> set[int]:
    with vault.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT rowid FROM search_index WHERE search_index MATCH :q"), {"q": expression}
        )
        return {int(r[0]) for r in rows}


def _found(vault: Vault, query: str) -> set[int]:
    with vault.reading() as s:
        return {h.record_id * 8 + 1 for h in search.search(s, query, limit=1000)}


QUERIES = [
    "training",
    "TRAINING",
    "traini",
    "trainingsb",
    "carriere",
    "carrière",
    "CARRIÈRES",
    "privé thuis",
    "prive thuiss",
    "heroriënt",
    "zoe",
    "geen trainingen",
    "onbestaand",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_rows_match_as_with_the_prefix_query(vault: Vault, query: str) -> None:
    _fill(vault)
    plain = search.match_expression(query)
    assert plain is not None
    assert _found(vault, query) == _rowids(vault, plain)


def test_long_prefixes_are_spelled_out_short_ones_stay(vault: Vault) -> None:
    _fill(vault)
    with vault.reading() as s:
        assert search.expression_for(s, "trai") == '"trai"*'  # in the prefix index
        assert search.expression_for(s, "privé carrièr") == (
            '"privé" AND ("carriere" OR "carrierepad" OR "carriereswitch")'
        )
        assert search.expression_for(s, "onbestaand") == '"onbestaand"*'
        # Folded to something other than a-z/0-9: the tokenizer's own folding decides.
        assert search.expression_for(s, "straße") == '"straße"*'
        assert search.expression_for(s, "training_x") == '"training_x"*'
        assert search.expression_for(s, "  ,, ") is None


def test_a_prefix_of_many_words_keeps_the_prefix_query(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(vault)
    monkeypatch.setattr(search, "MAX_SPELLED_OUT", 2)
    with vault.reading() as s:
        assert search.expression_for(s, "carri") == '"carri"*'
        assert search.expression_for(s, "trainingsb") == '("trainingsbudget")'
    assert _found(vault, "carri") == _rowids(vault, '"carri"*')


def test_a_read_only_vault_searches_with_the_prefix_query(vault: Vault) -> None:
    _fill(vault)
    with Vault.open(vault.folder, PASSPHRASE, read_only=True) as reader, reader.reading() as s:
        assert search.expression_for(s, "carrière") == '"carrière"*'
        hits = search.search(s, "carrière")
    assert {h.record_id * 8 + 1 for h in hits} == _found(vault, "carrière")
    assert len(hits) == 4  # three notes, one of them in two sessions


def test_words_edited_or_erased_are_no_longer_spelled_out(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault, private="loopbaanpad en loopbaancoach")
    assert len(_found(vault, "loopbaan")) == 1
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE sessions SET private_notes = 'iets anders'"))
    assert _found(vault, "loopbaan") == set()
    with vault.reading() as s:
        assert search.expression_for(s, "loopbaan") == '"loopbaan"*'
    assert mentee


def test_the_python_folding_agrees_with_the_tokenizer() -> None:
    """Every letter or digit ``folded_term`` accepts becomes the very term unicode61 makes."""
    letters = [chr(c) for c in range(0x30, 0x30000) if chr(c).isalnum()]
    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    conn.executemany(
        "INSERT INTO t(rowid, x) VALUES (?, ?)", [(i, f"q{ch}z") for i, ch in enumerate(letters)]
    )
    made = {int(doc): str(term) for term, doc in conn.execute("SELECT term, doc FROM v")}
    accepted = 0
    for i, ch in enumerate(letters):
        ours = search.folded_term(f"q{ch}z")
        if ours is not None:
            accepted += 1
            assert made.get(i) == ours, (hex(ord(ch)), ours, made.get(i))
    assert accepted > 500  # the accented Latin letters are spelled out too
    assert search.folded_term("Ǡ") is None  # unicode61 keeps it whole


def test_equal_matches_put_the_newer_note_first(vault: Vault) -> None:
    older = add_mentee_with_session(vault, "Eerste", private="loopbaanpad besproken")
    newer = add_mentee_with_session(vault, "Tweede", private="loopbaanpad besproken")
    for query in ("loopbaanpad", "loop", "besproken loopbaan"):
        assert [h.mentee_id for h in _hits_of(vault, query)] == [newer, older], query


def test_the_snippets_belong_to_the_ranked_rows(vault: Vault) -> None:
    _fill(vault)
    with vault.reading() as s:
        hits = search.search(s, "trainingen", limit=2)
        scores = [h.score for h in search.search(s, "trainingen", limit=50)]
    assert len(hits) == 2 and scores == sorted(scores)
    assert all("\x02" in h.snippet for h in hits)
    assert {h.snippet_with("[", "]").count("[") for h in hits} == {1}


def _hits_of(vault: Vault, query: str) -> list[search.SearchHit]:
    with vault.reading() as s:
        return search.search(s, query)


@pytest.mark.parametrize("library", [sqlite3, sqlcipher3], ids=["stdlib", "sqlcipher"])
def test_the_index_is_the_outer_loop_of_the_snippet_walk(library: Any) -> None:
    """Each SQLite walks the index once for the snippets (3.40 looped the best rowids
    outside the index, walking it once per hit, when they were joined)."""
    conn = library.connect(":memory:")
    conn.execute("CREATE TABLE mentees (id INTEGER PRIMARY KEY, full_name, preferred_name)")
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(private_text, shared_text, "
        "kind UNINDEXED, mentee_id UNINDEXED, happened UNINDEXED)"
    )
    plan = conn.execute(
        "EXPLAIN QUERY PLAN " + search.SEARCH_SQL, search.search_parameters('"x"', 50)
    ).fetchall()
    top_level = [str(row[3]) for row in plan if row[1] == 0 and str(row[3]).startswith("SCAN")]
    assert top_level[0].startswith("SCAN f VIRTUAL TABLE"), plan
