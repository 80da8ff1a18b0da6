"""A response (or a template's blank items) as a page to read: HTML for a text browser.

The page shows the items of the response's own template version, so an edited template
never changes what an old response says; a career check lists its dimension scores first.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from mentorapp.domain.enums import QuestionKind, TemplateKind
from mentorapp.domain.model import Question, QuestionnaireResponse, QuestionnaireTemplate
from mentorapp.domain.questionnaires import dimension_scores, one_decimal, scale_value
from mentorapp.gui.questionnaires.fields import anchor_of, kind_label, no_answer


def score_text(score: float) -> str:
    """A score with one decimal in the language's own style (3,5 or 3.5)."""
    return QLocale().toString(one_decimal(score), "f", 1)


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _answer(question: Question, answer: str) -> str:
    if not answer.strip():
        return f'<span style="color:#555555"><i>{escape(no_answer())}</i></span>'
    if question.kind is QuestionKind.SCALE:
        value = scale_value(question, answer)
        if value is None:
            return escape(answer)
        of = QCoreApplication.translate("Questionnaires", "{value} of {high}").format(
            value=value, high=question.high
        )
        anchor = anchor_of(question, value)
        extra = f" <small>({escape(anchor)})</small>" if anchor else ""
        return f"<b>{escape(of)}</b>{extra}"
    return _paragraphs(answer)


def _blank(question: Question) -> str:
    """What a blank item asks for (the template preview)."""
    if question.kind is QuestionKind.SCALE:
        parts = [
            str(question.low),
            question.low_label,
            "…",
            str(question.high),
            question.high_label,
        ]
        scale = " ".join(part for part in parts if part)
        reversed_note = QCoreApplication.translate("Questionnaires", "counted reversed")
        extra = f" · {reversed_note}" if question.reversed else ""
        return f"<small>{escape(kind_label(question.kind))}: {escape(scale)}{extra}</small>"
    if question.kind is QuestionKind.CHOICE:
        return f"<small>{escape(kind_label(question.kind))}: {escape(' / '.join(question.choices))}</small>"
    hint = f": {escape(question.hint)}" if question.hint else ""
    return f"<small>{escape(kind_label(question.kind))}{hint}</small>"


def scores_table(template: QuestionnaireTemplate, response: QuestionnaireResponse) -> str:
    scores = dimension_scores(template, response)
    if not scores:
        return ""
    rows = "".join(
        f"<tr><td>{escape(section.title)}</td><td align='right'>"
        f"<b>{escape(score_text(scores[section.key]))}</b></td></tr>"
        for section in template.sections
        if section.key in scores
    )
    title = escape(
        QCoreApplication.translate("Questionnaires", "Dimension scores (mean of the items)")
    )
    return f"<h3>{title}</h3><table cellpadding='3'>{rows}</table>"


def response_html(template: QuestionnaireTemplate, response: QuestionnaireResponse | None) -> str:
    """The items of ``template`` with ``response``'s answers; None gives the blank items."""
    parts: list[str] = []
    if template.intro:
        parts.append(f"<p><i>{_paragraphs(template.intro)}</i></p>")
    if response is not None and template.kind is TemplateKind.CAREER_CHECK:
        parts.append(scores_table(template, response))
    section_key: str | None = None
    for question in template.questions:
        if question.section != section_key:
            section_key = question.section
            section = template.section(section_key)
            if section is not None and section.title:
                parts.append(f"<h3>{escape(section.title)}</h3>")
                if section.intro:
                    parts.append(f"<p>{_paragraphs(section.intro)}</p>")
        shown = (
            _answer(question, response.answers.get(question.key, ""))
            if response is not None
            else _blank(question)
        )
        parts.append(f"<p><b>{escape(question.text)}</b><br>{shown}</p>")
    if not template.questions:
        empty = QCoreApplication.translate("Questionnaires", "This template has no items yet.")
        parts.append(f"<p>{escape(empty)}</p>")
    return "".join(parts)
