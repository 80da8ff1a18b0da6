"""Any questionnaire prints as a blank form: open items with lines, scales, tick boxes.

The coach hands the paper to the employee, who fills it in by hand: every item of the
template is on it, in the template's language, in the order of its sections; a scale
shows its numbers and the words at its two ends on every page it spans; nothing of an
answer or of the coach's reading of one is ever on it.
"""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader

from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.model import Question, QuestionnaireTemplate, Section
from mentorapp.export.documents import CoachInfo, FormItemView, form_document
from mentorapp.export.pdf import QuestionnaireFormPdf
from mentorapp.export.pdf.form import item_groups
from mentorapp.services.exports import render_builtin_form, render_form, render_preparation_form
from tests.export.test_pdf_review import WHEN, layout_pages, pdffonts
from tests.export.test_pdfs import COACH, all_text, flat

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


def scale(key: str, text: str, section: str, **changes: object) -> Question:
    values: dict[str, object] = {"low_label": "helemaal oneens", "high_label": "helemaal eens"}
    values.update(changes)
    return Question(key, text, QuestionKind.SCALE, section, **values)  # type: ignore[arg-type]


def own_template(language: Language = Language.NL) -> QuestionnaireTemplate:
    """A coach's own questionnaire with every kind of item, and one item without a section."""
    return QuestionnaireTemplate(
        name="Terugblik op de safari & <meer>",
        language=language,
        version=3,
        intro="Vul dit in na je safari.",
        sections=[
            Section("visit", "Het bezoek", "Kies wat past."),
            Section("marks", "Cijfers"),
        ],
        questions=[
            Question("loose", "Een vraag zonder sectie", QuestionKind.TEXT, "gone"),
            Question(
                "where",
                "Welke afdeling bezocht je?",
                QuestionKind.CHOICE,
                "visit",
                choices=["Kredieten", "Personeelsdienst", "Klantendienst"],
                hint="Eén antwoord.",
            ),
            scale("glad", "Hoe tevreden ben je?", "marks", low=0, high=10, low_label="niet"),
            scale("useful", "Hoe nuttig was het?", "marks", low=0, high=10, low_label="niet"),
            scale("plain", "Een schaal zonder woorden", "marks", low_label="", high_label=""),
            Question("more", "Wil je nog iets kwijt?", QuestionKind.TEXT, "marks"),
        ],
    )


def form_pdf(template: QuestionnaireTemplate, coach: CoachInfo = COACH) -> bytes:
    return QuestionnaireFormPdf(form_document(template, coach), WHEN).generate()


# --- the document: every item, in order, nothing else ---------------------------------------


def test_the_form_holds_every_item_in_the_order_of_its_sections() -> None:
    doc = form_document(own_template(), COACH)
    assert [s.title for s in doc.sections] == ["", "Het bezoek", "Cijfers"]
    assert [[i.text for i in s.items] for s in doc.sections] == [
        ["Een vraag zonder sectie"],
        ["Welke afdeling bezocht je?"],
        [
            "Hoe tevreden ben je?",
            "Hoe nuttig was het?",
            "Een schaal zonder woorden",
            "Wil je nog iets kwijt?",
        ],
    ]
    assert (doc.title, doc.version, doc.language) == (
        "Terugblik op de safari & <meer>",
        3,
        Language.NL,
    )


def test_scale_items_with_one_scale_are_one_group() -> None:
    items = form_document(own_template(), COACH).sections[2].items
    groups = item_groups(items)
    assert [[i.text for i in g] for g in groups] == [
        ["Hoe tevreden ben je?", "Hoe nuttig was het?"],
        ["Een schaal zonder woorden"],
        ["Wil je nog iets kwijt?"],
    ]


def test_a_reversed_item_prints_as_any_other() -> None:
    plain = scale("a", "Ik voel me vaak uitgeput.", "energy")
    turned = scale("a", "Ik voel me vaak uitgeput.", "energy", reversed=True)
    template = QuestionnaireTemplate("Check", questions=[plain], sections=[Section("energy", "E")])
    flipped = QuestionnaireTemplate("Check", questions=[turned], sections=[Section("energy", "E")])
    assert form_document(template, COACH) == form_document(flipped, COACH)
    assert "reversed" not in {f for f in FormItemView.__dataclass_fields__}


# --- on paper --------------------------------------------------------------------------------


@needs_poppler
def test_every_item_choice_and_anchor_is_on_the_paper() -> None:
    data = form_pdf(own_template())
    lines = [line for page in layout_pages(data) for line in page]
    text = flat(" ".join(lines))
    for words in (
        "Terugblik op de safari & <meer>",
        "Vul dit in na je safari.",
        "Naam:",
        "Datum:",
        "Het bezoek",
        "Kies wat past.",
        "Een vraag zonder sectie",
        "Welke afdeling bezocht je?",
        "Eén antwoord.",
        "Kredieten",
        "Personeelsdienst",
        "Klantendienst",
        "Cijfers",
        "Hoe tevreden ben je?",
        "Hoe nuttig was het?",
        "Een schaal zonder woorden",
        "Wil je nog iets kwijt?",
        "niet",
        "helemaal eens",
        "Vertrouwelijk - Terugblik op de safari & <meer>, versie 3",
        "Pagina 1 van",
    ):
        assert words in text, words
    assert any(line.split() == [str(n) for n in range(11)] for line in lines), lines
    assert any(line.split() == ["1", "2", "3", "4", "5"] for line in lines), lines


@needs_poppler
def test_the_form_is_in_the_templates_language() -> None:
    text = flat(
        " ".join(
            line for page in layout_pages(form_pdf(own_template(Language.EN))) for line in page
        )
    )
    assert "Name:" in text and "Date:" in text and "Page 1 of" in text
    assert "Confidential - Terugblik op de safari & <meer>, version 3" in text
    assert "Naam:" not in text and "Pagina" not in text


@needs_poppler
def test_a_long_scale_repeats_its_numbers_and_anchors_on_every_page() -> None:
    items = [scale(f"q{n}", f"Uitspraak nummer {n} over het werk.", "all") for n in range(70)]
    template = QuestionnaireTemplate(
        "Lange check", questions=items, sections=[Section("all", "Alles")]
    )
    pages = layout_pages(form_pdf(template))
    assert len(pages) >= 3
    for page in pages:
        assert any("helemaal oneens" in line and "helemaal eens" in line for line in page), page
        assert any(line.split() == ["1", "2", "3", "4", "5"] for line in page), page
    statements = [line for page in pages for line in page if line.startswith("Uitspraak")]
    assert len(statements) == 70


@needs_poppler
@pytest.mark.parametrize("intro_lines", range(0, 24, 3))
def test_a_section_heading_never_ends_a_page(intro_lines: int) -> None:
    """Open items with their lines, the intro of every length: each heading stands on the
    page of its item, wherever the text before it happens to stop."""
    sections = [Section(f"s{n}", f"Onderdeel {n}") for n in range(8)]
    questions = [Question(f"q{n}", f"Vraag {n}?", QuestionKind.TEXT, f"s{n}") for n in range(8)]
    intro = "\n".join(f"Regel {n} van de uitleg." for n in range(intro_lines))
    template = QuestionnaireTemplate("Veel", questions=questions, sections=sections, intro=intro)
    for page in layout_pages(form_pdf(template)):
        assert not page[-2].startswith("Onderdeel"), page  # the last line is the footer
        for index, line in enumerate(page):
            if line.startswith("Onderdeel"):
                assert page[index + 1].startswith("Vraag"), page


def test_the_form_uses_only_the_bundled_fonts_and_names_itself() -> None:
    data = form_pdf(own_template(), CoachInfo(""))
    fonts = pdffonts(data) if shutil.which("pdffonts") else []
    assert all("DejaVu" in line for line in fonts)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title == "Terugblik op de safari & <meer>"
    assert meta.author == "Mentorapp"


def test_an_empty_template_still_prints_its_title_and_name_lines() -> None:
    text = all_text(form_pdf(QuestionnaireTemplate("Nog leeg", language=Language.EN)))
    assert "Nog leeg" in text and "Name:" in text


def test_the_kind_of_form_picks_the_date_line() -> None:
    template = own_template()
    template.kind = TemplateKind.PREPARATION
    assert "Datum van het gesprek:" in all_text(form_pdf(template))


# --- the three built-ins, in both languages ----------------------------------------------------

BUILT_IN = [TemplateKind.PREPARATION, TemplateKind.CAREER_CHECK, TemplateKind.JOB_CRAFTING]


@needs_poppler
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", BUILT_IN, ids=lambda k: k.value)
def test_each_built_in_prints_every_item_in_its_language(
    kind: TemplateKind, language: Language
) -> None:
    template = builtin_template(kind, language)
    data = render_builtin_form(kind, language, COACH, now=WHEN)
    pages = layout_pages(data)
    text = flat(" ".join(line for page in pages for line in page))
    assert template.name in text and flat(template.intro) in text
    for section in template.sections:
        assert section.title in text, section.title
    for question in template.questions:
        assert flat(question.text) in text, question.text
    if kind is TemplateKind.CAREER_CHECK:
        low, high = template.questions[0].low_label, template.questions[0].high_label
        assert all(any(low in line and high in line for line in page) for page in pages)
    other = builtin_template(kind, Language.EN if language is Language.NL else Language.NL)
    assert other.name not in text
    assert len(pages) <= 3


@pytest.mark.parametrize("language", list(Language))
def test_the_preparation_form_is_the_built_in_preparation(language: Language) -> None:
    """One form, not two: the old blank form is the built-in template, printed."""
    assert render_preparation_form(language, COACH, now=WHEN) == render_form(
        builtin_template(TemplateKind.PREPARATION, language), COACH, now=WHEN
    )
