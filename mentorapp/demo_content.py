"""Demo vault content: about 25 realistic Dutch sample mentees with their whole trajectory.

Everything is built from the domain dataclasses only (no store, no GUI), deterministically
from a fixed seed, with every date expressed relative to ``today`` so a demo vault always
looks current: recent sessions, next sessions in the coming days, overdue actions, plan
reviews due soon and a couple of closed files past their retention date.

All people and organisations are fictional. Ids are left ``None`` and every ``mentee_id``
is the placeholder ``MenteeId(0)``: whoever stores a ``DemoMentee`` fills in the real id.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
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


# --- content specifications ---------------------------------------------------------------

_EMP, _ORG, _MEN, _MGR = (
    ActionOwner.EMPLOYEE,
    ActionOwner.ORGANISATION,
    ActionOwner.MENTOR,
    ActionOwner.MANAGER,
)
_PERS, _PROF = GoalKind.PERSONAL, GoalKind.PROFESSIONAL
_TIME, _MONEY = ObstacleKind.TIME, ObstacleKind.MONEY
_SELF, _ORGL = ObstacleKind.PERSONAL, ObstacleKind.ORGANISATIONAL
_AK = ActivityKind


@dataclass(frozen=True)
class _ActionSpec:
    """An action template; an empty ``measure`` marks a deliberately vague (non-SMART) one."""

    description: str
    measure: str = ""
    owner: ActionOwner = ActionOwner.EMPLOYEE
    resources: str = ""


@dataclass(frozen=True)
class _GoalSpec:
    description: str
    kind: GoalKind
    actions: tuple[_ActionSpec, ...]


def _g(description: str, kind: GoalKind, *actions: _ActionSpec) -> _GoalSpec:
    return _GoalSpec(description, kind, actions)


_A = _ActionSpec


@dataclass(frozen=True)
class _Theme:
    """The sentence pools of one kind of career question; texts may use {name}, {org}, {role}."""

    tag: str
    energy: tuple[int, int]
    trajectory: tuple[str, ...]
    background: tuple[str, ...]
    private: tuple[str, ...]
    shared: tuple[str, ...]
    agreements: tuple[str, ...]
    title: tuple[str, ...]
    situation: tuple[str, ...]
    direction: tuple[str, ...]
    goals: tuple[_GoalSpec, ...]
    not_now: tuple[str, str]
    obstacles: tuple[tuple[ObstacleKind, str, str], ...]
    activities: tuple[tuple[ActivityKind, str, str, float, int], ...]
    skills: tuple[tuple[str, str], ...]
    moves: tuple[tuple[MoveKind, str, str], ...]
    plan_private: tuple[str, ...]


_GROWTH = _Theme(
    tag="doorgroei",
    energy=(5, 9),
    trajectory=(
        "Onderzoeken of een coördinerende rol binnen {org} haalbaar en wenselijk is, "
        "en wat daarvoor nog nodig is.",
        "Gericht doorgroeien naar meer verantwoordelijkheid, zonder de vakinhoud los te laten.",
    ),
    background=(
        "Werkt al vele jaren bij {org}. Kreeg enkele jaren geleden een interne promotie niet "
        "en draagt dat nog mee.",
        "Combineert het werk met de zorg voor jonge kinderen; wil groeien zonder extra uren. "
        "Financiële druk thuis speelt mee.",
        "Eerste in de familie met een diploma hoger onderwijs; voelt veel verwachtingen van thuis.",
    ),
    private=(
        "{name} zegt dat de vorige sollicitatie als coördinator nog altijd steekt; er klinkt "
        "wat bitterheid in door.",
        "Spanning met de leidinggevende: {name} voelt zich niet gezien en twijfelt of de "
        "doorgroei echt gesteund wordt.",
        "De ambitie is duidelijk, maar ik hoor ook faalangst: 'wat als ik het niet kan?' "
        "Kwam twee keer terug.",
        "Energievreter: vergaderingen waarin beslissingen telkens worden uitgesteld. "
        "Energiegever: nieuwe collega's inwerken.",
        "{name} onderschat de eigen impact; collega's komen nu al spontaan met vragen.",
        "Vraag voor mezelf: gaat het om de rol of om erkenning? Volgende keer voorzichtig "
        "aankaarten.",
        "{name} liet vallen dat een andere werkgever al eens polste. Lijkt eerder een "
        "drukmiddel dan een reëel plan.",
    ),
    shared=(
        "We brachten je talenten in kaart: overzicht houden, mensen verbinden en rustig "
        "blijven onder druk.",
        "Je wil doorgroeien naar een coördinerende rol. We bespraken welke ervaring je al hebt "
        "en wat nog ontbreekt.",
        "We keken naar reële opties binnen {org} en spraken af eerst te proeven van "
        "leidinggeven via een project.",
        "Feedback van collega's helpt je om je sterktes scherper te zien. We bespraken hoe je "
        "die feedback verder gebruikt.",
        "We bespraken hoe je je ambitie bespreekbaar maakt bij je leidinggevende, zonder dat "
        "het als een eis overkomt.",
    ),
    agreements=(
        "{name} vraagt feedback aan drie collega's over de eigen manier van leidinggeven.",
        "{name} bespreekt met de leidinggevende de mogelijkheid om een werkgroep te trekken.",
        "De mentor bezorgt een overzicht van de interne opleidingen rond leidinggeven.",
        "{name} spreekt een ervaren coördinator aan voor een gesprek over diens loopbaanverhaal.",
    ),
    title=("Op weg naar een coördinerende rol", "Groeien in verantwoordelijkheid"),
    situation=(
        "{name} werkt als {role} ({dept}, {org}) en wordt door collega's vaak aangesproken "
        "voor overleg en afstemming. Een formele rol daarvoor is er nog niet.",
    ),
    direction=(
        "Binnen anderhalf tot twee jaar een rol als coördinator opnemen, met behoud van "
        "voeling met het vak.",
    ),
    goals=(
        _g(
            "Ervaring opdoen met het aansturen van een team",
            _PROF,
            _A(
                "Een werkgroep binnen het eigen team trekken en minstens drie overlegmomenten "
                "voorzitten",
                "Drie overlegmomenten voorgezeten, telkens met een korte terugblik",
                _EMP,
                "Twee uur per week binnen de werkuren",
            ),
            _A(
                "De interne opleiding 'Eerste stappen in leidinggeven' volgen",
                "Opleiding afgerond en certificaat behaald",
                _ORG,
                "Opleidingsbudget van de dienst",
            ),
            _A("Meer leiding nemen in het team"),
        ),
        _g(
            "Beter leren delegeren en grenzen bewaken",
            _PERS,
            _A(
                "Elke week één taak bewust doorgeven aan een collega en noteren wat dat oplevert",
                "Logboek met minstens tien gedelegeerde taken",
                _EMP,
                "Leerlogboek",
            ),
            _A(
                "Met de mentor de eigen valkuilen bij overbelasting uitwerken",
                "Persoonlijk actieplan van één pagina",
                _MEN,
                "Twee coachingsgesprekken",
            ),
        ),
        _g(
            "Zichtbaar worden als kandidaat voor een coördinerende functie",
            _PROF,
            _A(
                "De ambitie en het eigen loopbaanverhaal toelichten in het functioneringsgesprek",
                "Ambitie staat in het verslag van het gesprek",
            ),
            _A(
                "Een gesprek regelen met het diensthoofd over toekomstige vacatures",
                "Gesprek heeft plaatsgevonden",
                _MGR,
            ),
        ),
    ),
    not_now=(
        "Doorgroeien naar diensthoofd",
        "Een functie als diensthoofd komt de komende anderhalf jaar niet vrij. We bekijken dit "
        "opnieuw na de volgende reorganisatie; ondertussen bouw je ervaring op als coördinator.",
    ),
    obstacles=(
        (
            _TIME,
            "De hoge werkdruk in het team laat weinig ruimte voor extra verantwoordelijkheid.",
            "Met de leidinggevende vastleggen welke taken tijdelijk wegvallen.",
        ),
        (
            _SELF,
            "Twijfel aan het eigen kunnen en onzekerheid over het aansturen van collega's die "
            "ook vrienden zijn.",
            "Oefenen in de coachingsgesprekken en na elke vergadering feedback vragen.",
        ),
        (
            _ORGL,
            "Er zijn weinig coördinerende functies binnen {org}; die worden vaak extern ingevuld.",
            "Interne vacatures opvolgen en de ambitie tijdig kenbaar maken bij HR.",
        ),
    ),
    activities=(
        (
            _AK.TRAINING,
            "Opleiding 'Eerste stappen in leidinggeven' (vier halve dagen)",
            "Intern opleidingscentrum",
            16,
            0,
        ),
        (
            _AK.MENTORING,
            "Maandelijks gesprek met een ervaren coördinator uit een andere dienst",
            "Interne mentor",
            12,
            0,
        ),
        (
            _AK.PROJECT,
            "Trekker van de werkgroep rond het onthaal van nieuwe collega's",
            "{dept}",
            40,
            0,
        ),
        (
            _AK.TRAINING,
            "Externe opleiding 'Coachend leidinggeven'",
            "Vormingscentrum Leerkracht",
            21,
            89500,
        ),
    ),
    skills=(
        ("Overleg leiden", "Zat twee teamvergaderingen voor; de feedback was positief."),
        ("Delegeren", "Geeft zelf aan taken te lang bij zich te houden."),
        ("Conflicthantering", "Bemiddelde in een planningsconflict tussen twee collega's."),
        ("Plannen en organiseren", "Stelde zelfstandig de jaarplanning van de dienst op."),
    ),
    moves=(
        (MoveKind.VERTICAL, "Doorgroei naar coördinator binnen de eigen dienst", "coördinator"),
        (MoveKind.DIAGONAL, "Coördinerende rol in een verwante dienst", "teamcoördinator"),
    ),
    plan_private=(
        "De ambitie is echt, maar het tempo ligt hoog. Opletten dat een nieuwe afwijzing niet "
        "te hard aankomt.",
        "Vermoed dat de leidinggevende de doorgroei niet actief steunt; de acties zo veel "
        "mogelijk bij {name} zelf leggen.",
    ),
)

_REORIENT = _Theme(
    tag="heroriëntatie",
    energy=(3, 7),
    trajectory=(
        "Helder krijgen welke richting {name} uit wil: blijven, bijsturen of een andere "
        "loopbaan kiezen.",
        "Na jaren in dezelfde job opnieuw ontdekken wat energie geeft en welke richting daarbij "
        "past.",
    ),
    background=(
        "Is na een ingrijpende gebeurtenis in de familie anders naar het werk gaan kijken.",
        "Koos destijds voor deze opleiding omdat de ouders dat wilden; de job voelt al lang "
        "niet meer als een eigen keuze.",
        "Heeft eerder al een carrièreswitch overwogen, maar durfde de financiële stap niet aan.",
    ),
    private=(
        "{name} denkt aan vertrekken, maar weet niet waarheen. Voorlopig vooral het gevoel "
        "'dit kan het niet zijn'.",
        "De zondagavond wordt steeds zwaarder. Geen signalen van burn-out, wel van "
        "zingevingsvragen. Blijven opvolgen.",
        "{name} is geïnteresseerd in opleiden en onderwijs, maar schrikt van het idee om "
        "opnieuw te beginnen.",
        "Veel 'moeten' in het taalgebruik. Autonomie en betekenis komen in de huidige job "
        "onvoldoende aan bod.",
        "Spanning met de leidinggevende over thuiswerk; {name} voelt zich gecontroleerd. Niet "
        "de kern van de vraag, wel een versterker.",
        "De partner steunt een switch, de ouders minder. Merk dat die stem zwaar doorweegt.",
        "{name} kwam met drie vacatures van buiten {org}. Samen gekeken wat ze gemeen hebben: "
        "meer contact met mensen.",
    ),
    shared=(
        "We bespraken je waarden en wat je mist in je huidige job. Betekenis en autonomie "
        "komen duidelijk naar voren.",
        "Je bent nieuwsgierig naar andere richtingen. We maakten een lijst van ideeën om die "
        "te verkennen zonder meteen iets te beslissen.",
        "We legden je energiegevers naast je huidige takenpakket. Je ziet nu scherper welke "
        "categorieën van taken je energie geven.",
        "Je wil eerst verkennen en dan pas kiezen. We spraken af dat je praat met mensen die "
        "een andere weg insloegen.",
        "We keken naar je loopbaanverhaal tot nu toe: de rode draad is dat je graag mensen op "
        "weg helpt.",
    ),
    agreements=(
        "{name} voert twee verkennende gesprekken met mensen uit een ander vakgebied.",
        "{name} lijst tien jobs op die aantrekken, zonder te oordelen, en duidt aan wat ze "
        "gemeen hebben.",
        "{name} herneemt de waardenoefening en kiest de vijf belangrijkste waarden.",
        "De mentor zoekt binnen {org} contactpersonen voor een verkennend gesprek.",
    ),
    title=("Heroriëntatie: kiezen met kennis van zaken", "Een nieuwe richting verkennen"),
    situation=(
        "{name} werkt als {role} ({dept}, {org}). Het werk loopt goed, maar voelt al geruime "
        "tijd niet meer passend; de vraag is welke richting wel past.",
    ),
    direction=(
        "Binnen een half jaar een onderbouwde keuze maken: een nieuwe rol binnen {org}, een "
        "bijgestuurde huidige job of een andere richting.",
    ),
    goals=(
        _g(
            "Scherp krijgen welke taken en waarden het werk zinvol maken",
            _PERS,
            _A(
                "De vragenlijst over talenten en waarden invullen en bespreken",
                "Ingevulde vragenlijst besproken in een sessie",
                _EMP,
                "Vragenlijst van de mentor",
            ),
            _A(
                "Een maand lang wekelijks energiegevers en energievreters noteren",
                "Vier weekoverzichten",
                _EMP,
                "Werkboek",
            ),
            _A("Nadenken over wat echt belangrijk is"),
        ),
        _g(
            "Minstens twee andere richtingen concreet verkennen",
            _PROF,
            _A(
                "Drie verkennende gesprekken voeren met mensen in een andere functie",
                "Drie gesprekken gevoerd, telkens met een kort verslag",
                _EMP,
                "Contacten via HR en de mentor",
            ),
            _A(
                "Een career safari van enkele dagen regelen in een dienst die aanspreekt",
                "Safari gepland en uitgevoerd",
                _ORG,
                "Akkoord van de leidinggevende, drie werkdagen",
            ),
        ),
        _g(
            "Een onderbouwde keuze maken over de volgende stap",
            _PROF,
            _A(
                "De opties vergelijken op waarden, haalbaarheid en financiële gevolgen",
                "Keuzeoverzicht van één pagina",
            ),
            _A(
                "De gekozen richting bespreken met de leidinggevende",
                "Gesprek gevoerd en afspraken genoteerd",
                _MGR,
            ),
        ),
    ),
    not_now=(
        "Een volledige omscholing via een voltijdse opleiding",
        "Een voltijdse opleiding is financieel nu niet haalbaar. We bekijken dit opnieuw "
        "wanneer de gezinssituatie het toelaat; tot dan verken je de richting via kortere "
        "opleidingen en een safari.",
    ),
    obstacles=(
        (
            _MONEY,
            "Een switch kan een lager loon betekenen; de financiële ruimte thuis is beperkt.",
            "Opties doorrekenen en eerst verkennen binnen {org}, waar de anciënniteit blijft.",
        ),
        (
            _SELF,
            "Angst om de zekerheid van de huidige job los te laten.",
            "Kleine, omkeerbare stappen zetten: gesprekken en een safari vóór een beslissing.",
        ),
        (
            _TIME,
            "Naast werk en gezin blijft weinig ruimte over om te verkennen.",
            "De verkenning deels binnen de werkuren plannen, in overleg met de leidinggevende.",
        ),
    ),
    activities=(
        (_AK.COACHING, "Loopbaancoaching rond waarden en richting", "Move mentor", 8, 96000),
        (
            _AK.INFORMAL_LEARNING,
            "Verkennende gesprekken met collega's uit andere diensten",
            "",
            6,
            0,
        ),
        (_AK.TRAINING, "Online module 'Je loopbaan in eigen handen'", "Leerplatform {org}", 4, 0),
        (
            _AK.VOLUNTEERING,
            "Vrijwilligerswerk in een huiswerkklas, om het werken met jongeren te testen",
            "Buurtwerking De Brug",
            30,
            0,
        ),
    ),
    skills=(
        ("Zelfreflectie", "Houdt sinds de intake een reflectielogboek bij."),
        ("Netwerken", "Voerde drie verkennende gesprekken buiten de eigen dienst."),
        ("Anderen coachen", "Begeleidt informeel stagiairs en krijgt daar goede reacties op."),
        ("Presenteren", "Vindt dit spannend; nog weinig ervaring voor een groep."),
    ),
    moves=(
        (
            MoveKind.DIAGONAL,
            "Overstap naar een rol met meer mensencontact in een andere dienst",
            "opleidingsmedewerker",
        ),
        (MoveKind.NONE_YET, "Nog geen keuze; eerst verder verkennen", ""),
    ),
    plan_private=(
        "Onder de heroriëntatievraag zit mogelijk ook rouw. Ruimte laten, zonder therapeut "
        "te spelen.",
        "{name} twijfelt sterk aan zichzelf. De eerste acties klein houden zodat er snel "
        "succeservaringen zijn.",
    ),
)

_CRAFTING = _Theme(
    tag="job crafting",
    energy=(4, 8),
    trajectory=(
        "De huidige job zo bijsturen dat er meer ruimte komt voor wat energie geeft.",
        "Met job crafting de balans tussen energiegevers en energievreters herstellen.",
    ),
    background=(
        "Heeft een sterke band met het team en wil absoluut niet weg; zoekt vooral ademruimte.",
        "Is de voorbije jaren in een rol gegroeid die nooit echt gekozen werd; veel taken zijn "
        "er gewoon bijgekomen.",
        "Werkt deeltijds sinds de geboorte van het tweede kind en voelt zich daardoor soms een "
        "'tweederangscollega'.",
    ),
    private=(
        "{name} wil niet weg uit het team, maar het takenpakket is uitgedijd tot iets wat "
        "niemand nog overziet.",
        "Administratie is de grote energievreter; {name} schat dat ze de helft van de tijd "
        "opslokt.",
        "Als {name} vertelt over het inwerken van nieuwe collega's, verandert de "
        "lichaamstaal meteen. Daar zit iets.",
        "Schuldgevoel om taken af te stoten: 'dan komt het bij de collega's terecht'. Dit "
        "voorzichtig blijven benoemen.",
        "De leidinggevende staat open voor aanpassingen, zegt {name}, maar vraagt dat het "
        "team er weinig van merkt.",
        "{name} relativeert veel met humor. Vermoed dat de vermoeidheid groter is dan toegegeven.",
        "Sterk moment: {name} verwoordde zelf de eerste concrete aanpassing, zonder dat ik "
        "hoefde te sturen.",
    ),
    shared=(
        "We deelden je taken op in categorieën: wat geeft energie, wat kost energie en wat "
        "is neutraal.",
        "Je wil graag meer betekenen voor nieuwe collega's. We bespraken een rol als peter of "
        "meter in het team.",
        "We bekeken welke taken je kan afstemmen, ruilen of anders aanpakken, met zo weinig "
        "mogelijk impact op het team.",
        "Job crafting gaat niet alleen over taken, maar ook over relaties en over hoe je naar "
        "je werk kijkt. We stonden stil bij de mensen die je energie geven.",
        "Kleine aanpassingen maken al een verschil. We kozen één taak die je de komende maand "
        "anders aanpakt.",
    ),
    agreements=(
        "{name} bespreekt het voorstel voor een rol als peter of meter met de leidinggevende.",
        "{name} houdt een week lang bij hoeveel tijd naar administratie gaat.",
        "{name} werkt met twee collega's een voorstel uit om taken te ruilen.",
        "De mentor bezorgt een invuloefening rond job crafting.",
    ),
    title=("Job crafting: meer ruimte voor wat energie geeft", "De eigen job bijsturen"),
    situation=(
        "{name} werkt graag als {role} ({dept}, {org}), maar het takenpakket is de voorbije "
        "jaren gegroeid en de energiebalans is zoek.",
    ),
    direction=(
        "In de huidige functie blijven, met een takenpakket waarin de energiegevers opnieuw "
        "de overhand hebben.",
    ),
    goals=(
        _g(
            "Het takenpakket herschikken zodat de energiegevers de overhand krijgen",
            _PROF,
            _A(
                "Alle taken in kaart brengen en per categorie de tijdsbesteding schatten",
                "Overzicht met de tijdsbesteding per categorie",
                _EMP,
                "Sjabloon job crafting",
            ),
            _A(
                "Met de leidinggevende twee administratieve taken herverdelen of vereenvoudigen",
                "Twee taken aantoonbaar overgedragen of vereenvoudigd",
                _MGR,
                "Teamoverleg",
            ),
            _A("Minder doen van wat energie kost"),
        ),
        _g(
            "Nieuwe collega's begeleiden als peter of meter",
            _PROF,
            _A(
                "De rol van peter of meter uitschrijven samen met het onthaalteam",
                "Goedgekeurde rolbeschrijving van één pagina",
                _EMP,
                "Onthaalbrochure",
            ),
            _A(
                "Minstens twee nieuwe collega's begeleiden in hun eerste drie maanden",
                "Twee trajecten afgerond, elk met een korte evaluatie",
                _EMP,
                "Een uur per week",
            ),
        ),
        _g(
            "Een gezond evenwicht bewaren tussen werk en thuis",
            _PERS,
            _A(
                "Vaste werkuren afspreken en meldingen na 18 uur uitzetten",
                "Vier weken na elkaar volgehouden",
            ),
            _A("Elke maand één energiegever bewust inplannen", "Zes geplande momenten"),
        ),
    ),
    not_now=(
        "Een vierdagenweek met behoud van het volledige takenpakket",
        "Een vierdagenweek past nu niet in de bezetting van de dienst. We bekijken het opnieuw "
        "bij de evaluatie van de nieuwe teamplanning; ondertussen werken we aan een lichter "
        "takenpakket.",
    ),
    obstacles=(
        (
            _ORGL,
            "Taken die {name} afstoot, komen bij collega's terecht die het al druk hebben.",
            "Aanpassingen voorstellen als ruil en bespreken op het teamoverleg.",
        ),
        (
            _SELF,
            "Schuldgevoel bij het loslaten van taken.",
            "Met de mentor oefenen om de eigen behoeften helder te verwoorden.",
        ),
        (
            _TIME,
            "Weinig tijd om het peterschap of meterschap goed op te nemen.",
            "Een vast uur per week reserveren in de planning.",
        ),
    ),
    activities=(
        (
            _AK.JOB_CRAFTING,
            "Begeleide oefening job crafting: taken, relaties en perceptie",
            "Move mentor",
            6,
            72000,
        ),
        (_AK.MENTORING, "Peter of meter voor nieuwe collega's", "{dept}", 24, 0),
        (_AK.TRAINING, "Workshop 'Grenzen stellen op het werk'", "Intern opleidingscentrum", 7, 0),
        (_AK.INFORMAL_LEARNING, "Intervisie met collega's die ook hun job herschikken", "", 6, 0),
    ),
    skills=(
        ("Mensen begeleiden", "Begeleidde twee nieuwe collega's; beiden zijn zeer tevreden."),
        (
            "Prioriteiten stellen",
            "Maakte een overzicht van taken per categorie met tijdsbesteding.",
        ),
        ("Assertiviteit", "Geeft zelf aan moeilijk 'nee' te zeggen."),
        ("Digitale vaardigheden", "Automatiseerde een wekelijkse rapportage in een rekenblad."),
    ),
    moves=(
        (
            MoveKind.JOB_CRAFTING,
            "Herschikking van taken binnen de eigen functie, met een rol als peter of meter",
            "{role} met onthaalrol",
        ),
    ),
    plan_private=(
        "Het risico is dat {name} de aanpassing vooral voor het team doet. Blijven vragen: wat "
        "wil jij?",
        "De vermoeidheid is mogelijk groter dan gezegd. Bij de review ook naar slaap en herstel "
        "vragen.",
    ),
)

_SIDEWAYS = _Theme(
    tag="groei in de breedte",
    energy=(5, 8),
    trajectory=(
        "Groeien in de breedte: een andere rol binnen {org} vinden die beter aansluit bij de "
        "eigen talenten en interesses.",
        "Een laterale overstap voorbereiden en daarbij de opgebouwde ervaring meenemen.",
    ),
    background=(
        "Heeft nooit leidinggevende willen worden en voelde zich daardoor lang 'niet ambitieus "
        "genoeg'.",
        "Kwam via een tijdelijk contract binnen en bleef; heeft nooit bewust voor deze dienst "
        "gekozen.",
        "Volgt 's avonds een opleiding en wil die kennis graag inzetten in het werk.",
    ),
    private=(
        "{name} zoekt uitdrukkelijk geen promotie, 'gewoon iets anders'. Opgelucht toen ik zei "
        "dat ook dat groei is.",
        "Twijfelt of de leidinggevende een overstap als verraad zal zien. Loyaliteit is een "
        "sterke waarde.",
        "{name} is geïnteresseerd in communicatie, maar heeft een wat geromantiseerd beeld "
        "van die job. Een safari kan helpen.",
        "De energie zakt merkbaar zodra het over de huidige routinetaken gaat.",
        "Zag een interne vacature, maar durft niet te solliciteren omdat niet aan alle "
        "vereisten voldaan is. Besproken dat leerbaarheid telt.",
        "{name} vertelt dat een collega na een overstap helemaal openbloeide. Dat verhaal is "
        "een drijfveer.",
        "Merk frustratie over de trage interne procedures bij {org}. Realistisch blijven over "
        "de timing.",
    ),
    shared=(
        "We bespraken dat groei niet altijd promotie betekent. Een stap opzij kan je veel "
        "nieuwe ervaring geven.",
        "Je hebt interesse in een andere dienst. We bekeken welke vaardigheden je meeneemt en "
        "welke je nog kan ontwikkelen.",
        "We spraken over interne vacatures: talent en leerbaarheid wegen vaak zwaarder dan elk "
        "vinkje in het profiel.",
        "Een career safari is een goede manier om een andere job van dichtbij te leren kennen, "
        "zonder verplichting.",
        "We maakten een overzicht van je overdraagbare vaardigheden, los van je functietitel.",
    ),
    agreements=(
        "{name} vraagt via HR een career safari aan in de dienst die aanspreekt.",
        "{name} herwerkt het cv, met de vaardigheden voorop in plaats van de functietitels.",
        "{name} zoekt de interne vacatures van de voorbije maanden op en duidt er drie aan.",
        "De mentor bereidt met {name} een gesprek voor met de leidinggevende over een "
        "mogelijke overstap.",
    ),
    title=("Groeien in de breedte", "Een stap opzij binnen {org}"),
    situation=(
        "{name} werkt al geruime tijd als {role} ({dept}, {org}) en beheerst de job goed. De "
        "uitdaging is weg; doorgroeien naar boven spreekt niet aan.",
    ),
    direction=(
        "Binnen een jaar een laterale stap zetten naar een rol met nieuwe inhoud, binnen {org}.",
    ),
    goals=(
        _g(
            "Een andere dienst van binnenuit leren kennen",
            _PROF,
            _A(
                "Een career safari van vijf dagen doen in een dienst die aanspreekt",
                "Safari uitgevoerd en nabesproken",
                _EMP,
                "Vijf werkdagen, akkoord van beide leidinggevenden",
            ),
            _A(
                "Een gastdienst en een aanspreekpersoon voor de safari zoeken",
                "Gastdienst en data vastgelegd",
                _ORG,
                "HR-dienst",
            ),
            _A("Meer te weten komen over andere jobs"),
        ),
        _g(
            "Zichtbaar maken welke vaardigheden meegaan naar een nieuwe rol",
            _PROF,
            _A(
                "Een vaardighedenprofiel opstellen, los van de huidige functietitel",
                "Profiel met minstens acht vaardigheden, elk met een voorbeeld",
                _EMP,
                "Oefening van de mentor",
            ),
            _A("Het cv herschrijven vanuit vaardigheden", "Nieuw cv nagelezen door de mentor"),
        ),
        _g(
            "Het vertrouwen opbouwen om op een interne vacature te solliciteren",
            _PERS,
            _A("Op minstens één interne vacature solliciteren", "Sollicitatie ingediend"),
            _A(
                "Een sollicitatiegesprek oefenen met de mentor",
                "Oefengesprek gevoerd, met feedback",
                _MEN,
                "Eén sessie",
            ),
        ),
    ),
    not_now=(
        "Een overstap naar de juridische dienst",
        "Voor de juridische dienst is een diploma rechten vereist en er zijn nu geen vacatures. "
        "We bekijken dit opnieuw als je de avondopleiding hebt afgerond; ondertussen verken je "
        "verwante rollen.",
    ),
    obstacles=(
        (
            _ORGL,
            "Interne vacatures worden vaak laat of alleen mondeling bekendgemaakt.",
            "HR vragen om {name} te verwittigen bij passende vacatures.",
        ),
        (
            _SELF,
            "Loyaliteit tegenover de huidige leidinggevende en het team.",
            "Het gesprek met de leidinggevende voorbereiden als een groeivraag, niet als vertrek.",
        ),
        (
            _TIME,
            "De huidige dienst is onderbemand, waardoor een safari moeilijk in te plannen is.",
            "De safari in een rustigere periode plannen en de vervanging vooraf regelen.",
        ),
    ),
    activities=(
        (
            _AK.JOB_ROTATION,
            "Tijdelijke rotatie: één dag per week in een andere dienst",
            "HR en gastdienst",
            60,
            0,
        ),
        (_AK.TRAINING, "E-learning 'Projectmatig werken'", "Leerplatform {org}", 8, 0),
        (_AK.PROJECT, "Meewerken aan een project met een andere dienst", "{org}", 30, 0),
        (
            _AK.MENTORING,
            "Gesprekken met een collega die zelf een laterale overstap maakte",
            "Interne mentor",
            4,
            0,
        ),
    ),
    skills=(
        ("Klantgerichtheid", "Scoort in de klantenbevragingen steevast hoog."),
        ("Schriftelijke communicatie", "Schreef de nieuwe infobrochure van de dienst."),
        ("Projectmatig werken", "Nog weinig ervaring; het eerste project loopt."),
        ("Samenwerken over diensten heen", "Werkte mee aan een project met twee andere diensten."),
    ),
    moves=(
        (
            MoveKind.LATERAL,
            "Overstap naar een gelijkwaardige functie in een andere dienst",
            "medewerker communicatie",
        ),
        (
            MoveKind.DIAGONAL,
            "Overstap naar een rol met projectwerk in een andere dienst",
            "projectmedewerker",
        ),
    ),
    plan_private=(
        "{name} wacht graag tot alles perfect is. Aanmoedigen om te solliciteren, ook als niet "
        "elk vinkje klopt.",
        "De leidinggevende is mogelijk niet blij met een vertrek uit de dienst. Dat is niet het "
        "probleem van {name}, wel iets om op te volgen.",
    ),
)

_SUSTAIN = _Theme(
    tag="duurzame inzetbaarheid",
    energy=(2, 6),
    trajectory=(
        "Werkbaar werk: onderzoeken hoe {name} gezond en met goesting kan blijven werken tot "
        "het pensioen.",
        "Na een periode van uitval stap voor stap en duurzaam terugkeren naar het werk.",
    ),
    background=(
        "Was vorig jaar vier maanden afwezig door overbelasting. Gradueel hernomen; de "
        "arbeidsarts is op de hoogte.",
        "Mantelzorger voor een ouder met dementie; de combinatie met ploegwerk weegt zwaar.",
        "Doet fysiek zwaar werk en merkt dat het lichaam dit niet tot het pensioen volhoudt.",
    ),
    private=(
        "{name} is bang om opnieuw uit te vallen en zegt daarom 'ja' tegen alles. Patroon "
        "herkend en benoemd.",
        "De fysieke klachten nemen toe (rug, schouders). {name} wil absoluut niet dat de "
        "leidinggevende dat weet. Respecteren.",
        "Goede dag: {name} vertelde dat de nieuwe uurregeling veel rust geeft.",
        "De mantelzorg thuis is zwaarder dan vorige keer. Verwezen naar het aanbod van de "
        "sociale dienst, zonder aan te dringen.",
        "Loopbaancheck opnieuw ingevuld: de score op werkplezier is licht gestegen, die op "
        "belasting blijft hoog.",
        "{name} twijfelt of het nog tien jaar lukt in deze job. Geen vertrekwens, wel nood aan "
        "perspectief.",
        "De spanning met de leidinggevende neemt af sinds de re-integratieafspraken op papier "
        "staan.",
    ),
    shared=(
        "We bespraken je loopbaancheck: wat je werk aantrekkelijk houdt en waar het knelt.",
        "We keken naar de balans tussen belasting en herstel. Vaste pauzes en minder avondwerk "
        "helpen je.",
        "Je wil graag blijven werken bij {org}, maar op een manier die je langer volhoudt. We "
        "verkenden welke taken daarbij passen.",
        "We bespraken hoe je je grenzen duidelijk aangeeft bij collega's en je leidinggevende.",
        "Je maakte een overzicht van wat je werk de komende jaren werkbaar houdt. Dat neem je "
        "mee naar je gesprek met HR.",
    ),
    agreements=(
        "{name} bespreekt een aangepaste planning met de leidinggevende.",
        "{name} vult over drie maanden opnieuw de loopbaancheck in.",
        "{name} plant elke werkdag een korte pauze zonder scherm.",
        "De mentor gaat na welke minder belastende functies er binnen {org} bestaan.",
    ),
    title=("Werkbaar werk, ook op lange termijn", "Duurzaam terugkeren en blijven"),
    situation=(
        "{name} werkt als {role} ({dept}, {org}) en hernam onlangs na een periode van "
        "afwezigheid. De job is waardevol, maar de belasting is hoog.",
        "{name} werkt als {role} ({dept}, {org}). Het werk is zwaar en de vraag is hoe het de "
        "komende jaren werkbaar blijft.",
    ),
    direction=(
        "Met een aangepast takenpakket gezond blijven werken, en binnen twee jaar een minder "
        "belastende rol opnemen als dat nodig blijkt.",
    ),
    goals=(
        _g(
            "Een werkritme vinden dat vol te houden is",
            _PERS,
            _A(
                "Een aangepaste uurregeling afspreken en drie maanden uitproberen",
                "Regeling drie maanden toegepast en geëvalueerd",
                _MGR,
                "Akkoord van de leidinggevende",
            ),
            _A(
                "De loopbaancheck opnieuw invullen en de resultaten vergelijken",
                "Twee metingen vergeleken in een sessie",
                _EMP,
                "Loopbaancheck",
            ),
            _A("Beter voor zichzelf zorgen"),
        ),
        _g(
            "Verkennen welke minder belastende rollen binnen {org} passen",
            _PROF,
            _A(
                "Met HR een lijst opstellen van functies met een lagere belasting",
                "Lijst met minstens vijf functies",
                _ORG,
                "HR-dienst",
            ),
            _A(
                "Een gesprek voeren met de arbeidsarts over aanpassingen",
                "Gesprek gevoerd en advies ontvangen",
                _EMP,
                "Preventiedienst",
            ),
        ),
        _g(
            "Vaardigheden opbouwen voor een toekomstige rol",
            _PROF,
            _A(
                "Een opleiding digitale basisvaardigheden volgen",
                "Opleiding afgerond",
                _ORG,
                "Opleidingsbudget",
            ),
            _A(
                "Eén dag per maand meedraaien in een administratieve dienst",
                "Zes meeloopdagen",
                _EMP,
                "Akkoord van beide diensten",
            ),
        ),
    ),
    not_now=(
        "Een voltijdse terugkeer in de oorspronkelijke functie",
        "Een voltijdse terugkeer is nu niet verantwoord. We bekijken dit opnieuw na het "
        "volgende gesprek met de arbeidsarts; tot dan blijft de aangepaste regeling van kracht.",
    ),
    obstacles=(
        (
            _SELF,
            "Gezondheidsklachten beperken wat haalbaar is.",
            "Aanpassingen afstemmen met de arbeidsarts en de belasting geleidelijk opbouwen.",
        ),
        (
            _TIME,
            "Zorgtaken thuis laten weinig ruimte voor opleiding buiten de werkuren.",
            "Opleidingen plannen binnen de werkuren.",
        ),
        (
            _ORGL,
            "Er zijn weinig minder belastende functies in de eigen dienst.",
            "Samen met HR ook in andere diensten zoeken.",
        ),
        (
            _MONEY,
            "Minder uren werken betekent minder inkomen.",
            "Met HR de financiële gevolgen en mogelijke premies bekijken.",
        ),
    ),
    activities=(
        (_AK.COACHING, "Coaching rond energiebeheer en grenzen", "Move mentor", 6, 72000),
        (
            _AK.TRAINING,
            "Opleiding digitale basisvaardigheden",
            "Centrum voor volwassenenonderwijs",
            30,
            12000,
        ),
        (_AK.JOB_ROTATION, "Meeloopdagen in een administratieve dienst", "{org}", 48, 0),
        (_AK.INFORMAL_LEARNING, "Gespreksgroep over werkhervatting", "Preventiedienst", 10, 0),
    ),
    skills=(
        ("Energiebeheer", "Houdt sinds twee maanden een energiedagboek bij."),
        ("Grenzen aangeven", "Weigerde voor het eerst een extra dienst, zonder schuldgevoel."),
        ("Digitale vaardigheden", "Volgt de opleiding; de eerste modules zijn afgerond."),
        ("Vakkennis", "Jarenlange ervaring; collega's vragen vaak om raad."),
    ),
    moves=(
        (
            MoveKind.DIAGONAL,
            "Overstap naar een minder belastende functie, met behoud van de vakkennis",
            "medewerker planning",
        ),
        (
            MoveKind.JOB_CRAFTING,
            "Aangepast takenpakket binnen de huidige functie",
            "{role} met aangepaste taken",
        ),
    ),
    plan_private=(
        "Signalen van overbelasting goed in het oog houden; bij terugval doorverwijzen naar de "
        "arbeidsarts.",
        "{name} deelt niet alles met de leidinggevende; de gezondheidsinformatie blijft "
        "uitdrukkelijk buiten het gedeelde plan.",
    ),
)

_LEAVING = _Theme(
    tag="blijven of vertrekken",
    energy=(3, 7),
    trajectory=(
        "Een bewuste keuze maken tussen blijven en vertrekken, met oog voor wat {name} echt zoekt.",
        "Ontdekken wat {name} bij {org} kan houden, of een overstap zorgvuldig voorbereiden.",
    ),
    background=(
        "Werd bij de laatste reorganisatie overgeplaatst zonder inspraak; het vertrouwen in "
        "{org} is beschadigd.",
        "Kreeg een aanbod van een vroegere werkgever en twijfelt; een collega raadde de move "
        "mentor aan.",
        "Heeft het gevoel dat de sector stilstaat en wil de carrière een nieuwe wending geven.",
    ),
    private=(
        "{name} heeft al gesolliciteerd bij een andere werkgever; niemand bij {org} weet het. "
        "Vertrouwelijkheid is hier cruciaal.",
        "De frustratie richt zich vooral op de leidinggevende, minder op het werk zelf. Dat "
        "onderscheid benoemd.",
        "{name} zegt 'ik ben hier klaar mee', maar vertelt tien minuten later enthousiast over "
        "een lopend project.",
        "Het aanbod van buiten doorgenomen: hoger loon, minder boeiende inhoud. {name} twijfelt "
        "hoe zwaar dat weegt.",
        "Vermoed dat een echt gesprek met HR al veel zou oplossen. {name} wil dat voorlopig niet.",
        "{name} bespreekt dit met niemand anders dan met mij. Des te belangrijker om neutraal te "
        "blijven.",
        "Rustiger dan vorige keer: de keuze voelt minder dringend nu er een tijdspad is.",
    ),
    shared=(
        "We bespraken wat je zoekt in je volgende stap, los van de vraag waar die plaatsvindt.",
        "Je zette de voor- en nadelen van blijven en vertrekken op een rij. Inhoud, sfeer en "
        "groeikansen wegen voor jou het zwaarst.",
        "We keken naar je netwerk en hoe je dat gericht kan inzetten.",
        "Ook een overstap naar een andere organisatie is een loopbaanstap. We bespraken hoe je "
        "die zorgvuldig voorbereidt.",
        "Je wil eerst weten wat er intern nog mogelijk is. We bereidden een open gesprek met "
        "HR voor.",
    ),
    agreements=(
        "{name} maakt een lijst van drie criteria waaraan een volgende job moet voldoen.",
        "{name} spreekt twee mensen uit het netwerk aan over hun werkgever.",
        "{name} beslist vóór het volgende gesprek of het aanbod verder onderzocht wordt.",
        "{name} bereidt een gesprek met HR voor over de interne mogelijkheden.",
    ),
    title=("Blijven of vertrekken: een bewuste keuze", "De volgende stap, binnen of buiten {org}"),
    situation=(
        "{name} werkt als {role} ({dept}, {org}) en vraagt zich af of de toekomst bij {org} "
        "ligt. De vraag is wat er nodig is om te blijven, en welke alternatieven er zijn.",
    ),
    direction=(
        "Binnen zes maanden een bewuste keuze maken en die zorgvuldig uitvoeren, binnen of "
        "buiten {org}.",
    ),
    goals=(
        _g(
            "Helder krijgen wat {name} zoekt in een volgende job",
            _PERS,
            _A(
                "Drie criteria voor een volgende job formuleren en toetsen aan de huidige job",
                "Criteria op papier en besproken",
            ),
            _A("De waardenoefening afronden", "Vijf kernwaarden benoemd", _EMP, "Werkboek"),
        ),
        _g(
            "De interne en externe mogelijkheden in kaart brengen",
            _PROF,
            _A(
                "Een open gesprek voeren met HR over interne mogelijkheden",
                "Gesprek gevoerd en opties genoteerd",
                _EMP,
                "Voorbereiding met de mentor",
            ),
            _A(
                "Vier verkennende gesprekken voeren met mensen bij andere werkgevers",
                "Vier gesprekken gevoerd",
                _EMP,
                "Eigen netwerk",
            ),
            _A("Rondkijken op de arbeidsmarkt"),
        ),
        _g(
            "Een beslissing nemen en die zorgvuldig uitvoeren",
            _PROF,
            _A(
                "Een keuzeoverzicht maken met de voor- en nadelen van elke optie",
                "Overzicht van één pagina",
            ),
            _A(
                "De gekozen optie bespreken met de leidinggevende en een tijdspad afspreken",
                "Tijdspad vastgelegd",
                _MGR,
            ),
        ),
    ),
    not_now=(
        "Een interne overstap naar de afdeling strategie",
        "In de afdeling strategie is er het komende jaar geen vacature. We bekijken dit opnieuw "
        "na de volgende budgetronde; ondertussen verken je andere mogelijkheden.",
    ),
    obstacles=(
        (
            _ORGL,
            "Weinig doorgroeimogelijkheden in de eigen dienst.",
            "Ook kijken naar diensten en projecten over de grenzen van de afdeling heen.",
        ),
        (
            _SELF,
            "Opgestapelde frustratie maakt een rustige afweging moeilijk.",
            "De beslissing niet overhaasten en eerst de criteria formuleren.",
        ),
        (
            _MONEY,
            "Een overstap kan anciënniteit en extralegale voordelen kosten.",
            "De voorwaarden van elke optie naast elkaar leggen vóór een beslissing.",
        ),
    ),
    activities=(
        (_AK.COACHING, "Begeleiding door de move mentor bij de keuze", "Move mentor", 8, 96000),
        (_AK.INFORMAL_LEARNING, "Netwerkgesprekken bij andere werkgevers", "", 8, 0),
        (
            _AK.TRAINING,
            "Workshop 'Solliciteren vanuit je sterktes'",
            "Extern opleidingsbureau",
            6,
            35000,
        ),
        (_AK.PROJECT, "Trekken van een innovatieproject over de diensten heen", "{org}", 40, 0),
    ),
    skills=(
        ("Onderhandelen", "Rondde met succes een contractonderhandeling met een leverancier af."),
        ("Netwerken", "Voerde vier gesprekken met mensen bij andere werkgevers."),
        ("Analytisch denken", "Ontwikkelde een rapportering die de hele afdeling nu gebruikt."),
        ("Omgaan met verandering", "Maakte twee reorganisaties mee; die kostten veel energie."),
    ),
    moves=(
        (
            MoveKind.EXTERNAL,
            "Overstap naar een andere werkgever",
            "gelijkaardige functie bij een andere werkgever",
        ),
        (MoveKind.LATERAL, "Interne overstap naar een andere afdeling", "projectmedewerker"),
    ),
    plan_private=(
        "Het plan spreekt neutraal over interne en externe opties; dat {name} al gesolliciteerd "
        "heeft, staat er bewust niet in.",
        "Persoonlijk denk ik dat {name} buiten {org} beter af is, maar dat is niet mijn keuze. "
        "Neutraal blijven.",
    ),
)

# --- generic pools -------------------------------------------------------------------------

_INTAKE_PRIVATE = (
    "Eerste kennismaking. {name} oogt gespannen bij het begin en ontdooit zodra het over het "
    "werk zelf gaat.",
    "Vlotte kennismaking; {name} had zich goed voorbereid en bracht een lijstje vragen mee.",
    "{name} vraagt twee keer of dit gesprek echt vertrouwelijk blijft tegenover {org}. "
    "Uitdrukkelijk bevestigd.",
    "Bij de intake veel uitleg over de voorgeschiedenis in het team; {name} wil vooral gehoord "
    "worden.",
    "{name} is sceptisch over loopbaanbegeleiding ('al eens geprobeerd, leverde niets op'). "
    "Verwachtingen helder afgebakend.",
    "Rustige intake. {name} kan nog moeilijk verwoorden wat de volgende stap moet zijn, maar "
    "weet goed wat niet meer.",
)
_INTAKE_SHARED = (
    "Kennismaking: we bespraken het kader van de begeleiding, de vertrouwelijkheid en je "
    "verwachtingen. Een gesprek is geen belofte, wel een eerlijke verkenning van reële "
    "mogelijkheden.",
    "We maakten kennis en overliepen je loopbaan tot nu toe. Je brengt zelf al een paar ideeën "
    "mee; die nemen we als vertrekpunt.",
    "Intakegesprek: je vertelde over je huidige job, wat je energie geeft en wat minder. We "
    "spraken af hoe de begeleiding verder verloopt.",
    "In dit eerste gesprek verkenden we je vraag en je verwachtingen. We kozen samen voor een "
    "traject van enkele gesprekken, met een ontwikkelingsplan als resultaat.",
)
_INTAKE_AGREEMENTS = (
    "{name} vult vóór het volgende gesprek de vragenlijst over talenten en energiegevers in.",
    "{name} schrijft een korte loopbaantijdlijn: welke jobs, wat gaf energie, wat niet.",
    "{name} doet de loopbaancheck en brengt het resultaat mee naar het volgende gesprek.",
    "{name} noteert een week lang de energiegevers en energievreters in het werk.",
)
_FOLLOW_UP_SHARED = (
    "We overliepen de afspraken van vorige keer.",
    "Opvolging van je plan: de eerste acties lopen.",
    "We keken samen naar wat er sinds het vorige gesprek veranderd is.",
)
_DEBRIEF_PRIVATE = (
    "Debriefing van de safari bij {host}. {name} straalde bij het vertellen; dit is duidelijk "
    "meer dan een leuk uitstapje.",
    "Na de safari bij {host} is {name} eerder ontnuchterd: het werk ginds is minder anders dan "
    "verwacht. Ook dat is een waardevolle uitkomst.",
    "{name} kreeg bij {host} complimenten over de aanpak; het zelfvertrouwen kreeg daardoor een "
    "duidelijke boost.",
)
_DEBRIEF_SHARED = (
    "We bespraken je career safari bij {host}: wat je zag, wat je verraste en welke taken je "
    "energie gaven.",
    "Terugblik op je safari bij {host}. Je leerde hoe het werk daar georganiseerd is en welke "
    "vaardigheden er gevraagd worden.",
)
_DEBRIEF_AGREEMENTS = (
    "{name} schrijft een korte reflectie over de safari en deelt die met de leidinggevende.",
    "{name} bedankt het gastteam en vraagt of een vervolgafspraak mogelijk is.",
)
_CLOSING_PRIVATE = (
    "Afronding. {name} staat duidelijk sterker dan bij de start; de twijfel van toen is een "
    "keuze geworden.",
    "Slotgesprek. Niet alles is opgelost, maar {name} weet wat de volgende stap is en durft die "
    "te zetten.",
    "Laatste gesprek. {name} bedankte uitgebreid; zelf vind ik dat we de spanning met de "
    "leidinggevende te weinig hebben aangepakt.",
)
_CLOSING_SHARED = (
    "Afsluitend gesprek: we blikten terug op het traject, je ontwikkelingsplan en wat je bereikt "
    "hebt. Je weet waar je terechtkunt als je later opnieuw wil sparren.",
    "We rondden de begeleiding af. Je hebt je doelen grotendeels gehaald en neemt je plan zelf "
    "verder op.",
    "Slotgesprek: we vatten samen wat je geleerd hebt over je talenten en waarden, en welke "
    "stappen je zelf verder zet.",
)
_CLOSING_AGREEMENTS = (
    "{name} plant zelf binnen drie maanden een opvolgmoment met de leidinggevende.",
    "Geen verdere sessies; {name} kan binnen het jaar nog één opvolggesprek aanvragen.",
)
_PAUSE_PRIVATE = (
    "{name} vraagt een pauze in de begeleiding wegens drukte thuis; we hernemen wanneer het past.",
    "Traject gepauzeerd op vraag van {name}: eerst de reorganisatie bij {org} afwachten.",
)
_PAUSE_SHARED = "We pauzeren de begeleiding tijdelijk. Je neemt zelf contact op om te hernemen."
_ENERGY_PRIVATE = (
    (
        "Energie duidelijk laag vandaag; {name} was moe en kort van stof.",
        "Vermoeid; sprak over slecht slapen door de werkdruk. Opvolgen.",
        "Weinig veerkracht vandaag. Het tempo van het gesprek bewust laag gehouden.",
    ),
    (
        "Wisselende energie: begon vlak, werd levendiger bij het bespreken van concrete opties.",
        "Gemiddelde energie, wel goed betrokken.",
        "Energie oké, maar de frustratie over het team sluimert.",
    ),
    (
        "Veel energie vandaag; {name} zat vol plannen.",
        "Opvallend opgewekt, alsof er iets in beweging is gekomen.",
        "Goede energie; {name} lacht meer dan in de vorige gesprekken.",
    ),
)
_CONSENT = (
    "Toestemming voor het bijhouden van gespreksnotities en het opmaken van een "
    "ontwikkelingsplan. Delen met HR enkel na uitdrukkelijk akkoord.",
    "Akkoord met de verwerking van gespreksnotities binnen de begeleiding; de gedeelde "
    "samenvatting mag naar de leidinggevende.",
    "Toestemming voor notities en plan; niets wordt met {org} gedeeld zonder voorafgaand "
    "akkoord van de medewerker.",
)
_RESOURCES = (
    "Opleidingsbudget van de dienst, tijd tijdens de werkuren en een interne mentor.",
    "Vier uur per maand voor ontwikkeling, toegang tot het interne leerplatform en de "
    "loopbaancheck.",
    "Budget voor één externe opleiding, een buddy in de gastdienst en gesprekken met de move "
    "mentor.",
    "Tijd voor een career safari, feedback van collega's en een laptop voor e-learning.",
)
_ORG_COMMITMENTS = (
    "{org} voorziet tijd tijdens de werkuren en betaalt de opleidingskosten.",
    "De leidinggevende plant elk kwartaal een opvolggesprek en maakt ruimte in de planning.",
    "HR zoekt mee naar een gastdienst voor een safari en houdt de interne vacatures in het oog.",
    "{org} stelt een interne mentor aan en bewaakt dat de werkdruk haalbaar blijft.",
)
_EMPLOYEE_COMMITMENTS = (
    "{name} neemt zelf het initiatief voor de acties en bespreekt de voortgang in elk gesprek.",
    "{name} reserveert wekelijks een vast moment voor het plan en vraagt tijdig hulp als iets "
    "vastloopt.",
    "{name} houdt een leerlogboek bij en deelt de reflecties met de mentor.",
    "{name} vraagt actief feedback en stuurt het plan bij waar nodig.",
)
_SAFARI_REFLECTION = (
    "De dagen bij {host} gaven me een realistisch beeld van het werk. Het contact met de "
    "collega's daar gaf veel energie, de administratie minder.",
    "Ik zag dat mijn ervaring als {role} ook bij {host} bruikbaar is. Ik wil dit verder verkennen.",
    "De safari bij {host} bevestigde dat ik nieuwe inhoud zoek, maar deze job past minder dan "
    "gedacht. Dat helpt me kiezen.",
)
_SAFARI_PRIVATE = (
    "Het gastcontact bij {host} liet informeel weten dat {name} welkom is als er een vacature "
    "komt. Nog niet gedeeld.",
    "{name} vond het spannend om de eigen dienst te 'verlaten', zelfs voor een paar dagen. Het "
    "loyaliteitsthema keert terug.",
    "De verwachtingen over {host} waren hooggespannen; {name} kwam wat teleurgesteld terug. "
    "Nabespreken zonder te relativeren.",
)
_SAFARI_UPCOMING_PRIVATE = (
    "De gastdienst {host} reageerde enthousiast; {name} kijkt ernaar uit, maar is ook zenuwachtig."
)
_SAFARI_CANCELLED_PRIVATE = (
    "Safari geannuleerd wegens personeelstekort in de eigen dienst. {name} was ontgoocheld; "
    "later opnieuw proberen."
)

# --- the people ----------------------------------------------------------------------------

_ORGS: tuple[tuple[str, str, str], ...] = (
    ("Stad Gent", "example.be", "BE"),
    ("Zorggroep Zuiderkempen", "example.be", "BE"),
    ("Scheldeport Logistics", "example.be", "BE"),
    ("Leiestreek Bank", "example.be", "BE"),
    ("UZ Kempenland", "example.be", "BE"),
    ("Hogeschool Waalkant", "example.org", "NL"),
    ("Gemeente Maasoever", "example.org", "NL"),
)
_GENT, _ZORG, _SCHELDE, _BANK, _UZ, _HOGESCHOOL, _MAASOEVER = range(len(_ORGS))


@dataclass(frozen=True)
class _SafariSpec:
    host: str
    host_role: str
    contact: str
    status: SafariStatus
    learning_goals: str


@dataclass(frozen=True)
class _Person:
    name: str
    org: int
    dept: str
    role: str
    theme: _Theme
    status: MenteeStatus
    referral: str
    preferred: str = ""
    lang: Language = Language.NL
    plan: bool = True
    safari: _SafariSpec | None = None
    closed_days_ago: int = 0
    flags: tuple[str, ...] = ()
    background: str = ""


_ACT, _INT, _PAU, _CLO = (
    MenteeStatus.ACTIVE,
    MenteeStatus.INTAKE,
    MenteeStatus.PAUSED,
    MenteeStatus.CLOSED,
)
_S = SafariStatus

_PEOPLE: tuple[_Person, ...] = (
    _Person(
        "An Peeters",
        _GENT,
        "Burgerzaken",
        "baliemedewerker",
        _SIDEWAYS,
        _ACT,
        "HR",
        flags=("review_soon",),
        safari=_SafariSpec(
            "Dienst Communicatie",
            "communicatiemedewerker",
            "Greet Van Acker",
            _S.COMPLETED,
            "Zien hoe een communicatiecampagne tot stand komt en "
            "testen of schrijven voor een breed publiek energie geeft.",
        ),
    ),
    _Person(
        "Pieter-Jan De Smet",
        _SCHELDE,
        "Planning",
        "transportplanner",
        _GROWTH,
        _ACT,
        "eigen initiatief",
        preferred="PJ",
        flags=("not_now",),
    ),
    _Person(
        "Fatima El Amrani",
        _UZ,
        "Cardiologie",
        "verpleegkundige",
        _REORIENT,
        _ACT,
        "leidinggevende",
        safari=_SafariSpec(
            "Dienst Ziekenhuishygiëne",
            "deskundige ziekenhuishygiëne",
            "Marc Verhaegen",
            _S.COMPLETED,
            "Ontdekken of een rol met meer preventie en advies, en minder nachtdiensten, past.",
        ),
    ),
    _Person(
        "Jeroen van Dijk",
        _HOGESCHOOL,
        "ICT-dienst",
        "applicatiebeheerder",
        _LEAVING,
        _CLO,
        "eigen initiatief",
        closed_days_ago=500,
    ),
    _Person(
        "Łukasz Wróbel",
        _SCHELDE,
        "Magazijn",
        "ploegleider magazijn",
        _GROWTH,
        _ACT,
        "HR",
        lang=Language.EN,
        safari=_SafariSpec(
            "Transportplanning",
            "planner",
            "Hilde Baert",
            _S.ONGOING,
            "Begrijpen hoe de planning het werk van de ploegen beïnvloedt en "
            "proeven van een coördinerende rol.",
        ),
    ),
    _Person(
        "Şükrü Yılmaz",
        _GENT,
        "Wegen en Infrastructuur",
        "technisch assistent",
        _SUSTAIN,
        _ACT,
        "arbeidsarts",
        flags=("review_soon", "not_now"),
    ),
    _Person(
        "Ελένη Παπαδοπούλου",
        _UZ,
        "Labo klinische biologie",
        "laborant",
        _REORIENT,
        _ACT,
        "eigen initiatief",
        lang=Language.EN,
        safari=_SafariSpec(
            "Kwaliteitsdienst",
            "kwaliteitscoördinator",
            "Peter Coppens",
            _S.PLANNED,
            "Nagaan of werken rond kwaliteit en procedures past "
            "bij de eigen sterkte: nauwkeurigheid.",
        ),
    ),
    _Person(
        "Олена Шевченко",
        _ZORG,
        "Woonzorgcentrum De Linde",
        "zorgkundige",
        _GROWTH,
        _ACT,
        "HR",
        lang=Language.EN,
        background="Was in Oekraïne verpleegkundige; het diploma is hier nog niet erkend. "
        "Volgt Nederlandse les en voelt zich soms onder de eigen mogelijkheden ingezet.",
    ),
    _Person(
        "Zoë Van den Bossche",
        _BANK,
        "Kredieten",
        "kredietanalist",
        _CRAFTING,
        _PAU,
        "eigen initiatief",
    ),
    _Person(
        "Sofie Claes",
        _ZORG,
        "Personeelsdienst",
        "HR-medewerker",
        _CRAFTING,
        _ACT,
        "eigen initiatief",
    ),
    _Person(
        "Bram Janssens",
        _BANK,
        "Klantendienst",
        "klantenadviseur",
        _SIDEWAYS,
        _ACT,
        "HR",
        safari=_SafariSpec(
            "Dienst Kredieten",
            "kredietadviseur",
            "Ruben Declercq",
            _S.COMPLETED,
            "Kennismaken met kredietanalyse en nagaan welke opleiding daarvoor nodig is.",
        ),
    ),
    _Person(
        "Lotte Maes",
        _GENT,
        "Cultuur",
        "projectmedewerker",
        _REORIENT,
        _INT,
        "eigen initiatief",
        plan=False,
    ),
    _Person(
        "Wouter Vermeulen",
        _SCHELDE,
        "Douane en compliance",
        "douanedeclarant",
        _SIDEWAYS,
        _CLO,
        "leidinggevende",
        closed_days_ago=420,
        safari=_SafariSpec(
            "Dienst Aankoop",
            "aankoper",
            "Lien Vandenberghe",
            _S.COMPLETED,
            "Zien of onderhandelen met leveranciers energie geeft.",
        ),
    ),
    _Person(
        "Ine Willems",
        _UZ,
        "Patiëntenadministratie",
        "administratief medewerker",
        _SUSTAIN,
        _ACT,
        "HR",
    ),
    _Person(
        "Mohamed Benali",
        _SCHELDE,
        "Technische dienst",
        "onderhoudstechnieker",
        _GROWTH,
        _ACT,
        "eigen initiatief",
        preferred="Mo",
    ),
    _Person(
        "Katrien Wouters",
        _BANK,
        "Compliance",
        "compliance officer",
        _LEAVING,
        _CLO,
        "eigen initiatief",
        closed_days_ago=60,
    ),
    _Person(
        "Thomas Mertens",
        _HOGESCHOOL,
        "Opleiding Bedrijfskunde",
        "docent",
        _CRAFTING,
        _ACT,
        "eigen initiatief",
        flags=("not_now",),
    ),
    _Person(
        "Els Goossens",
        _ZORG,
        "Thuiszorg",
        "verzorgende",
        _SUSTAIN,
        _PAU,
        "leidinggevende",
        plan=False,
    ),
    _Person(
        "Sanne de Vries",
        _MAASOEVER,
        "Sociaal Domein",
        "consulent werk en inkomen",
        _REORIENT,
        _ACT,
        "HR",
        safari=_SafariSpec(
            "Team Jeugd",
            "jeugdconsulent",
            "Martijn Visser",
            _S.CANCELLED,
            "Verkennen of werken met jongeren en gezinnen beter past dan werk en inkomen.",
        ),
    ),
    _Person(
        "Kevin Dubois", _GENT, "ICT", "servicedeskmedewerker", _GROWTH, _INT, "eigen initiatief"
    ),
    _Person(
        "Nathalie Lambrechts",
        _UZ,
        "Facilitaire dienst",
        "teamverantwoordelijke schoonmaak",
        _LEAVING,
        _ACT,
        "collega",
        preferred="Nat",
    ),
    _Person(
        "Joris Van Damme",
        _BANK,
        "IT-beveiliging",
        "security analist",
        _LEAVING,
        _INT,
        "eigen initiatief",
        plan=False,
    ),
    _Person(
        "Marieke Bakker",
        _HOGESCHOOL,
        "Studentenadministratie",
        "medewerker studentenadministratie",
        _SIDEWAYS,
        _ACT,
        "HR",
    ),
    _Person(
        "Stijn Hermans",
        _SCHELDE,
        "Financiën",
        "boekhouder",
        _GROWTH,
        _CLO,
        "HR",
        closed_days_ago=150,
    ),
    _Person(
        "Yasmina Ouali",
        _ZORG,
        "Dagcentrum",
        "ergotherapeut",
        _CRAFTING,
        _ACT,
        "leidinggevende",
        safari=_SafariSpec(
            "Dienst Vorming en Opleiding",
            "opleidingsverantwoordelijke",
            "Kristel Jacobs",
            _S.PLANNED,
            "Ervaren hoe het is om collega's "
            "op te leiden in plaats van zelf cliënten te begeleiden.",
        ),
    ),
)

_HANDLES = {
    "Łukasz Wróbel": "lukasz.wrobel",
    "Şükrü Yılmaz": "sukru.yilmaz",
    "Ελένη Παπαδοπούλου": "eleni.papadopoulou",
    "Олена Шевченко": "olena.shevchenko",
}
_SLOTS = (time(9, 0), time(10, 30), time(13, 30), time(15, 0), time(16, 30))
_SPANS = (182, 274, 365)

# --- generation ----------------------------------------------------------------------------


def demo_mentees(today: date) -> list[DemoMentee]:
    """The demo mentees, identical for the same ``today``; all dates are relative to it."""
    rng = random.Random(SEED)
    return [_Builder(person, today, rng).build() for person in _PEOPLE]


class _Deck:
    """Draws sentences from a shuffled pool without repeating until the pool is used up."""

    def __init__(self, pool: tuple[str, ...], rng: random.Random) -> None:
        self._items = rng.sample(pool, len(pool))
        self._next = 0

    def draw(self) -> str:
        item = self._items[self._next % len(self._items)]
        self._next += 1
        return item


class _Builder:
    """Builds one demo mentee. Day offsets stay integers relative to ``today`` until the end,
    so random draws never depend on the calendar (weekends only nudge session dates)."""

    def __init__(self, person: _Person, today: date, rng: random.Random) -> None:
        self.p = person
        self.today = today
        self.rng = rng
        org = _ORGS[person.org][0]
        self.ctx = {
            "name": person.preferred or person.name.split()[0],
            "org": org,
            "role": person.role,
            "dept": person.dept,
            "host": person.safari.host if person.safari else "",
        }

    def fill(self, text: str) -> str:
        return text.format(**self.ctx)

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.fill(self.rng.choice(pool))

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def workday(self, offset: int, *, forward: bool) -> date:
        """A weekday near ``offset``: past dates move back to Friday, future ones to Monday."""
        d = self.day(offset)
        if d.weekday() >= 5:
            shift = 7 - d.weekday() if forward else 4 - d.weekday()
            d += timedelta(days=shift)
        return d

    def at(self, offset: int, *, forward: bool = False) -> datetime:
        return datetime.combine(self.workday(offset, forward=forward), self.rng.choice(_SLOTS))

    def build(self) -> DemoMentee:
        p, rng = self.p, self.rng
        offsets, next_offset = self._timeline()
        debrief_at = self._debrief_index(len(offsets))
        safaris, safari_span = self._safaris(offsets, debrief_at)
        sessions = self._sessions(offsets, next_offset, debrief_at)
        start = sessions[0].started_at.date()
        close = sessions[-1].started_at.date() if p.status is _CLO else None
        plan = self._plan(offsets[0], safari_span) if p.plan else None
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
            consent_scope=self.pick(_CONSENT),
            retention_until=close + timedelta(days=365) if close else None,
            export_language=p.lang,
            trajectory_goal=self.pick(p.theme.trajectory),
            private_background=p.background or self.pick(p.theme.background),
            tags=[p.theme.tag, *(["career safari"] if p.safari else [])],
        )
        return DemoMentee(mentee, sessions, plan, safaris, skills, self._moves(safaris))

    def _timeline(self) -> tuple[list[int], int | None]:
        """Session day offsets (all in the past) and the offset of the next planned session."""
        p, rng = self.p, self.rng
        soon, later = rng.randint(1, 6), rng.randint(8, 35)
        if p.status is _INT:
            return [-rng.randint(9, 21), -rng.randint(1, 4)], soon
        count = rng.randint(3, 6) if p.status is not _PAU else rng.randint(2, 4)
        if p.safari and p.safari.status is _S.COMPLETED:
            count = max(count, 3)
        if p.status is _CLO:
            last = -p.closed_days_ago
            first = last - rng.randint(200, 360)
        elif p.status is _PAU:
            last = -rng.randint(45, 100)
            first = last - rng.randint(100, 200)
        else:
            last = -rng.randint(2, 25)
            first = last - rng.randint(60, 300)
        step = (last - first) / (count - 1)
        middle = [round(first + i * step) + rng.randint(-2, 2) for i in range(1, count - 1)]
        upcoming = None
        if p.status is _ACT:
            upcoming = soon if rng.random() < 0.6 else later
        return [first, *middle, last], upcoming

    def _debrief_index(self, count: int) -> int | None:
        safari = self.p.safari
        if safari is None or safari.status is not _S.COMPLETED:
            return None
        return count - 2 if self.p.status is _CLO or count >= 4 else count - 1

    def _sessions(
        self, offsets: list[int], next_offset: int | None, debrief_at: int | None
    ) -> list[CoachingSession]:
        p, rng = self.p, self.rng
        theme = p.theme
        private, shared = _Deck(theme.private, rng), _Deck(theme.shared, rng)
        agreements = _Deck(theme.agreements, rng)
        lo, hi = theme.energy
        sessions: list[CoachingSession] = []
        for i, offset in enumerate(offsets):
            last = i == len(offsets) - 1
            energy = rng.randint(lo, hi)
            mode = rng.choices(
                (SessionMode.IN_PERSON, SessionMode.VIDEO, SessionMode.PHONE), (5, 4, 1)
            )[0]
            minutes = rng.choice((45, 60, 60, 75))
            extra = rng.random() < 0.4
            band = _ENERGY_PRIVATE[0 if energy <= 4 else 1 if energy <= 6 else 2]
            mood = self.pick(band)
            if i == 0:
                kind, mode, minutes = SessionKind.INTAKE, SessionMode.IN_PERSON, 90
                notes = f"{self.pick(_INTAKE_PRIVATE)} {self.fill(private.draw())}"
                summary = self.pick(_INTAKE_SHARED)
                agreed = self.pick(_INTAKE_AGREEMENTS)
            elif last and p.status is _CLO:
                kind = SessionKind.CLOSING
                notes = self.pick(_CLOSING_PRIVATE)
                summary = self.pick(_CLOSING_SHARED)
                agreed = self.pick(_CLOSING_AGREEMENTS)
            elif i == debrief_at:
                kind = SessionKind.SAFARI_DEBRIEF
                notes = f"{self.pick(_DEBRIEF_PRIVATE)} {mood}"
                summary = self.pick(_DEBRIEF_SHARED)
                agreed = self.pick(_DEBRIEF_AGREEMENTS)
            elif last and p.status is _PAU:
                kind = SessionKind.FOLLOW_UP
                notes = f"{self.pick(_PAUSE_PRIVATE)} {mood}"
                summary = f"{self.fill(shared.draw())} {_PAUSE_SHARED}"
                agreed = ""
            else:
                kind = SessionKind.CAREER_CONVERSATION if i == 1 or extra else SessionKind.FOLLOW_UP
                notes = self.fill(private.draw())
                if extra:
                    notes += " " + self.fill(private.draw())
                notes += " " + mood
                summary = self.fill(shared.draw())
                if kind is SessionKind.FOLLOW_UP:
                    summary = f"{self.pick(_FOLLOW_UP_SHARED)} {summary}"
                agreed = self.fill(agreements.draw())
            if mode is SessionMode.PHONE:
                minutes = min(minutes, 45)
            sessions.append(
                CoachingSession(
                    mentee_id=PLACEHOLDER_ID,
                    started_at=self.at(offset),
                    duration_minutes=minutes,
                    kind=kind,
                    mode=mode,
                    private_notes=notes,
                    shared_summary=summary,
                    energy=energy,
                    agreements=agreed,
                )
            )
        for before, after in zip(sessions, sessions[1:], strict=False):
            before.next_session_at = after.started_at
        if next_offset is not None:
            sessions[-1].next_session_at = self.at(next_offset, forward=True)
        return sessions

    def _safaris(
        self, offsets: list[int], debrief_at: int | None
    ) -> tuple[list[CareerSafari], tuple[int, int] | None]:
        spec, rng = self.p.safari, self.rng
        if spec is None:
            return [], None
        length = rng.randint(3, 10)
        if debrief_at is not None:
            end = offsets[debrief_at] - rng.randint(2, 8)
            start = end - length
        elif spec.status is _S.ONGOING:
            start, end = -2, length
        elif spec.status is _S.PLANNED:
            start = rng.randint(10, 30)
            end = start + length
        else:
            start = -rng.randint(20, 40)
            end = start + length
        completed = spec.status is _S.COMPLETED
        if completed:
            notes = self.pick(_SAFARI_PRIVATE)
        elif spec.status is _S.CANCELLED:
            notes = self.fill(_SAFARI_CANCELLED_PRIVATE)
        else:
            notes = self.fill(_SAFARI_UPCOMING_PRIVATE)
        safari = CareerSafari(
            mentee_id=PLACEHOLDER_ID,
            host_department=spec.host,
            host_role=spec.host_role,
            host_contact=spec.contact,
            start_date=self.day(start),
            end_date=self.day(end),
            status=spec.status,
            learning_goals=spec.learning_goals,
            shared_reflection=self.pick(_SAFARI_REFLECTION) if completed else "",
            private_notes=notes,
        )
        return [safari], (start, end) if spec.status is not _S.CANCELLED else None

    def _plan(self, first: int, safari_span: tuple[int, int] | None) -> DevelopmentPlan:
        p, rng, theme = self.p, self.rng, self.p.theme
        start = first + rng.randint(14, 28)
        end_margin, span, review_soon = rng.randint(3, 10), rng.choice(_SPANS), rng.randint(2, 9)
        if p.status is _CLO:
            end = -p.closed_days_ago - end_margin
        else:
            end = max(start + span, 45 + span // 10)
        middle = start + (end - start) // 2
        if "review_soon" in p.flags:
            review = review_soon
        elif p.status is _CLO:
            review = end
        else:
            review = middle if middle >= 14 else min(end, 20 + review_soon * 4)
        status_draw = rng.choice((PlanStatus.DRAFT, PlanStatus.SHARED, *[PlanStatus.AGREED] * 3))
        status = {
            _INT: PlanStatus.DRAFT,
            _PAU: PlanStatus.SHARED,
            _CLO: PlanStatus.AGREED,
        }.get(p.status, status_draw)
        wants_not_now = (rng.random() < 0.25 and p.status is not _CLO) or "not_now" in p.flags
        count = rng.randint(1, 3)
        specs = rng.sample(theme.goals, min(count, 2) if wants_not_now else count)
        goals = [self._goal(spec, start, end, status) for spec in specs]
        revisit = end + rng.randint(14, 90)
        if wants_not_now:
            wish, note = theme.not_now
            goals.append(
                Goal(
                    self.fill(wish),
                    GoalKind.PROFESSIONAL,
                    Feasibility.NOT_NOW,
                    self.fill(note),
                    self.day(revisit),
                )
            )
        obstacles = [
            Obstacle(kind, self.fill(text), self.fill(mitigation))
            for kind, text, mitigation in rng.sample(theme.obstacles, rng.randint(1, 3))
        ]
        activities = [
            self._activity(kind, text, provider, hours, cost, start, end)
            for kind, text, provider, hours, cost in rng.sample(theme.activities, rng.randint(1, 3))
        ]
        if safari_span is not None and self.p.safari is not None:
            activities.append(
                DevelopmentActivity(
                    ActivityKind.CAREER_SAFARI,
                    f"Career safari bij {self.p.safari.host}",
                    self.p.safari.contact,
                    hours=float(8 * (safari_span[1] - safari_span[0])),
                    cost_cents=0,
                    start_date=self.day(safari_span[0]),
                    end_date=self.day(safari_span[1]),
                )
            )
        return DevelopmentPlan(
            mentee_id=PLACEHOLDER_ID,
            status=status,
            title=self.pick(theme.title),
            current_situation=self.pick(theme.situation),
            desired_direction=self.pick(theme.direction),
            period_start=self.day(start),
            period_end=self.day(end),
            resources=self.pick(_RESOURCES),
            organisation_commitments=self.pick(_ORG_COMMITMENTS),
            employee_commitments=self.pick(_EMPLOYEE_COMMITMENTS),
            review_date=self.day(review),
            private_remarks=self.pick(theme.plan_private),
            goals=goals,
            obstacles=obstacles,
            activities=activities,
        )

    def _goal(self, spec: _GoalSpec, start: int, end: int, plan: PlanStatus) -> Goal:
        rng = self.rng
        keep_vague = rng.random() < 0.35
        chosen = [a for a in spec.actions if a.measure or keep_vague]
        actions: list[Action] = []
        for i, a in enumerate(chosen):
            vague = not a.measure
            r, jitter, no_deadline = rng.random(), rng.randint(-10, 10), rng.random() < 0.5
            due = start + (end - start) * (i + 1) // (len(chosen) + 1) + jitter
            due = min(max(due, start + 7), end)
            deadline = None if vague and no_deadline else due
            if plan is PlanStatus.DRAFT:
                status = ActionStatus.OPEN
            elif self.p.status is _CLO:
                status = ActionStatus.DONE if r < 0.8 else ActionStatus.DROPPED
            elif deadline is None:
                status = ActionStatus.IN_PROGRESS if r < 0.5 else ActionStatus.OPEN
            elif deadline < 0:
                done = r < 0.6
                status = ActionStatus.DONE if done else ActionStatus.IN_PROGRESS
                if r > 0.85:
                    status = ActionStatus.OPEN
            else:
                soon = deadline < 45 and r < 0.5
                status = ActionStatus.IN_PROGRESS if soon else ActionStatus.OPEN
            actions.append(
                Action(
                    description=self.fill(a.description),
                    measure=a.measure,
                    deadline=None if deadline is None else self.day(deadline),
                    owner=a.owner,
                    resources=a.resources,
                    status=status,
                    specific=not vague,
                    achievable=True,
                    relevant=True,
                )
            )
        return Goal(self.fill(spec.description), spec.kind, actions=actions)

    def _activity(
        self,
        kind: ActivityKind,
        text: str,
        provider: str,
        hours: float,
        cost: int,
        start: int,
        end: int,
    ) -> DevelopmentActivity:
        begin = min(start + self.rng.randint(7, 60), end - 14)
        finish = min(begin + self.rng.randint(14, 90), end)
        return DevelopmentActivity(
            kind,
            self.fill(text),
            self.fill(provider),
            float(hours),
            cost,
            self.day(begin),
            self.day(finish),
        )

    def _skills(self) -> list[SkillEntry]:
        rng = self.rng
        skills: list[SkillEntry] = []
        for name, evidence in rng.sample(self.p.theme.skills, rng.randint(2, 4)):
            level = rng.randint(1, 4)
            target = min(5, level + rng.randint(0, 2))
            skills.append(SkillEntry(PLACEHOLDER_ID, name, level, target, self.fill(evidence)))
        return skills

    def _moves(self, safaris: list[CareerSafari]) -> list[Move]:
        p, rng = self.p, self.rng
        moves: list[Move] = []
        for safari in safaris:
            if safari.status in (_S.COMPLETED, _S.ONGOING):
                moves.append(
                    Move(
                        PLACEHOLDER_ID,
                        MoveKind.SAFARI,
                        f"Career safari bij {safari.host_department}",
                        p.role,
                        safari.host_role,
                        safari.start_date,
                    )
                )
        if p.status is _INT:
            kind, text, to_role = MoveKind.NONE_YET, "Nog geen keuze; eerst de vraag verkennen", ""
        elif p.status is _CLO:
            kind, text, to_role = p.theme.moves[0]
        else:
            kind, text, to_role = rng.choice(p.theme.moves)
        happened = self.day(-p.closed_days_ago - rng.randint(0, 45)) if p.status is _CLO else None
        moves.append(
            Move(PLACEHOLDER_ID, kind, self.fill(text), p.role, self.fill(to_role), happened)
        )
        return moves

    def _email(self) -> str:
        handle = _HANDLES.get(self.p.name)
        if handle is None:
            plain = unicodedata.normalize("NFKD", self.p.name)
            plain = "".join(c for c in plain if c.isascii()).lower()
            handle = ".".join(plain.replace("-", " ").split())
        domain = _ORGS[self.p.org][1]
        return f"{handle}@mail.{domain}" if self.rng.random() < 0.3 else f"{handle}@{domain}"

    def _phone(self) -> str:
        a, b, c = (self.rng.randint(10, 99) for _ in range(3))
        if _ORGS[self.p.org][2] == "NL":
            return f"+31 6 {a}{b} {c}{self.rng.randint(10, 99)}"
        return f"+32 4{self.rng.randint(70, 99)} {a} {b} {c}"
