"""The development plan tab (being split into this package)."""

from mentorapp.gui.plan_tab import PlanTab

__all__ = ["PlanTab"]
