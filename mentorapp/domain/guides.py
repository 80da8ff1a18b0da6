"""The conversation guides the app ships, one per kind of session, in Dutch and English.

The steps follow the career conversations described in the seeds: restate the frame and
the aims, an ice-breaker, the employee's preparation, talents and ambitions, the
organisation's possibilities, agreements and the next step - and a conversation is not a
promise. The coach edits their own copy; this is what a vault starts from.
"""

from __future__ import annotations

from mentorapp.domain.builtin_questionnaires import Words
from mentorapp.domain.enums import Language, SessionKind
from mentorapp.domain.model import ConversationGuide, GuideStep

_NOT_A_PROMISE = Words(
    "Een gesprek is geen belofte: wat niet haalbaar is, zeg je eerlijk, en je spreekt af "
    "wanneer jullie er opnieuw naar kijken.",
    "A conversation is not a promise: say honestly what is not feasible, and agree when "
    "you will look at it again.",
)

_STEPS: dict[SessionKind, tuple[tuple[Words, Words], ...]] = {
    SessionKind.INTAKE: (
        (
            Words("Kennismaking", "Getting to know each other"),
            Words(
                "Wie ben je, wat doe je nu, en wat bracht je hier?",
                "Who are you, what do you do now, and what brought you here?",
            ),
        ),
        (
            Words("Kader en vertrouwelijkheid", "Frame and confidentiality"),
            Words(
                "Wat blijft tussen ons, wat komt in een plan dat je zelf deelt, en hoe lang "
                "bewaar ik je gegevens? Vraag toestemming.",
                "What stays between us, what goes into a plan you share yourself, and how "
                "long are your records kept? Ask for consent.",
            ),
        ),
        (
            Words("Vraag en verwachtingen", "Question and expectations"),
            Words(
                "Waarmee wil je aan de slag? Wat verwacht je van mij, en ik van jou?",
                "What do you want to work on? What do you expect of me, and I of you?",
            ),
        ),
        (
            Words("Waar je nu staat", "Where you stand now"),
            Words(
                "Je job, je energie, wat goed gaat en wat knelt.",
                "Your job, your energy, what goes well and what chafes.",
            ),
        ),
        (
            Words("Afspraken en volgende stap", "Agreements and next step"),
            Words(
                "De voorbereiding voor het loopbaangesprek, de loopbaancheck, de volgende "
                "afspraak.",
                "The preparation for the career conversation, the career check, the next "
                "appointment.",
            ),
        ),
    ),
    SessionKind.CAREER_CONVERSATION: (
        (
            Words("Kader en doel", "Frame and aims"),
            Words(
                "Herhaal waarom jullie praten en wat het gesprek moet opleveren. Het gaat "
                "over de toekomst en over ontwikkeling, niet over een beoordeling.",
                "Restate why you are talking and what the conversation should bring. It is "
                "about the future and development, not an appraisal.",
            ),
        ),
        (
            Words("IJsbreker", "Ice-breaker"),
            Words(
                "Begin licht: wat ging de voorbije weken goed?",
                "Start lightly: what went well in the past weeks?",
            ),
        ),
        (
            Words("De voorbereiding", "The preparation"),
            Words(
                "Overloop samen de voorbereiding: energiegevers en energievreters, waarden.",
                "Go through the preparation together: energy givers and drainers, values.",
            ),
        ),
        (
            Words("Talenten en ambities", "Talents and ambitions"),
            Words(
                "Waar ben je goed in, waar wil je naartoe? Groeien kan ook in de breedte.",
                "What are you good at, where do you want to go? Growing can be sideways too.",
            ),
        ),
        (
            Words("Mogelijkheden in de organisatie", "The organisation's possibilities"),
            Words(
                "Leg de wensen naast wat er kan: een andere rol, een loopbaansafari, job "
                "crafting, een opleiding, een project met een andere afdeling.",
                "Match the wishes with what is possible: another role, a career safari, job "
                "crafting, training, a project with another department.",
            ),
        ),
        (
            Words("Afspraken en volgende stap", "Agreements and next step"),
            Words(
                "Wat spreken jullie af, wie doet wat, tegen wanneer?",
                "What do you agree, who does what, by when?",
            ),
        ),
        (Words("Geen belofte", "Not a promise"), _NOT_A_PROMISE),
    ),
    SessionKind.FOLLOW_UP: (
        (
            Words("Terugblik op de afspraken", "The agreements, looking back"),
            Words(
                "Wat is gelukt, wat niet, en waarom?",
                "What worked out, what did not, and why?",
            ),
        ),
        (
            Words("Wat er veranderd is", "What has changed"),
            Words(
                "In je werk, je energie, je plannen.",
                "In your work, your energy, your plans.",
            ),
        ),
        (
            Words("Obstakels", "Obstacles"),
            Words(
                "Wat staat in de weg: tijd, geld, persoonlijke grenzen, de organisatie?",
                "What is in the way: time, money, personal limits, the organisation?",
            ),
        ),
        (
            Words("Afspraken en volgende stap", "Agreements and next step"),
            Words(
                "Wat spreken jullie af, wie doet wat, tegen wanneer?",
                "What do you agree, who does what, by when?",
            ),
        ),
    ),
    SessionKind.SAFARI_DEBRIEF: (
        (
            Words("Wat je zag en deed", "What you saw and did"),
            Words(
                "Hoe zag een dag eruit op de andere afdeling?",
                "What did a day look like in the other department?",
            ),
        ),
        (
            Words("Energie", "Energy"),
            Words(
                "Wat gaf je energie, wat kostte energie?",
                "What gave you energy, what drained it?",
            ),
        ),
        (
            Words("Wat je leerde over jezelf", "What you learned about yourself"),
            Words(
                "Welke talenten kon je inzetten? Wat zou je nog moeten leren?",
                "Which talents could you use? What would you still need to learn?",
            ),
        ),
        (
            Words("Wat dit betekent voor je plan", "What it means for your plan"),
            Words(
                "Een overstap, iets meenemen naar je huidige job, of een andere richting?",
                "A move, something to take back to your current job, or another direction?",
            ),
        ),
        (
            Words("Volgende stap", "Next step"),
            Words(
                "Wat spreken jullie af, wie doet wat, tegen wanneer?",
                "What do you agree, who does what, by when?",
            ),
        ),
    ),
    SessionKind.CLOSING: (
        (
            Words("Terugblik op het traject", "The trajectory, looking back"),
            Words(
                "Waar stond je bij het begin, waar sta je nu?",
                "Where did you stand at the start, where do you stand now?",
            ),
        ),
        (
            Words("Wat je bereikt hebt", "What you achieved"),
            Words(
                "Welke doelen zijn gehaald? Wat heb je over jezelf geleerd?",
                "Which goals were reached? What did you learn about yourself?",
            ),
        ),
        (
            Words("Hoe je verder gaat", "How you go on"),
            Words(
                "Wie steunt je nu verder? Wanneer kijk je zelf opnieuw naar je loopbaan?",
                "Who supports you from here? When will you look at your career again?",
            ),
        ),
        (
            Words("Afronding", "Closing"),
            Words(
                "Wat gebeurt er met je gegevens, en tot wanneer worden ze bewaard?",
                "What happens to your records, and until when are they kept?",
            ),
        ),
    ),
}


def default_guide(kind: SessionKind, language: Language) -> ConversationGuide:
    """The guide the app ships for ``kind`` in ``language`` (a fresh copy each call)."""
    return ConversationGuide(
        kind,
        language,
        [GuideStep(heading(language), prompt(language)) for heading, prompt in _STEPS[kind]],
    )
