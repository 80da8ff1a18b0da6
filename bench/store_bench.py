"""The store measurements: unlock, the mentee list, opening a mentee, search, cipher ratio.

Every figure is timed with ``time.perf_counter`` around the public store API, the way the
GUI calls it (a fresh ORM session per user action), on the cached bench vault. The OS file
cache is warm (the data set was just built or read): these are warm-disk figures.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3

from bench.generate import PASSPHRASE, BenchData
from bench.queries import CATEGORIES, Query
from bench.stats import Budget, Figure
from mentorapp.domain.ids import MenteeId
from mentorapp.store import search as store_search
from mentorapp.store.engine import connect
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.repositories import (
    SUMMARIES_SQL,
    CoachingSessionRepository,
    MenteeRepository,
    PlanRepository,
)
from mentorapp.store.vault import Vault, db_path, key_path

# DESIGN.md, "Budgets (on the 2-core reference machine, medians)".
UNLOCK_AND_LIST = Budget("<= 1.5 s", 1500.0)
SEARCH_P95 = Budget("p95 <= 50 ms", 50.0, on="p95")
OPEN_MENTEE = Budget("<= 100 ms", 100.0)
CIPHER_RATIO = Budget("<= 1.3x", 1.3)
PEAK_MEMORY = Budget("<= 300 MiB", 300.0)
# DESIGN.md, "The vault": tune Argon2id "so an unlock costs about 0.5-1 s here".
KDF_BAND = Budget("0.5-1.0 s", 1000.0, low=500.0)

Log = Callable[[str], None]


def _ms(seconds: float) -> float:
    return seconds * 1000.0


# ---- unlock and the mentee list -------------------------------------------------------


def measure_unlock(data: BenchData, repeats: int, log: Log) -> list[Figure]:
    """The KDF alone, ``Vault.open``, and open + ``summaries()`` (unlock to a usable list)."""
    kdf: list[float] = []
    keyfile = KeyFile.load(key_path(data.vault))
    for _ in range(repeats):
        started = time.perf_counter()
        keyfile.unwrap(PASSPHRASE)
        kdf.append(_ms(time.perf_counter() - started))

    opened: list[float] = []
    listed: list[float] = []
    summaries_only: list[float] = []
    count = 0
    for i in range(repeats):
        started = time.perf_counter()
        vault = Vault.open(data.vault, PASSPHRASE)
        after_open = time.perf_counter()
        with vault.reading() as session:
            count = len(MenteeRepository(session).summaries())
        done = time.perf_counter()
        vault.close()  # not timed: the checkpoint on lock is not part of unlocking
        opened.append(_ms(after_open - started))
        listed.append(_ms(done - started))
        summaries_only.append(_ms(done - after_open))
        log(f"  unlock {i + 1}/{repeats}: open {opened[-1]:.0f} ms, +list {listed[-1]:.0f} ms")
    params = keyfile.params
    kdf_text = (
        f"Argon2id m={params.memory_kib // 1024} MiB t={params.time_cost} p={params.parallelism}"
    )
    return [
        Figure("kdf_unwrap", f"KDF alone ({kdf_text})", "ms", kdf, KDF_BAND),
        Figure(
            "vault_open",
            "Vault.open (KDF + first connection + schema check)",
            "ms",
            opened,
            note="includes the KDF",
        ),
        Figure(
            "summaries_first",
            f"summaries() right after open ({count} mentees)",
            "ms",
            summaries_only,
        ),
        Figure(
            "unlock_to_list",
            f"unlock to list: Vault.open + summaries() ({count} mentees)",
            "ms",
            listed,
            UNLOCK_AND_LIST,
        ),
    ]


def measure_summaries_warm(vault: Vault, repeats: int) -> Figure:
    """``summaries()`` again on a warm engine (refreshing the list after an edit)."""
    times: list[float] = []
    for _ in range(repeats):
        with vault.reading() as session:
            started = time.perf_counter()
            MenteeRepository(session).summaries()
            times.append(_ms(time.perf_counter() - started))
    return Figure("summaries_warm", "summaries() again, warm (list refresh)", "ms", times)


# ---- opening a mentee -----------------------------------------------------------------


def measure_open_mentee(vault: Vault, mentee: int, repeats: int) -> list[Figure]:
    """get + for_mentee (50 sessions) + current plan, each time in a fresh ORM session."""
    mentee_id = MenteeId(mentee)
    total: list[float] = []
    parts: dict[str, list[float]] = {"get": [], "for_mentee": [], "current_plan": []}
    sessions = 0
    for _ in range(repeats):
        with vault.reading() as session:
            t0 = time.perf_counter()
            MenteeRepository(session).get(mentee_id)
            t1 = time.perf_counter()
            sessions = len(CoachingSessionRepository(session).for_mentee(mentee_id))
            t2 = time.perf_counter()
            plan = PlanRepository(session).current(mentee_id)
            t3 = time.perf_counter()
        if plan is None:
            raise RuntimeError("the bench mentee has no plan: the data set is incomplete")
        total.append(_ms(t3 - t0))
        parts["get"].append(_ms(t1 - t0))
        parts["for_mentee"].append(_ms(t2 - t1))
        parts["current_plan"].append(_ms(t3 - t2))
    first = total[0]
    return [
        Figure(
            "open_mentee",
            f"open a mentee ({sessions} sessions + plan)",
            "ms",
            total[1:],
            OPEN_MENTEE,
            note=f"first (cold) open {first:.1f} ms, not in the series",
        ),
        Figure("open_mentee_get", "  MenteeRepository.get", "ms", parts["get"][1:]),
        Figure(
            "open_mentee_sessions",
            f"  CoachingSessionRepository.for_mentee ({sessions})",
            "ms",
            parts["for_mentee"][1:],
        ),
        Figure("open_mentee_plan", "  PlanRepository.current", "ms", parts["current_plan"][1:]),
    ]


# ---- search ---------------------------------------------------------------------------


def measure_search(
    vault: Vault, queries: Sequence[Query], passes: int, plain: Path, log: Log
) -> list[Figure]:
    """``search(session, q, limit=50)`` for the mix: one cold pass, then ``passes`` warm."""
    cold: list[float] = []
    warm: dict[int, list[float]] = {i: [] for i in range(len(queries))}
    hits: dict[int, int] = {}
    with vault.reading() as session:
        for i, query in enumerate(queries):
            started = time.perf_counter()
            hits[i] = len(store_search.search(session, query.text, limit=50))
            cold.append(_ms(time.perf_counter() - started))
        for p in range(passes):
            for i, query in enumerate(queries):
                started = time.perf_counter()
                store_search.search(session, query.text, limit=50)
                warm[i].append(_ms(time.perf_counter() - started))
            log(f"  search pass {p + 1}/{passes} done")
    matches = _match_counts(plain, queries)

    every = [t for series in warm.values() for t in series]
    per_query = {i: sorted(series)[len(series) // 2] for i, series in warm.items()}
    slowest = sorted(per_query, key=per_query.__getitem__, reverse=True)[:8]
    figures = [
        Figure(
            "search_warm",
            f"search, {len(queries)} queries x {passes} warm passes",
            "ms",
            every,
            SEARCH_P95,
            extra={
                "slowest": [
                    {
                        "query": queries[i].text,
                        "category": queries[i].category,
                        "median_ms": round(per_query[i], 2),
                        "matching_rows": matches[i],
                        "hits": hits[i],
                    }
                    for i in slowest
                ]
            },
        ),
        Figure(
            "search_first",
            "search, first run of each query",
            "ms",
            cold,
            note="page cache already warm from the earlier steps",
        ),
    ]
    for category in CATEGORIES:
        chosen = [i for i, q in enumerate(queries) if q.category == category]
        if not chosen:
            continue
        samples = [t for i in chosen for t in warm[i]]
        typical = sorted(matches[i] for i in chosen)[len(chosen) // 2]
        figures.append(
            Figure(
                f"search_{category}",
                f"  {category} ({len(chosen)} q, median {typical} matching rows)",
                "ms",
                samples,
            )
        )
    return figures


def _match_counts(plain: Path, queries: Sequence[Query]) -> list[int]:
    """How many index rows each query matches (on the plain copy; not timed)."""
    conn = sqlite3.connect(plain)
    try:
        counts = []
        for query in queries:
            expression = store_search.match_expression(query.text)
            row = conn.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (expression,)
            ).fetchone()
            counts.append(int(row[0]))
        return counts
    finally:
        conn.close()


# ---- SQLCipher versus plain SQLite ----------------------------------------------------

# The store's own statements, run on a plain connection too for the cipher ratio; the
# check below confirms a plain connection gives the same answers as the store's functions.
SEARCH_SQL = store_search.SEARCH_SQL


class _Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def close(self) -> None: ...


def check_sql_in_step(vault: Vault, queries: Sequence[Query]) -> list[str]:
    """Problems found comparing raw-connection answers with the store's functions."""
    problems: list[str] = []
    kind_code = {"session": 1, "plan": 2, "goal": 3, "action": 4}
    conn = connect(db_path(vault.folder), vault.data_key)
    try:
        with vault.reading() as session:
            for query in queries[:: max(1, len(queries) // 25)]:
                expression = store_search.expression_for(session, query.text)
                if expression is None:
                    continue
                ours = [
                    int(r[0])
                    for r in conn.execute(
                        SEARCH_SQL, store_search.search_parameters(expression, 50)
                    ).fetchall()
                ]
                theirs = [
                    h.record_id * 8 + kind_code.get(h.kind, 0)
                    for h in store_search.search(session, query.text, limit=50)
                ]
                if ours != theirs:
                    problems.append(f"search SQL differs for {query.text!r}")
            count = len(MenteeRepository(session).summaries())
        now = time.strftime("%Y-%m-%d %H:%M:%S")
        rows = conn.execute(SUMMARIES_SQL, {"now": now}).fetchall()
        if len(rows) != count:
            problems.append(f"summaries SQL gives {len(rows)} rows, the store {count}")
    finally:
        conn.close()
    return problems


def _run_workload(conn: _Connection, expressions: Sequence[str]) -> tuple[float, float]:
    """Seconds for the summaries query and for all search queries (results fetched)."""
    now = time.strftime("%Y-%m-%d %H:%M:%S")
    started = time.perf_counter()
    conn.execute(SUMMARIES_SQL, {"now": now}).fetchall()
    after_summaries = time.perf_counter()
    for expression in expressions:
        conn.execute(SEARCH_SQL, store_search.search_parameters(expression, 50)).fetchall()
    return after_summaries - started, time.perf_counter() - after_summaries


def measure_cipher_ratio(
    vault: Vault, plain: Path, queries: Sequence[Query], passes: int, log: Log
) -> list[Figure]:
    """The same SQL on the vault (SQLCipher), the plain copy via stdlib sqlite3, and the
    plain copy via the sqlcipher3 library without a key (same SQLite build, no cipher)."""
    with vault.reading() as session:  # the expressions the store runs (long prefixes spelled out)
        found = (store_search.expression_for(session, q.text) for q in queries)
        expressions = [e for e in found if e]
    cipher = connect(db_path(vault.folder), vault.data_key)  # the app's own connection setup
    cache_size = int(cipher.execute("PRAGMA cache_size").fetchone()[0])
    conns: dict[str, _Connection] = {
        "sqlcipher": cipher,
        "stdlib": sqlite3.connect(plain, check_same_thread=False),
        "same_build": sqlcipher3.connect(str(plain), check_same_thread=False),
    }
    versions = {
        "sqlcipher": str(cipher.execute("SELECT sqlite_version()").fetchone()[0]),
        "stdlib": sqlite3.sqlite_version,
        "same_build": str(conns["same_build"].execute("SELECT sqlite_version()").fetchone()[0]),
    }
    for name in ("stdlib", "same_build"):
        # The vault connection's settings that matter to reads; the same page cache size
        # (SQLCipher's build defaults to 8 MB, stdlib SQLite to 2 MB) for a fair ratio.
        conns[name].execute("PRAGMA temp_store = MEMORY")
        conns[name].execute(f"PRAGMA cache_size = {cache_size}")
    summaries: dict[str, list[float]] = {name: [] for name in conns}
    searches: dict[str, list[float]] = {name: [] for name in conns}
    try:
        for p in range(passes + 1):  # pass 0 warms every page cache and is not counted
            for name, conn in conns.items():
                s_time, q_time = _run_workload(conn, expressions)
                if p:
                    summaries[name].append(_ms(s_time))
                    searches[name].append(_ms(q_time))
            if p:
                log(f"  ratio pass {p}/{passes} done")
    finally:
        for conn in conns.values():
            conn.close()

    def ratio(a: list[float], b: list[float]) -> list[float]:
        return [x / y for x, y in zip(a, b, strict=True)]

    total = {n: [a + b for a, b in zip(summaries[n], searches[n], strict=True)] for n in conns}
    n_q = len(expressions)
    return [
        Figure(
            "workload_sqlcipher",
            f"workload on SQLCipher (summaries + {n_q} searches)",
            "ms",
            total["sqlcipher"],
            note=f"SQLite {versions['sqlcipher']}",
        ),
        Figure(
            "workload_plain_stdlib",
            "same workload, plain copy, stdlib sqlite3",
            "ms",
            total["stdlib"],
            note=f"SQLite {versions['stdlib']}",
        ),
        Figure(
            "workload_plain_same_build",
            "same workload, plain copy, sqlcipher3 build, no key",
            "ms",
            total["same_build"],
            note=f"SQLite {versions['same_build']}",
        ),
        Figure(
            "cipher_ratio_stdlib",
            "SQLCipher / plain (stdlib sqlite3), whole workload",
            "x",
            ratio(total["sqlcipher"], total["stdlib"]),
            CIPHER_RATIO,
            note="different SQLite versions on the two sides",
        ),
        Figure(
            "cipher_ratio_stdlib_search",
            "  searches only",
            "x",
            ratio(searches["sqlcipher"], searches["stdlib"]),
        ),
        Figure(
            "cipher_ratio_stdlib_summaries",
            "  summaries only",
            "x",
            ratio(summaries["sqlcipher"], summaries["stdlib"]),
        ),
        Figure(
            "cipher_ratio_same_build",
            "SQLCipher / plain (same SQLite build), whole workload",
            "x",
            ratio(total["sqlcipher"], total["same_build"]),
            CIPHER_RATIO,
            note="isolates the cost of encryption",
        ),
    ]
