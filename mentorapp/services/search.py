"""Full-text search over notes and plans, ranked, with highlighted snippets."""

from __future__ import annotations

from mentorapp.store import search as index
from mentorapp.store.search import HIT_END, HIT_START, SearchHit
from mentorapp.store.vault import Vault

DEFAULT_LIMIT = 50


def is_searchable(query: str) -> bool:
    """False for text that holds nothing to look for (only signs, lone letters)."""
    return index.match_expression(query) is not None


def search(vault: Vault, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The best hits, best first; ``hit.private`` says the snippet is private text."""
    with vault.reading() as db:
        return index.search(db, query, limit=limit)


__all__ = ["HIT_END", "HIT_START", "SearchHit", "is_searchable", "search"]
