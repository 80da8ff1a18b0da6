"""What is due across all mentees, for the dashboard."""

from __future__ import annotations

from datetime import date

from mentorapp.store.dashboard import PLANNED_SESSION, Dashboard, DueItem, load_dashboard
from mentorapp.store.vault import Vault


def due(vault: Vault, today: date) -> Dashboard:
    with vault.reading() as db:
        return load_dashboard(db, today)


__all__ = ["PLANNED_SESSION", "Dashboard", "DueItem", "due"]
