"""Demo data: sample mentees built from package data, and a vault filled with them."""

from __future__ import annotations

from mentorapp.demo.mentees import DemoMentee, demo_mentees
from mentorapp.demo.vault import DEMO_PASSPHRASE, fill_demo, make_demo_vault

__all__ = ["DEMO_PASSPHRASE", "DemoMentee", "demo_mentees", "fill_demo", "make_demo_vault"]
