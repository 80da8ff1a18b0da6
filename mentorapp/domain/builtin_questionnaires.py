"""The three questionnaires every vault holds, in Dutch and English: preparation, career
check, job crafting.

Written for Mentorapp. The career check is our own self-check on sustainable
employability, not a copy of a commercial instrument and not a validated test; its
intro says so. Item keys and dimension keys are the same in both languages, so answers
can be compared across them.

Migration 0004 stores these as version 1 of each built-in family. A later change of the
wording must come with its own migration that stores it as a new version (answers keep
pointing at the version they answered); ``BUILTIN_VERSION`` then names that version.
"""

from __future__ import annotations

from typing import NamedTuple

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.model import Question, QuestionnaireTemplate, Section

BUILTIN_VERSION = 1
BUILTIN_KINDS = (TemplateKind.PREPARATION, TemplateKind.CAREER_CHECK, TemplateKind.JOB_CRAFTING)
CAREER_CHECK_DIMENSIONS = ("energy", "meaning", "learning", "fit", "balance", "future", "support")


class Words(NamedTuple):
    nl: str
    en: str

    def __call__(self, language: Language) -> str:
        return self.nl if language is Language.NL else self.en


def builtin_family(kind: TemplateKind, language: Language) -> str:
    """The family of a built-in template: one per kind and language."""
    return f"builtin-{kind.value}-{language.value}"


def builtin_template(kind: TemplateKind, language: Language) -> QuestionnaireTemplate:
    """A built-in template as shipped (no id yet)."""
    build = {
        TemplateKind.PREPARATION: _preparation,
        TemplateKind.CAREER_CHECK: _career_check,
        TemplateKind.JOB_CRAFTING: _job_crafting,
    }[kind]
    template = build(language)
    template.family = builtin_family(kind, language)
    template.version = BUILTIN_VERSION
    template.kind = kind
    template.built_in = True
    template.language = language
    return template


def builtin_templates() -> list[QuestionnaireTemplate]:
    """All built-ins, in the order the app lists them, Dutch before English per kind."""
    return [builtin_template(k, lang) for k in BUILTIN_KINDS for lang in Language]


# ---- preparing the career conversation -----------------------------------------------

_PREPARATION_NAME = Words("Je loopbaangesprek voorbereiden", "Preparing your career conversation")
_PREPARATION_INTRO = Words(
    "Een loopbaangesprek gaat over jouw toekomst en je ontwikkeling. Neem even de tijd om "
    "deze vragen voor jezelf te beantwoorden en breng je antwoorden mee. Er zijn geen foute "
    "antwoorden, en een gesprek is nog geen belofte.",
    "A career conversation is about your future and your development. Take some time to "
    "answer these questions for yourself and bring your answers along. There are no wrong "
    "answers, and a conversation is not yet a promise.",
)
# key, title, the question (the prompt the blank preparation form has always printed)
_PREPARATION: tuple[tuple[str, Words, Words], ...] = (
    (
        "talents",
        Words("Talenten", "Talents"),
        Words(
            "Waar ben je goed in? Wat vragen collega's jou? Wat lukt je zonder moeite?",
            "What are you good at? What do colleagues ask you for? What comes easily to you?",
        ),
    ),
    (
        "ambitions",
        Words("Ambities", "Ambitions"),
        Words(
            "Waar wil je over een tot drie jaar staan? Groeien kan ook in de breedte, in je "
            "eigen job of elders.",
            "Where do you want to be in one to three years? Growing can also mean sideways, "
            "in your own job or elsewhere.",
        ),
    ),
    (
        "energy_givers",
        Words("Energiegevers", "Energy givers"),
        Words(
            "Van welke taken, mensen of momenten krijg je energie?",
            "Which tasks, people or moments give you energy?",
        ),
    ),
    (
        "energy_drainers",
        Words("Energievreters", "Energy drainers"),
        Words(
            "Wat kost je energie? Wanneer ben je op het einde van de dag leeg?",
            "What drains your energy? When are you empty at the end of the day?",
        ),
    ),
    (
        "values",
        Words("Waarden", "Values"),
        Words(
            "Wat vind je belangrijk in je werk? Waar wil je niet aan toegeven?",
            "What matters to you in your work? What would you not give up?",
        ),
    ),
    (
        "questions",
        Words("Wat je wilt bespreken", "What you want to discuss"),
        Words(
            "Wat wil je zeker bespreken of vragen?",
            "What do you certainly want to discuss or ask?",
        ),
    ),
    (
        "organisation",
        Words("Wat je van de organisatie verwacht", "What you expect from the organisation"),
        Words(
            "Welke steun, middelen of kansen heb je van de organisatie nodig? Wat verwacht je "
            "van je leidinggevende?",
            "What support, resources or opportunities do you need from the organisation? "
            "What do you expect from your manager?",
        ),
    ),
)


def _preparation(language: Language) -> QuestionnaireTemplate:
    return QuestionnaireTemplate(
        name=_PREPARATION_NAME(language),
        intro=_PREPARATION_INTRO(language),
        sections=[Section(key, title(language)) for key, title, _ in _PREPARATION],
        questions=[
            Question(key, text(language), QuestionKind.TEXT, key) for key, _, text in _PREPARATION
        ],
    )


# ---- the career check -------------------------------------------------------------------

_CHECK_NAME = Words("Loopbaancheck", "Career check")
_CHECK_INTRO = Words(
    "Hoe gaat het met je loopbaan, en wat houdt je werk aantrekkelijk? Lees elke uitspraak "
    "en kies hoe sterk je het ermee eens bent, van 1 (helemaal oneens) tot 5 (helemaal "
    "eens). Er zijn geen goede of foute antwoorden. Deze loopbaancheck is een zelfcheck die "
    "voor Mentorapp geschreven is, geen gevalideerde test: de scores zijn een vertrekpunt "
    "voor het gesprek, geen oordeel. Vul hem na enkele maanden opnieuw in om te zien wat "
    "er verandert.",
    "How is your career going, and what keeps your work attractive? Read each statement and "
    "choose how strongly you agree, from 1 (strongly disagree) to 5 (strongly agree). There "
    "are no right or wrong answers. This career check is a self-check written for "
    "Mentorapp, not a validated test: the scores are a starting point for the "
    "conversation, not a judgement. Fill it in again after a few months to see what changes.",
)
_LOW = Words("helemaal oneens", "strongly disagree")
_HIGH = Words("helemaal eens", "strongly agree")
_DIMENSIONS: dict[str, Words] = {
    "energy": Words("Energie en vitaliteit", "Energy and vitality"),
    "meaning": Words("Motivatie en zingeving", "Motivation and meaning"),
    "learning": Words("Leren en groeien", "Learning and growth"),
    "fit": Words("Aansluiting bij je job", "Fit with the job"),
    "balance": Words("Balans werk en privé", "Work-life balance"),
    "future": Words("Vaardigheden voor de toekomst", "Future-proof skills"),
    "support": Words("Steun van de organisatie", "Support from the organisation"),
}
# key, dimension, reversed, statement
_ITEMS: tuple[tuple[str, str, bool, Words], ...] = (
    ("energy_1", "energy", False, Words(
        "Ik begin de meeste werkdagen met energie.",
        "I start most working days with energy.")),
    ("energy_2", "energy", False, Words(
        "Na het werk heb ik nog energie over voor andere dingen.",
        "After work I still have energy left for other things.")),
    ("energy_3", "energy", True, Words(
        "Ik voel me vaak uitgeput door mijn werk.",
        "I often feel exhausted by my work.")),
    ("energy_4", "energy", False, Words(
        "Ik kan mijn werk de komende jaren gezond blijven doen.",
        "I can keep doing my work in good health for the coming years.")),
    ("meaning_1", "meaning", False, Words(
        "Mijn werk voelt zinvol.",
        "My work feels meaningful.")),
    ("meaning_2", "meaning", False, Words(
        "Ik weet waarom mijn werk ertoe doet voor anderen.",
        "I know why my work matters to others.")),
    ("meaning_3", "meaning", True, Words(
        "Ik doe mijn werk vooral omdat het moet.",
        "I mostly do my work because I have to.")),
    ("meaning_4", "meaning", False, Words(
        "Ik ben trots op wat ik in mijn werk doe.",
        "I am proud of what I do in my work.")),
    ("learning_1", "learning", False, Words(
        "Ik leer regelmatig iets nieuws in mijn werk.",
        "I regularly learn something new in my work.")),
    ("learning_2", "learning", False, Words(
        "Ik krijg kansen om mijn talenten verder te ontwikkelen.",
        "I get chances to develop my talents further.")),
    ("learning_3", "learning", True, Words(
        "Ik sta al een tijd stil in mijn ontwikkeling.",
        "I have been standing still in my development for a while.")),
    ("fit_1", "fit", False, Words(
        "Mijn taken passen bij wat ik goed kan.",
        "My tasks match what I am good at.")),
    ("fit_2", "fit", False, Words(
        "Mijn job past bij wat ik belangrijk vind.",
        "My job fits what I find important.")),
    ("fit_3", "fit", True, Words(
        "Ik voel me vaak op de verkeerde plek in mijn job.",
        "I often feel I am in the wrong place in my job.")),
    ("balance_1", "balance", False, Words(
        "Mijn werk en mijn privéleven zijn goed in evenwicht.",
        "My work and my private life are well balanced.")),
    ("balance_2", "balance", False, Words(
        "Ik kan mijn werktijden voldoende zelf regelen.",
        "I can arrange my working hours enough myself.")),
    ("balance_3", "balance", True, Words(
        "Mijn werk neemt te veel plaats in mijn leven in.",
        "My work takes up too much room in my life.")),
    ("balance_4", "balance", False, Words(
        "Na het werk kan ik mijn werk loslaten.",
        "After work I can let go of my work.")),
    ("future_1", "future", False, Words(
        "Mijn vaardigheden zijn over vijf jaar nog gevraagd.",
        "My skills will still be in demand in five years.")),
    ("future_2", "future", False, Words(
        "Ik weet welke vaardigheden ik nog wil ontwikkelen.",
        "I know which skills I still want to develop.")),
    ("future_3", "future", False, Words(
        "Als mijn job verdwijnt, vind ik binnen of buiten de organisatie ander werk.",
        "If my job disappeared, I would find other work inside or outside the "
        "organisation.")),
    ("support_1", "support", False, Words(
        "Mijn leidinggevende steunt mijn ontwikkeling.",
        "My manager supports my development.")),
    ("support_2", "support", False, Words(
        "De organisatie geeft me tijd en middelen om te leren.",
        "The organisation gives me time and resources to learn.")),
    ("support_3", "support", True, Words(
        "Met mijn loopbaanvragen kan ik nergens terecht in de organisatie.",
        "There is nowhere in the organisation I can take my career questions.")),
)  # fmt: skip


def _career_check(language: Language) -> QuestionnaireTemplate:
    return QuestionnaireTemplate(
        name=_CHECK_NAME(language),
        intro=_CHECK_INTRO(language),
        sections=[Section(key, title(language)) for key, title in _DIMENSIONS.items()],
        questions=[
            Question(
                key,
                text(language),
                QuestionKind.SCALE,
                dimension,
                low=1,
                high=5,
                low_label=_LOW(language),
                high_label=_HIGH(language),
                reversed=reversed_,
            )
            for key, dimension, reversed_, text in _ITEMS
        ],
    )


# ---- job crafting -----------------------------------------------------------------------

_CRAFTING_NAME = Words("Reflectie job crafting", "Job crafting reflection")
_CRAFTING_INTRO = Words(
    "Job crafting is je eigen job een beetje bijsturen: je taken, je contacten en hoe je "
    "naar je werk kijkt. Schrijf per onderdeel op hoe het nu is en wat je zou willen "
    "veranderen. Kleine stappen tellen ook, zoals een nieuwe collega op weg helpen.",
    "Job crafting means reshaping your own job a little: your tasks, your relationships and "
    "how you see your work. For each part, write down how it is now and what you would "
    "change. Small steps count too, such as helping a new colleague find their way.",
)
# key, title, now, what I would change
_CRAFTING: tuple[tuple[str, Words, Words, Words], ...] = (
    (
        "tasks",
        Words("Taken", "Tasks"),
        Words(
            "Nu: welke taken doe je? Welke geven je energie en welke kosten je energie?",
            "Now: which tasks do you do? Which give you energy and which drain it?",
        ),
        Words(
            "Wat ik zou veranderen: welke taken wil je meer, minder of anders doen?",
            "What I would change: which tasks would you do more, less or differently?",
        ),
    ),
    (
        "relationships",
        Words("Relaties", "Relationships"),
        Words(
            "Nu: met wie werk je samen? Van wie leer je, en wie steunt je?",
            "Now: who do you work with? Who do you learn from, and who supports you?",
        ),
        Words(
            "Wat ik zou veranderen: met wie wil je meer of anders samenwerken?",
            "What I would change: who would you work with more, or differently?",
        ),
    ),
    (
        "perception",
        Words("Hoe je naar je werk kijkt", "How you see your work"),
        Words(
            "Nu: hoe kijk je naar je werk? Wat betekent het voor jou?",
            "Now: how do you see your work? What does it mean to you?",
        ),
        Words(
            "Wat ik zou veranderen: hoe kun je anders naar je werk kijken, zodat het meer "
            "voor je betekent?",
            "What I would change: how could you see your work so that it means more to you?",
        ),
    ),
)


def _job_crafting(language: Language) -> QuestionnaireTemplate:
    return QuestionnaireTemplate(
        name=_CRAFTING_NAME(language),
        intro=_CRAFTING_INTRO(language),
        sections=[Section(key, title(language)) for key, title, _, _ in _CRAFTING],
        questions=[
            Question(f"{key}_{part}", text(language), QuestionKind.TEXT, key)
            for key, _, now, change in _CRAFTING
            for part, text in (("now", now), ("change", change))
        ],
    )
