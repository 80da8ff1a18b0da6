"""What is due across all mentees, for the dashboard."""

from __future__ import annotations

from datetime import date

from mentorapp.store.dashboard import (
    CHECK_INTERVAL_DAYS,
    PLANNED_SESSION,
    Dashboard,
    DueItem,
    load_dashboard,
)
from mentorapp.store.vault import Vault


def due(vault: Vault, today: date, *, check_interval_days: int = CHECK_INTERVAL_DAYS) -> Dashboard:
    """What is due on ``today``; a career check ``check_interval_days`` after the last."""
    with vault.reading() as db:
        return load_dashboard(db, today, check_interval_days=check_interval_days)


__all__ = ["CHECK_INTERVAL_DAYS", "PLANNED_SESSION", "Dashboard", "DueItem", "due"]
