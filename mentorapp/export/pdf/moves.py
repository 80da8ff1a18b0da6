"""The plan's optional sections on moves in practice: career safaris and the crafted job.

The coach chooses them per export (off by default). They show only shared text: where
and when a safari is, its learning questions and, once it is done, the reflection; the
canvas' blocks as they are now and as crafted, and the small experiments. The coach's
notes on either never reach the export-safe views these sections print from.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

from mentorapp.export.documents import CraftingView, ExperimentView, SafariView
from mentorapp.export.pdf.base import PdfRenderer
from mentorapp.export.pdf.blocks import (
    data_table,
    keep_heading,
    key_value_table,
    list_flowables,
    markup,
    paragraph,
    text_flowables,
    with_table_start,
)

# Column shares of the frame width: a block's name ("Hoe je naar je werk kijkt" wraps
# once), then now and crafted side by side; an experiment, with whom, by when
# ("28 september 2026" on one line).
CANVAS_COLUMNS = (0.2, 0.4, 0.4)
EXPERIMENT_COLUMNS = (0.5, 0.29, 0.21)


def safari_section(pdf: PdfRenderer, safaris: tuple[SafariView, ...]) -> list[Flowable]:
    """ "Career safari": each safari under its host, the section's heading with the first."""
    if not safaris:
        return []
    w, s = pdf.labels, pdf.style
    flowables: list[Flowable] = []
    for number, safari in enumerate(safaris):
        heading: list[Flowable] = []
        if number == 0:
            heading += [
                Paragraph(markup(w["safari.title"]), s["h2"]),
                paragraph(w["safari.intro"], s["body"]),
            ]
        host = " – ".join(
            p.strip() for p in (safari.host_department, safari.host_role) if p.strip()
        )
        heading.append(paragraph(host or w["safari.title"], s["h3"]))
        flowables += keep_heading(heading, safari_details(pdf, safari), pdf.frame_width)
    return flowables


def safari_details(pdf: PdfRenderer, safari: SafariView) -> list[Flowable]:
    w, s = pdf.labels, pdf.style
    pairs = [
        (w["safari.when"], w.period(safari.start_date, safari.end_date)),
        (w["safari.contact"], safari.host_contact.strip()),
    ]
    shown = [(k, v) for k, v in pairs if v]
    details: list[Flowable] = []
    if shown:
        details.append(key_value_table(shown, pdf.frame_width, s["label"], s["value"]))
    for key, text, as_list in (
        ("safari.questions", safari.learning_questions, True),
        ("safari.reflection", safari.reflection, False),
    ):
        if not text.strip():
            continue
        content = (list_flowables if as_list else text_flowables)(text, s["body"], s["bullet"])
        label = Paragraph(f"<b>{markup(w[key])}</b>", s["body"])
        details += keep_heading([label], content, pdf.frame_width, pdf.short_block)
    return details


def crafting_section(pdf: PdfRenderer, crafting: CraftingView | None) -> list[Flowable]:
    """ "Crafting the job": the blocks now and crafted, then the experiments."""
    if crafting is None:
        return []
    w, s = pdf.labels, pdf.style
    heading: list[Flowable] = [
        Paragraph(markup(w["crafting.title"]), s["h2"]),
        paragraph(w["crafting.intro"], s["body"]),
    ]
    rows = [
        [[paragraph(w[f"crafting.{key}"], s["cell"])], _cell(pdf, now), _cell(pdf, crafted)]
        for key, now, crafted in crafting.blocks
        if now.strip() or crafted.strip()
    ]
    flowables: list[Flowable] = []
    if rows:
        header = [w["crafting.part"], w["crafting.now"], w["crafting.crafted"]]
        widths = [share * pdf.frame_width for share in CANVAS_COLUMNS]
        table = data_table(header, rows, widths, s["cell_head"])
        flowables += with_table_start(heading, table, pdf.frame_width, 0.6 * pdf.frame_height)
        heading = []
    if crafting.experiments:
        heading.append(paragraph(w["crafting.experiments"], s["h3"]))
        table = experiments_table(pdf, crafting.experiments)
        flowables += with_table_start(heading, table, pdf.frame_width, 0.6 * pdf.frame_height)
    return flowables


def experiments_table(pdf: PdfRenderer, experiments: tuple[ExperimentView, ...]) -> Flowable:
    w, s = pdf.labels, pdf.style
    rows = []
    for experiment in experiments:
        what = text_flowables(experiment.what, s["cell"])
        if experiment.done:
            what.append(paragraph(w["crafting.done"], s["cell_small"]))
        rows.append(
            [
                what,
                _cell(pdf, experiment.with_whom),
                [paragraph(w.long_date(experiment.by_when) or "-", s["cell"])],
            ]
        )
    header = [w["crafting.experiment"], w["crafting.with_whom"], w["crafting.by_when"]]
    widths = [share * pdf.frame_width for share in EXPERIMENT_COLUMNS]
    return data_table(header, rows, widths, s["cell_head"])


def _cell(pdf: PdfRenderer, text: str) -> list[Any]:
    """A table cell of the coach's text; a dash when there is none."""
    style = pdf.style["cell"]
    return text_flowables(text, style) or [paragraph("-", style)]
