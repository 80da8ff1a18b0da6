"""Demo vault content: about 25 realistic Dutch sample mentees with their whole trajectory.

Built from the domain dataclasses only (no store, no GUI), deterministically from a fixed
seed, with every date relative to ``today`` so a demo vault always looks current: recent
sessions, next sessions in the coming days, overdue actions, plan reviews due soon and a
couple of closed files past their retention date. All people and organisations are
fictional. Ids stay ``None`` and every ``mentee_id`` is the placeholder ``MenteeId(0)``;
whoever stores a ``DemoMentee`` fills in the real id.

The Dutch texts live in compact content blocks: one entry per line, ``key value``, fields
separated by `` | ``, indented lines continue the previous entry. Texts may use the
placeholders {name}, {org}, {role}, {dept} and {host}.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    Language,
    MenteeStatus,
    MoveKind,
    ObstacleKind,
    PlanStatus,
    SafariStatus,
    SessionKind,
    SessionMode,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    Mentee,
    Move,
    Obstacle,
    SkillEntry,
)

SEED = 20261124
PLACEHOLDER_ID = MenteeId(0)


@dataclass
class DemoMentee:
    """One sample mentee with everything recorded about the trajectory (ids not yet set)."""

    mentee: Mentee
    sessions: list[CoachingSession]
    plan: DevelopmentPlan | None
    safaris: list[CareerSafari]
    skills: list[SkillEntry]
    moves: list[Move]


# --- content blocks ------------------------------------------------------------------------


def _entries(block: str) -> list[tuple[str, list[str]]]:
    """The ``key field | field`` entries of a block; indented lines continue an entry."""
    lines: list[tuple[str, str]] = []
    for line in block.splitlines():
        if line.startswith(" ") and lines:
            key, value = lines[-1]
            lines[-1] = (key, f"{value} {line.strip()}")
        elif line.strip():
            key, _, value = line.partition(" ")
            lines.append((key, value))
    return [(key, [part.strip() for part in value.split("|")]) for key, value in lines]


def _pools(block: str) -> dict[str, tuple[str, ...]]:
    pools: dict[str, list[str]] = {}
    for key, fields in _entries(block):
        pools.setdefault(key, []).append(" | ".join(fields))
    return {key: tuple(texts) for key, texts in pools.items()}


@dataclass(frozen=True)
class _ActionSpec:
    """An action template; an empty ``measure`` marks a deliberately vague (non-SMART) one."""

    owner: ActionOwner
    description: str
    measure: str
    resources: str


@dataclass
class _GoalSpec:
    kind: GoalKind
    description: str
    actions: list[_ActionSpec] = field(default_factory=list)


@dataclass
class _Theme:
    """One kind of career question: its sentence pools and plan building blocks."""

    texts: dict[str, tuple[str, ...]]
    goals: list[_GoalSpec] = field(default_factory=list)
    obstacles: list[tuple[ObstacleKind, str, str]] = field(default_factory=list)
    activities: list[tuple[ActivityKind, str, str, float, int]] = field(default_factory=list)
    skills: list[tuple[str, int, str]] = field(default_factory=list)
    moves: list[tuple[MoveKind, str, str]] = field(default_factory=list)
    not_now: tuple[str, str] = ("", "")

    @property
    def tag(self) -> str:
        return self.texts["tag"][0]

    @property
    def energy(self) -> tuple[int, int]:
        low, high = self.texts["energy"][0].split()
        return int(low), int(high)


def _theme(block: str) -> _Theme:
    theme = _Theme(_pools(block))
    for key, f in _entries(block):
        f += [""] * 4
        if key == "goal":
            theme.goals.append(_GoalSpec(GoalKind(f[0]), f[1]))
        elif key == "action":
            theme.goals[-1].actions.append(_ActionSpec(ActionOwner(f[0]), f[1], f[2], f[3]))
        elif key == "obstacle":
            theme.obstacles.append((ObstacleKind(f[0]), f[1], f[2]))
        elif key == "activity":
            theme.activities.append((ActivityKind(f[0]), f[1], f[2], float(f[3]), int(f[4])))
        elif key == "skill":
            theme.skills.append((f[0], int(f[1]), f[2]))
        elif key == "move":
            theme.moves.append((MoveKind(f[0]), f[1], f[2]))
        elif key == "notnow":
            theme.not_now = (f[0], f[1])
    return theme


_GROWTH = _theme("""
tag doorgroei
energy 5 9
trajectory Onderzoeken of een coördinerende rol binnen {org} haalbaar en wenselijk is, en wat
    daarvoor nog nodig is.
background Werkt al vele jaren bij {org}. Kreeg enkele jaren geleden een interne promotie niet en
    draagt dat nog mee.
background Combineert het werk met de zorg voor jonge kinderen; wil groeien zonder extra uren.
    Financiële druk thuis speelt mee.
private {name} zegt dat de vorige sollicitatie als coördinator nog altijd steekt; er klinkt wat
    bitterheid in door.
private Spanning met de leidinggevende: {name} voelt zich niet gezien en twijfelt of de doorgroei
    echt gesteund wordt.
private De ambitie is duidelijk, maar ik hoor ook faalangst: 'wat als ik het niet kan?' Kwam twee
    keer terug.
private Energievreter: vergaderingen waarin beslissingen telkens worden uitgesteld. Energiegever:
    nieuwe collega's inwerken.
private {name} onderschat de eigen impact; collega's komen nu al spontaan met vragen. Ziet de
    eigen carrière nog te veel als een ladder met één sport.
private Vraag voor mezelf: gaat het om de rol of om erkenning? Volgende keer voorzichtig aankaarten.
private {name} liet vallen dat een andere werkgever al eens polste. Lijkt eerder een drukmiddel dan
    een reëel plan.
shared We brachten je talenten in kaart: overzicht houden, mensen verbinden en rustig blijven onder
    druk.
shared Je wil doorgroeien naar een coördinerende rol. We bespraken welke ervaring je al hebt en wat
    nog ontbreekt.
shared We keken naar reële opties binnen {org} en spraken af eerst te proeven van leidinggeven via
    een project.
shared Feedback van collega's helpt je om je sterktes scherper te zien. We bespraken hoe je die
    feedback verder gebruikt.
shared We bespraken hoe je je ambitie bespreekbaar maakt bij je leidinggevende, zonder dat het als
    een eis overkomt.
agreement {name} vraagt feedback aan drie collega's over de eigen manier van leidinggeven.
agreement {name} bespreekt met de leidinggevende de mogelijkheid om een werkgroep te trekken.
agreement De mentor bezorgt een overzicht van de interne opleidingen rond leidinggeven.
title Op weg naar een coördinerende rol
situation {name} werkt als {role} ({dept}, {org}) en wordt door collega's vaak aangesproken voor
    overleg en afstemming. Een formele rol daarvoor is er nog niet.
direction Binnen anderhalf tot twee jaar een rol als coördinator opnemen, met behoud van voeling
    met het vak.
goal professional | Ervaring opdoen met het aansturen van een team
action employee | Een werkgroep binnen het eigen team trekken en minstens drie overlegmomenten
    voorzitten | Drie overlegmomenten voorgezeten, telkens met een korte terugblik
    | Twee uur per week binnen de werkuren
action organisation | De interne opleiding 'Eerste stappen in leidinggeven' volgen
    | Opleiding afgerond en certificaat behaald | Opleidingsbudget van de dienst
action employee | Meer leiding nemen in het team
goal personal | Beter leren delegeren en grenzen bewaken
action employee | Elke week één taak bewust doorgeven aan een collega en noteren wat dat oplevert
    | Logboek met minstens tien gedelegeerde taken | Leerlogboek
action mentor | Met de mentor de eigen valkuilen bij overbelasting uitwerken
    | Persoonlijk actieplan van één pagina | Twee coachingsgesprekken
goal professional | Zichtbaar worden als kandidaat voor een coördinerende functie
action employee | De ambitie en het eigen loopbaanverhaal toelichten in het functioneringsgesprek
    | Ambitie staat in het verslag van het gesprek
action manager | Een gesprek regelen met het diensthoofd over toekomstige vacatures
    | Gesprek heeft plaatsgevonden
notnow Doorgroeien naar diensthoofd | Een functie als diensthoofd komt de komende anderhalf jaar
    niet vrij. We bekijken dit opnieuw na de volgende reorganisatie; ondertussen bouw je
    ervaring op als coördinator.
move vertical | Doorgroei naar coördinator binnen de eigen dienst | coördinator
move diagonal | Coördinerende rol in een verwante dienst | teamcoördinator
plan_private De ambitie is echt, maar het tempo ligt hoog. Opletten dat een nieuwe afwijzing
    niet te hard aankomt.
plan_private Vermoed dat de leidinggevende de doorgroei niet actief steunt; de acties zo veel
    mogelijk bij {name} zelf leggen.
""")

_REORIENT = _theme("""
tag heroriëntatie
energy 3 7
trajectory Helder krijgen welke richting {name} uit wil: blijven, bijsturen of een andere loopbaan
    kiezen.
background Is na een ingrijpende gebeurtenis in de familie anders naar het werk gaan kijken.
background Koos destijds voor deze opleiding omdat de ouders dat wilden; de job voelt al lang niet
    meer als een eigen keuze.
private {name} denkt aan vertrekken, maar weet niet waarheen. Voorlopig vooral het gevoel 'dit kan
    het niet zijn'.
private De zondagavond wordt steeds zwaarder. Geen signalen van burn-out, wel van
    zingevingsvragen. Blijven opvolgen.
private {name} is geïnteresseerd in opleiden en onderwijs, maar schrikt van het idee om opnieuw te
    beginnen.
private Veel 'moeten' in het taalgebruik. Autonomie en betekenis komen in de huidige job
    onvoldoende aan bod.
private Spanning met de leidinggevende over thuiswerk; {name} voelt zich gecontroleerd. Niet de
    kern van de vraag, wel een versterker.
private De partner steunt een switch, de ouders minder. Merk dat die stem zwaar doorweegt.
private {name} kwam met drie vacatures van buiten {org}. Samen gekeken wat ze gemeen hebben: meer
    contact met mensen.
shared We bespraken je waarden en wat je mist in je huidige job. Betekenis en autonomie komen
    duidelijk naar voren.
shared Je bent nieuwsgierig naar andere richtingen. We maakten een lijst van ideeën om die te
    verkennen zonder meteen iets te beslissen.
shared We legden je energiegevers naast je huidige takenpakket. Je ziet nu scherper welke
    categorieën van taken je energie geven.
shared Je wil eerst verkennen en dan pas kiezen. We spraken af dat je praat met mensen die een
    andere weg insloegen.
shared We keken naar je loopbaanverhaal tot nu toe: de rode draad is dat je graag mensen op weg
    helpt.
agreement {name} voert twee verkennende gesprekken met mensen uit een ander vakgebied.
agreement {name} lijst tien jobs op die aantrekken, zonder te oordelen, en duidt aan wat ze gemeen
    hebben.
agreement {name} herneemt de waardenoefening en kiest de vijf belangrijkste waarden.
title Heroriëntatie: kiezen met kennis van zaken
situation {name} werkt als {role} ({dept}, {org}). Het werk loopt goed, maar voelt al geruime tijd
    niet meer passend; de vraag is welke richting wel past.
direction Binnen een half jaar een onderbouwde keuze maken: een nieuwe rol binnen {org}, een
    bijgestuurde huidige job of een andere richting.
goal personal | Scherp krijgen welke taken en waarden het werk zinvol maken
action employee | De vragenlijst over talenten en waarden invullen en bespreken
    | Ingevulde vragenlijst besproken in een sessie | Vragenlijst van de mentor
action employee | Een maand lang wekelijks energiegevers en energievreters noteren
    | Vier weekoverzichten | Werkboek
action employee | Nadenken over wat echt belangrijk is
goal professional | Minstens twee andere richtingen concreet verkennen
action employee | Drie verkennende gesprekken voeren met mensen in een andere functie
    | Drie gesprekken gevoerd, telkens met een kort verslag | Contacten via HR en de mentor
action organisation | Een career safari van enkele dagen regelen in een dienst die aanspreekt
    | Safari gepland en uitgevoerd | Akkoord van de leidinggevende, drie werkdagen
goal professional | Een onderbouwde keuze maken over de volgende stap
action employee | De opties vergelijken op waarden, haalbaarheid en financiële gevolgen
    | Keuzeoverzicht van één pagina
action manager | De gekozen richting bespreken met de leidinggevende
    | Gesprek gevoerd en afspraken genoteerd
notnow Een volledige omscholing via een voltijdse opleiding | Een voltijdse opleiding is
    financieel nu niet haalbaar. We bekijken dit opnieuw wanneer de gezinssituatie het toelaat;
    tot dan verken je de richting via kortere opleidingen en een safari.
move diagonal | Overstap naar een rol met meer mensencontact in een andere dienst
    | opleidingsmedewerker
move none_yet | Nog geen keuze; eerst verder verkennen |
plan_private Onder de heroriëntatievraag zit mogelijk ook rouw. Ruimte laten, zonder therapeut
    te spelen.
plan_private {name} twijfelt sterk aan zichzelf. De eerste acties klein houden zodat er snel
    succeservaringen zijn.
""")

_CRAFTING = _theme("""
tag job crafting
energy 4 8
trajectory De huidige job zo bijsturen dat er meer ruimte komt voor wat energie geeft.
background Heeft een sterke band met het team en wil absoluut niet weg; zoekt vooral ademruimte.
background Is de voorbije jaren in een rol gegroeid die nooit echt gekozen werd; veel taken zijn
    er gewoon bijgekomen.
private {name} wil niet weg uit het team, maar het takenpakket is uitgedijd tot iets wat niemand
    nog overziet.
private Administratie is de grote energievreter; {name} schat dat ze de helft van de tijd opslokt.
private Als {name} vertelt over het inwerken van nieuwe collega's, verandert de lichaamstaal
    meteen. Daar zit iets.
private Schuldgevoel om taken af te stoten: 'dan komt het bij de collega's terecht'. Dit
    voorzichtig blijven benoemen.
private De leidinggevende staat open voor aanpassingen, zegt {name}, maar vraagt dat het team er
    weinig van merkt.
private {name} relativeert veel met humor. Vermoed dat de vermoeidheid groter is dan toegegeven.
private Sterk moment: {name} verwoordde zelf de eerste concrete aanpassing, zonder dat ik hoefde
    te sturen.
shared We deelden je taken op in categorieën: wat geeft energie, wat kost energie en wat is
    neutraal.
shared Je wil graag meer betekenen voor nieuwe collega's. We bespraken een rol als peter of meter
    in het team.
shared We bekeken welke taken je kan afstemmen, ruilen of anders aanpakken, met zo weinig mogelijk
    impact op het team.
shared Job crafting gaat niet alleen over taken, maar ook over relaties en over hoe je naar je
    werk kijkt. We stonden stil bij de mensen die je energie geven.
shared Kleine aanpassingen maken al een verschil. We kozen één taak die je de komende maand anders
    aanpakt.
agreement {name} bespreekt het voorstel voor een rol als peter of meter met de leidinggevende.
agreement {name} houdt een week lang bij hoeveel tijd naar administratie gaat.
agreement {name} werkt met twee collega's een voorstel uit om taken te ruilen.
title Job crafting: meer ruimte voor wat energie geeft
situation {name} werkt graag als {role} ({dept}, {org}), maar het takenpakket is de voorbije jaren
    gegroeid en de energiebalans is zoek.
direction In de huidige functie blijven, met een takenpakket waarin de energiegevers opnieuw de
    overhand hebben.
goal professional | Het takenpakket herschikken zodat de energiegevers de overhand krijgen
action employee | Alle taken in kaart brengen en per categorie de tijdsbesteding schatten
    | Overzicht met de tijdsbesteding per categorie | Sjabloon job crafting
action manager | Met de leidinggevende twee administratieve taken herverdelen of vereenvoudigen
    | Twee taken aantoonbaar overgedragen of vereenvoudigd | Teamoverleg
action employee | Minder doen van wat energie kost
goal professional | Nieuwe collega's begeleiden als peter of meter
action employee | De rol van peter of meter uitschrijven samen met het onthaalteam
    | Goedgekeurde rolbeschrijving van één pagina | Onthaalbrochure
action employee | Minstens twee nieuwe collega's begeleiden in hun eerste drie maanden
    | Twee trajecten afgerond, elk met een korte evaluatie | Een uur per week
goal personal | Een gezond evenwicht bewaren tussen werk en thuis
action employee | Vaste werkuren afspreken en meldingen na 18 uur uitzetten
    | Vier weken na elkaar volgehouden
action employee | Elke maand één energiegever bewust inplannen | Zes geplande momenten
notnow Een vierdagenweek met behoud van het volledige takenpakket | Een vierdagenweek past nu
    niet in de bezetting van de dienst. We bekijken het opnieuw bij de evaluatie van de nieuwe
    teamplanning; ondertussen werken we aan een lichter takenpakket.
move job_crafting | Herschikking van taken binnen de eigen functie, met een rol als peter of
    meter | {role} met onthaalrol
plan_private Het risico is dat {name} de aanpassing vooral voor het team doet. Blijven vragen:
    wat wil jij?
plan_private De vermoeidheid is mogelijk groter dan gezegd. Bij de review ook naar slaap en
    herstel vragen.
""")

_SIDEWAYS = _theme("""
tag groei in de breedte
energy 5 8
trajectory Groeien in de breedte: een andere rol binnen {org} vinden die beter aansluit bij de
    eigen talenten en interesses.
background Heeft nooit leidinggevende willen worden en voelde zich daardoor lang 'niet ambitieus
    genoeg'.
background Kwam via een tijdelijk contract binnen en bleef; heeft nooit bewust voor deze dienst
    gekozen.
private {name} zoekt uitdrukkelijk geen promotie, 'gewoon iets anders'. Opgelucht toen ik zei dat
    ook dat groei is.
private Twijfelt of de leidinggevende een overstap als verraad zal zien. Loyaliteit is een sterke
    waarde.
private {name} is geïnteresseerd in communicatie, maar heeft een wat geromantiseerd beeld van die
    job. Een safari kan helpen.
private De energie zakt merkbaar zodra het over de huidige routinetaken gaat.
private Zag een interne vacature, maar durft niet te solliciteren omdat niet aan alle vereisten
    voldaan is. Besproken dat leerbaarheid telt.
private {name} vertelt dat een collega na een overstap helemaal openbloeide. Dat verhaal is een
    drijfveer.
private Merk frustratie over de trage interne procedures bij {org}. Realistisch blijven over de
    timing.
shared We bespraken dat groei in je carrière niet altijd promotie betekent. Een stap opzij kan
    je veel nieuwe ervaring geven.
shared Je hebt interesse in een andere dienst. We bekeken welke vaardigheden je meeneemt en welke
    je nog kan ontwikkelen.
shared We spraken over interne vacatures: talent en leerbaarheid wegen vaak zwaarder dan elk
    vinkje in het profiel.
shared Een career safari is een goede manier om een andere job van dichtbij te leren kennen,
    zonder verplichting.
shared We maakten een overzicht van je overdraagbare vaardigheden, los van je functietitel.
agreement {name} vraagt via HR een career safari aan in de dienst die aanspreekt.
agreement {name} herwerkt het cv, met de vaardigheden voorop in plaats van de functietitels.
agreement {name} zoekt de interne vacatures van de voorbije maanden op en duidt er drie aan.
title Groeien in de breedte
situation {name} werkt al geruime tijd als {role} ({dept}, {org}) en beheerst de job goed. De
    uitdaging is weg; doorgroeien naar boven spreekt niet aan.
direction Binnen een jaar een laterale stap zetten naar een rol met nieuwe inhoud, binnen {org}.
goal professional | Een andere dienst van binnenuit leren kennen
action employee | Een career safari van vijf dagen doen in een dienst die aanspreekt
    | Safari uitgevoerd en nabesproken | Vijf werkdagen, akkoord van beide leidinggevenden
action organisation | Een gastdienst en een aanspreekpersoon voor de safari zoeken
    | Gastdienst en data vastgelegd | HR-dienst
action employee | Meer te weten komen over andere jobs
goal professional | Zichtbaar maken welke vaardigheden meegaan naar een nieuwe rol
action employee | Een vaardighedenprofiel opstellen, los van de huidige functietitel
    | Profiel met minstens acht vaardigheden, elk met een voorbeeld | Oefening van de mentor
action employee | Het cv herschrijven vanuit vaardigheden | Nieuw cv nagelezen door de mentor
goal personal | Het vertrouwen opbouwen om op een interne vacature te solliciteren
action employee | Op minstens één interne vacature solliciteren | Sollicitatie ingediend
action mentor | Een sollicitatiegesprek oefenen met de mentor | Oefengesprek gevoerd, met
    feedback | Eén sessie
notnow Een overstap naar de juridische dienst | Voor de juridische dienst is een diploma rechten
    vereist en er zijn nu geen vacatures. We bekijken dit opnieuw als je de avondopleiding hebt
    afgerond; ondertussen verken je verwante rollen.
move lateral | Overstap naar een gelijkwaardige functie in een andere dienst
    | medewerker communicatie
move diagonal | Overstap naar een rol met projectwerk in een andere dienst | projectmedewerker
plan_private {name} wacht graag tot alles perfect is. Aanmoedigen om te solliciteren, ook als niet
    elk vinkje klopt.
plan_private De leidinggevende is mogelijk niet blij met een vertrek uit de dienst. Dat is niet
    het probleem van {name}, wel iets om op te volgen.
""")

_SUSTAIN = _theme("""
tag duurzame inzetbaarheid
energy 2 6
trajectory Werkbaar werk: onderzoeken hoe {name} gezond en met goesting kan blijven werken tot het
    pensioen.
background Was vorig jaar vier maanden afwezig door overbelasting. Gradueel hernomen; de
    arbeidsarts is op de hoogte.
background Mantelzorger voor een ouder met dementie; de combinatie met ploegwerk weegt zwaar.
private {name} is bang om opnieuw uit te vallen en zegt daarom 'ja' tegen alles. Patroon herkend
    en benoemd.
private De fysieke klachten nemen toe (rug, schouders). {name} wil absoluut niet dat de
    leidinggevende dat weet. Respecteren.
private Goede dag: {name} vertelde dat de nieuwe uurregeling veel rust geeft.
private De mantelzorg thuis is zwaarder dan vorige keer. Verwezen naar het aanbod van de sociale
    dienst, zonder aan te dringen.
private Loopbaancheck opnieuw ingevuld: de score op werkplezier is licht gestegen, die op
    belasting blijft hoog.
private {name} twijfelt of het nog tien jaar lukt in deze job. Geen vertrekwens, wel nood aan
    perspectief voor de rest van de carrière.
private De spanning met de leidinggevende neemt af sinds de re-integratieafspraken op papier
    staan.
shared We bespraken je loopbaancheck: wat je werk aantrekkelijk houdt en waar het knelt.
shared We keken naar de balans tussen belasting en herstel. Vaste pauzes en minder avondwerk
    helpen je.
shared Je wil graag blijven werken bij {org}, maar op een manier die je langer volhoudt. We
    verkenden welke taken daarbij passen.
shared We bespraken hoe je je grenzen duidelijk aangeeft bij collega's en je leidinggevende.
shared Je maakte een overzicht van wat je werk de komende jaren werkbaar houdt. Dat neem je mee
    naar je gesprek met HR.
agreement {name} bespreekt een aangepaste planning met de leidinggevende.
agreement {name} vult over drie maanden opnieuw de loopbaancheck in.
agreement {name} plant elke werkdag een korte pauze zonder scherm.
title Werkbaar werk, ook op lange termijn
situation {name} werkt als {role} ({dept}, {org}) en hernam onlangs na een periode van
    afwezigheid. De job is waardevol, maar de belasting is hoog.
situation {name} werkt als {role} ({dept}, {org}). Het werk is zwaar en de vraag is hoe het de
    komende jaren werkbaar blijft.
direction Met een aangepast takenpakket gezond blijven werken, en binnen twee jaar een minder
    belastende rol opnemen als dat nodig blijkt.
goal personal | Een werkritme vinden dat vol te houden is
action manager | Een aangepaste uurregeling afspreken en drie maanden uitproberen
    | Regeling drie maanden toegepast en geëvalueerd | Akkoord van de leidinggevende
action employee | De loopbaancheck opnieuw invullen en de resultaten vergelijken
    | Twee metingen vergeleken in een sessie | Loopbaancheck
action employee | Beter voor zichzelf zorgen
goal professional | Verkennen welke minder belastende rollen binnen {org} passen
action organisation | Met HR een lijst opstellen van functies met een lagere belasting
    | Lijst met minstens vijf functies | HR-dienst
action employee | Een gesprek voeren met de arbeidsarts over aanpassingen
    | Gesprek gevoerd en advies ontvangen | Preventiedienst
goal professional | Vaardigheden opbouwen voor een toekomstige rol
action organisation | Een opleiding digitale basisvaardigheden volgen | Opleiding afgerond
    | Opleidingsbudget
action employee | Eén dag per maand meedraaien in een administratieve dienst
    | Zes meeloopdagen | Akkoord van beide diensten
notnow Een voltijdse terugkeer in de oorspronkelijke functie | Een voltijdse terugkeer is nu niet
    verantwoord. We bekijken dit opnieuw na het volgende gesprek met de arbeidsarts; tot dan
    blijft de aangepaste regeling van kracht.
move diagonal | Overstap naar een minder belastende functie, met behoud van de vakkennis
    | medewerker planning
move job_crafting | Aangepast takenpakket binnen de huidige functie | {role} met aangepaste taken
plan_private Signalen van overbelasting goed in het oog houden; bij terugval doorverwijzen naar
    de arbeidsarts.
plan_private {name} deelt niet alles met de leidinggevende; de gezondheidsinformatie blijft
    uitdrukkelijk buiten het gedeelde plan.
""")

_LEAVING = _theme("""
tag blijven of vertrekken
energy 3 7
trajectory Een bewuste keuze maken tussen blijven en vertrekken, met oog voor wat {name} echt
    zoekt.
background Werd bij de laatste reorganisatie overgeplaatst zonder inspraak; het vertrouwen in
    {org} is beschadigd.
background Kreeg een aanbod van een vroegere werkgever en twijfelt; een collega raadde de move
    mentor aan.
private {name} heeft al gesolliciteerd bij een andere werkgever; niemand bij {org} weet het.
    Vertrouwelijkheid is hier cruciaal.
private De frustratie richt zich vooral op de leidinggevende, minder op het werk zelf. Dat
    onderscheid benoemd.
private {name} zegt 'ik ben hier klaar mee', maar vertelt tien minuten later enthousiast over een
    lopend project.
private Het aanbod van buiten doorgenomen: hoger loon, minder boeiende inhoud. {name} twijfelt hoe
    zwaar dat weegt.
private Vermoed dat een echt gesprek met HR al veel zou oplossen. {name} wil dat voorlopig niet.
private {name} bespreekt dit met niemand anders dan met mij. Des te belangrijker om neutraal te
    blijven.
private Rustiger dan vorige keer: de keuze voelt minder dringend nu er een tijdspad is.
shared We bespraken wat je zoekt in je volgende stap, los van de vraag waar die plaatsvindt.
shared Je zette de voor- en nadelen van blijven en vertrekken op een rij. Inhoud, sfeer en
    groeikansen wegen voor jou het zwaarst.
shared We keken naar je netwerk en hoe je dat gericht kan inzetten.
shared Ook een overstap naar een andere organisatie is een loopbaanstap. We bespraken hoe je die
    zorgvuldig voorbereidt.
shared Je wil eerst weten wat er intern nog mogelijk is. We bereidden een open gesprek met HR
    voor.
agreement {name} maakt een lijst van drie criteria waaraan een volgende job moet voldoen.
agreement {name} spreekt twee mensen uit het netwerk aan over hun werkgever.
agreement {name} beslist vóór het volgende gesprek of het aanbod verder onderzocht wordt.
title Blijven of vertrekken: een bewuste keuze
situation {name} werkt als {role} ({dept}, {org}) en vraagt zich af of de toekomst bij {org} ligt.
    De vraag is wat er nodig is om te blijven, en welke alternatieven er zijn.
direction Binnen zes maanden een bewuste keuze maken en die zorgvuldig uitvoeren, binnen of
    buiten {org}.
goal personal | Helder krijgen wat {name} zoekt in een volgende job
action employee | Drie criteria voor een volgende job formuleren en toetsen aan de huidige job
    | Criteria op papier en besproken
action employee | De waardenoefening afronden | Vijf kernwaarden benoemd | Werkboek
goal professional | De interne en externe mogelijkheden in kaart brengen
action employee | Een open gesprek voeren met HR over interne mogelijkheden
    | Gesprek gevoerd en opties genoteerd | Voorbereiding met de mentor
action employee | Vier verkennende gesprekken voeren met mensen bij andere werkgevers
    | Vier gesprekken gevoerd | Eigen netwerk
action employee | Rondkijken op de arbeidsmarkt
goal professional | Een beslissing nemen en die zorgvuldig uitvoeren
action employee | Een keuzeoverzicht maken met de voor- en nadelen van elke optie
    | Overzicht van één pagina
action manager | De gekozen optie bespreken met de leidinggevende en een tijdspad afspreken
    | Tijdspad vastgelegd
notnow Een interne overstap naar de afdeling strategie | In de afdeling strategie is er het
    komende jaar geen vacature. We bekijken dit opnieuw na de volgende budgetronde; ondertussen
    verken je andere mogelijkheden.
move external | Overstap naar een andere werkgever | gelijkaardige functie bij een andere
    werkgever
move lateral | Interne overstap naar een andere afdeling | projectmedewerker
plan_private Het plan spreekt neutraal over interne en externe opties; dat {name} al
    gesolliciteerd heeft, staat er bewust niet in.
plan_private Persoonlijk denk ik dat {name} buiten {org} beter af is, maar dat is niet mijn
    keuze. Neutraal blijven.
""")

# Obstacles, development activities and skills that fit any trajectory.
_COMMON = _theme("""
obstacle time | Weinig tijd naast het dagelijkse werk om aan het plan te werken. | Vaste momenten
    in de agenda reserveren en afspreken welke taken tijdelijk wegvallen.
obstacle time | Zorgtaken thuis laten weinig ruimte voor opleiding buiten de werkuren.
    | Opleidingen en gesprekken binnen de werkuren plannen.
obstacle money | Het opleidingsbudget van de dienst is dit jaar grotendeels op. | Eerst interne en
    online opleidingen kiezen; de externe opleiding in het volgende budgetjaar plannen.
obstacle money | Een andere functie of minder uren kan financiële gevolgen hebben. | De voorwaarden
    van elke optie vooraf naast elkaar leggen, samen met HR.
obstacle personal | Twijfel aan het eigen kunnen. | Kleine stappen zetten en successen bewust
    benoemen in de gesprekken.
obstacle personal | Schuldgevoel tegenover het team bij het loslaten van taken. | Met de mentor
    oefenen om de eigen behoeften helder te verwoorden.
obstacle organisational | Interne vacatures worden vaak laat of alleen mondeling bekendgemaakt.
    | HR vragen om {name} te verwittigen bij passende vacatures.
obstacle organisational | De dienst is onderbemand; afwezigheid voor een opleiding of safari is
    moeilijk op te vangen. | De vervanging vooraf regelen en een rustigere periode kiezen.
activity training | Opleiding 'Eerste stappen in leidinggeven' (vier halve dagen)
    | Intern opleidingscentrum | 16 | 0
activity training | Externe opleiding 'Coachend leidinggeven' | Vormingscentrum Leerkracht | 21
    | 89500
activity training | Online module 'Je loopbaan in eigen handen' | Leerplatform {org} | 4 | 0
activity coaching | Loopbaancoaching rond talenten, waarden en richting | Move mentor | 8 | 96000
activity mentoring | Maandelijks gesprek met een ervaren collega uit een andere dienst
    | Interne mentor | 12 | 0
activity mentoring | Peter of meter voor nieuwe collega's | {dept} | 24 | 0
activity volunteering | Vrijwilligerswerk in een huiswerkklas, om het werken met jongeren te
    testen | Buurtwerking De Brug | 30 | 0
activity project | Meewerken aan een project met een andere dienst | {org} | 30 | 0
activity job_crafting | Begeleide oefening job crafting: taken, relaties en perceptie
    | Move mentor | 6 | 72000
activity job_rotation | Tijdelijke rotatie: één dag per week in een andere dienst
    | HR en gastdienst | 60 | 0
activity informal_learning | Verkennende gesprekken met collega's uit andere diensten | | 8 | 0
skill Overleg leiden | 3 | Zat twee teamvergaderingen voor; de feedback was positief.
skill Delegeren | 2 | Geeft zelf aan taken te lang bij zich te houden.
skill Conflicthantering | 3 | Bemiddelde in een planningsconflict tussen twee collega's.
skill Zelfreflectie | 3 | Houdt sinds de intake een reflectielogboek bij.
skill Netwerken | 2 | Voerde drie verkennende gesprekken buiten de eigen dienst.
skill Presenteren | 1 | Vindt dit spannend; nog weinig ervaring voor een groep.
skill Mensen begeleiden | 4 | Begeleidde twee nieuwe collega's; beiden zijn zeer tevreden.
skill Prioriteiten stellen | 3 | Zette alle taken per categorie op een rij, met de tijdsbesteding.
skill Digitale vaardigheden | 3 | Automatiseerde een wekelijkse rapportage in een rekenblad.
skill Klantgerichtheid | 4 | Scoort in de klantenbevragingen steevast hoog.
skill Schriftelijke communicatie | 4 | Schreef de nieuwe infobrochure van de dienst.
skill Energiebeheer | 2 | Houdt sinds twee maanden een energiedagboek bij.
skill Onderhandelen | 4 | Rondde met succes een contractonderhandeling met een leverancier af.
""")

# --- generic pools: session openings and closings, safaris, plan commitments ---------------

_POOLS = _pools("""
intake_private Eerste kennismaking. {name} oogt gespannen bij het begin en ontdooit zodra het over
    het werk zelf gaat.
intake_private Vlotte kennismaking; {name} had zich goed voorbereid en bracht een lijstje vragen
    mee.
intake_private {name} vraagt twee keer of dit gesprek echt vertrouwelijk blijft tegenover {org}.
    Uitdrukkelijk bevestigd.
intake_private Bij de intake veel uitleg over de voorgeschiedenis in het team; {name} wil vooral
    gehoord worden.
intake_private {name} is sceptisch over loopbaanbegeleiding ('al eens geprobeerd, leverde niets
    op'). Verwachtingen helder afgebakend.
intake_private Rustige intake. {name} kan nog moeilijk verwoorden wat de volgende stap moet zijn,
    maar weet goed wat niet meer.
intake_shared Kennismaking: we bespraken het kader van de begeleiding, de vertrouwelijkheid en je
    verwachtingen. Een gesprek is geen belofte, wel een eerlijke verkenning van reële
    mogelijkheden.
intake_shared We maakten kennis en overliepen je carrière tot nu toe. Je brengt zelf al een paar
    ideeën mee; die nemen we als vertrekpunt.
intake_shared Intakegesprek: je vertelde over je huidige job, wat je energie geeft en wat minder.
    We spraken af hoe de begeleiding verder verloopt.
intake_shared In dit eerste gesprek verkenden we je vraag en je verwachtingen. We kozen samen voor
    een traject van enkele gesprekken, met een ontwikkelingsplan als resultaat.
intake_agreement {name} vult vóór het volgende gesprek de vragenlijst over talenten en
    energiegevers in.
intake_agreement {name} schrijft een korte loopbaantijdlijn: welke jobs, wat gaf energie, wat niet.
intake_agreement {name} doet de loopbaancheck en brengt het resultaat mee naar het volgende
    gesprek.
follow_up_shared We overliepen de afspraken van vorige keer.
follow_up_shared Opvolging van je plan: de eerste acties lopen.
follow_up_shared We keken samen naar wat er sinds het vorige gesprek veranderd is.
debrief_private Debriefing van de safari bij {host}. {name} straalde bij het vertellen; dit is
    duidelijk meer dan een leuk uitstapje.
debrief_private Na de safari bij {host} is {name} eerder ontnuchterd: het werk ginds is minder
    anders dan verwacht. Ook dat is een waardevolle uitkomst.
debrief_private {name} kreeg bij {host} complimenten over de aanpak; het zelfvertrouwen kreeg
    daardoor een duidelijke boost.
debrief_shared We bespraken je career safari bij {host}: wat je zag, wat je verraste en welke
    taken je energie gaven.
debrief_shared Terugblik op je safari bij {host}. Je leerde hoe het werk daar georganiseerd is en
    welke vaardigheden er gevraagd worden.
debrief_agreement {name} schrijft een korte reflectie over de safari en deelt die met de
    leidinggevende.
debrief_agreement {name} bedankt het gastteam en vraagt of een vervolgafspraak mogelijk is.
closing_private Afronding. {name} staat duidelijk sterker dan bij de start; de twijfel van toen is
    een keuze geworden.
closing_private Slotgesprek. Niet alles is opgelost, maar {name} weet wat de volgende stap is en
    durft die te zetten.
closing_private Laatste gesprek. {name} bedankte uitgebreid; zelf vind ik dat we de spanning met
    de leidinggevende te weinig hebben aangepakt.
closing_shared Afsluitend gesprek: we blikten terug op het traject, je ontwikkelingsplan en wat je
    bereikt hebt. Je weet waar je terechtkunt als je later opnieuw wil sparren.
closing_shared We rondden de begeleiding af. Je hebt je doelen grotendeels gehaald en neemt je
    plan zelf verder op.
closing_shared Slotgesprek: we vatten samen wat je geleerd hebt over je talenten en waarden, en
    welke stappen je zelf verder zet.
closing_agreement {name} plant zelf binnen drie maanden een opvolgmoment met de leidinggevende.
closing_agreement Geen verdere sessies; {name} kan binnen het jaar nog één opvolggesprek aanvragen.
pause_private {name} vraagt een pauze in de begeleiding wegens drukte thuis; we hernemen wanneer
    het past.
pause_private Traject gepauzeerd op vraag van {name}: eerst de reorganisatie bij {org} afwachten.
pause_shared We pauzeren de begeleiding tijdelijk. Je neemt zelf contact op om te hernemen.
energy_low Energie duidelijk laag vandaag; {name} was moe en kort van stof.
energy_low Vermoeid; sprak over slecht slapen door de werkdruk. Opvolgen.
energy_low Weinig veerkracht vandaag. Het tempo van het gesprek bewust laag gehouden.
energy_mid Wisselende energie: begon vlak, werd levendiger bij het bespreken van concrete opties.
energy_mid Gemiddelde energie, wel goed betrokken.
energy_mid Energie oké, maar de frustratie over het team sluimert.
energy_high Veel energie vandaag; {name} zat vol plannen.
energy_high Opvallend opgewekt, alsof er iets in beweging is gekomen.
energy_high Goede energie; {name} lacht meer dan in de vorige gesprekken.
consent Toestemming voor het bijhouden van gespreksnotities en het opmaken van een
    ontwikkelingsplan. Delen met HR enkel na uitdrukkelijk akkoord.
consent Akkoord met de verwerking van gespreksnotities binnen de begeleiding; de gedeelde
    samenvatting mag naar de leidinggevende.
consent Toestemming voor notities en plan; niets wordt met {org} gedeeld zonder voorafgaand
    akkoord van de medewerker.
resources Opleidingsbudget van de dienst, tijd tijdens de werkuren en een interne mentor.
resources Vier uur per maand voor ontwikkeling, toegang tot het interne leerplatform en de
    loopbaancheck.
resources Budget voor één externe opleiding, een buddy in de gastdienst en gesprekken met de
    move mentor.
resources Tijd voor een career safari, feedback van collega's en een laptop voor e-learning.
org_commitments {org} voorziet tijd tijdens de werkuren en betaalt de opleidingskosten.
org_commitments De leidinggevende plant elk kwartaal een opvolggesprek en maakt ruimte in de
    planning.
org_commitments HR zoekt mee naar een gastdienst voor een safari en houdt de interne vacatures in
    het oog.
org_commitments {org} stelt een interne mentor aan en bewaakt dat de werkdruk haalbaar blijft.
employee_commitments {name} neemt zelf het initiatief voor de acties en bespreekt de voortgang in
    elk gesprek.
employee_commitments {name} reserveert wekelijks een vast moment voor het plan en vraagt tijdig
    hulp als iets vastloopt.
employee_commitments {name} houdt een leerlogboek bij en deelt de reflecties met de mentor.
employee_commitments {name} vraagt actief feedback en stuurt het plan bij waar nodig.
safari_reflection De dagen bij {host} gaven me een realistisch beeld van het werk. Het contact met
    de collega's daar gaf veel energie, de administratie minder.
safari_reflection Ik zag dat mijn ervaring als {role} ook bij {host} bruikbaar is. Ik wil dit
    verder verkennen.
safari_reflection De safari bij {host} bevestigde dat ik nieuwe inhoud zoek, maar deze job past
    minder dan gedacht. Dat helpt me kiezen.
safari_private Het gastcontact bij {host} liet informeel weten dat {name} welkom is als er een
    vacature komt. Nog niet gedeeld.
safari_private {name} vond het spannend om de eigen dienst te 'verlaten', zelfs voor een paar
    dagen. Het loyaliteitsthema keert terug.
safari_private De verwachtingen over {host} waren hooggespannen; {name} kwam wat teleurgesteld
    terug. Nabespreken zonder te relativeren.
safari_upcoming De gastdienst {host} reageerde enthousiast; {name} kijkt ernaar uit, maar is ook
    zenuwachtig.
safari_cancelled Safari geannuleerd wegens personeelstekort in de eigen dienst. {name} was
    ontgoocheld; later opnieuw proberen.
""")

# --- the people (fictional) ------------------------------------------------------------------

_ORGS = {
    "gent": ("Stad Gent", "example.be", "BE"),
    "zorg": ("Zorggroep Zuiderkempen", "example.be", "BE"),
    "schelde": ("Scheldeport Logistics", "example.be", "BE"),
    "bank": ("Leiestreek Bank", "example.be", "BE"),
    "uz": ("UZ Kempenland", "example.be", "BE"),
    "waalkant": ("Hogeschool Waalkant", "example.org", "NL"),
    "maasoever": ("Gemeente Maasoever", "example.org", "NL"),
}
_THEMES = {t.tag: t for t in (_GROWTH, _REORIENT, _CRAFTING, _SIDEWAYS, _SUSTAIN, _LEAVING)}

# mentee: name | preferred | org | department | role | theme | status | referral | language | flags
# safari: name | status | host department | host role | host contact | learning goals
_PEOPLE_BLOCK = """
mentee An Peeters | | gent | Burgerzaken | baliemedewerker | groei in de breedte | active | HR
    | nl | review_soon
safari An Peeters | completed | Dienst Communicatie | communicatiemedewerker | Greet Van Acker
    | Zien hoe een communicatiecampagne tot stand komt en testen of schrijven voor een breed
    publiek energie geeft.
mentee Pieter-Jan De Smet | PJ | schelde | Planning | transportplanner | doorgroei | active
    | eigen initiatief | nl | not_now
mentee Fatima El Amrani | | uz | Cardiologie | verpleegkundige | heroriëntatie | active
    | leidinggevende | nl |
safari Fatima El Amrani | completed | Dienst Ziekenhuishygiëne | deskundige ziekenhuishygiëne
    | Marc Verhaegen | Ontdekken of een rol met meer preventie en advies, en minder
    nachtdiensten, past.
mentee Jeroen van Dijk | | waalkant | ICT-dienst | applicatiebeheerder | blijven of vertrekken
    | closed | eigen initiatief | nl | closed=500
mentee Łukasz Wróbel | | schelde | Magazijn | ploegleider magazijn | doorgroei | active | HR | en |
safari Łukasz Wróbel | ongoing | Transportplanning | planner | Hilde Baert | Begrijpen hoe de
    planning het werk van de ploegen beïnvloedt en proeven van een coördinerende rol.
mentee Şükrü Yılmaz | | gent | Wegen en Infrastructuur | technisch assistent
    | duurzame inzetbaarheid | active | arbeidsarts | nl | review_soon not_now
mentee Ελένη Παπαδοπούλου | | uz | Labo klinische biologie | laborant | heroriëntatie | active
    | eigen initiatief | en |
safari Ελένη Παπαδοπούλου | planned | Kwaliteitsdienst | kwaliteitscoördinator | Peter Coppens
    | Nagaan of werken rond kwaliteit en procedures past bij de eigen sterkte: nauwkeurigheid.
mentee Олена Шевченко | | zorg | Woonzorgcentrum De Linde | zorgkundige | doorgroei | active | HR
    | en |
background Олена Шевченко | Was in Oekraïne verpleegkundige; het diploma is hier nog niet
    erkend. Volgt Nederlandse les en voelt zich soms onder de eigen mogelijkheden ingezet.
mentee Zoë Van den Bossche | | bank | Kredieten | kredietanalist | job crafting | paused
    | eigen initiatief | nl |
mentee Sofie Claes | | zorg | Personeelsdienst | HR-medewerker | job crafting | active
    | eigen initiatief | nl |
mentee Bram Janssens | | bank | Klantendienst | klantenadviseur | groei in de breedte | active
    | HR | nl |
safari Bram Janssens | completed | Dienst Kredieten | kredietadviseur | Ruben Declercq
    | Kennismaken met kredietanalyse en nagaan welke opleiding daarvoor nodig is.
mentee Lotte Maes | | gent | Cultuur | projectmedewerker | heroriëntatie | intake
    | eigen initiatief | nl | no_plan
mentee Wouter Vermeulen | | schelde | Douane en compliance | douanedeclarant
    | groei in de breedte | closed | leidinggevende | nl | closed=420
safari Wouter Vermeulen | completed | Dienst Aankoop | aankoper | Lien Vandenberghe | Zien of
    onderhandelen met leveranciers energie geeft.
mentee Ine Willems | | uz | Patiëntenadministratie | administratief medewerker
    | duurzame inzetbaarheid | active | HR | nl |
mentee Mohamed Benali | Mo | schelde | Technische dienst | onderhoudstechnieker | doorgroei
    | active | eigen initiatief | nl |
mentee Katrien Wouters | | bank | Compliance | compliance officer | blijven of vertrekken
    | closed | eigen initiatief | nl | closed=60
mentee Thomas Mertens | | waalkant | Opleiding Bedrijfskunde | docent | job crafting | active
    | eigen initiatief | nl | not_now
mentee Els Goossens | | zorg | Thuiszorg | verzorgende | duurzame inzetbaarheid | paused
    | leidinggevende | nl | no_plan
mentee Sanne de Vries | | maasoever | Sociaal Domein | consulent werk en inkomen | heroriëntatie
    | active | HR | nl |
safari Sanne de Vries | cancelled | Team Jeugd | jeugdconsulent | Martijn Visser | Verkennen of
    werken met jongeren en gezinnen beter past dan werk en inkomen.
mentee Kevin Dubois | | gent | ICT | servicedeskmedewerker | doorgroei | intake
    | eigen initiatief | nl |
mentee Nathalie Lambrechts | Nat | uz | Facilitaire dienst | teamverantwoordelijke schoonmaak
    | blijven of vertrekken | active | collega | nl |
mentee Joris Van Damme | | bank | IT-beveiliging | security analist | blijven of vertrekken
    | intake | eigen initiatief | nl | no_plan
mentee Marieke Bakker | | waalkant | Studentenadministratie | medewerker studentenadministratie
    | groei in de breedte | active | HR | nl |
mentee Stijn Hermans | | schelde | Financiën | boekhouder | doorgroei | closed | HR | nl
    | closed=150
mentee Yasmina Ouali | | zorg | Dagcentrum | ergotherapeut | job crafting | active
    | leidinggevende | nl |
safari Yasmina Ouali | planned | Dienst Vorming en Opleiding | opleidingsverantwoordelijke
    | Kristel Jacobs | Ervaren hoe het is om collega's op te leiden in plaats van zelf cliënten
    te begeleiden.
"""


@dataclass(frozen=True)
class _SafariSpec:
    status: SafariStatus
    host: str
    host_role: str
    contact: str
    learning_goals: str


@dataclass(frozen=True)
class _Person:
    name: str
    preferred: str
    org: str
    dept: str
    role: str
    theme: _Theme
    status: MenteeStatus
    referral: str
    lang: Language
    flags: tuple[str, ...]
    safari: _SafariSpec | None = None
    background: str = ""

    @property
    def closed_days_ago(self) -> int:
        return next((int(f[7:]) for f in self.flags if f.startswith("closed=")), 0)


def _people(block: str) -> list[_Person]:
    people: dict[str, _Person] = {}
    for key, f in _entries(block):
        if key == "mentee":
            name, preferred, org, dept, role, theme, status, referral, lang, flags = f
            people[name] = _Person(
                name, preferred, org, dept, role, _THEMES[theme], MenteeStatus(status),
                referral, Language(lang), tuple(flags.split()),
            )  # fmt: skip
        elif key == "safari":
            spec = _SafariSpec(SafariStatus(f[1]), f[2], f[3], f[4], f[5])
            people[f[0]] = replace(people[f[0]], safari=spec)
        elif key == "background":
            people[f[0]] = replace(people[f[0]], background=f[1])
    return list(people.values())


_PEOPLE = _people(_PEOPLE_BLOCK)
_HANDLES = {
    "Łukasz Wróbel": "lukasz.wrobel",
    "Şükrü Yılmaz": "sukru.yilmaz",
    "Ελένη Παπαδοπούλου": "eleni.papadopoulou",
    "Олена Шевченко": "olena.shevchenko",
}
_SLOTS = (time(9, 0), time(10, 30), time(13, 30), time(15, 0), time(16, 30))
_INT, _ACT, _PAU, _CLO = MenteeStatus  # in declaration order
_S = SafariStatus

# --- generation ----------------------------------------------------------------------------


def demo_mentees(today: date) -> list[DemoMentee]:
    """The demo mentees, identical for the same ``today``; all dates are relative to it."""
    rng = random.Random(SEED)
    return [_Builder(person, today, rng).build() for person in _PEOPLE]


class _Deck:
    """Draws from a shuffled pool, repeating only once the whole pool has been used."""

    def __init__(self, pool: tuple[str, ...], rng: random.Random) -> None:
        self._items = rng.sample(pool, len(pool))
        self._drawn = 0

    def draw(self) -> str:
        self._drawn += 1
        return self._items[(self._drawn - 1) % len(self._items)]


class _Builder:
    """Builds one demo mentee. Dates stay integer day offsets from ``today`` until the end,
    so the random draws never depend on the calendar; weekends only nudge session dates."""

    def __init__(self, person: _Person, today: date, rng: random.Random) -> None:
        self.p, self.today, self.rng = person, today, rng
        self.ctx = {
            "name": person.preferred or person.name.split()[0],
            "org": _ORGS[person.org][0],
            "role": person.role,
            "dept": person.dept,
            "host": person.safari.host if person.safari else "",
        }

    def fill(self, text: str) -> str:
        return text.format(**self.ctx)

    def pick(self, pool: str, theme: bool = False) -> str:
        return self.fill(self.rng.choice((self.p.theme.texts if theme else _POOLS)[pool]))

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, *, forward: bool = False) -> datetime:
        """A session time on a weekday: past weekends move to Friday, future ones to Monday."""
        d = self.day(offset)
        if d.weekday() >= 5:
            d += timedelta(days=(7 if forward else 4) - d.weekday())
        return datetime.combine(d, self.rng.choice(_SLOTS))

    def build(self) -> DemoMentee:
        p = self.p
        offsets, upcoming = self._timeline()
        debrief_at = self._debrief_index(len(offsets))
        safaris, safari_span = self._safaris(offsets, debrief_at)
        sessions = self._sessions(offsets, upcoming, debrief_at)
        start = sessions[0].started_at.date()
        close = sessions[-1].started_at.date() if p.status is _CLO else None
        plan = None if "no_plan" in p.flags else self._plan(offsets[0], safari_span)
        skills = self._skills()
        mentee = Mentee(
            full_name=p.name,
            preferred_name=p.preferred,
            email=self._email(),
            phone=self._phone(),
            organisation=self.ctx["org"],
            department=p.dept,
            current_role=p.role,
            referral=p.referral,
            status=p.status,
            start_date=start,
            close_date=close,
            consent_given=True,
            consent_date=start,
            consent_scope=self.pick("consent"),
            retention_until=close + timedelta(days=365) if close else None,
            export_language=p.lang,
            trajectory_goal=self.pick("trajectory", theme=True),
            private_background=p.background or self.pick("background", theme=True),
            tags=[p.theme.tag, *(["career safari"] if p.safari else [])],
        )
        return DemoMentee(mentee, sessions, plan, safaris, skills, self._moves(safaris))

    def _timeline(self) -> tuple[list[int], int | None]:
        """Day offsets of the (past) sessions and of the next planned session, if any."""
        p, rng = self.p, self.rng
        soon, later, count = rng.randint(1, 6), rng.randint(8, 35), rng.randint(3, 6)
        if p.status is _INT:
            return [-rng.randint(9, 21), -rng.randint(1, 4)], soon
        if p.status is _CLO:
            last = -p.closed_days_ago
            first = last - rng.randint(200, 360)
        elif p.status is _PAU:
            last, count = -rng.randint(45, 100), count - 1
            first = last - rng.randint(100, 200)
        else:
            last = -rng.randint(2, 25)
            first = last - rng.randint(60, 300)
        step = (last - first) / (count - 1)
        middle = [round(first + i * step) + rng.randint(-2, 2) for i in range(1, count - 1)]
        upcoming = (soon if rng.random() < 0.6 else later) if p.status is _ACT else None
        return [first, *middle, last], upcoming

    def _debrief_index(self, count: int) -> int | None:
        if self.p.safari is None or self.p.safari.status is not _S.COMPLETED:
            return None
        return count - 2 if self.p.status is _CLO or count >= 4 else count - 1

    def _sessions(
        self, offsets: list[int], upcoming: int | None, debrief_at: int | None
    ) -> list[CoachingSession]:
        p, rng, texts = self.p, self.rng, self.p.theme.texts
        private, shared = _Deck(texts["private"], rng), _Deck(texts["shared"], rng)
        agreements = _Deck(texts["agreement"], rng)
        sessions: list[CoachingSession] = []
        for i, offset in enumerate(offsets):
            last = i == len(offsets) - 1
            energy = rng.randint(*p.theme.energy)
            modes = (SessionMode.IN_PERSON, SessionMode.VIDEO, SessionMode.PHONE)
            mode = rng.choices(modes, (5, 4, 1))[0]
            minutes, extra = rng.choice((45, 60, 60, 75)), rng.random() < 0.4
            mood = self.pick(
                "energy_low" if energy <= 4 else "energy_mid" if energy <= 6 else "energy_high"
            )
            if i == 0:
                kind, mode, minutes = SessionKind.INTAKE, SessionMode.IN_PERSON, 90
                notes = f"{self.pick('intake_private')} {self.fill(private.draw())}"
                summary, agreed = self.pick("intake_shared"), self.pick("intake_agreement")
            elif last and p.status is _CLO:
                kind, notes = SessionKind.CLOSING, self.pick("closing_private")
                summary, agreed = self.pick("closing_shared"), self.pick("closing_agreement")
            elif i == debrief_at:
                kind, notes = SessionKind.SAFARI_DEBRIEF, f"{self.pick('debrief_private')} {mood}"
                summary, agreed = self.pick("debrief_shared"), self.pick("debrief_agreement")
            elif last and p.status is _PAU:
                kind, notes = SessionKind.FOLLOW_UP, f"{self.pick('pause_private')} {mood}"
                summary, agreed = f"{self.fill(shared.draw())} {self.pick('pause_shared')}", ""
            else:
                kind = SessionKind.CAREER_CONVERSATION if i == 1 or extra else SessionKind.FOLLOW_UP
                second = f" {self.fill(private.draw())}" if extra else ""
                notes = f"{self.fill(private.draw())}{second} {mood}"
                summary = self.fill(shared.draw())
                if extra:
                    summary += f" {self.fill(shared.draw())}"
                agreed = self.fill(agreements.draw())
                if kind is SessionKind.FOLLOW_UP:
                    summary = f"{self.pick('follow_up_shared')} {summary}"
            sessions.append(
                CoachingSession(
                    PLACEHOLDER_ID,
                    self.at(offset),
                    min(minutes, 45) if mode is SessionMode.PHONE else minutes,
                    kind,
                    mode,
                    private_notes=notes,
                    shared_summary=summary,
                    energy=energy,
                    agreements=agreed,
                )
            )
        for before, after in itertools.pairwise(sessions):
            before.next_session_at = after.started_at
        if upcoming is not None:
            sessions[-1].next_session_at = self.at(upcoming, forward=True)
        return sessions

    def _safaris(
        self, offsets: list[int], debrief_at: int | None
    ) -> tuple[list[CareerSafari], tuple[int, int] | None]:
        spec, rng = self.p.safari, self.rng
        if spec is None:
            return [], None
        length, lead, gap = rng.randint(3, 10), rng.randint(10, 30), rng.randint(2, 8)
        if debrief_at is not None:  # completed a few days before the debrief session
            start = offsets[debrief_at] - gap - length
        else:
            start = {_S.ONGOING: -2, _S.PLANNED: lead}.get(spec.status, -lead)
        done = spec.status is _S.COMPLETED
        pools = {_S.COMPLETED: "safari_private", _S.CANCELLED: "safari_cancelled"}
        notes = self.pick(pools.get(spec.status, "safari_upcoming"))
        safari = CareerSafari(
            PLACEHOLDER_ID,
            spec.host,
            spec.host_role,
            spec.contact,
            self.day(start),
            self.day(start + length),
            spec.status,
            spec.learning_goals,
            self.pick("safari_reflection") if done else "",
            notes,
        )
        span = None if spec.status is _S.CANCELLED else (start, start + length)
        return [safari], span

    def _plan(self, first: int, safari_span: tuple[int, int] | None) -> DevelopmentPlan:
        p, rng, theme = self.p, self.rng, self.p.theme
        start, margin, soon = first + rng.randint(14, 28), rng.randint(3, 10), rng.randint(2, 9)
        span = rng.choice((182, 274, 365))
        if p.status is _CLO:
            end = -p.closed_days_ago - margin
        else:
            end = max(start + span, 45 + span // 10)
        middle = start + (end - start) // 2
        if "review_soon" in p.flags:
            review = soon
        elif p.status is _CLO:
            review = end
        else:
            review = middle if middle >= 14 else min(end, 20 + soon * 4)
        drawn = rng.choice((PlanStatus.SHARED, PlanStatus.AGREED, PlanStatus.AGREED))
        if p.status is _INT or (p.status is _ACT and start > -100):  # a recent plan: still a draft
            drawn = PlanStatus.DRAFT
        fixed = {_PAU: PlanStatus.SHARED, _CLO: PlanStatus.AGREED}
        status = fixed.get(p.status, drawn)
        not_now = (rng.random() < 0.25 and p.status is not _CLO) or "not_now" in p.flags
        count = rng.choice((1, 2, 2, 3))
        specs = rng.sample(theme.goals, min(count, 2) if not_now else count)
        goals = [self._goal(spec, start, end) for spec in specs]
        revisit = end + rng.randint(14, 90)
        if not_now:
            wish, note = (self.fill(text) for text in theme.not_now)
            goals.append(
                Goal(wish, GoalKind.PROFESSIONAL, Feasibility.NOT_NOW, note, self.day(revisit))
            )
        obstacles = [
            Obstacle(kind, self.fill(text), self.fill(mitigation))
            for kind, text, mitigation in rng.sample(_COMMON.obstacles, rng.randint(1, 3))
        ]
        activities = [
            self._activity(*spec, start, end)
            for spec in rng.sample(_COMMON.activities, rng.randint(1, 3))
        ]
        if safari_span is not None and p.safari is not None:
            begin, until = safari_span
            activities.append(
                DevelopmentActivity(
                    ActivityKind.CAREER_SAFARI,
                    f"Career safari bij {p.safari.host}",
                    p.safari.contact,
                    8.0 * max(1, (until - begin) * 5 // 7),  # working days
                    0,
                    self.day(begin),
                    self.day(until),
                )
            )
        return DevelopmentPlan(
            PLACEHOLDER_ID,
            status=status,
            title=self.pick("title", theme=True),
            current_situation=self.pick("situation", theme=True),
            desired_direction=self.pick("direction", theme=True),
            period_start=self.day(start),
            period_end=self.day(end),
            resources=self.pick("resources"),
            organisation_commitments=self.pick("org_commitments"),
            employee_commitments=self.pick("employee_commitments"),
            review_date=self.day(review),
            private_remarks=self.pick("plan_private", theme=True),
            goals=goals,
            obstacles=obstacles,
            activities=activities,
        )

    def _goal(self, spec: _GoalSpec, start: int, end: int) -> Goal:
        rng = self.rng
        keep_vague = rng.random() < 0.5
        chosen = [a for a in spec.actions if a.measure or keep_vague]
        actions: list[Action] = []
        for i, a in enumerate(chosen):
            r, jitter = rng.random(), rng.randint(-10, 10)
            due = start + (end - start) * (i + 1) // (len(chosen) + 1) + jitter
            deadline = min(max(due, start + 7), end) if a.measure else None  # vague: undated
            actions.append(
                Action(
                    self.fill(a.description),
                    a.measure,
                    None if deadline is None else self.day(deadline),
                    a.owner,
                    a.resources,
                    self._action_status(deadline, r),
                    specific=bool(a.measure),
                    achievable=True,
                    relevant=True,
                )
            )
        return Goal(self.fill(spec.description), spec.kind, actions=actions)

    def _action_status(self, deadline: int | None, r: float) -> ActionStatus:
        if self.p.status is _CLO:
            return ActionStatus.DONE if r < 0.8 else ActionStatus.DROPPED
        if deadline is not None and deadline < 0:  # mostly done; the rest shows as overdue
            if r < 0.85:
                return ActionStatus.DONE
            return ActionStatus.IN_PROGRESS if r < 0.93 else ActionStatus.OPEN
        soon = deadline is None or deadline < 45
        return ActionStatus.IN_PROGRESS if soon and r < 0.5 else ActionStatus.OPEN

    def _activity(
        self, kind: ActivityKind, text: str, provider: str, hours: float, cost: int,
        start: int, end: int,
    ) -> DevelopmentActivity:  # fmt: skip
        begin = min(start + self.rng.randint(7, 60), end - 14)
        until = min(begin + self.rng.randint(14, 90), end)
        return DevelopmentActivity(
            kind,
            self.fill(text),
            self.fill(provider),
            hours,
            cost,
            self.day(begin),
            self.day(until),
        )

    def _skills(self) -> list[SkillEntry]:
        rng = self.rng
        skills: list[SkillEntry] = []
        for name, level, evidence in rng.sample(_COMMON.skills, rng.randint(2, 4)):
            target = min(5, level + rng.randint(1, 2))
            skills.append(SkillEntry(PLACEHOLDER_ID, name, level, target, self.fill(evidence)))
        return skills

    def _moves(self, safaris: list[CareerSafari]) -> list[Move]:
        p, rng = self.p, self.rng
        moves = [
            Move(PLACEHOLDER_ID, MoveKind.SAFARI, f"Career safari bij {s.host_department}",
                 p.role, s.host_role, s.start_date)
            for s in safaris
            if s.status in (_S.COMPLETED, _S.ONGOING)
        ]  # fmt: skip
        if p.status is _INT:
            kind, text, to_role = MoveKind.NONE_YET, "Nog geen keuze; eerst de vraag verkennen", ""
        else:
            kind, text, to_role = (
                p.theme.moves[0] if p.status is _CLO else rng.choice(p.theme.moves)
            )
        happened = self.day(-p.closed_days_ago - rng.randint(0, 45)) if p.status is _CLO else None
        move = Move(PLACEHOLDER_ID, kind, self.fill(text), p.role, self.fill(to_role), happened)
        return [*moves, move]

    def _email(self) -> str:
        handle = _HANDLES.get(self.p.name)
        if handle is None:
            plain = unicodedata.normalize("NFKD", self.p.name)
            plain = "".join(c for c in plain if c.isascii()).lower()
            handle = ".".join(plain.replace("-", " ").split())
        domain = _ORGS[self.p.org][1]
        return f"{handle}@mail.{domain}" if self.rng.random() < 0.3 else f"{handle}@{domain}"

    def _phone(self) -> str:
        a, b, c, d = (self.rng.randint(10, 99) for _ in range(4))
        if _ORGS[self.p.org][2] == "NL":
            return f"+31 6 {a}{b} {c}{d}"
        return f"+32 4{70 + a % 30} {b} {c} {d}"
