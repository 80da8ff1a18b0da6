"""The search query mix: about 200 queries as coaches type them, by category.

Built from the same seeded vocabulary as the notes, so the same mix comes out in the
parent process and in the memory probe's subprocess without passing anything around.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.words import ACCENT_SAMPLES, FUNCTION_WORDS, build_vocabulary, strip_accents

CATEGORIES = (
    "common",
    "rare",
    "two-word",
    "prefix-3",
    "prefix-4",
    "accented",
    "unaccented",
)


@dataclass(frozen=True)
class Query:
    """One search as typed, and which kind of search it stands for."""

    text: str
    category: str


def build_queries(seed: int) -> list[Query]:
    """The mix: 30 common, 40 rare, 40 two-word, 30+30 prefixes, 15+15 accent pairs."""
    rng = random.Random(seed * 7919 + 1)
    vocabulary = build_vocabulary(seed)
    function = set(FUNCTION_WORDS)
    content = [w for w in vocabulary if w not in function and len(w) >= 4]
    common = content[:60]  # the most frequent content words (in a large share of notes)
    middle = content[60:600]
    rare = content[1500:]  # the Zipf tail: a handful to a few hundred notes each

    queries: list[Query] = []
    queries += [Query(w, "common") for w in rng.sample(common, 30)]
    queries += [Query(w, "rare") for w in rng.sample(rare, 40)]
    for _ in range(20):
        queries.append(Query(f"{rng.choice(common)} {rng.choice(middle)}", "two-word"))
    for _ in range(20):
        queries.append(Query(f"{rng.choice(middle)} {rng.choice(rare)}", "two-word"))
    for length in (3, 4):
        pool = [w for w in common + middle if len(w) > length]
        queries += [Query(w[:length], f"prefix-{length}") for w in rng.sample(pool, 30)]
    queries += [Query(w, "accented") for w in ACCENT_SAMPLES]
    queries += [Query(strip_accents(w), "unaccented") for w in ACCENT_SAMPLES]
    return queries
