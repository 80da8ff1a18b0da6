"""A mentee's rights: gather everything held on them (art. 15/20) and erase it (art. 17)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select, text

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    CareerSafari,
    CoachingSession,
    DevelopmentPlan,
    ExportRecord,
    Mentee,
    Move,
    QuestionnaireResponse,
    SkillEntry,
)
from mentorapp.store import search
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.repositories import (
    ExportLogRepository,
    MenteeRepository,
    MoveRepository,
    PlanRepository,
    QuestionnaireRepository,
    SafariRepository,
    SessionRepository,
    SkillRepository,
)
from mentorapp.store.schema import ErasureLogRow, MenteeRow
from mentorapp.store.vault import Vault


@dataclass
class MenteeRecords:
    """Everything the vault holds on one mentee."""

    mentee: Mentee
    sessions: list[CoachingSession] = field(default_factory=list)
    plans: list[DevelopmentPlan] = field(default_factory=list)
    safaris: list[CareerSafari] = field(default_factory=list)
    skills: list[SkillEntry] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    questionnaires: list[QuestionnaireResponse] = field(default_factory=list)
    exports: list[ExportRecord] = field(default_factory=list)


def gather(vault: Vault, mentee_id: MenteeId) -> MenteeRecords:
    """Read every record of one mentee (``NoSuchRecord`` if there is no such mentee)."""
    with vault.session() as s:
        return MenteeRecords(
            mentee=MenteeRepository(s).get(mentee_id),
            sessions=SessionRepository(s).for_mentee(mentee_id),
            plans=PlanRepository(s).versions(mentee_id),
            safaris=SafariRepository(s).for_mentee(mentee_id),
            skills=SkillRepository(s).for_mentee(mentee_id),
            moves=MoveRepository(s).for_mentee(mentee_id),
            questionnaires=QuestionnaireRepository(s).responses_for(mentee_id),
            exports=ExportLogRepository(s).for_mentee(mentee_id),
        )


def erase(vault: Vault, mentee_ids: list[MenteeId], *, reason: str = "request") -> int:
    """Erase mentees for good: rows, index entries, then checkpoint and vacuum.

    Child rows go by foreign-key cascade, their index entries by trigger; the index is
    then merged so no deleted term survives in a segment, and with secure_delete on,
    VACUUM leaves no freed page with old text behind. The erasure log keeps the date
    and the count, never a name.
    """
    with vault.transaction() as s:
        existing = set(s.scalars(select(MenteeRow.id).where(MenteeRow.id.in_(mentee_ids))))
        missing = [m for m in mentee_ids if m not in existing]
        if missing:
            raise NoSuchRecord("mentee")
        s.execute(delete(MenteeRow).where(MenteeRow.id.in_(mentee_ids)))
        s.add(ErasureLogRow(erased_at=datetime.now(), mentee_count=len(existing), reason=reason))
        search.optimize(s)
    with vault.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        conn.exec_driver_sql("VACUUM")
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return len(existing)
