"""Typed identifiers, so a session id can never be passed where a mentee id belongs."""

from __future__ import annotations

from typing import NewType

MenteeId = NewType("MenteeId", int)
SessionId = NewType("SessionId", int)
PlanId = NewType("PlanId", int)
GoalId = NewType("GoalId", int)
ActionId = NewType("ActionId", int)
ObstacleId = NewType("ObstacleId", int)
ActivityId = NewType("ActivityId", int)
TemplateId = NewType("TemplateId", int)
ResponseId = NewType("ResponseId", int)
SafariId = NewType("SafariId", int)
SkillId = NewType("SkillId", int)
MoveId = NewType("MoveId", int)
ExportId = NewType("ExportId", int)
PlanTemplateId = NewType("PlanTemplateId", int)
ExperimentId = NewType("ExperimentId", int)
CatalogueSkillId = NewType("CatalogueSkillId", int)
StoryId = NewType("StoryId", int)
EngagementId = NewType("EngagementId", int)
AttachmentId = NewType("AttachmentId", int)
