"""Coaching sessions of a mentee: start one, save its notes, delete it."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from mentorapp.domain.enums import SessionKind
from mentorapp.domain.ids import MenteeId, SessionId
from mentorapp.domain.model import CoachingSession
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import Vault

_CHANGED = (Area.SESSIONS, Area.MENTEE_LIST)  # the list shows the next session


def sessions_of(vault: Vault, mentee_id: MenteeId) -> list[CoachingSession]:
    """A mentee's sessions, newest first."""
    with vault.reading() as db:
        return CoachingSessionRepository(db).for_mentee(mentee_id)


def get_session(vault: Vault, session_id: SessionId) -> CoachingSession:
    with vault.reading() as db:
        return CoachingSessionRepository(db).get(session_id)


def start_session(
    vault: Vault, mentee_id: MenteeId, started_at: datetime
) -> Outcome[CoachingSession]:
    """A new, empty session: the intake when it is the mentee's first, else a conversation."""
    with vault.transaction() as db:
        repo = CoachingSessionRepository(db)
        first = not repo.for_mentee(mentee_id)
        coaching = repo.add(
            CoachingSession(
                mentee_id=mentee_id,
                started_at=started_at,
                kind=SessionKind.INTAKE if first else SessionKind.CAREER_CONVERSATION,
                next_session_at=None,
            )
        )
    return Outcome(coaching, Changes.of(*_CHANGED, mentee_id=mentee_id))


def save_session(vault: Vault, coaching: CoachingSession) -> Outcome[CoachingSession]:
    """Write a session's details and notes as edited.

    The link to a safari is not the editor's to change (``moves.link_debrief`` sets it):
    the stored one is kept, so an editor holding an older copy never undoes a link.
    """
    assert coaching.id is not None
    with vault.transaction() as db:
        repo = CoachingSessionRepository(db)
        kept = repo.get(SessionId(coaching.id)).safari_id
        coaching = dataclasses.replace(coaching, safari_id=kept)
        repo.update(coaching)
    return Outcome(coaching, Changes.of(*_CHANGED, mentee_id=coaching.mentee_id))


def delete_session(vault: Vault, coaching: CoachingSession) -> Outcome[None]:
    assert coaching.id is not None
    with vault.transaction() as db:
        CoachingSessionRepository(db).delete(SessionId(coaching.id))
    return Outcome(None, Changes.of(*_CHANGED, mentee_id=coaching.mentee_id))
