"""The bench data set: build a real vault of mentees and notes, its plain copy, and the cache.

A data set is built once per cache key (generator version, size, schema revision) into
``bench/results/cache/<key>/`` and reused until ``--regenerate``:

- ``bench.mentorvault/``: a vault made by ``Vault.create`` with the real, calibrated KDF
  (so unlocking it costs what it costs a coach), filled by raw ``executemany`` on the
  vault's own engine connection inside one transaction; the schema's triggers fill the
  FTS index exactly as they do in the app. One mentee gets 50 sessions and a plan with
  goals and actions (added through ``PlanRepository``, as the app would).
- ``plain.db``: the same database unencrypted, made by SQLCipher's ``sqlcipher_export``
  into an attached database with an empty key - identical schema, rows and FTS index.
- ``meta.json``: what was built and how long it took, written last (its presence marks a
  complete entry).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.words import TextGenerator, build_vocabulary, words_of
from mentorapp.domain.enums import (
    ActionOwner,
    ActivityKind,
    GoalKind,
    ObstacleKind,
    PlanStatus,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle
from mentorapp.store import migrate
from mentorapp.store.engine import connect
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.repositories import PlanRepository
from mentorapp.store.vault import Vault, db_path, key_path

DATA_VERSION = "1"
"""Bump when the generator changes what it writes, so old cache entries are not reused."""

PASSPHRASE = "bench-wachtwoord: carrière & ideeën 2026"
"""A fixed, non-secret passphrase: the bench vault holds only generated text."""

SEED = 20261124
TARGET_SESSIONS = 50
VAULT_DIR = "bench.mentorvault"
PLAIN_NAME = "plain.db"
META_NAME = "meta.json"

Log = Callable[[str], None]


@dataclass(frozen=True)
class Preset:
    """A data set size."""

    name: str
    mentees: int
    notes: int


FULL = Preset("full", 10_000, 100_000)
QUICK = Preset("quick", 1_000, 10_000)


@dataclass(frozen=True)
class BenchData:
    """A complete cache entry: where the vault and its plain copy are, and their facts."""

    entry: Path
    preset: Preset
    target_mentee: int
    sessions_total: int
    generated_now: bool
    meta: dict[str, Any]

    @property
    def vault(self) -> Path:
        return self.entry / VAULT_DIR

    @property
    def plain(self) -> Path:
        return self.entry / PLAIN_NAME


def cache_key(preset: Preset) -> str:
    return (
        f"v{DATA_VERSION}-{preset.name}-{preset.mentees}m-{preset.notes}n"
        f"-schema_{migrate.head_revision()}"
    )


def ensure_data(preset: Preset, cache_root: Path, *, regenerate: bool, log: Log) -> BenchData:
    """The cached data set for ``preset``, built first if missing (or if ``regenerate``)."""
    entry = cache_root / cache_key(preset)
    if regenerate and entry.exists():
        log(f"removing cached data set {entry.name}")
        shutil.rmtree(entry)
    meta_file = entry / META_NAME
    generated_now = False
    if not meta_file.is_file():
        if entry.exists():
            shutil.rmtree(entry)  # an entry without meta.json is incomplete
        partial = cache_root / (entry.name + ".partial")
        if partial.exists():
            shutil.rmtree(partial)
        partial.mkdir(parents=True)
        log(f"generating data set {entry.name} (once; reused until --regenerate)")
        meta = _generate(preset, partial, log)
        (partial / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        partial.rename(entry)
        generated_now = True
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    return BenchData(
        entry=entry,
        preset=preset,
        target_mentee=int(meta["target_mentee"]),
        sessions_total=int(meta["sessions_total"]),
        generated_now=generated_now,
        meta=meta,
    )


# ---- building ---------------------------------------------------------------------------

FIRST_NAMES = words_of(
    """
Anna Bram Chloë Daan Emma Fleur Gijs Hélène Inès Jasper Kees Lotte Maarten Noor Olivier
Pieter Quinten Roos Sanne Thijs Usha Vera Wouter Yara Zoë Anaïs Bérénice Noël José Aïcha
Mohammed Fatima Youssef Sevda Emre Priya Joris Lieke Femke Tom Lisa Sem Julia Luuk Eva
Mila Finn Tess Lucas Saar Jesse Isa Ruben Nina Stijn Merel Bart Ilse Koen Anouk Joost
Marloes Hans Ingrid Gert Marieke Ahmet Dewi Rik Elif Björn Søren Zeynep Ayşe Çiğdem
"""
)

SURNAMES = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "Yılmaz",
    "El Amrani",
    "Öztürk",
    "Schröder",
    "Müller",
    "Gonçalves",
    "Van den Bossche",
    "Peeters",
    "Claes",
    "Wouters",
    "Janssens",
    "Maes",
    "Willems",
    "Çelik",
    "Nguyễn",
    "Kowalski",
    "Hoekstra",
    "Postma",
    "Kuipers",
    "Veenstra",
]

NICKNAMES = ["Mies", "Bas", "Jos", "Lies", "Annie", "Hans", "Wim", "Kim", "Sjef", "Toos"]

ORGANISATIONS = [
    "Gemeente Utrecht",
    "Provincie Gelderland",
    "Ministerie van Financiën",
    "Rijkswaterstaat",
    "UMC Zuid",
    "Hogeschool Noord",
    "Woonstichting De Haven",
    "Belastingdienst",
    "Waterschap Rivierenland",
    "Politie Eenheid Oost",
    "Gemeente Eindhoven",
    "Stichting Zorg & Welzijn",
    "Universiteit Leiden",
    "Kadaster",
    "Rechtbank Midden",
]

DEPARTMENTS = [
    "Financiën",
    "HR",
    "ICT",
    "Communicatie",
    "Juridische Zaken",
    "Beleid",
    "Dienstverlening",
    "Inkoop",
    "Facilitair",
    "Onderzoek",
    "Projectbureau",
    "Klantcontact",
]

ROLES = [
    "beleidsmedewerker",
    "adviseur",
    "teamleider",
    "projectleider",
    "controller",
    "jurist",
    "secretaresse",
    "applicatiebeheerder",
    "data-analist",
    "communicatieadviseur",
    "verpleegkundige",
    "docent",
    "coördinator",
    "medewerker klantcontact",
    "inkoper",
    "HR-adviseur",
]

REFERRALS = ["HR", "leidinggevende", "zelf aangemeld", "bedrijfsarts", "loopbaanloket"]

_MENTEE_SQL = """
INSERT INTO mentees (id, full_name, preferred_name, email, phone, organisation, department,
    "current_role", referral, status, start_date, close_date, consent_given, consent_date,
    consent_scope, retention_until, export_language, trajectory_goal, private_background,
    created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_SESSION_SQL = """
INSERT INTO sessions (id, mentee_id, started_at, duration_minutes, kind, mode, private_notes,
    shared_summary, energy, agreements, next_session_at, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

NOTE_CHARS = (300, 1200)


def _ts(moment: datetime) -> str:
    """A DateTime column value as SQLAlchemy's SQLite dialect stores it."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _session_counts(rng: random.Random, preset: Preset, target: int) -> list[int]:
    """Sessions per mentee (index = id - 1): about 10 each, exactly ``notes`` in all,
    and exactly 50 extra for the target mentee."""
    others = preset.mentees - 1
    counts = [rng.randint(2, 18) for _ in range(others)]
    total = sum(counts)
    while total != preset.notes:
        i = rng.randrange(others)
        if total < preset.notes:
            counts[i] += 1
            total += 1
        elif counts[i] > 1:
            counts[i] -= 1
            total -= 1
    counts.insert(target - 1, TARGET_SESSIONS)
    return counts


@dataclass
class _Mentee:
    id: int
    status: str
    sessions: list[datetime]


def _schedule(rng: random.Random, count: int, status: str, now: datetime) -> list[datetime]:
    """Session times 10-35 days apart, the last one recent (or at closing), none ahead."""
    if status == "closed":
        end = now - timedelta(days=rng.randint(20, 700))
    else:
        end = now - timedelta(days=rng.randint(1, 40))
    end = end.replace(hour=rng.randint(9, 16), minute=rng.choice((0, 15, 30, 45)), second=0)
    times = [end]
    for _ in range(count - 1):
        times.append(times[-1] - timedelta(days=rng.randint(10, 35), hours=rng.randint(-1, 1)))
    return times[::-1]


def _mentee_rows(
    rng: random.Random,
    text: TextGenerator,
    preset: Preset,
    counts: list[int],
    target: int,
    now: datetime,
) -> Iterator[tuple[tuple[Any, ...], _Mentee]]:
    statuses = ["active", "intake", "paused", "closed"]
    for mid in range(1, preset.mentees + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        status = "active" if mid == target else rng.choices(statuses, [50, 10, 10, 30])[0]
        sessions = _schedule(rng, counts[mid - 1], status, now)
        start = sessions[0].date()
        close = sessions[-1].date() if status == "closed" else None
        org = rng.choice(ORGANISATIONS)
        domain = org.lower().replace(" ", "").replace("&", "")[:16]
        created = sessions[0] - timedelta(days=rng.randint(1, 14))
        row = (
            mid,
            f"{first} {last}",
            rng.choice(NICKNAMES) if rng.random() < 0.12 else "",
            f"{first.lower()}.{last.lower().replace(' ', '')}@{domain}.nl",
            f"06-{rng.randint(10_000_000, 99_999_999)}",
            org,
            rng.choice(DEPARTMENTS),
            rng.choice(ROLES),
            rng.choice(REFERRALS),
            status,
            start.isoformat(),
            close.isoformat() if close else None,
            1,
            start.isoformat(),
            "loopbaanbegeleiding en ontwikkelplan",
            (close + timedelta(days=730)).isoformat() if close else None,
            "en" if rng.random() < 0.15 else "nl",
            text.line(),
            text.note(100, 400),
            _ts(created),
            _ts(sessions[-1]),
        )
        yield row, _Mentee(mid, status, sessions)


def _session_rows(
    rng: random.Random, text: TextGenerator, mentee: _Mentee, first_id: int
) -> list[tuple[Any, ...]]:
    """The mentee's sessions; the latest of an ongoing mentee plans the next one."""
    rows: list[tuple[Any, ...]] = []
    count = len(mentee.sessions)
    for n, when in enumerate(mentee.sessions):
        last = n == count - 1
        if n == 0:
            kind = "intake"
        elif last and mentee.status == "closed":
            kind = "closing"
        else:
            kind = rng.choices(["career_conversation", "follow_up", "safari_debrief"], [60, 35, 5])[
                0
            ]
        upcoming = None
        if last and mentee.status in ("active", "intake"):
            upcoming = when + timedelta(days=rng.randint(14, 42))
        rows.append(
            (
                first_id + n,
                mentee.id,
                _ts(when),
                rng.choice((45, 60, 60, 60, 90)),
                kind,
                rng.choices(["in_person", "video", "phone"], [60, 30, 10])[0],
                text.note(*NOTE_CHARS),
                text.note(*NOTE_CHARS),
                rng.randint(1, 10) if rng.random() < 0.8 else None,
                text.line(),
                _ts(upcoming) if upcoming else None,
                _ts(when + timedelta(hours=2)),
                _ts(when + timedelta(hours=2)),
            )
        )
    return rows


def _plan(text: TextGenerator, mentee_id: int, version: int, now: datetime) -> DevelopmentPlan:
    today = now.date()
    return DevelopmentPlan(
        mentee_id=MenteeId(mentee_id),
        version=version,
        status=PlanStatus.AGREED if version == 1 else PlanStatus.DRAFT,
        title=f"Ontwikkelplan {today.year} (versie {version})",
        current_situation=text.note(300, 800),
        desired_direction=text.note(300, 800),
        period_start=today - timedelta(days=60),
        period_end=today + timedelta(days=300),
        resources=text.line(),
        organisation_commitments=text.line(),
        employee_commitments=text.line(),
        review_date=today + timedelta(days=90),
        private_remarks=text.note(100, 400),
        goals=[
            Goal(
                description=text.line(),
                kind=GoalKind.PROFESSIONAL if g else GoalKind.PERSONAL,
                actions=[
                    Action(
                        description=text.line(),
                        measure=text.line(),
                        deadline=today + timedelta(days=30 * (a + 1)),
                        owner=ActionOwner.EMPLOYEE,
                        resources=text.line(),
                    )
                    for a in range(3)
                ],
            )
            for g in range(3)
        ],
        obstacles=[
            Obstacle(kind=ObstacleKind.TIME, description=text.line(), mitigation=text.line()),
            Obstacle(kind=ObstacleKind.MONEY, description=text.line(), mitigation=text.line()),
        ],
        activities=[
            DevelopmentActivity(kind=ActivityKind.TRAINING, description=text.line(), hours=24),
            DevelopmentActivity(kind=ActivityKind.CAREER_SAFARI, description=text.line()),
            DevelopmentActivity(kind=ActivityKind.COACHING, description=text.line(), hours=10),
        ],
    )


def _generate(preset: Preset, entry: Path, log: Log) -> dict[str, Any]:
    started = time.perf_counter()
    steps: dict[str, float] = {}
    rng = random.Random(SEED)
    text = TextGenerator(build_vocabulary(SEED), rng)
    now = datetime.now().replace(microsecond=0)
    target = preset.mentees // 2
    counts = _session_counts(rng, preset, target)

    mark = time.perf_counter()
    vault, _recovery = Vault.create(entry / VAULT_DIR, PASSPHRASE, kdf=None)
    steps["create_vault_s"] = time.perf_counter() - mark
    kdf = KeyFile.load(key_path(vault.folder)).params
    log(
        f"vault created with the calibrated KDF (Argon2id m={kdf.memory_kib} KiB, "
        f"t={kdf.time_cost}, p={kdf.parallelism}) in {steps['create_vault_s']:.1f} s"
    )
    data_key = vault.data_key
    try:
        mark = time.perf_counter()
        next_session = 1
        with vault.engine.begin() as conn:
            batch: list[tuple[Any, ...]] = []
            sessions: list[tuple[Any, ...]] = []
            for row, mentee in _mentee_rows(rng, text, preset, counts, target, now):
                batch.append(row)
                sessions += _session_rows(rng, text, mentee, next_session)
                next_session += len(mentee.sessions)
                if len(sessions) >= 5000 or mentee.id == preset.mentees:
                    # Mentees first: the sessions' foreign keys point at them.
                    conn.exec_driver_sql(_MENTEE_SQL, batch)
                    conn.exec_driver_sql(_SESSION_SQL, sessions)
                    batch, sessions = [], []
                    log(f"  {mentee.id:>6} mentees, {next_session - 1:>7} sessions inserted")
            log("  committing")
        steps["insert_rows_and_fts_s"] = time.perf_counter() - mark

        mark = time.perf_counter()
        with vault.transaction() as session:
            plans = PlanRepository(session)
            plans.add(_plan(text, target, 1, now))
            plans.add(_plan(text, target, 2, now))
        steps["plans_via_orm_s"] = time.perf_counter() - mark
    finally:
        mark = time.perf_counter()
        vault.close()  # checkpoints the WAL into vault.db
        steps["close_checkpoint_s"] = time.perf_counter() - mark

    mark = time.perf_counter()
    plain = entry / PLAIN_NAME
    _export_plain(entry / VAULT_DIR, data_key, plain)
    steps["plain_copy_s"] = time.perf_counter() - mark
    counts_check = _compare_counts(entry / VAULT_DIR, data_key, plain)
    total = time.perf_counter() - started
    log(f"data set ready in {total:.1f} s")
    return {
        "data_version": DATA_VERSION,
        "preset": asdict(preset),
        "seed": SEED,
        "generated_at": now.isoformat(),
        "target_mentee": target,
        "target_sessions": TARGET_SESSIONS,
        "sessions_total": next_session - 1,
        "rows": counts_check,
        "kdf": {
            "memory_kib": kdf.memory_kib,
            "time_cost": kdf.time_cost,
            "parallelism": kdf.parallelism,
        },
        "generation_seconds": total,
        "steps_seconds": steps,
        "vault_db_bytes": db_path(entry / VAULT_DIR).stat().st_size,
        "plain_db_bytes": plain.stat().st_size,
    }


def _export_plain(vault_folder: Path, data_key: bytes, plain: Path) -> None:
    """``sqlcipher_export`` into an attached database with an empty key (= unencrypted)."""
    conn = connect(db_path(vault_folder), data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    with sqlite3.connect(plain) as check:  # stdlib sqlite3 reads it: it is plain SQLite
        check.execute("PRAGMA journal_mode = WAL")  # as the vault has


def _compare_counts(vault_folder: Path, data_key: bytes, plain: Path) -> dict[str, int]:
    """Row counts of both copies; a difference is a generator bug, so it raises."""
    tables = ("mentees", "sessions", "development_plans", "plan_goals", "search_index")
    cipher = connect(db_path(vault_folder), data_key)
    stdlib = sqlite3.connect(plain)
    try:
        found: dict[str, int] = {}
        for table in tables:
            a = cipher.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            b = stdlib.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if a != b:
                raise RuntimeError(f"plain copy differs in {table}: {a} != {b}")
            found[table] = int(a)
        return found
    finally:
        cipher.close()
        stdlib.close()
