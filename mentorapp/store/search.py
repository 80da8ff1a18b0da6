"""Full-text search over notes, plans, answers, safaris, skills, canvases, moves and career
stories (FTS5, bm25, snippets).

The index lives inside the encrypted database and is kept in step by triggers. An
entry's rowid says where it comes from: ``id * 8 + k`` for k = 1..7 (``KINDS``), and for
k = 0 the extension ``id * 64 + j * 8`` (``EXTENDED_KINDS``; migration 0005). A career
story belongs to no mentee: its hits have mentee id 0 and no name. Queries
are built from the words the user typed - never passed through as FTS syntax - so any
input is safe; every word matches as a prefix, diacritics and case folded.

Ranking costs about 2 us per matching row (bm25), so a 3-letter prefix that matches most
of 100,000 notes would take a quarter of a second. Only the newest ``RANK_WINDOW``
matches are ranked: the coach types to find recent conversations, and a search that
wide is refined by the next letter anyway.

A prefix longer than the index's own prefixes (2-4 letters, migration 0002) is costly in
FTS5: it merges the position lists of every word that starts with it into one list,
whole, before the first row comes out - and the search did that three times (the
window, the ranked rows, bm25's document count). "training" or "carrière", typed in
full, start dozens of compounds in Dutch (trainingsbudget, carrièrepad, ...): 50-100 ms.
So ``search`` spells such a prefix out as the words the index holds that start with it
("training"* becomes ("training" OR "trainingen" OR ...), read from an fts5vocab table),
which FTS5 walks lazily, newest first: the same rows match, at a third of the cost. bm25
then weighs each of those words by its own rarity, as it does for any other words typed.
Words that fold to something other than plain a-z/0-9, or a prefix that starts more
than ``MAX_SPELLED_OUT`` words, keep the plain prefix query.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee

HIT_START = "\x02"
HIT_END = "\x03"
MAX_QUERY_WORDS = 12
RANK_WINDOW = 2000
INDEX_PREFIXES = 4
"""The longest prefix the index holds itself (``prefix = '2 3 4'``): shorter ones stay."""
MAX_SPELLED_OUT = 64
"""Above this many words starting with the prefix, the plain prefix query is cheaper."""
_WORD = re.compile(r"\w+", re.UNICODE)
_PLAIN_TERM = re.compile(r"[a-z0-9]+")
_KEPT_BY_TOKENIZER = frozenset("\u01e0\u01e1")
"""Letters unicode61 leaves whole that NFD takes apart (Ǡ, ǡ: a with dot and macron);
tests/store/test_search_spelled_out.py checks every letter against the tokenizer."""
_TERMS_TABLE = "temp.search_terms"
KINDS = {
    1: "session",
    2: "plan",
    3: "goal",
    4: "action",
    5: "questionnaire",
    6: "safari",
    7: "move",
}
EXTENDED_KINDS = {1: "skill", 2: "canvas", 3: "story"}
NO_MENTEE = MenteeId(0)
"""The mentee id of a hit that belongs to no mentee (a career story)."""


def source_of(rowid: int) -> tuple[str, int]:
    """The kind of record an index entry comes from and that record's id."""
    if rowid % 8:
        return KINDS.get(rowid % 8, "other"), rowid // 8
    return EXTENDED_KINDS.get(rowid // 8 % 8, "other"), rowid // 64


@dataclass(frozen=True)
class SearchHit:
    """One match: whose, what kind of record, its date and a marked-up snippet.

    ``kind`` is one of ``KINDS`` or ``EXTENDED_KINDS``; a ``"story"`` hit has
    ``mentee_id`` 0 (``NO_MENTEE``) and an empty ``mentee_name``.

    ``private`` says the snippet comes from the mentor's private text (a session's
    private notes, a plan's private remarks), which never leaves the vault; otherwise
    it comes from shared text (summary, agreements, the plan), which may be exported.
    """

    mentee_id: MenteeId
    mentee_name: str
    kind: str
    record_id: int
    happened: date | None
    snippet: str
    score: float
    private: bool

    def snippet_with(self, start: str, end: str) -> str:
        """The snippet with the hit markers replaced (e.g. by ``[``/``]`` or HTML tags)."""
        return self.snippet.replace(HIT_START, start).replace(HIT_END, end)


def match_expression(query: str) -> str | None:
    """An FTS5 expression for the typed words; None if there are none.

    The last word is still being typed, so it matches as a prefix; the words before it
    are whole. Letters left alone by punctuation ("collega's" -> "collega", "s") are
    dropped: a one-letter prefix would match nearly every note.
    """
    words = _words(query)
    return _joined(words, None) if words else None


# One snippet per column (0: private_text, 1: shared_text) so a hit says which privacy
# class its text has; ``_snippet`` picks the one with more matches, as snippet(-1) did,
# at about the same cost (snippet(-1) scores every column too).
#
# One walk ranks: bm25 for the newest ``window`` matches, the best ``limit`` kept (a tie
# goes to the newer). A second walk over just their rowid range makes the snippets for
# those rows only. (FTS5's own ORDER BY rank walked the window twice - once to find where
# it starts, once to rank - and looked every phrase up again to go back to each row.)
# The index is the only table the second walk loops over (``+f.rowid`` keeps the best
# rowids a filter, not 50 lookups): SQLite 3.40 put ``best`` outside a join, 20x slower.
SEARCH_SQL = f"""
    WITH newest AS MATERIALIZED (
        SELECT rowid AS id, bm25(search_index) AS score FROM search_index
        WHERE search_index MATCH :q ORDER BY rowid DESC LIMIT :window
    ), best AS MATERIALIZED (
        SELECT id, score FROM newest ORDER BY score, id DESC LIMIT :limit
    )
    SELECT f.rowid, f.mentee_id, f.happened,
           snippet(search_index, 0, '{HIT_START}', '{HIT_END}', '…', 16),
           snippet(search_index, 1, '{HIT_START}', '{HIT_END}', '…', 16),
           (SELECT b.score FROM best AS b WHERE b.id = f.rowid) AS score,
           m.full_name, m.preferred_name
    FROM search_index AS f LEFT JOIN mentees AS m ON m.id = f.mentee_id
    WHERE search_index MATCH :q
      AND f.rowid BETWEEN (SELECT min(id) FROM best) AND (SELECT max(id) FROM best)
      AND +f.rowid IN (SELECT id FROM best)
    ORDER BY score, f.rowid DESC
"""
"""The search statement (also run by the bench on a plain copy, for the cipher ratio)."""


def search_parameters(expression: str, limit: int) -> dict[str, object]:
    return {"q": expression, "limit": limit, "window": RANK_WINDOW}


def _snippet(private_text: str, shared_text: str) -> tuple[str, bool]:
    """The snippet to show and whether it is private: the column with more matches, the
    private one on a tie (the column order snippet(-1) prefers)."""
    if shared_text.count(HIT_START) > private_text.count(HIT_START):
        return shared_text, False
    return private_text, True


def _words(query: str) -> list[str]:
    words = _WORD.findall(query)
    if len(words) > 1:
        words = [w for w in words if len(w) > 1] or words[-1:]
    return words[:MAX_QUERY_WORDS]


def _joined(words: list[str], last: str | None) -> str:
    """``words`` quoted and AND-ed, the last one a prefix unless ``last`` stands for it."""
    quoted = ['"' + w.replace('"', "") + '"' for w in words]
    quoted[-1] = last or quoted[-1] + "*"
    return " AND ".join(quoted)


def folded_term(word: str) -> str | None:
    """The index term of ``word`` (unicode61, diacritics removed, lower case) when it is
    plain a-z/0-9 after folding; None for anything else (the tokenizer may differ there)."""
    if not _KEPT_BY_TOKENIZER.isdisjoint(word):
        return None
    decomposed = unicodedata.normalize("NFD", word)
    term = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return term if _PLAIN_TERM.fullmatch(term) else None


def _terms_table(db: Session) -> bool:
    """The vocabulary of the index as a table in the connection's temp schema (nothing is
    stored: it reads the index). False on a read-only connection, which may not make it."""
    found = db.execute(text("SELECT 1 FROM temp.sqlite_master WHERE name = 'search_terms'")).first()
    if found is not None:
        return True
    if db.execute(text("PRAGMA query_only")).scalar():
        return False
    db.execute(
        text(f"CREATE VIRTUAL TABLE {_TERMS_TABLE} USING fts5vocab(main, search_index, row)")
    )
    return True


def _spelled_out(db: Session, word: str) -> str | None:
    """("w" OR "wa" OR ...): the index's words that start with ``word``; None when the
    plain prefix query is the one to run (see the module docstring)."""
    term = folded_term(word)
    if term is None or len(term) <= INDEX_PREFIXES or not _terms_table(db):
        return None
    after = term[:-1] + chr(ord(term[-1]) + 1)  # the first string past every term+...
    terms = db.execute(
        text(f"SELECT term FROM {_TERMS_TABLE} WHERE term >= :term AND term < :after LIMIT :most"),
        {"term": term, "after": after, "most": MAX_SPELLED_OUT + 1},
    ).scalars()
    found = [str(t) for t in terms]
    if not found or len(found) > MAX_SPELLED_OUT:
        return None  # none: the prefix query finds none too, as cheaply
    return "(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in found) + ")"


def expression_for(db: Session, query: str) -> str | None:
    """The FTS5 expression ``search`` runs for ``query``: ``match_expression``'s, with a
    long last prefix spelled out as the words it starts (the same rows match)."""
    words = _words(query)
    return _joined(words, _spelled_out(db, words[-1])) if words else None


def search(db: Session, query: str, *, limit: int = 50) -> list[SearchHit]:
    """The best ``limit`` hits for ``query``, best first."""
    expression = expression_for(db, query)
    if expression is None:
        return []
    rows = db.execute(text(SEARCH_SQL), search_parameters(expression, limit))
    hits = []
    for rowid, mentee_id, happened, private_text, shared_text, rank, full_name, preferred in rows:
        if full_name is None:  # no mentee: a career story
            name = ""
        else:
            name = Mentee(full_name=full_name, preferred_name=preferred).display_name
        snippet, private = _snippet(str(private_text or ""), str(shared_text or ""))
        kind, record_id = source_of(int(rowid))
        hits.append(
            SearchHit(
                mentee_id=MenteeId(int(mentee_id)),
                mentee_name=name,
                kind=kind,
                record_id=record_id,
                happened=date.fromisoformat(happened) if happened else None,
                snippet=" ".join(snippet.split()),
                score=float(rank),
                private=private,
            )
        )
    return hits


def optimize(db: Session) -> None:
    """Merge the index segments, which also drops entries of deleted rows for good."""
    db.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
