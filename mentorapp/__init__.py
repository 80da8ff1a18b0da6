"""Mentorapp: an offline, encrypted workspace for career coaches and move mentors."""

__version__ = "0.1.0"
APP_NAME = "Mentorapp"
