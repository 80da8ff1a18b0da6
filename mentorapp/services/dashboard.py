"""What is due across all mentees, for the dashboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentorapp.store import dashboard_practice
from mentorapp.store.dashboard import (
    CHECK_INTERVAL_DAYS,
    PLANNED_SESSION,
    Dashboard,
    DueItem,
    load_dashboard,
)
from mentorapp.store.vault import Vault


def due(vault: Vault, today: date, *, check_interval_days: int = CHECK_INTERVAL_DAYS) -> Dashboard:
    """What is due on ``today``; a career check ``check_interval_days`` after the last;
    active mentees with no next step and engagements nearly used up or ending."""
    with vault.reading() as db:
        board = load_dashboard(db, today, check_interval_days=check_interval_days)
        return replace(
            board,
            no_next_step=dashboard_practice.no_next_step(db, today),
            engagements_ending=dashboard_practice.engagements_ending(db, today),
        )


__all__ = ["CHECK_INTERVAL_DAYS", "PLANNED_SESSION", "Dashboard", "DueItem", "due"]
