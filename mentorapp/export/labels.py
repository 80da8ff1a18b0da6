"""Every word printed on a PDF, in Dutch and English, with dates and amounts per language.

The PDF language is chosen per export (the employee's may differ from the coach's), so
these words do not go through Qt's translator: the export layer has no Qt. Dates are
spelled out here rather than through the ``locale`` module, whose month names depend on
which locales the computer happens to have installed.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    GoalKind,
    Language,
    MoveKind,
    ObstacleKind,
    PlanStatus,
    SessionKind,
    SessionMode,
)
from mentorapp.domain.questionnaires import one_decimal

WORDS: dict[Language, dict[str, str]] = {
    Language.NL: {
        # documents
        "plan.document": "Ontwikkelingsplan",
        "summary.document": "Sessieverslag",
        "recovery.document": "Herstelkit",
        # page furniture
        "page_of": "Pagina {page} van {pages}",
        "confidential": "Vertrouwelijk",
        "for_name": "voor {name}",
        "draft.mark": "Concept",
        "draft.note": (
            "Concept, nog niet afgesproken. Dit plan is een voorstel om samen te bespreken; "
            "het wordt ondertekend zodra jullie het samen afspreken."
        ),
        # cover block of the plan
        "employee": "Medewerker",
        "organisation": "Organisatie",
        "mentor": "Mentor",
        "period": "Periode",
        "period.from_to": "{start} tot {end}",
        "period.from": "vanaf {start}",
        "period.until": "tot {end}",
        "version": "Versie",
        "made_on": "Geëxporteerd op",
        "status": "Status",
        # plan sections
        "current_situation": "Huidige situatie",
        "desired_direction": "Waar wil je naartoe",
        "goals": "Doelen en acties",
        "goal.numbered": "Doel {number} ({kind})",
        "goal.no_actions": "Voor dit doel zijn nog geen acties afgesproken.",
        "not_feasible": "Wensen die nu niet haalbaar zijn",
        "not_feasible.intro": (
            "Niet elke wens kan nu. We schrijven eerlijk op waarom, en wanneer we er "
            "opnieuw naar kijken."
        ),
        "not_feasible.why": "Waarom nu niet",
        "not_feasible.revisit": "Opnieuw bekijken op",
        "obstacles": "Obstakels",
        "activities": "Ontwikkelingsactiviteiten",
        "resources": "Middelen",
        "organisation_commitments": "Engagement van de organisatie",
        "employee_commitments": "Engagement van de medewerker",
        "review_date": "Evaluatiedatum",
        "review_date.sentence": "We bekijken dit plan samen opnieuw op {date}.",
        "signature": "Handtekeningen",
        "signature.name": "Naam",
        "signature.date": "Datum",
        "signature.employee": "Medewerker",
        "signature.mentor": "Mentor",
        "signature.manager": "Leidinggevende",
        # action table
        "col.action": "Actie",
        "col.measure": "Maatstaf",
        "col.deadline": "Deadline",
        "col.owner": "Wie",
        "col.smart": "SMART",
        "action.resources": "Middelen",
        "action.status": "Status",
        "smart.legend": (
            "SMART: Specifiek, Meetbaar, Haalbaar, Relevant, Tijdsgebonden. "
            "Een streepje (-) toont wat nog ontbreekt."
        ),
        # obstacle and activity tables
        "col.kind": "Soort",
        "col.obstacle": "Obstakel",
        "col.mitigation": "Aanpak",
        "col.activity": "Activiteit",
        "col.hours": "Uren",
        "col.cost": "Kosten",
        "col.dates": "Wanneer",
        "activity.provider": "Aanbieder",
        "free": "Gratis",
        "hours": "{hours} u",
        # session summary
        "session.kind": "Soort sessie",
        "session.mode": "Gespreksvorm",
        "summary": "Samenvatting",
        "agreements": "Afspraken",
        "next_session": "Volgende sessie",
        "at": "om",
        # blank forms
        "form.name": "Naam",
        "form.date": "Datum",
        "preparation.date": "Datum van het gesprek",
        # the career check in the plan
        "check.title": "Je loopbaancheck",
        "check.intro": (
            "Je scores per dimensie bij de laatste loopbaanchecks: hoe hoger, hoe beter het "
            "gaat. De loopbaancheck is een zelfcheck, geen gevalideerde test."
        ),
        "check.dimension": "Dimensie",
        "check.change": "Verschil",
        # the plan's optional sections: career safaris and the crafted job
        "safari.title": "Loopbaansafari",
        "safari.intro": (
            "Een paar dagen tot enkele weken in een andere afdeling of rol, zonder "
            "verplichting: om te verkennen en te voelen of het bij je past."
        ),
        "safari.when": "Wanneer",
        "safari.contact": "Contactpersoon",
        "safari.questions": "Leervragen",
        "safari.reflection": "Wat je leerde",
        "crafting.title": "Job crafting: je job bijsturen",
        "crafting.intro": (
            "Je taken, je contacten en hoe je naar je werk kijkt: hoe het nu is, en hoe je "
            "het bijstuurt."
        ),
        "crafting.part": "Onderdeel",
        "crafting.now": "Nu",
        "crafting.crafted": "Bijgestuurd",
        "crafting.tasks": "Taken",
        "crafting.relationships": "Relaties",
        "crafting.perception": "Hoe je naar je werk kijkt",
        "crafting.experiments": "Kleine experimenten",
        "crafting.experiment": "Experiment",
        "crafting.with_whom": "Met wie",
        "crafting.by_when": "Tegen wanneer",
        "crafting.done": "Gedaan",
        # a career story
        "story.document": "Loopbaanverhaal",
        "story.moves": "Bewegingen",
        "story.note": (
            "Een geanonimiseerd loopbaanverhaal. Groeien is niet alleen hogerop: ook "
            "zijwaarts, diagonaal of even elders gaan kijken brengt je verder."
        ),
        # recovery kit
        "recovery.vault": "Kluis",
        "recovery.made_on": "Gemaakt op",
        "recovery.location": "Map",
        "recovery.computer": "Computer",
        "recovery.key": "Herstelsleutel",
        "recovery.warning": (
            "Bewaar deze pagina op een veilige plek, weg van de computer. Wie deze sleutel "
            "heeft, kan alle notities in de kluis lezen. Zonder wachtwoordzin of deze "
            "sleutel kan niemand de kluis nog openen, ook wij niet."
        ),
        "recovery.use_title": "Zo gebruik je de sleutel",
        "recovery.use_app": (
            "Wachtwoordzin vergeten? Open Mentorapp, kies in het ontgrendelscherm "
            "“Herstelsleutel gebruiken”, typ de 64 tekens hierboven (streepjes en "
            "spaties maken niet uit) en kies een nieuwe wachtwoordzin."
        ),
        "recovery.use_sqlcipher": (
            "Zonder Mentorapp: het bestand vault.db in de kluismap opent in elk SQLCipher "
            "4-programma (bijvoorbeeld DB Browser for SQLite of sqlcipher) met deze regel:"
        ),
        "recovery.after": (
            "Heb je een nieuwe sleutel gemaakt (de kluis opnieuw versleuteld), vernietig "
            "dan deze pagina en druk een nieuwe herstelkit af."
        ),
    },
    Language.EN: {
        "plan.document": "Development plan",
        "summary.document": "Session summary",
        "recovery.document": "Recovery kit",
        "page_of": "Page {page} of {pages}",
        "confidential": "Confidential",
        "for_name": "for {name}",
        "draft.mark": "Draft",
        "draft.note": (
            "Draft, not agreed yet. This plan is a proposal to discuss together; it is "
            "signed once you have agreed it together."
        ),
        "employee": "Employee",
        "organisation": "Organisation",
        "mentor": "Mentor",
        "period": "Period",
        "period.from_to": "{start} to {end}",
        "period.from": "from {start}",
        "period.until": "until {end}",
        "version": "Version",
        "made_on": "Exported on",
        "status": "Status",
        "current_situation": "Current situation",
        "desired_direction": "Where you want to go",
        "goals": "Goals and actions",
        "goal.numbered": "Goal {number} ({kind})",
        "goal.no_actions": "No actions have been agreed for this goal yet.",
        "not_feasible": "Wishes not feasible now",
        "not_feasible.intro": (
            "Not every wish can happen now. We write down honestly why, and when we will "
            "look at it again."
        ),
        "not_feasible.why": "Why not now",
        "not_feasible.revisit": "Look again on",
        "obstacles": "Obstacles",
        "activities": "Development activities",
        "resources": "Resources",
        "organisation_commitments": "The organisation's commitments",
        "employee_commitments": "The employee's commitments",
        "review_date": "Review date",
        "review_date.sentence": "We will review this plan together on {date}.",
        "signature": "Signatures",
        "signature.name": "Name",
        "signature.date": "Date",
        "signature.employee": "Employee",
        "signature.mentor": "Mentor",
        "signature.manager": "Manager",
        "col.action": "Action",
        "col.measure": "Measure",
        "col.deadline": "Deadline",
        "col.owner": "Owner",
        "col.smart": "SMART",
        "action.resources": "Resources",
        "action.status": "Status",
        "smart.legend": (
            "SMART: Specific, Measurable, Achievable, Relevant, Time-bound. "
            "A dash (-) shows what is still missing."
        ),
        "col.kind": "Kind",
        "col.obstacle": "Obstacle",
        "col.mitigation": "How to handle it",
        "col.activity": "Activity",
        "col.hours": "Hours",
        "col.cost": "Cost",
        "col.dates": "Dates",
        "activity.provider": "Provider",
        "free": "Free",
        "hours": "{hours} h",
        "session.kind": "Kind of session",
        "session.mode": "How you met",
        "summary": "Summary",
        "agreements": "Agreements",
        "next_session": "Next session",
        "at": "at",
        "form.name": "Name",
        "form.date": "Date",
        "preparation.date": "Date of the conversation",
        "check.title": "Your career check",
        "check.intro": (
            "Your scores per dimension at the latest career checks: the higher, the better "
            "it goes. The career check is a self-check, not a validated test."
        ),
        "check.dimension": "Dimension",
        "check.change": "Change",
        "safari.title": "Career safari",
        "safari.intro": (
            "A few days to a few weeks in another department or role, without obligation: "
            "to explore, and to feel whether it suits you."
        ),
        "safari.when": "When",
        "safari.contact": "Contact",
        "safari.questions": "Learning questions",
        "safari.reflection": "What you learned",
        "crafting.title": "Crafting the job",
        "crafting.intro": (
            "Your tasks, your relationships and how you see your work: how it is now, and "
            "how you craft it."
        ),
        "crafting.part": "Part",
        "crafting.now": "Now",
        "crafting.crafted": "Crafted",
        "crafting.tasks": "Tasks",
        "crafting.relationships": "Relationships",
        "crafting.perception": "How you see your work",
        "crafting.experiments": "Small experiments",
        "crafting.experiment": "Experiment",
        "crafting.with_whom": "With whom",
        "crafting.by_when": "By when",
        "crafting.done": "Done",
        "story.document": "Career story",
        "story.moves": "Moves",
        "story.note": (
            "An anonymised career story. Growing is not only moving up: moving sideways, "
            "diagonally or taking a look elsewhere for a while takes you further too."
        ),
        "recovery.vault": "Vault",
        "recovery.made_on": "Made on",
        "recovery.location": "Folder",
        "recovery.computer": "Computer",
        "recovery.key": "Recovery key",
        "recovery.warning": (
            "Keep this page safe, away from the computer. Whoever holds this key can read "
            "every note in the vault. Without the passphrase or this key nobody can open "
            "the vault any more, not even us."
        ),
        "recovery.use_title": "How to use the key",
        "recovery.use_app": (
            "Forgot your passphrase? Open Mentorapp, choose “Use recovery key” on the "
            "unlock screen, type the 64 characters above (dashes and spaces do not matter) "
            "and choose a new passphrase."
        ),
        "recovery.use_sqlcipher": (
            "Without Mentorapp: the file vault.db in the vault folder opens in any SQLCipher "
            "4 tool (for example DB Browser for SQLite or sqlcipher) with this line:"
        ),
        "recovery.after": (
            "If you ever make a new key (re-encrypting the vault), destroy this page and "
            "print a new recovery kit."
        ),
    },
}

# Grouped by enum class: members of different enums can be equal ("personal" is both a
# GoalKind and an ObstacleKind), so one flat dict would let one overwrite the other.
# The same words as the screen ("Labels" in resources/translations, mentorapp/gui/labels.py),
# capitalised as there: tests/export/test_glossary.py fails when the two drift apart.
ENUM_WORDS: dict[Language, dict[type[Enum], dict[Enum, str]]] = {
    Language.NL: {
        ActionOwner: {
            ActionOwner.EMPLOYEE: "Medewerker",
            ActionOwner.ORGANISATION: "Organisatie",
            ActionOwner.MENTOR: "Mentor",
            ActionOwner.MANAGER: "Leidinggevende",
        },
        ActionStatus: {
            ActionStatus.OPEN: "Open",
            ActionStatus.IN_PROGRESS: "Bezig",
            ActionStatus.DONE: "Afgerond",
            ActionStatus.DROPPED: "Geschrapt",
        },
        PlanStatus: {
            PlanStatus.DRAFT: "Concept",
            PlanStatus.SHARED: "Gedeeld",
            PlanStatus.AGREED: "Akkoord",
            PlanStatus.ARCHIVED: "Gearchiveerd",
        },
        GoalKind: {
            GoalKind.PERSONAL: "Persoonlijk",
            GoalKind.PROFESSIONAL: "Professioneel",
        },
        ObstacleKind: {
            ObstacleKind.TIME: "Tijd",
            ObstacleKind.MONEY: "Geld",
            ObstacleKind.PERSONAL: "Persoonlijke grenzen",
            ObstacleKind.ORGANISATIONAL: "Organisatorisch",
        },
        ActivityKind: {
            ActivityKind.TRAINING: "Opleiding",
            ActivityKind.COACHING: "Coaching",
            ActivityKind.MENTORING: "Mentoring",
            ActivityKind.VOLUNTEERING: "Vrijwilligerswerk",
            ActivityKind.PROJECT: "Project met een andere afdeling",
            ActivityKind.CAREER_SAFARI: "Loopbaansafari",
            ActivityKind.JOB_CRAFTING: "Job crafting",
            ActivityKind.JOB_ROTATION: "Jobrotatie",
            ActivityKind.INFORMAL_LEARNING: "Informeel leren",
        },
        SessionKind: {
            SessionKind.INTAKE: "Intake",
            SessionKind.CAREER_CONVERSATION: "Loopbaangesprek",
            SessionKind.FOLLOW_UP: "Opvolging",
            SessionKind.SAFARI_DEBRIEF: "Nabespreking safari",
            SessionKind.CLOSING: "Afsluiting",
        },
        SessionMode: {
            SessionMode.IN_PERSON: "Ter plaatse",
            SessionMode.VIDEO: "Video",
            SessionMode.PHONE: "Telefoon",
        },
        MoveKind: {
            MoveKind.LATERAL: "Laterale beweging",
            MoveKind.VERTICAL: "Verticale beweging",
            MoveKind.DIAGONAL: "Diagonale beweging",
            MoveKind.JOB_CRAFTING: "Job crafting in de huidige functie",
            MoveKind.SAFARI: "Alleen een safari",
            MoveKind.EXTERNAL: "Naar een andere organisatie",
            MoveKind.NONE_YET: "Nog geen beweging",
        },
    },
    Language.EN: {
        ActionOwner: {
            ActionOwner.EMPLOYEE: "Employee",
            ActionOwner.ORGANISATION: "Organisation",
            ActionOwner.MENTOR: "Mentor",
            ActionOwner.MANAGER: "Manager",
        },
        ActionStatus: {
            ActionStatus.OPEN: "Open",
            ActionStatus.IN_PROGRESS: "In progress",
            ActionStatus.DONE: "Done",
            ActionStatus.DROPPED: "Dropped",
        },
        PlanStatus: {
            PlanStatus.DRAFT: "Draft",
            PlanStatus.SHARED: "Shared",
            PlanStatus.AGREED: "Agreed",
            PlanStatus.ARCHIVED: "Archived",
        },
        GoalKind: {
            GoalKind.PERSONAL: "Personal",
            GoalKind.PROFESSIONAL: "Professional",
        },
        ObstacleKind: {
            ObstacleKind.TIME: "Time",
            ObstacleKind.MONEY: "Money",
            ObstacleKind.PERSONAL: "Personal limits",
            ObstacleKind.ORGANISATIONAL: "Organisational",
        },
        ActivityKind: {
            ActivityKind.TRAINING: "Training",
            ActivityKind.COACHING: "Coaching",
            ActivityKind.MENTORING: "Mentoring",
            ActivityKind.VOLUNTEERING: "Volunteering",
            ActivityKind.PROJECT: "Project with another department",
            ActivityKind.CAREER_SAFARI: "Career safari",
            ActivityKind.JOB_CRAFTING: "Job crafting",
            ActivityKind.JOB_ROTATION: "Job rotation",
            ActivityKind.INFORMAL_LEARNING: "Informal learning",
        },
        SessionKind: {
            SessionKind.INTAKE: "Intake",
            SessionKind.CAREER_CONVERSATION: "Career conversation",
            SessionKind.FOLLOW_UP: "Follow-up",
            SessionKind.SAFARI_DEBRIEF: "Safari debrief",
            SessionKind.CLOSING: "Closing",
        },
        SessionMode: {
            SessionMode.IN_PERSON: "In person",
            SessionMode.VIDEO: "Video",
            SessionMode.PHONE: "Phone",
        },
        MoveKind: {
            MoveKind.LATERAL: "Lateral move",
            MoveKind.VERTICAL: "Vertical move",
            MoveKind.DIAGONAL: "Diagonal move",
            MoveKind.JOB_CRAFTING: "Job crafting in the current role",
            MoveKind.SAFARI: "Safari only",
            MoveKind.EXTERNAL: "Move to another organisation",
            MoveKind.NONE_YET: "No move yet",
        },
    },
}


MONTHS: dict[Language, tuple[str, ...]] = {
    Language.NL: (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    Language.EN: (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

SHORT_MONTHS: dict[Language, tuple[str, ...]] = {
    Language.NL: (
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ),
    Language.EN: (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ),
}  # fmt: skip

WEEKDAYS: dict[Language, tuple[str, ...]] = {
    Language.NL: ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    Language.EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


class Labels:
    """The printed words of one language: ``labels["goals"]``, ``labels.enum(owner)``, dates."""

    def __init__(self, language: Language) -> None:
        self.language = Language(language)
        self.words = WORDS[self.language]
        self.enum_words = ENUM_WORDS[self.language]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def text(self, key: str, **values: object) -> str:
        """The words for ``key`` with ``{placeholders}`` filled in."""
        return self.words[key].format(**values)

    def enum(self, value: Enum, in_text: bool = False) -> str:
        """The printed name of an enum value (its raw value if none is known).

        Capitalised as in a table cell or after a label; ``in_text`` for the middle of a
        sentence ("Doel 1 (persoonlijk)").
        """
        word = self.enum_words.get(type(value), {}).get(value, str(value.value))
        return word[:1].lower() + word[1:] if in_text else word

    def page_of(self, page: int, pages: int) -> str:
        return self.text("page_of", page=page, pages=pages)

    def long_date(self, value: date | None) -> str:
        """24 november 2026 / 24 November 2026; empty when there is no date.

        The one date style of each language, in running text and table cells alike.
        """
        if value is None:
            return ""
        return f"{value.day} {MONTHS[self.language][value.month - 1]} {value.year}"

    def short_date(self, value: date) -> str:
        """3 mrt 2026 / 3 Mar 2026: the month cut short, for a narrow column or an axis."""
        return f"{value.day} {SHORT_MONTHS[self.language][value.month - 1]} {value.year}"

    def date_time(self, value: datetime) -> str:
        """dinsdag 24 november 2026 om 14:00 / Tuesday 24 November 2026 at 14:00."""
        weekday = WEEKDAYS[self.language][value.weekday()]
        return f"{weekday} {self.long_date(value.date())} {self['at']} {value:%H:%M}"

    def period(self, start: date | None, end: date | None) -> str:
        """The plan period in words; empty when neither end is known."""
        if start and end:
            return self.text("period.from_to", start=self.long_date(start), end=self.long_date(end))
        if start:
            return self.text("period.from", start=self.long_date(start))
        if end:
            return self.text("period.until", end=self.long_date(end))
        return ""

    def number(self, value: float) -> str:
        """16 / 7,5 (nl) / 7.5 (en): no trailing zeros."""
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language is Language.NL else text

    def score(self, value: float) -> str:
        """A questionnaire score with one decimal, halves rounded up: 3,8 (nl) / 3.8 (en)."""
        text = f"{one_decimal(value):.1f}"
        return text.replace(".", ",") if self.language is Language.NL else text

    def change(self, before: float, after: float) -> str:
        """The change between two scores as printed ("↑ +0,5", "↓ −0,3", "= 0,0"): the
        difference of the rounded scores, so the numbers on the paper add up."""
        tenths = round(one_decimal(after) * 10) - round(one_decimal(before) * 10)
        shown = self.score(abs(tenths) / 10)
        if tenths == 0:
            return f"= {shown}"
        return f"↑ +{shown}" if tenths > 0 else f"↓ −{shown}"

    def hours(self, value: float | None) -> str:
        return "" if value is None else self.text("hours", hours=self.number(value))

    def money(self, cents: int | None) -> str:
        """€ 1.250,00 (nl) / €1,250.00 (en); "Gratis" / "Free" for nothing; empty when unknown."""
        if cents is None:
            return ""
        if cents == 0:
            return self["free"]
        sign = "-" if cents < 0 else ""
        whole, rest = divmod(abs(cents), 100)
        grouped = f"{whole:,}"
        if self.language is Language.NL:
            return f"{sign}€ {grouped.replace(',', '.')},{rest:02d}"
        return f"{sign}€{grouped}.{rest:02d}"
