"""Questionnaire templates (every version), the mentees' responses and conversation guides.

A template's sections and questions, a response's answers and a guide's steps are stored
as JSON text. Reading is lenient about fields a row does not have (rows written before
schema 0004 hold only each question's key, text and kind): a missing field takes the
dataclass default, an unknown one is ignored.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from mentorapp.domain.enums import Language, QuestionKind, SessionKind, TemplateKind
from mentorapp.domain.ids import MenteeId, ResponseId, TemplateId
from mentorapp.domain.model import (
    ConversationGuide,
    GuideStep,
    Question,
    QuestionnaireResponse,
    QuestionnaireTemplate,
    Section,
)
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.schema import (
    ConversationGuideRow,
    QuestionnaireResponseRow,
    QuestionnaireTemplateRow,
)

# ---- JSON of the parts ----------------------------------------------------------------


def _dump(items: list[Any]) -> str:
    return json.dumps([dataclasses.asdict(i) for i in items], ensure_ascii=False)


def _known(kind: type[Any], raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(kind)}
    return {k: v for k, v in raw.items() if k in names}


def _question(raw: dict[str, Any]) -> Question:
    values = _known(Question, raw)
    values["kind"] = QuestionKind(values.get("kind", QuestionKind.TEXT))
    values["choices"] = [str(c) for c in values.get("choices", [])]
    return Question(**values)


def template_columns(template: QuestionnaireTemplate) -> dict[str, Any]:
    """The column values of a template row (also used by migration 0004)."""
    return {
        "name": template.name,
        "language": template.language,
        "questions_json": _dump(template.questions),
        "family": template.family,
        "version": template.version,
        "kind": template.kind,
        "built_in": template.built_in,
        "intro": template.intro,
        "sections_json": _dump(template.sections),
        "current": template.current,
    }


def template_from_row(row: QuestionnaireTemplateRow) -> QuestionnaireTemplate:
    return QuestionnaireTemplate(
        name=row.name,
        language=row.language,
        questions=[_question(q) for q in json.loads(row.questions_json)],
        id=TemplateId(row.id),
        family=row.family,
        version=row.version,
        kind=row.kind,
        built_in=row.built_in,
        intro=row.intro,
        sections=[Section(**_known(Section, s)) for s in json.loads(row.sections_json)],
        current=row.current,
    )


def _response_from_row(row: QuestionnaireResponseRow) -> QuestionnaireResponse:
    return QuestionnaireResponse(
        template_id=TemplateId(row.template_id),
        mentee_id=MenteeId(row.mentee_id),
        answered_on=row.answered_on,
        answers={str(k): str(v) for k, v in json.loads(row.answers_json).items()},
        private_interpretation=row.private_interpretation,
        id=ResponseId(row.id),
    )


def _response_columns(response: QuestionnaireResponse) -> dict[str, Any]:
    return {
        "template_id": response.template_id,
        "mentee_id": response.mentee_id,
        "answered_on": response.answered_on,
        "answers_json": json.dumps(response.answers, ensure_ascii=False),
        "private_interpretation": response.private_interpretation,
    }


# ---- the repository -------------------------------------------------------------------


class QuestionnaireRepository:
    """Template versions and the responses that point at them."""

    def __init__(self, db: Session) -> None:
        self.db = db

    # templates

    def _template_row(self, template_id: TemplateId) -> QuestionnaireTemplateRow:
        row = self.db.get(QuestionnaireTemplateRow, template_id)
        if row is None:
            raise NoSuchRecord("questionnaire template")
        return row

    def add_template(self, template: QuestionnaireTemplate) -> QuestionnaireTemplate:
        """Store ``template`` as a new row (any version); sets its id."""
        row = QuestionnaireTemplateRow(**template_columns(template))
        self.db.add(row)
        self.db.flush()
        template.id = TemplateId(row.id)
        return template

    def update_template(self, template: QuestionnaireTemplate) -> None:
        """Overwrite the stored row of ``template`` in place (no new version)."""
        if template.id is None:
            raise NoSuchRecord("questionnaire template not stored yet")
        row = self._template_row(template.id)
        for name, value in template_columns(template).items():
            setattr(row, name, value)
        self.db.flush()

    def retire(self, template_id: TemplateId) -> None:
        """Mark a version as no longer current (a newer one takes its place)."""
        self._template_row(template_id).current = False
        self.db.flush()

    def delete_template(self, template_id: TemplateId) -> None:
        self.db.delete(self._template_row(template_id))
        self.db.flush()

    def get_template(self, template_id: TemplateId) -> QuestionnaireTemplate:
        return template_from_row(self._template_row(template_id))

    def templates(self, *, include_old: bool = False) -> list[QuestionnaireTemplate]:
        """Templates by id; only current versions unless ``include_old``."""
        query = select(QuestionnaireTemplateRow).order_by(QuestionnaireTemplateRow.id)
        if not include_old:
            query = query.where(QuestionnaireTemplateRow.current.is_(True))
        return [template_from_row(r) for r in self.db.scalars(query)]

    def current_of(self, family: str) -> QuestionnaireTemplate | None:
        """The current version of a family, if it has one."""
        row = self.db.scalars(
            select(QuestionnaireTemplateRow)
            .where(QuestionnaireTemplateRow.family == family)
            .order_by(QuestionnaireTemplateRow.version.desc())
            .limit(1)
        ).first()
        return template_from_row(row) if row else None

    def newest_version(self, family: str) -> int:
        return max(
            self.db.scalars(
                select(QuestionnaireTemplateRow.version).where(
                    QuestionnaireTemplateRow.family == family
                )
            ),
            default=0,
        )

    def is_answered(self, template_id: TemplateId) -> bool:
        """True when a response points at this version."""
        return bool(
            self.db.scalar(
                select(exists().where(QuestionnaireResponseRow.template_id == template_id))
            )
        )

    def builtin(self, kind: TemplateKind, language: Language) -> QuestionnaireTemplate | None:
        """The current built-in of ``kind`` in ``language``."""
        row = self.db.scalars(
            select(QuestionnaireTemplateRow).where(
                QuestionnaireTemplateRow.built_in.is_(True),
                QuestionnaireTemplateRow.current.is_(True),
                QuestionnaireTemplateRow.kind == kind,
                QuestionnaireTemplateRow.language == language,
            )
        ).first()
        return template_from_row(row) if row else None

    # responses

    def _response_row(self, response_id: ResponseId) -> QuestionnaireResponseRow:
        row = self.db.get(QuestionnaireResponseRow, response_id)
        if row is None:
            raise NoSuchRecord("questionnaire response")
        return row

    def add_response(self, response: QuestionnaireResponse) -> QuestionnaireResponse:
        row = QuestionnaireResponseRow(**_response_columns(response))
        self.db.add(row)
        self.db.flush()
        response.id = ResponseId(row.id)
        return response

    def update_response(self, response: QuestionnaireResponse) -> None:
        if response.id is None:
            raise NoSuchRecord("questionnaire response not stored yet")
        row = self._response_row(response.id)
        for name, value in _response_columns(response).items():
            setattr(row, name, value)
        self.db.flush()

    def get_response(self, response_id: ResponseId) -> QuestionnaireResponse:
        return _response_from_row(self._response_row(response_id))

    def delete_response(self, response_id: ResponseId) -> None:
        self.db.delete(self._response_row(response_id))
        self.db.flush()

    def responses_for(self, mentee_id: MenteeId) -> list[QuestionnaireResponse]:
        """A mentee's responses, newest first (same day: the later stored first)."""
        rows = self.db.scalars(
            select(QuestionnaireResponseRow)
            .where(QuestionnaireResponseRow.mentee_id == mentee_id)
            .order_by(
                QuestionnaireResponseRow.answered_on.desc(), QuestionnaireResponseRow.id.desc()
            )
        )
        return [_response_from_row(r) for r in rows]

    def templates_of(
        self, responses: list[QuestionnaireResponse]
    ) -> dict[TemplateId, QuestionnaireTemplate]:
        """The template versions the responses point at, by id."""
        ids = {r.template_id for r in responses}
        if not ids:
            return {}
        rows = self.db.scalars(
            select(QuestionnaireTemplateRow).where(QuestionnaireTemplateRow.id.in_(ids))
        )
        return {TemplateId(r.id): template_from_row(r) for r in rows}


class ConversationGuideRepository:
    """The coach's edited conversation guides (kinds without one use the default)."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def guides(self, language: Language) -> dict[SessionKind, ConversationGuide]:
        rows = self.db.scalars(
            select(ConversationGuideRow).where(ConversationGuideRow.language == language)
        )
        return {
            r.session_kind: ConversationGuide(
                r.session_kind,
                r.language,
                [GuideStep(**_known(GuideStep, s)) for s in json.loads(r.steps_json)],
            )
            for r in rows
        }

    def save(self, guide: ConversationGuide) -> None:
        """Store the guide of its kind and language, replacing an earlier one."""
        steps = _dump(guide.steps)
        changed = self.db.execute(
            update(ConversationGuideRow)
            .where(
                ConversationGuideRow.session_kind == guide.session_kind,
                ConversationGuideRow.language == guide.language,
            )
            .values(steps_json=steps)
        )
        if not changed.rowcount:  # type: ignore[attr-defined]
            self.db.add(
                ConversationGuideRow(
                    session_kind=guide.session_kind, language=guide.language, steps_json=steps
                )
            )
        self.db.flush()
