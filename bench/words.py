"""The bench vocabulary and text generator: Dutch-ish words with a Zipf spread, and notes.

The vocabulary is a few hundred hand-picked Dutch words (function words, the coaching
trade, and accented forms such as carrière, financiële, ideeën) plus compounds built from
them, about 3,000 words in all. Word frequencies follow Zipf's law by rank, so some words
are in most notes and many appear only a few times in 100,000 notes - which is what
makes the search mix's "common" and "rare" queries mean something.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


def words_of(text: str) -> list[str]:
    """A word list written as a block of text (one edit per word, no quotes to balance)."""
    return text.split()


# Most frequent first: these are the function words every note is full of.
FUNCTION_WORDS = words_of(
    """
de het een en van in op te dat die is niet met voor zijn aan er om ook als maar bij of
uit nog wat naar dan door over al wel tot hij zij ze we wij je ik hem haar ons hun kan
kunnen moet moeten wil willen zou zullen wordt worden werd heeft hebben had was waren nu
meer veel geen zo hier daar waar hoe omdat zodat want toch echt even weer samen eigen
andere nieuwe goed graag vaak soms altijd nooit misschien eerst daarna later vandaag
volgende vorige week maand jaar deze dit mijn zich zelf heel erg wordt gaat komt
"""
)

# The trade: conversations about careers, plans, work and life. Accented forms included.
TRADE_WORDS = words_of(
    """
loopbaan carrière gesprek gesprekken ontwikkeling doel doelen ambitie ambities motivatie
energie werkdruk werkplek team teamleider leidinggevende manager collega collega's
afdeling organisatie functie rol taak taken verantwoordelijkheid vaardigheid vaardigheden
competentie competenties talent talenten kwaliteit kwaliteiten valkuil valkuilen
uitdaging uitdagingen kans kansen opleiding opleidingen cursus training studie diploma
certificaat ervaring ervaringen netwerk vacature vacatures sollicitatie cv interview
stage mobiliteit heroriëntatie oriëntatie reïntegratie balans privé stress ziekte
verzuim herstel gezondheid pensioen salaris budget financiële financieel middelen
ideeën idee toekomst verleden feedback waardering erkenning vertrouwen zelfvertrouwen
onzekerheid twijfel keuze keuzes richting stap stappen actie acties afspraak afspraken
evaluatie voortgang resultaat resultaten zorgen wensen wens behoefte behoeften
mogelijkheden mogelijkheid coördinator coördinatie cliënt cliënten patiënt patiënten
efficiënt efficiënte materiële potentiële essentiële officiële één café enquête
naïef naïeve coöperatie reëel reële categorieën creëren beëindigen geëvalueerd
geïnteresseerd geïnformeerd geïnspireerd geëngageerd beïnvloeden knieën België
bespreken besproken afspreken afgesproken werken gewerkt ontwikkelen ontwikkeld groeien
gegroeid leren geleerd verkennen verkend onderzoeken onderzocht solliciteren
gesolliciteerd reflecteren vertellen verteld aangeven aangegeven benoemen benoemd
ervaren voelen voelt denken denkt twijfelen twijfelt kiezen gekozen beslissen besloten
plannen gepland evalueren ondersteunen ondersteund begeleiden begeleid coachen oefenen
geoefend presenteren delegeren overleggen overlegd netwerken aanvragen aangevraagd
volgen gevolgd afronden afgerond starten gestart stoppen gestopt veranderen veranderd
overstappen doorgroeien opbouwen verbeteren verbeterd formuleren geformuleerd uitwerken
uitgewerkt voorbereiden voorbereid terugkijken vooruitkijken aangeboden gemist
sterk sterke zwak zwakke duidelijk duidelijke onduidelijk concreet concrete haalbaar
haalbare realistisch realistische tevreden ontevreden moe vermoeid enthousiast
gemotiveerd gedemotiveerd open eerlijk lastig moeilijk makkelijk belangrijk
belangrijke interessant nieuw oud jong ervaren senior junior intern interne extern
externe tijdelijk vast parttime fulltime thuis kantoor hybride digitaal digitale
leidinggeven coaching mentoring intervisie supervisie assessment portfolio pop
functioneringsgesprek beoordelingsgesprek ontwikkelgesprek exitgesprek jobcrafting
jobrotatie detachering uitwisseling safari loopbaanadvies loopbaancoach werkgever
werknemer medewerker medewerkers directeur directie bestuur ondernemingsraad hr
personeelszaken bedrijfsarts arbodienst vakbond cao contract uren rooster vakantie
verlof ouderschapsverlof mantelzorg kinderen partner gezin thuissituatie verhuizing
reistijd pendelen auto trein fiets gemeente provincie ministerie ziekenhuis school
universiteit hogeschool mbo hbo wo bachelor master promotie bevordering schaal trede
toelage bonus loon inkomen hypotheek schulden spaargeld financiën administratie
planning agenda deadline project projecten opdracht opdrachten klant klanten dienst
diensten product producten proces processen systeem systemen software data analyse
rapportage verslag notulen vergadering overleg presentatie workshop congres seminar
lezing boek artikel podcast webinar leergang masterclass traineeship leerwerkplek
mentor mentee coach coachee gesprekspartner vertrouwenspersoon sparringpartner
"""
)

# Pieces of Dutch compounds: first parts and last parts. "loopbaan" + "pad" -> "loopbaanpad".
COMPOUND_HEADS = words_of(
    """
loopbaan werk team project ontwikkel gesprek opleiding carrière talent functie taak rol
leer doel actie plan netwerk sollicitatie vakantie tijd energie stress zorg klant
kwaliteit veiligheid vergader beleid budget salaris contract beoordeling functionering
coaching training cursus kennis ervarings zelf toekomst afdeling bedrijfs organisatie
leiding personeels mobiliteit thuis kantoor reis overleg rapport advies onderzoeks
innovatie financiële ideeën communicatie samenwerkings verander groei vak praktijk
"""
)

COMPOUND_TAILS = words_of(
    """
gesprek plan doel traject moment vraag punt kader ronde week dag uur niveau ervaring
keuze wens kans druk plek tijd groep lijst overzicht verslag afspraak beleid
ontwikkeling budget coach leider rol profiel pad stap richting vorm aanpak cultuur
klimaat zaken vaardigheid kennis wereld markt omgeving proces structuur verhaal
"""
)

ACCENT_SAMPLES = (
    "carrière",
    "financiële",
    "ideeën",
    "coördinator",
    "heroriëntatie",
    "reïntegratie",
    "cliënten",
    "efficiënt",
    "geïnteresseerd",
    "creëren",
    "beëindigen",
    "privé",
    "categorieën",
    "potentiële",
    "enquête",
)
"""Accented words the search mix looks up both as typed and with the accents dropped."""


def strip_accents(word: str) -> str:
    """``carrière`` -> ``carriere``: what a coach types when not bothering with accents."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _stutters(word: str) -> bool:
    """Stutter compounds such as ``tijdtijd`` are left out."""
    half = len(word) // 2
    return len(word) % 2 == 0 and word[:half] == word[half:]


def _compound(head: str, tail: str) -> str:
    return head + ("s" if head.endswith(("ing", "teit", "heid")) else "") + tail


def build_vocabulary(seed: int, size: int = 3000) -> list[str]:
    """``size`` distinct words, most frequent first (function words, trade words, compounds).

    Compounds are shuffled in among the less frequent trade words, so the rare end of the
    vocabulary holds both plain words and compounds.
    """
    rng = random.Random(seed)
    seen: set[str] = set()
    ordered: list[str] = []
    for word in FUNCTION_WORDS:
        if word not in seen:
            seen.add(word)
            ordered.append(word)
    trade = [w for w in dict.fromkeys(TRADE_WORDS) if w not in seen]
    seen.update(trade)
    compounds = [
        word
        for word in (_compound(h, t) for h, t in itertools.product(COMPOUND_HEADS, COMPOUND_TAILS))
        if word not in seen and not _stutters(word)
    ]
    compounds = list(dict.fromkeys(compounds))
    rng.shuffle(compounds)
    # The first 150 trade words keep their place near the top; the others (accented ones
    # included, all of them kept) mix with as many compounds as the size leaves room for.
    ordered.extend(trade[:150])
    rest = trade[150:]
    rest += compounds[: max(0, size - len(ordered) - len(rest))]
    rng.shuffle(rest)
    ordered.extend(rest)
    return ordered[:size]


@dataclass
class TextGenerator:
    """Notes made of sentences of Zipf-weighted words, between a minimum and maximum length."""

    words: Sequence[str]
    rng: random.Random
    exponent: float = 1.0

    def __post_init__(self) -> None:
        weights = [1.0 / (rank + 2.7) ** self.exponent for rank in range(len(self.words))]
        self._cum = list(itertools.accumulate(weights))

    def sentence(self) -> str:
        picked = self.rng.choices(self.words, cum_weights=self._cum, k=self.rng.randint(5, 16))
        if len(picked) > 8 and self.rng.random() < 0.3:
            picked[self.rng.randint(3, len(picked) - 3)] += ","
        text = " ".join(picked)
        return text[0].upper() + text[1:] + ("?" if self.rng.random() < 0.05 else ".")

    def note(self, min_chars: int, max_chars: int) -> str:
        """A paragraph of whole sentences, ``min_chars`` to ``max_chars`` long."""
        target = self.rng.randint(min_chars, max_chars)
        parts: list[str] = []
        length = -1
        while length < target:
            sentence = self.sentence()
            if length + 1 + len(sentence) > max_chars:
                if length >= min_chars:
                    break
                sentence = sentence[: max_chars - length - 2].rstrip(" ,") + "."
            parts.append(sentence)
            length += 1 + len(sentence)
        return " ".join(parts)

    def line(self) -> str:
        """One short sentence (an agreement, a goal)."""
        return self.sentence()
