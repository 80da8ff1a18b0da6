<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mentorapp</source>
        <translation>Over Mentorapp</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>A confidential workspace for career coaches and move mentors. Your notes stay encrypted on this computer.</source>
        <translation>Een vertrouwelijke werkplek voor loopbaancoaches en move mentors. Je notities blijven versleuteld op deze computer.</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Draait op</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>The PDFs are set in the DejaVu fonts 2.37, shipped unmodified under their own licence (Bitstream Vera and Arev; the DejaVu changes are in the public domain).</source>
        <translation>De pdf's gebruiken de lettertypen DejaVu 2.37, ongewijzigd meegeleverd onder hun eigen licentie (Bitstream Vera en Arev; de wijzigingen van DejaVu zijn publiek domein).</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License, version 3.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License, versie 3.</translation>
    </message>
    <message>
        <source>DejaVu font licence</source>
        <translation>Licentie van de DejaVu-lettertypen</translation>
    </message>
    <message>
        <source>The font licence file is missing from this installation.</source>
        <translation>Het licentiebestand van de lettertypen ontbreekt in deze installatie.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>No skill in particular</source>
        <translation>Geen vaardigheid in het bijzonder</translation>
    </message>
    <message>
        <source>{skill} (gap {gap})</source>
        <translation>{skill} (kloof {gap})</translation>
    </message>
    <message>
        <source>A skill no longer listed</source>
        <translation>Een vaardigheid die niet meer in de lijst staat</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <source>Development activities</source>
        <translation>Ontwikkelingsactiviteiten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Add a development activity</source>
        <translation>Ontwikkelingsactiviteit toevoegen</translation>
    </message>
    <message>
        <source>Edit the selected development activity</source>
        <translation>Gekozen ontwikkelingsactiviteit bewerken</translation>
    </message>
    <message>
        <source>Remove the selected development activity</source>
        <translation>Gekozen ontwikkelingsactiviteit verwijderen</translation>
    </message>
    <message>
        <source>Move the development activity up</source>
        <translation>Ontwikkelingsactiviteit omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the development activity down</source>
        <translation>Ontwikkelingsactiviteit omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Development activity - Mentorapp</source>
        <translation>Ontwikkelingsactiviteit - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>Aan&amp;bieder</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>{kind}, linked</source>
        <translation>{kind}, gekoppeld</translation>
    </message>
    <message>
        <source>Linked to a safari: see Career moves, Safaris</source>
        <translation>Gekoppeld aan een safari: zie Loopbaanstappen, Safari's</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <source>Attachment - Mentorapp</source>
        <translation>Bijlage - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;Private (only for you; never in a shared export)</source>
        <translation>&amp;Privé (alleen voor jou; nooit in een gedeelde export)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Fill in: {field}</source>
        <translation>Nog in te vullen: {field}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{title} - Mentorapp</source>
        <translation>{title} - Mentorapp</translation>
    </message>
    <message>
        <source>Mentorapp cannot show this kind of file.</source>
        <translation>Mentorapp kan dit soort bestand niet tonen.</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Kopie opslaan &amp;als…</translation>
    </message>
    <message>
        <source>This copy is not encrypted.</source>
        <translation>Deze kopie is niet versleuteld.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This PDF cannot be read.</source>
        <translation>Deze PDF kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>This image cannot be read.</source>
        <translation>Deze afbeelding kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;kijken</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Kopie opslaan &amp;als…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Files are kept inside the encrypted vault, up to {limit} each. PDFs and images open here; a copy saved elsewhere is not encrypted.</source>
        <translation>Bestanden blijven in de versleutelde kluis, tot {limit} per bestand. PDF's en afbeeldingen openen hier; een kopie die je elders opslaat, is niet versleuteld.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>This file is {size}; an attachment can be at most {limit}.</source>
        <translation>Dit bestand is {size}; een bijlage mag hoogstens {limit} zijn.</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Een bijlage toevoegen</translation>
    </message>
    <message>
        <source>Adding a file of {size}…</source>
        <translation>Een bestand van {size} toevoegen…</translation>
    </message>
    <message>
        <source>Added ({size}).</source>
        <translation>Toegevoegd ({size}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Save a copy (not encrypted)</source>
        <translation>Een kopie opslaan (niet versleuteld)</translation>
    </message>
    <message>
        <source>Copy saved. This copy is not encrypted.</source>
        <translation>Kopie opgeslagen. Deze kopie is niet versleuteld.</translation>
    </message>
    <message>
        <source>Delete attachment - Mentorapp</source>
        <translation>Bijlage verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete this attachment from the vault? This cannot be undone.</source>
        <translation>Deze bijlage uit de kluis verwijderen? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>BackupFlows</name>
    <message>
        <source>Last good backup: {when}</source>
        <translation>Laatste geslaagde back-up: {when}</translation>
    </message>
    <message>
        <source>No backup yet: one is made when you lock or quit.</source>
        <translation>Nog geen back-up: er wordt er een gemaakt wanneer je vergrendelt of afsluit.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Mentorapp backups (vault-*.db)</source>
        <translation>Mentorapp-back-ups (vault-*.db)</translation>
    </message>
    <message>
        <source>Restore backup - Mentorapp</source>
        <translation>Back-up terugzetten - Mentorapp</translation>
    </message>
    <message>
        <source>Passphrase that was in use when this backup was made:</source>
        <translation>Wachtwoordzin die in gebruik was toen deze back-up werd gemaakt:</translation>
    </message>
</context>
<context>
    <name>CareerCheck</name>
    <message>
        <source>No earlier check to compare with</source>
        <translation>Geen eerdere check om mee te vergelijken</translation>
    </message>
    <message>
        <source>Up {change} since the previous check</source>
        <translation>{change} hoger dan bij de vorige check</translation>
    </message>
    <message>
        <source>Down {change} since the previous check</source>
        <translation>{change} lager dan bij de vorige check</translation>
    </message>
    <message>
        <source>Unchanged since the previous check</source>
        <translation>Gelijk gebleven sinds de vorige check</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>CareerCheckView</name>
    <message>
        <source>No career check yet.

Add one with New answers and choose Career check: this page then shows each dimension's score per check and how it changed since the one before.</source>
        <translation>Nog geen loopbaancheck.

Voeg er een toe met Nieuwe antwoorden en kies Loopbaancheck: deze pagina toont dan de score van elke dimensie per check en hoe die veranderde sinds de vorige.</translation>
    </message>
    <message>
        <source>A self-check written for Mentorapp, not a validated test. Each dimension's score is the mean of its items, from 1 to 5.</source>
        <translation>Een zelfcheck geschreven voor Mentorapp, geen gevalideerde test. De score van elke dimensie is het gemiddelde van haar items, van 1 tot 5.</translation>
    </message>
    <message>
        <source>Career check chart; the table below has its numbers</source>
        <translation>Grafiek van de loopbaancheck; de tabel eronder heeft de cijfers</translation>
    </message>
    <message>
        <source>Career check scores per dimension and date</source>
        <translation>Scores van de loopbaancheck per dimensie en datum</translation>
    </message>
</context>
<context>
    <name>CareerMovesTab</name>
    <message>
        <source>Career moves</source>
        <translation>Loopbaanstappen</translation>
    </message>
    <message>
        <source>Career safaris</source>
        <translation>Loopbaansafari's</translation>
    </message>
    <message>
        <source>Job crafting</source>
        <translation>Job crafting</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Moves and outcome</source>
        <translation>Bewegingen en uitkomst</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Skills catalogue - Mentorapp</source>
        <translation>Catalogus van vaardigheden - Mentorapp</translation>
    </message>
    <message>
        <source>The skills valued in the organisations you work for, each with a short description. On a mentee's Skills page you pick from their organisation's skills, or type one of your own.</source>
        <translation>De vaardigheden die gewaardeerd worden in de organisaties waarvoor je werkt, elk met een korte beschrijving. Op de pagina Vaardigheden van een mentee kies je uit die van zijn of haar organisatie, of typ je er zelf een.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Skills by organisation</source>
        <translation>Vaardigheden per organisatie</translation>
    </message>
    <message>
        <source>&amp;Add skill…</source>
        <translation>Vaardigheid &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit the selected skill</source>
        <translation>Gekozen vaardigheid bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Remove the selected skill</source>
        <translation>Gekozen vaardigheid verwijderen</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Skill</source>
        <translation>&amp;Vaardigheid</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Catalogue skill - Mentorapp</source>
        <translation>Vaardigheid in de catalogus - Mentorapp</translation>
    </message>
    <message>
        <source>Remove - Mentorapp</source>
        <translation>Verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Remove “{skill}” from your catalogue? Mentees who have this skill keep it, as their own.</source>
        <translation>“{skill}” uit je catalogus verwijderen? Mentees met deze vaardigheid houden ze, als eigen vaardigheid.</translation>
    </message>
</context>
<context>
    <name>ChooseSourcePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>This could not be read.</source>
        <translation>Dit kon niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>ChooseTemplateDialog</name>
    <message>
        <source>New answers - Mentorapp</source>
        <translation>Nieuwe antwoorden - Mentorapp</translation>
    </message>
    <message>
        <source>Which questionnaire did the mentee fill in? Those in the mentee's language ({language}) come first.</source>
        <translation>Welke vragenlijst heeft de mentee ingevuld? Die in de taal van de mentee ({language}) staan eerst.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigen</translation>
    </message>
</context>
<context>
    <name>ClientImportWizard</name>
    <message>
        <source>Import clients from CSV - Mentorapp</source>
        <translation>Cliënten importeren uit CSV - Mentorapp</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Voornaam:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Achternaam:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Roepnaam:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Huidige functie:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Client list (CSV)</source>
        <translation>Cliëntenlijst (CSV)</translation>
    </message>
    <message>
        <source>A CSV file as Excel saves it (semicolons or commas; Dutch or English column names). Nothing is imported before the last step.</source>
        <translation>Een CSV-bestand zoals Excel het bewaart (puntkomma's of komma's; Nederlandse of Engelse kolomnamen). Er wordt niets geïmporteerd vóór de laatste stap.</translation>
    </message>
    <message>
        <source>Choose a client list</source>
        <translation>Kies een cliëntenlijst</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Imported. New mentees: {mentees}.</source>
        <translation>Geïmporteerd. Nieuwe mentees: {mentees}.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Regel {line}</translation>
    </message>
</context>
<context>
    <name>CloseTrajectoryDialog</name>
    <message>
        <source>Outcome of the trajectory - Mentorapp</source>
        <translation>Uitkomst van het traject - Mentorapp</translation>
    </message>
    <message>
        <source>Close the trajectory - Mentorapp</source>
        <translation>Traject afsluiten - Mentorapp</translation>
    </message>
    <message>
        <source>Closing records how the trajectory ended and sets the mentee's status to Closed. A later report counts these outcomes; you can change it afterwards.</source>
        <translation>Afsluiten legt vast hoe het traject eindigde en zet de status van de mentee op Afgesloten. Een later rapport telt deze uitkomsten; je kunt ze achteraf nog wijzigen.</translation>
    </message>
    <message>
        <source>e.g. moved to the planning team; or stayed, with a buddy role for newcomers</source>
        <translation>bv. overgestapt naar het planningsteam; of gebleven, met een peter-/meterrol voor nieuwkomers</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Wat er &amp;veranderde</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Afgesloten &amp;op</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Save the outcome</source>
        <translation>Uitkomst opslaan</translation>
    </message>
    <message>
        <source>Close the trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
</context>
<context>
    <name>CoachDetailsDialog</name>
    <message>
        <source>Your name on the PDFs - Mentorapp</source>
        <translation>Je naam op de PDF's - Mentorapp</translation>
    </message>
    <message>
        <source>Your name on the PDFs</source>
        <translation>Je naam op de PDF's</translation>
    </message>
    <message>
        <source>Plans and summaries show who the mentor is and carry your name under the signature. This is asked once; you can change it later in Settings.</source>
        <translation>Plannen en verslagen tonen wie de mentor is en dragen je naam onder de handtekening. Dit wordt één keer gevraagd; je kunt het later wijzigen bij Instellingen.</translation>
    </message>
    <message>
        <source>Your name, as printed on exported plans</source>
        <translation>Je naam, zoals die op geëxporteerde plannen staat</translation>
    </message>
    <message>
        <source>Your organisation, as printed on exported plans</source>
        <translation>Je organisatie, zoals die op geëxporteerde plannen staat</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Jouw naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Save and go on</source>
        <translation>&amp;Bewaren en verdergaan</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Niet nu</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>What changed - Mentorapp</source>
        <translation>Wat is er veranderd - Mentorapp</translation>
    </message>
    <message>
        <source>Version {old} compared with version {new}</source>
        <translation>Versie {old} vergeleken met versie {new}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>current situation</source>
        <translation>huidige situatie</translation>
    </message>
    <message>
        <source>where to go</source>
        <translation>waar naartoe</translation>
    </message>
    <message>
        <source>period from</source>
        <translation>periode vanaf</translation>
    </message>
    <message>
        <source>period until</source>
        <translation>periode tot</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>evaluatiedatum</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>middelen</translation>
    </message>
    <message>
        <source>organisation commits to</source>
        <translation>engagement organisatie</translation>
    </message>
    <message>
        <source>employee commits to</source>
        <translation>engagement medewerker</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>haalbaar</translation>
    </message>
    <message>
        <source>why not now</source>
        <translation>waarom nu niet</translation>
    </message>
    <message>
        <source>look again on</source>
        <translation>opnieuw bekijken op</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>maatstaf</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>specific</source>
        <translation>specifiek</translation>
    </message>
    <message>
        <source>achievable</source>
        <translation>haalbaar</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <source>how to handle it</source>
        <translation>aanpak</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>aanbieder</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstakel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
</context>
<context>
    <name>ConflictCopies</name>
    <message>
        <source>Mentees: {mentees}, sessions: {sessions}, plans: {plans}, questionnaire answers: {answers}</source>
        <translation>Mentees: {mentees}, sessies: {sessions}, plannen: {plans}, antwoorden op vragenlijsten: {answers}</translation>
    </message>
    <message>
        <source>This is a copy of the key file, not of the records. The vault opens with its own key file; move this copy to the backups.</source>
        <translation>Dit is een kopie van het sleutelbestand, niet van de gegevens. De kluis opent met haar eigen sleutelbestand; verplaats deze kopie naar de back-ups.</translation>
    </message>
    <message>
        <source>It belongs to another vault.</source>
        <translation>Ze hoort bij een andere kluis.</translation>
    </message>
    <message>
        <source>It was made with another key (the vault was re-keyed on one of the computers).</source>
        <translation>Ze is gemaakt met een andere sleutel (de kluis is op een van de computers opnieuw versleuteld).</translation>
    </message>
    <message>
        <source>It was made by a newer version of Mentorapp: update the app here first.</source>
        <translation>Ze is gemaakt door een nieuwere versie van Mentorapp: werk de app hier eerst bij.</translation>
    </message>
    <message>
        <source>It was made by an older version of Mentorapp.</source>
        <translation>Ze is gemaakt door een oudere versie van Mentorapp.</translation>
    </message>
    <message>
        <source>It is damaged or incomplete.</source>
        <translation>Ze is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <source>Its records cannot be brought in: {why} You can move it to the backups.</source>
        <translation>Haar gegevens kunnen niet binnengehaald worden: {why} Je kunt ze naar de back-ups verplaatsen.</translation>
    </message>
    <message>
        <source>Done. Brought in: {added}.</source>
        <translation>Klaar. Binnengehaald: {added}.</translation>
    </message>
    <message>
        <source>Changed on both computers, so kept twice (marked in the mentee's Overview): {kept}.</source>
        <translation>Op beide computers gewijzigd, dus twee keer bewaard (gemarkeerd in het Overzicht van de mentee): {kept}.</translation>
    </message>
    <message>
        <source>Mentees erased on one computer stay erased: {count}.</source>
        <translation>Mentees die op één computer gewist zijn, blijven gewist: {count}.</translation>
    </message>
    <message>
        <source>The copy was moved to the backups as {name}.</source>
        <translation>De kopie is naar de back-ups verplaatst als {name}.</translation>
    </message>
</context>
<context>
    <name>ConflictCopiesDialog</name>
    <message>
        <source>Sync conflict copies - Mentorapp</source>
        <translation>Conflictkopieën van synchronisatie - Mentorapp</translation>
    </message>
    <message>
        <source>A sync tool left copies of this vault</source>
        <translation>Een synchronisatieprogramma heeft kopieën van deze kluis achtergelaten</translation>
    </message>
    <message>
        <source>This happens when the vault was changed on two computers before the sync tool caught up. Nothing in the copies is lost: bring their records into this vault, or move a copy to the backups. Mentorapp never opens a copy as your vault.</source>
        <translation>Dat gebeurt wanneer de kluis op twee computers gewijzigd werd voor het synchronisatieprogramma bij was. Niets in de kopieën gaat verloren: haal hun gegevens binnen in deze kluis, of verplaats een kopie naar de back-ups. Mentorapp opent een kopie nooit als je kluis.</translation>
    </message>
    <message>
        <source>This vault is open read-only here, so copies can only be looked at. Open it for writing to bring their records in.</source>
        <translation>Deze kluis is hier alleen-lezen open, dus je kunt de kopieën alleen bekijken. Open ze om te schrijven om hun gegevens binnen te halen.</translation>
    </message>
    <message>
        <source>The vault and its conflict copies</source>
        <translation>De kluis en haar conflictkopieën</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Reading the copies…</source>
        <translation>De kopieën worden gelezen…</translation>
    </message>
    <message>
        <source>This vault (vault.db)</source>
        <translation>Deze kluis (vault.db)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Conflict copies found: {count}. Choose for each what happens.</source>
        <translation>Conflictkopieën gevonden: {count}. Kies voor elke kopie wat er gebeurt.</translation>
    </message>
    <message>
        <source>There are no conflict copies in this vault's folder.</source>
        <translation>Er zijn geen conflictkopieën in de map van deze kluis.</translation>
    </message>
    <message>
        <source>Bringing the records in…</source>
        <translation>De gegevens worden binnengehaald…</translation>
    </message>
    <message>
        <source>Moving the copy to the backups…</source>
        <translation>De kopie wordt naar de back-ups verplaatst…</translation>
    </message>
    <message>
        <source>Moved to the backups as {name}, without merging: nothing was brought in.</source>
        <translation>Naar de back-ups verplaatst als {name}, zonder samenvoegen: er is niets binnengehaald.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open vault</source>
        <translation>Kluis openen</translation>
    </message>
</context>
<context>
    <name>CopyBox</name>
    <message>
        <source>Modified</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bevat</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Records only in this copy</source>
        <translation>Gegevens alleen in deze kopie</translation>
    </message>
    <message>
        <source>{count} (brought in when you merge)</source>
        <translation>{count} (binnengehaald als je samenvoegt)</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten gewijzigd</translation>
    </message>
    <message>
        <source>{count} (kept twice, with a mark)</source>
        <translation>{count} (twee keer bewaard, met een markering)</translation>
    </message>
    <message>
        <source>Key file copy</source>
        <translation>Kopie van het sleutelbestand</translation>
    </message>
    <message>
        <source>&amp;Bring its records in</source>
        <translation>Gegevens &amp;binnenhalen</translation>
    </message>
    <message>
        <source>Bring its records in</source>
        <translation>Gegevens binnenhalen</translation>
    </message>
    <message>
        <source>&amp;Move to backups without merging</source>
        <translation>Naar back-ups &amp;verplaatsen zonder samenvoegen</translation>
    </message>
    <message>
        <source>Move to backups without merging</source>
        <translation>Naar back-ups verplaatsen zonder samenvoegen</translation>
    </message>
</context>
<context>
    <name>CraftingPage</name>
    <message>
        <source>How the mentee shapes their own job: the tasks, the relationships and how they see the work, as it is now and as crafted. Small experiments try it out.</source>
        <translation>Hoe de mentee de eigen job vormgeeft: de taken, de relaties en hoe hij of zij het werk ziet, zoals het nu is en zoals het herontworpen wordt. Kleine experimenten proberen het uit.</translation>
    </message>
    <message>
        <source>Open the job crafting reflectio&amp;n…</source>
        <translation>&amp;Reflectie job crafting openen…</translation>
    </message>
    <message>
        <source>Enter the mentee's answers to the job crafting reflection questionnaire</source>
        <translation>De antwoorden van de mentee op de vragenlijst Reflectie job crafting invoeren</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>What the work consists of today</source>
        <translation>Waaruit het werk vandaag bestaat</translation>
    </message>
    <message>
        <source>More of, less of, new: tasks that fit better</source>
        <translation>Meer, minder, nieuw: taken die beter passen</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>R&amp;elaties</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Who the mentee works with, and how</source>
        <translation>Met wie de mentee samenwerkt, en hoe</translation>
    </message>
    <message>
        <source>New contacts, other ways of working together (a buddy role?)</source>
        <translation>Nieuwe contacten, anders samenwerken (een peter- of meterrol?)</translation>
    </message>
    <message>
        <source>P&amp;erception</source>
        <translation>Per&amp;ceptie</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>Perceptie</translation>
    </message>
    <message>
        <source>How the mentee sees the work and its meaning</source>
        <translation>Hoe de mentee het werk en de zin ervan ziet</translation>
    </message>
    <message>
        <source>Another way to look at the same work</source>
        <translation>Een andere kijk op hetzelfde werk</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Crafted</source>
        <translation>Herontworpen</translation>
    </message>
    <message>
        <source>{block}, now</source>
        <translation>{block}, nu</translation>
    </message>
    <message>
        <source>{block}, as crafted</source>
        <translation>{block}, herontworpen</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <source>Shared: it may go to the employee, in the plan PDF and the data export.</source>
        <translation>Gedeeld: mag naar de medewerker, in de PDF van het plan en in de gegevensexport.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimenten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Tegen wanneer</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>In het plan</translation>
    </message>
    <message>
        <source>&amp;Add experiment…</source>
        <translation>&amp;Nieuw experiment…</translation>
    </message>
    <message>
        <source>E&amp;dit experiment…</source>
        <translation>Experiment be&amp;werken…</translation>
    </message>
    <message>
        <source>Remo&amp;ve experiment</source>
        <translation>Experiment verwij&amp;deren</translation>
    </message>
    <message>
        <source>Make it a plan act&amp;ion</source>
        <translation>Maak er een p&amp;lanactie van</translation>
    </message>
    <message>
        <source>Adds the experiment as an action to the draft development plan</source>
        <translation>Voegt het experiment als actie toe aan het concept van het ontwikkelingsplan</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimenten</translation>
    </message>
    <message>
        <source>Your remarks, never exported</source>
        <translation>Je opmerkingen, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>Your private remar&amp;ks</source>
        <translation>Je privé-opmer&amp;kingen</translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation>Alleen voor jou. Nooit geëxporteerd, nooit in een PDF.</translation>
    </message>
    <message>
        <source>Job crafting canvas and experiments</source>
        <translation>Canvas en experimenten van job crafting</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Tegen wanneer</translation>
    </message>
    <message>
        <source>With &amp;whom</source>
        <translation>&amp;Met wie</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <source>Experiment - Mentorapp</source>
        <translation>Experiment - Mentorapp</translation>
    </message>
    <message>
        <source>“{what}” is now an action of the draft plan (version {version}), under the goal “{goal}”.</source>
        <translation>“{what}” is nu een actie in het concept van het plan (versie {version}), onder het doel “{goal}”.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>My mentoring</source>
        <translation>Mijn mentoring</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis maken</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Map voor de kluis</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation>Geef de kluis een naam.</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>New vault - Mentorapp</source>
        <translation>Nieuwe kluis - Mentorapp</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Nieuwe kluis maken</translation>
    </message>
    <message>
        <source>A vault keeps your mentees, notes and plans encrypted on this computer. Choose a passphrase you will remember: without it, or the recovery key you get next, nothing opens - nobody can reset it.</source>
        <translation>Een kluis bewaart je mentees, notities en plannen versleuteld op deze computer. Kies een wachtwoordzin die je zult onthouden: zonder die wachtwoordzin, of de herstelsleutel die je hierna krijgt, gaat niets open - niemand kan hem opnieuw instellen.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Naam van de kluis</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Folder for the vault</source>
        <translation>Map voor de kluis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln te laat</numerusform>
            <numerusform>%Ln te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… en nog %Ln</numerusform>
            <numerusform>… en nog %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessies deze week</translation>
    </message>
    <message>
        <source>No sessions this week.</source>
        <translation>Geen sessies deze week.</translation>
    </message>
    <message>
        <source>Safaris this week</source>
        <translation>Safari's deze week</translation>
    </message>
    <message>
        <source>No safari starts this week.</source>
        <translation>Deze week begint geen safari.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Acties met deadline</translation>
    </message>
    <message>
        <source>Agreements to follow up</source>
        <translation>Op te volgen afspraken</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Te evalueren plannen</translation>
    </message>
    <message>
        <source>Debriefs due</source>
        <translation>Nabesprekingen te doen</translation>
    </message>
    <message>
        <source>Every safari that ended has its debrief.</source>
        <translation>Elke afgelopen safari is nabesproken.</translation>
    </message>
    <message>
        <source>Wishes to look at again</source>
        <translation>Opnieuw te bekijken wensen</translation>
    </message>
    <message>
        <source>Career check due</source>
        <translation>Loopbaancheck te doen</translation>
    </message>
    <message>
        <source>No career check is due.</source>
        <translation>Geen loopbaancheck te doen.</translation>
    </message>
    <message>
        <source>Past retention date</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>No mentee is past the retention date.</source>
        <translation>Bij geen enkele mentee is de bewaartermijn verstreken.</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>Every active mentee has a next session planned.</source>
        <translation>Elke actieve mentee heeft een volgende sessie gepland.</translation>
    </message>
    <message>
        <source>Engagements ending</source>
        <translation>Opdrachten die aflopen</translation>
    </message>
    <message>
        <source>No engagement is nearly used up or ending.</source>
        <translation>Geen enkele opdracht is bijna opgebruikt of loopt af.</translation>
    </message>
    <message>
        <source>Erase mentees past retention…</source>
        <translation>Mentees na bewaartermijn wissen…</translation>
    </message>
    <message>
        <source>Dashboard: what is due</source>
        <translation>Dashboard: wat er te doen is</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Planned session, not logged</source>
        <translation>Geplande sessie, niet vastgelegd</translation>
    </message>
    <message>
        <source>Planned session</source>
        <translation>Geplande sessie</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Ontwikkelingsplan</translation>
    </message>
    <message>
        <source>No career check yet</source>
        <translation>Nog geen loopbaancheck</translation>
    </message>
    <message>
        <source>Last check on {date}</source>
        <translation>Laatste check op {date}</translation>
    </message>
    <message>
        <source>Safari at {host}</source>
        <translation>Safari bij {host}</translation>
    </message>
    <message>
        <source>Debrief: safari at {host}</source>
        <translation>Nabespreking: safari bij {host}</translation>
    </message>
    <message>
        <source>Last session; nothing planned</source>
        <translation>Laatste sessie; niets gepland</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>Nog geen sessie</translation>
    </message>
    <message>
        <source>{sponsor}: used up or ended</source>
        <translation>{sponsor}: opgebruikt of afgelopen</translation>
    </message>
    <message>
        <source>{sponsor}: nearly used up or ending</source>
        <translation>{sponsor}: bijna opgebruikt of loopt af</translation>
    </message>
    <message>
        <source>Retention period ended ({status})</source>
        <translation>Einde bewaartermijn ({status})</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Proefimport</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Er is nog niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Would be created</source>
        <translation>Zou aangemaakt worden</translation>
    </message>
    <message>
        <source>Would be skipped</source>
        <translation>Zou overgeslagen worden</translation>
    </message>
    <message>
        <source>Would be created:</source>
        <translation>Zou aangemaakt worden:</translation>
    </message>
    <message>
        <source>Would be skipped:</source>
        <translation>Zou overgeslagen worden:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{created} would be created, {skipped} skipped.</source>
        <translation>{created} zouden aangemaakt worden, {skipped} overgeslagen.</translation>
    </message>
    <message>
        <source>The dry run failed; nothing was imported.</source>
        <translation>De proefimport is mislukt; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>EmptyVaultCard</name>
    <message>
        <source>No mentees yet</source>
        <translation>Nog geen mentees</translation>
    </message>
    <message>
        <source>Start by adding your first mentee: Mentee &gt; New mentee… ({shortcut}). Rather look around first? The demo vault holds made-up mentees with sessions and plans: File &gt; Open vault…, then Try the demo vault.</source>
        <translation>Begin met je eerste mentee: Mentee &gt; Nieuwe mentee… ({shortcut}). Eerst wat rondkijken? De demokluis bevat verzonnen mentees met sessies en plannen: Bestand &gt; Kluis openen…, daarna Demokluis uitproberen.</translation>
    </message>
    <message>
        <source>Add your first mentee…</source>
        <translation>Eerste mentee toevoegen…</translation>
    </message>
    <message>
        <source>Open the demo vault…</source>
        <translation>Demokluis openen…</translation>
    </message>
    <message>
        <source>A separate vault with made-up people, to try out</source>
        <translation>Een aparte kluis met verzonnen personen, om uit te proberen</translation>
    </message>
</context>
<context>
    <name>EngagementBox</name>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Edit en&amp;gagement…</source>
        <translation>Op&amp;dracht bewerken…</translation>
    </message>
    <message>
        <source>Remove engagement…</source>
        <translation>Opdracht verwijderen…</translation>
    </message>
    <message>
        <source>Add en&amp;gagement…</source>
        <translation>Op&amp;dracht toevoegen…</translation>
    </message>
    <message>
        <source>No engagement recorded.</source>
        <translation>Geen opdracht vastgelegd.</translation>
    </message>
    <message>
        <source>From {date}</source>
        <translation>Vanaf {date}</translation>
    </message>
    <message>
        <source>Until {date}</source>
        <translation>Tot {date}</translation>
    </message>
    <message>
        <source>{amount} per hour</source>
        <translation>{amount} per uur</translation>
    </message>
    <message>
        <source>{used} of {contracted} sessions</source>
        <translation>{used} van {contracted} sessies</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessie</translation>
    </message>
    <message>
        <source>{used} sessions</source>
        <translation>{used} sessies</translation>
    </message>
    <message>
        <source>{used} of {contracted} hours</source>
        <translation>{used} van {contracted} uur</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>{used} hours</source>
        <translation>{used} uur</translation>
    </message>
    <message>
        <source>Remove engagement - Mentorapp</source>
        <translation>Opdracht verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Remove the engagement with {sponsor}? The sessions stay as they are.</source>
        <translation>De opdracht van {sponsor} verwijderen? De sessies blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>&amp;Sponsor (who pays)</source>
        <translation>&amp;Opdrachtgever (wie betaalt)</translation>
    </message>
    <message>
        <source>Contracted s&amp;essions</source>
        <translation>Afgesproken s&amp;essies</translation>
    </message>
    <message>
        <source>Contracted &amp;hours</source>
        <translation>Afgesproken &amp;uren</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>E&amp;inde</translation>
    </message>
    <message>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Tarief per uur</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <source>Engagement - Mentorapp</source>
        <translation>Opdracht - Mentorapp</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase for good - Mentorapp</source>
        <translation>Definitief wissen - Mentorapp</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>WISSEN</translation>
    </message>
    <message>
        <source>Erase {name} and every session, note, plan and export record of this mentee? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.</source>
        <translation>{name} en elke sessie, notitie, plan en exportregistratie van deze mentee wissen? Dit kan niet ongedaan gemaakt worden. Mentorapp houdt alleen een genummerde notitie bij dat een mentee gewist is (geen naam, geen tekst), zodat een oudere back-up terugzetten hen niet kan terugbrengen.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n mentee(s) past their retention date, with every session, note, plan and export record? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.</source>
        <translation>
            <numerusform>%n mentee voorbij de bewaartermijn wissen, met elke sessie, notitie, plan en exportregistratie? Dit kan niet ongedaan gemaakt worden. Mentorapp houdt alleen een genummerde notitie bij dat een mentee gewist is (geen naam, geen tekst), zodat een oudere back-up terugzetten hem of haar niet kan terugbrengen.</numerusform>
            <numerusform>%n mentees voorbij de bewaartermijn wissen, met elke sessie, notitie, plan en exportregistratie? Dit kan niet ongedaan gemaakt worden. Mentorapp houdt alleen een genummerde notitie bij dat een mentee gewist is (geen naam, geen tekst), zodat een oudere back-up terugzetten hen niet kan terugbrengen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also remove from the existing &amp;backups</source>
        <translation>Ook uit de bestaande &amp;back-ups verwijderen</translation>
    </message>
    <message>
        <source>Rewrites every backup in the vault's backups folder and in your backup folder without the erased mentees. Copies elsewhere (a USB stick, a disk backup) Mentorapp cannot reach.</source>
        <translation>Herschrijft elke back-up in de back-upmap van de kluis en in je eigen back-upmap zonder de gewiste mentees. Kopieën elders (een USB-stick, een back-up van de hele schijf) kan Mentorapp niet bereiken.</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Typ {word} om te bevestigen:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
</context>
<context>
    <name>ErasureFlow</name>
    <message numerus="yes">
        <source>Erased %n mentee(s).</source>
        <translation>
            <numerusform>%n mentee gewist.</numerusform>
            <numerusform>%n mentees gewist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed from %n backup(s).</source>
        <translation>
            <numerusform>Verwijderd uit %n back-up.</numerusform>
            <numerusform>Verwijderd uit %n back-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase for good - Mentorapp</source>
        <translation>Definitief wissen - Mentorapp</translation>
    </message>
    <message numerus="yes">
        <source>Could not purge %n backup(s): made before the vault was re-keyed, or unreadable. They still hold the erased records; delete them yourself:</source>
        <translation>
            <numerusform>%n back-up kon niet opgeschoond worden: gemaakt vóór de kluis opnieuw versleuteld werd, of onleesbaar. Ze bevat nog de gewiste gegevens; verwijder ze zelf:</numerusform>
            <numerusform>%n back-ups konden niet opgeschoond worden: gemaakt vóór de kluis opnieuw versleuteld werd, of onleesbaar. Ze bevatten nog de gewiste gegevens; verwijder ze zelf:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fold</name>
    <message>
        <source>Fold away</source>
        <translation>Inklappen</translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation>Uitklappen</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Goals and actions</source>
        <translation>Doelen en acties</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Doel / actie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Edit the selected goal or action</source>
        <translation>Gekozen doel of actie bewerken</translation>
    </message>
    <message>
        <source>Remove the selected goal or action</source>
        <translation>Gekozen doel of actie verwijderen</translation>
    </message>
    <message>
        <source>Move the goal or action up</source>
        <translation>Doel of actie omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the goal or action down</source>
        <translation>Doel of actie omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>not feasible now</source>
        <translation>nu niet haalbaar</translation>
    </message>
    <message>
        <source>look again on {date}</source>
        <translation>opnieuw bekijken op {date}</translation>
    </message>
    <message>
        <source>Builds the skill: {skill}</source>
        <translation>Bouwt aan de vaardigheid: {skill}</translation>
    </message>
    <message>
        <source>Missing: {criteria}</source>
        <translation>Ontbreekt: {criteria}</translation>
    </message>
    <message>
        <source>specific</source>
        <translation>specifiek</translation>
    </message>
    <message>
        <source>measurable (a measure)</source>
        <translation>meetbaar (een maatstaf)</translation>
    </message>
    <message>
        <source>achievable</source>
        <translation>haalbaar</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>relevant</translation>
    </message>
    <message>
        <source>time-bound (a deadline in the plan period)</source>
        <translation>tijdsgebonden (een deadline binnen de planperiode)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Feasible</source>
        <translation>&amp;Haalbaarheid</translation>
    </message>
    <message>
        <source>Why not now (shared with the employee)</source>
        <translation>Waarom nu niet (gedeeld met de medewerker)</translation>
    </message>
    <message>
        <source>&amp;Look again on</source>
        <translation>Opnieuw &amp;bekijken op</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>How progress is &amp;measured</source>
        <translation>Hoe de voortgang &amp;gemeten wordt</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwoordelijke</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Middelen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;pecific</source>
        <translation>S&amp;pecifiek</translation>
    </message>
    <message>
        <source>A&amp;chievable</source>
        <translation>&amp;Haalbaar</translation>
    </message>
    <message>
        <source>Re&amp;levant</source>
        <translation>&amp;Relevant</translation>
    </message>
    <message>
        <source>&amp;Builds the skill</source>
        <translation>&amp;Bouwt aan de vaardigheid</translation>
    </message>
    <message>
        <source>Not SMART yet - missing: {criteria}</source>
        <translation>Nog niet SMART - ontbreekt: {criteria}</translation>
    </message>
    <message>
        <source>New goal - Mentorapp</source>
        <translation>Nieuw doel - Mentorapp</translation>
    </message>
    <message>
        <source>Add a goal first; actions belong to a goal.</source>
        <translation>Voeg eerst een doel toe; acties horen bij een doel.</translation>
    </message>
    <message>
        <source>New action - Mentorapp</source>
        <translation>Nieuwe actie - Mentorapp</translation>
    </message>
    <message>
        <source>Goal - Mentorapp</source>
        <translation>Doel - Mentorapp</translation>
    </message>
    <message>
        <source>Action - Mentorapp</source>
        <translation>Actie - Mentorapp</translation>
    </message>
</context>
<context>
    <name>GuidesDialog</name>
    <message>
        <source>Conversation guides - Mentorapp</source>
        <translation>Gespreksleidraden - Mentorapp</translation>
    </message>
    <message>
        <source>A guide lists the steps of a kind of session. It shows beside the session editor, and a new session can start its shared summary from the guide's headings.</source>
        <translation>Een leidraad zet de stappen van een soort sessie op een rij. Hij staat naast de sessie-editor, en een nieuwe sessie kan haar gedeelde samenvatting beginnen met de kopjes van de leidraad.</translation>
    </message>
    <message>
        <source>Language of the guides</source>
        <translation>Taal van de leidraden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Kinds of session</source>
        <translation>Soorten sessies</translation>
    </message>
    <message>
        <source>&amp;Kind of session</source>
        <translation>S&amp;oort sessie</translation>
    </message>
    <message>
        <source>Steps of the guide</source>
        <translation>Stappen van de leidraad</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Stap toe&amp;voegen</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Stap ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Stap omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Stap omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Reset to the &amp;default…</source>
        <translation>Terug naar de stan&amp;daard…</translation>
    </message>
    <message>
        <source>Puts back the app's own steps for this kind of session and language</source>
        <translation>Zet de stappen van de app zelf terug voor dit soort sessie en deze taal</translation>
    </message>
    <message>
        <source>Heading of the step</source>
        <translation>Kopje van de stap</translation>
    </message>
    <message>
        <source>What to ask or say in this step</source>
        <translation>Wat je in deze stap vraagt of zegt</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Kopje</translation>
    </message>
    <message>
        <source>What to ask &amp;or say</source>
        <translation>Wat je vraagt of &amp;zegt</translation>
    </message>
    <message>
        <source>&amp;Steps for {kind}</source>
        <translation>&amp;Stappen voor {kind}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Reset the guide - Mentorapp</source>
        <translation>Leidraad terugzetten - Mentorapp</translation>
    </message>
    <message>
        <source>Put back the app's own steps for {kind}? Your steps for this kind are replaced when you save.</source>
        <translation>De stappen van de app zelf terugzetten voor {kind}? Je eigen stappen voor dit soort sessie worden vervangen zodra je opslaat.</translation>
    </message>
    <message>
        <source>Discard your changes to the guides?</source>
        <translation>Je wijzigingen aan de leidraden weggooien?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Diagnostics copied: versions and the last lines of the log, without names or notes. Paste them into your message to support.</source>
        <translation>Diagnose gekopieerd: versies en de laatste regels van het logboek, zonder namen of notities. Plak ze in je bericht aan de ondersteuning.</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <source>Everything was saved.</source>
        <translation>Alles is bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Vergrendeld na %n minuut zonder activiteit.</numerusform>
            <numerusform>Vergrendeld na %n minuten zonder activiteit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the computer was locked or went to sleep.</source>
        <translation>Vergrendeld omdat de computer vergrendeld werd of in slaapstand ging.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Vergrendeld.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>already in the vault</source>
        <translation>staat al in de kluis</translation>
    </message>
    <message>
        <source>twice in the file</source>
        <translation>twee keer in het bestand</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>al geïmporteerd</translation>
    </message>
    <message>
        <source>more than one mentee has this name</source>
        <translation>meer dan één mentee heeft deze naam</translation>
    </message>
    <message>
        <source>not in a mentee's folder</source>
        <translation>niet in de map van een mentee</translation>
    </message>
    <message>
        <source>not a .md, .txt or .docx file</source>
        <translation>geen .md-, .txt- of .docx-bestand</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>te groot</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan niet gelezen worden</translation>
    </message>
    <message>
        <source>not a readable Word file</source>
        <translation>geen leesbaar Word-bestand</translation>
    </message>
</context>
<context>
    <name>InUseDialog</name>
    <message>
        <source>Vault in use - Mentorapp</source>
        <translation>Kluis in gebruik - Mentorapp</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Open sinds</translation>
    </message>
    <message>
        <source>Last sign of life</source>
        <translation>Laatste teken van leven</translation>
    </message>
    <message>
        <source>Mentorapp there has shown no sign of life for more than {minutes} minutes: it may have crashed, or that computer went to sleep or lost its connection. If you are sure nobody works in this vault there, you can take it over.</source>
        <translation>Mentorapp heeft daar al meer dan {minutes} minuten geen teken van leven gegeven: het is misschien vastgelopen, of die computer is in slaap gevallen of heeft geen verbinding meer. Ben je zeker dat niemand daar in deze kluis werkt, dan kun je ze overnemen.</translation>
    </message>
    <message>
        <source>Only one computer can change a vault at a time. You can open it read-only here: you can read everything, but nothing you change can be saved. To edit here, close the vault there first (lock it or quit Mentorapp).</source>
        <translation>Maar één computer tegelijk kan een kluis wijzigen. Je kunt ze hier alleen-lezen openen: je kunt alles lezen, maar wat je wijzigt, kan niet bewaard worden. Wil je hier bewerken, sluit de kluis daar dan eerst (vergrendel ze of sluit Mentorapp af).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Take over…</source>
        <translation>&amp;Overnemen…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>(more than {minutes} minutes ago)</source>
        <translation>(meer dan {minutes} minuten geleden)</translation>
    </message>
    <message>
        <source>the other computer</source>
        <translation>de andere computer</translation>
    </message>
    <message>
        <source>Take over this vault from {host}? That computer can then no longer save anything in it. Whatever it has not synced yet may come back later as a conflict copy, which Mentorapp then offers to bring in.</source>
        <translation>Deze kluis overnemen van {host}? Die computer kan er dan niets meer in bewaren. Wat daar nog niet gesynchroniseerd is, kan later terugkomen als conflictkopie; Mentorapp biedt dan aan om die binnen te halen.</translation>
    </message>
    <message>
        <source>Take over - Mentorapp</source>
        <translation>Overnemen - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Overnemen</translation>
    </message>
</context>
<context>
    <name>KdfNoteBar</name>
    <message>
        <source>Unlock speed</source>
        <translation>Ontgrendelsnelheid</translation>
    </message>
    <message>
        <source>&amp;Re-tune…</source>
        <translation>Opnieuw &amp;afstemmen…</translation>
    </message>
    <message>
        <source>Re-tune the unlock</source>
        <translation>Het ontgrendelen opnieuw afstemmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Not now: ask again in 30 days</source>
        <translation>Niet nu: over 30 dagen opnieuw vragen</translation>
    </message>
    <message>
        <source>Unlocking took {seconds} s on this computer. Re-tune it so it takes about half a second (same passphrase, same data)?</source>
        <translation>Ontgrendelen duurde {seconds} s op deze computer. Opnieuw afstemmen zodat het ongeveer een halve seconde duurt (zelfde wachtwoordzin, zelfde gegevens)?</translation>
    </message>
    <message>
        <source>Unlocking took only {seconds} s on this computer: quick enough to make guessing your passphrase easier. Re-tune it so it takes about half a second (same passphrase, same data)?</source>
        <translation>Ontgrendelen duurde maar {seconds} s op deze computer: zo snel wordt je wachtwoordzin makkelijker te raden. Opnieuw afstemmen zodat het ongeveer een halve seconde duurt (zelfde wachtwoordzin, zelfde gegevens)?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Career conversation</source>
        <translation>Loopbaangesprek</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Safari debrief</source>
        <translation>Nabespreking safari</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Ter plaatse</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professioneel</translation>
    </message>
    <message>
        <source>Feasible now</source>
        <translation>Nu haalbaar</translation>
    </message>
    <message>
        <source>Not feasible now</source>
        <translation>Nu niet haalbaar</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Personal limits</source>
        <translation>Persoonlijke grenzen</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Project with another department</source>
        <translation>Project met een andere afdeling</translation>
    </message>
    <message>
        <source>Career safari</source>
        <translation>Loopbaansafari</translation>
    </message>
    <message>
        <source>Job crafting</source>
        <translation>Job crafting</translation>
    </message>
    <message>
        <source>Job rotation</source>
        <translation>Jobrotatie</translation>
    </message>
    <message>
        <source>Informal learning</source>
        <translation>Informeel leren</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Stay, and craft the current job</source>
        <translation>Blijven en de huidige job bijsturen</translation>
    </message>
    <message>
        <source>Move there</source>
        <translation>Daar aan de slag gaan</translation>
    </message>
    <message>
        <source>Another safari</source>
        <translation>Nog een safari</translation>
    </message>
    <message>
        <source>Another direction</source>
        <translation>Een andere richting</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <source>Lateral move</source>
        <translation>Laterale beweging</translation>
    </message>
    <message>
        <source>Vertical move</source>
        <translation>Verticale beweging</translation>
    </message>
    <message>
        <source>Diagonal move</source>
        <translation>Diagonale beweging</translation>
    </message>
    <message>
        <source>Job crafting in the current role</source>
        <translation>Job crafting in de huidige functie</translation>
    </message>
    <message>
        <source>Safari only</source>
        <translation>Alleen een safari</translation>
    </message>
    <message>
        <source>Move to another organisation</source>
        <translation>Naar een andere organisatie</translation>
    </message>
    <message>
        <source>No move yet</source>
        <translation>Nog geen beweging</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Planevaluatie</translation>
    </message>
    <message>
        <source>Look again at</source>
        <translation>Opnieuw bekijken</translation>
    </message>
    <message>
        <source>Retention date passed</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>Career check due</source>
        <translation>Loopbaancheck te doen</translation>
    </message>
    <message>
        <source>Career safari starts</source>
        <translation>Loopbaansafari begint</translation>
    </message>
    <message>
        <source>Safari debrief due</source>
        <translation>Nabespreking safari te doen</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>Engagement ending</source>
        <translation>Opdracht loopt af</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Career check</source>
        <translation>Loopbaancheck</translation>
    </message>
    <message>
        <source>Job crafting reflection</source>
        <translation>Reflectie job crafting</translation>
    </message>
    <message>
        <source>Own questionnaire</source>
        <translation>Eigen vragenlijst</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>Gegevensexport (JSON)</translation>
    </message>
    <message>
        <source>Development plan (PDF)</source>
        <translation>Ontwikkelingsplan (PDF)</translation>
    </message>
    <message>
        <source>Session summary (PDF)</source>
        <translation>Sessieverslag (PDF)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
</context>
<context>
    <name>LevelBox</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>LowestDimensionsBox</name>
    <message>
        <source>Lowest in the last career check ({date})</source>
        <translation>Laagst bij de laatste loopbaancheck ({date})</translation>
    </message>
    <message>
        <source>{dimension}: {score}</source>
        <translation>{dimension}: {score}</translation>
    </message>
    <message>
        <source>(▲ {change} since the check before)</source>
        <translation>(▲ {change} sinds de vorige check)</translation>
    </message>
    <message>
        <source>(▼ {change} since the check before)</source>
        <translation>(▼ {change} sinds de vorige check)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nieuwe kluis…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Kluis &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Show recovery &amp;key…</source>
        <translation>He&amp;rstelsleutel tonen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Blank &amp;preparation form (PDF)…</source>
        <translation>&amp;Leeg voorbereidingsformulier (PDF)…</translation>
    </message>
    <message>
        <source>Conversation &amp;guides…</source>
        <translation>&amp;Gespreksleidraden…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;New mentee…</source>
        <translation>&amp;Nieuwe mentee…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Profiel bewerken…</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nieuwe &amp;sessie</translation>
    </message>
    <message>
        <source>New &amp;questionnaire answers…</source>
        <translation>Nieuwe antwoorden op een &amp;vragenlijst…</translation>
    </message>
    <message>
        <source>Session s&amp;ummary (PDF)…</source>
        <translation>Sessie&amp;verslag (PDF)…</translation>
    </message>
    <message>
        <source>Development &amp;plan (PDF)…</source>
        <translation>Ontwikkelings&amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xport data (JSON)…</source>
        <translation>Gegevens e&amp;xporteren (JSON)…</translation>
    </message>
    <message>
        <source>E&amp;rase mentee…</source>
        <translation>Mentee &amp;wissen…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Filter mentees</source>
        <translation>Mentees &amp;filteren</translation>
    </message>
    <message>
        <source>&amp;Overview tab</source>
        <translation>Tabblad &amp;Overzicht</translation>
    </message>
    <message>
        <source>S&amp;essions tab</source>
        <translation>Tabblad &amp;Sessies</translation>
    </message>
    <message>
        <source>Development &amp;plan tab</source>
        <translation>Tabblad Ontwikkelings&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Questionnaires tab</source>
        <translation>Tabblad &amp;Vragenlijsten</translation>
    </message>
    <message>
        <source>&amp;Career moves tab</source>
        <translation>Tabblad &amp;Loopbaanstappen</translation>
    </message>
    <message>
        <source>A&amp;ttachments tab</source>
        <translation>Tabblad &amp;Bijlagen</translation>
    </message>
    <message>
        <source>&amp;Clients from CSV…</source>
        <translation>&amp;Cliënten uit CSV…</translation>
    </message>
    <message>
        <source>&amp;Notes from a folder…</source>
        <translation>&amp;Notities uit een map…</translation>
    </message>
    <message>
        <source>Career s&amp;tories…</source>
        <translation>Loopbaanv&amp;erhalen…</translation>
    </message>
    <message>
        <source>&amp;Hours report…</source>
        <translation>&amp;Urenoverzicht…</translation>
    </message>
    <message>
        <source>&amp;Coaching log (CSV)…</source>
        <translation>&amp;Coachinglogboek (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>Agenda e&amp;xporteren…</translation>
    </message>
    <message>
        <source>C&amp;areer-centre report…</source>
        <translation>Rapport voor het loopb&amp;aancentrum…</translation>
    </message>
    <message>
        <source>S&amp;ync conflict copies…</source>
        <translation>Con&amp;flictkopieën van synchronisatie…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnose kopiëren</translation>
    </message>
    <message>
        <source>&amp;About Mentorapp</source>
        <translation>&amp;Over Mentorapp</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporteren</translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation>&amp;Mentee</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>This mentee has no development plan to export yet.</source>
        <translation>Deze mentee heeft nog geen ontwikkelingsplan om te exporteren.</translation>
    </message>
    <message>
        <source>This mentee has no session to summarise yet.</source>
        <translation>Deze mentee heeft nog geen sessie om samen te vatten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{vault} - Mentorapp</source>
        <translation>{vault} - Mentorapp</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n erased mentee(s) again from the restored backup.</source>
        <translation>
            <numerusform>%n gewiste mentee opnieuw verwijderd uit de teruggezette back-up.</numerusform>
            <numerusform>%n gewiste mentees opnieuw verwijderd uit de teruggezette back-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo vault with made-up people. Its passphrase is: {passphrase}</source>
        <translation>Demokluis met verzonnen personen. De wachtwoordzin is: {passphrase}</translation>
    </message>
    <message>
        <source>Demo vault - passphrase: {passphrase}</source>
        <translation>Demokluis - wachtwoordzin: {passphrase}</translation>
    </message>
    <message>
        <source>Backup made and verified: {file}</source>
        <translation>Back-up gemaakt en gecontroleerd: {file}</translation>
    </message>
    <message>
        <source>Mentorapp</source>
        <translation>Mentorapp</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose the column that holds each field. A field left at "(not imported)" stays empty.</source>
        <translation>Kies per veld de kolom die het bevat. Een veld op "(niet geïmporteerd)" blijft leeg.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Formatting: {editor}</source>
        <translation>Opmaak: {editor}</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
</context>
<context>
    <name>MarksBox</name>
    <message>
        <source>Kept twice after a sync conflict</source>
        <translation>Twee keer bewaard na een synchronisatieconflict</translation>
    </message>
    <message>
        <source>These records were changed on two computers before the sync caught up, so both versions were kept. Compare them, keep what is right (delete or correct the other), then mark each as looked at.</source>
        <translation>Deze gegevens werden op twee computers gewijzigd voor de synchronisatie bij was, dus beide versies zijn bewaard. Vergelijk ze, houd wat klopt (verwijder of verbeter de andere) en markeer dan elk als bekeken.</translation>
    </message>
    <message>
        <source>{what} - from {source}, merged {when}</source>
        <translation>{what} - uit {source}, samengevoegd {when}</translation>
    </message>
    <message>
        <source>Looked at it</source>
        <translation>Bekeken</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Edit mentee - Mentorapp</source>
        <translation>Mentee bewerken - Mentorapp</translation>
    </message>
    <message>
        <source>New mentee - Mentorapp</source>
        <translation>Nieuwe mentee - Mentorapp</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Volledige &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>&amp;Roepnaam</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>Current &amp;role</source>
        <translation>Huidige &amp;functie</translation>
    </message>
    <message>
        <source>Re&amp;ferred by</source>
        <translation>&amp;Verwezen door</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>comma-separated, e.g. growing sideways, safari</source>
        <translation>gescheiden door komma's, bv. groei in de breedte, safari</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van toestemming</translation>
    </message>
    <message>
        <source>Consent s&amp;cope</source>
        <translation>Reik&amp;wijdte toestemming</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Language of exports</source>
        <translation>Taal van exports</translation>
    </message>
    <message>
        <source>&amp;Language of exports</source>
        <translation>Taal van &amp;exports</translation>
    </message>
    <message>
        <source>Goal of the trajectory</source>
        <translation>Doel van het traject</translation>
    </message>
    <message>
        <source>&amp;Goal of the trajectory</source>
        <translation>&amp;Doel van het traject</translation>
    </message>
    <message>
        <source>Private background, never exported</source>
        <translation>Privé-achtergrond, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>Private &amp;background</source>
        <translation>Persoonlijke &amp;achtergrond</translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation>Alleen voor jou. Nooit geëxporteerd, nooit in een PDF.</translation>
    </message>
    <message>
        <source>A mentee needs a name.</source>
        <translation>Een mentee heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>MenteeExports</name>
    <message>
        <source>Mentorapp</source>
        <translation>Mentorapp</translation>
    </message>
    <message>
        <source>Export data - Mentorapp</source>
        <translation>Gegevens exporteren - Mentorapp</translation>
    </message>
    <message>
        <source>Include your private notes?

Only when the mentee asked for all data you hold on them (GDPR art. 15). Without them the file holds the profile, shared summaries and plans.</source>
        <translation>Je privé-notities meenemen?

Alleen als de mentee gevraagd heeft naar alle gegevens die je over hem of haar bewaart (AVG/GDPR art. 15). Zonder privé-notities bevat het bestand het profiel, de gedeelde samenvattingen en de plannen.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Development plan {name} v{version}.pdf</source>
        <translation>Ontwikkelingsplan {name} v{version}.pdf</translation>
    </message>
    <message>
        <source>Export development plan - Mentorapp</source>
        <translation>Ontwikkelingsplan exporteren - Mentorapp</translation>
    </message>
    <message>
        <source>Session summary {name} {date}.pdf</source>
        <translation>Sessieverslag {name} {date}.pdf</translation>
    </message>
    <message>
        <source>Export session summary - Mentorapp</source>
        <translation>Sessieverslag exporteren - Mentorapp</translation>
    </message>
    <message>
        <source>Preparation form - Mentorapp</source>
        <translation>Voorbereidingsformulier - Mentorapp</translation>
    </message>
    <message>
        <source>Career conversation preparation.pdf</source>
        <translation>Voorbereiding loopbaangesprek.pdf</translation>
    </message>
</context>
<context>
    <name>MenteeListPane</name>
    <message>
        <source>Filter by name or organisation…</source>
        <translation>Filteren op naam of organisatie…</translation>
    </message>
    <message>
        <source>Filter mentees</source>
        <translation>Mentees filteren</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>&amp;New mentee</source>
        <translation>&amp;Nieuwe mentee</translation>
    </message>
</context>
<context>
    <name>MenteeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
</context>
<context>
    <name>MenteeWorkspace</name>
    <message>
        <source>Mentee workspace</source>
        <translation>Werkruimte van de mentee</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>Development &amp;plan</source>
        <translation>Ontwikkelings&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Vragenlijsten</translation>
    </message>
    <message>
        <source>&amp;Career moves</source>
        <translation>&amp;Loopbaanstappen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Not saved - Mentorapp</source>
        <translation>Niet bewaard - Mentorapp</translation>
    </message>
    <message>
        <source>Your last changes could not be saved, so the vault stays open and your text stays where it is. The editor says why; copy the text somewhere safe if the problem lasts.</source>
        <translation>Je laatste wijzigingen konden niet bewaard worden, dus de kluis blijft open en je tekst blijft staan waar hij staat. De editor zegt waarom; kopieer de tekst naar een veilige plaats als het probleem blijft.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved. Quit anyway and lose them?</source>
        <translation>Je laatste wijzigingen konden niet bewaard worden. Toch afsluiten en ze verliezen?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This vault is open in another Mentorapp window or program.</source>
        <translation>Deze kluis is open in een ander Mentorapp-venster of programma.</translation>
    </message>
    <message>
        <source>This vault is open on {host} ({user}) since {time}.</source>
        <translation>Deze kluis is open op {host} ({user}) sinds {time}.</translation>
    </message>
    <message>
        <source>This vault is open on {host} since {time}.</source>
        <translation>Deze kluis is open op {host} sinds {time}.</translation>
    </message>
    <message>
        <source>This vault is open in another Mentorapp window or program since {time}.</source>
        <translation>Deze kluis is open in een ander Mentorapp-venster of programma sinds {time}.</translation>
    </message>
    <message>
        <source>{host} took this vault over, so nothing more can be saved here. Your text is still on screen: copy what you need, then lock the vault.</source>
        <translation>{host} heeft deze kluis overgenomen, dus hier kan niets meer bewaard worden. Je tekst staat nog op het scherm: kopieer wat je nodig hebt en vergrendel dan de kluis.</translation>
    </message>
    <message>
        <source>Another computer took this vault over, so nothing more can be saved here. Your text is still on screen: copy what you need, then lock the vault.</source>
        <translation>Een andere computer heeft deze kluis overgenomen, dus hier kan niets meer bewaard worden. Je tekst staat nog op het scherm: kopieer wat je nodig hebt en vergrendel dan de kluis.</translation>
    </message>
    <message>
        <source>That copy belongs to another vault, so nothing was brought in. The copy was left where it is.</source>
        <translation>Die kopie hoort bij een andere kluis, dus er is niets binnengehaald. De kopie is blijven staan waar ze stond.</translation>
    </message>
    <message>
        <source>That copy was made with another key (the vault was re-keyed on one computer), so it cannot be read with this one. Nothing was brought in; the copy was left where it is.</source>
        <translation>Die kopie is gemaakt met een andere sleutel (de kluis is op één computer opnieuw versleuteld), dus ze kan met deze niet gelezen worden. Er is niets binnengehaald; de kopie is blijven staan waar ze stond.</translation>
    </message>
    <message>
        <source>That copy was made by a newer version of Mentorapp. Update the app here, then bring its records in. Nothing was changed.</source>
        <translation>Die kopie is gemaakt door een nieuwere versie van Mentorapp. Werk de app hier bij en haal dan de gegevens binnen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>That copy was made by an older version of Mentorapp and cannot be merged as it is. Nothing was changed; update Mentorapp on the other computer, or move the copy to the backups.</source>
        <translation>Die kopie is gemaakt door een oudere versie van Mentorapp en kan zo niet samengevoegd worden. Er is niets gewijzigd; werk Mentorapp op de andere computer bij, of verplaats de kopie naar de back-ups.</translation>
    </message>
    <message>
        <source>That copy is damaged or incomplete, so nothing was brought in. Nothing was changed; move it to the backups.</source>
        <translation>Die kopie is beschadigd of onvolledig, dus er is niets binnengehaald. Er is niets gewijzigd; verplaats ze naar de back-ups.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again. Forgotten it? Use your recovery key.</source>
        <translation>Met die wachtwoordzin gaat deze kluis niet open. Controleer Caps Lock en de toetsenbordindeling en probeer opnieuw. Vergeten? Gebruik je herstelsleutel.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Met die herstelsleutel gaat deze kluis niet open.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 12 characters.</source>
        <translation>De wachtwoordzin moet minstens 12 tekens lang zijn.</translation>
    </message>
    <message>
        <source>There is no Mentorapp vault in that folder.</source>
        <translation>In die map staat geen Mentorapp-kluis.</translation>
    </message>
    <message>
        <source>That folder already exists and is not empty. Choose another name or place.</source>
        <translation>Die map bestaat al en is niet leeg. Kies een andere naam of plek.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing or damaged. Unlock with your recovery key, or restore a backup.</source>
        <translation>Het sleutelbestand van deze kluis ontbreekt of is beschadigd. Ontgrendel met je herstelsleutel of zet een back-up terug.</translation>
    </message>
    <message>
        <source>This vault is damaged. Restore the most recent backup (File &gt; Restore backup); your backups are in the vault's backups folder.</source>
        <translation>Deze kluis is beschadigd. Zet de meest recente back-up terug (Bestand &gt; Back-up terugzetten); je back-ups staan in de back-upmap van de kluis.</translation>
    </message>
    <message>
        <source>This vault was made with a newer version of Mentorapp. Update the app to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Mentorapp. Werk de app bij om ze te openen.</translation>
    </message>
    <message>
        <source>The vault is in use by another program. Try again in a moment.</source>
        <translation>De kluis is in gebruik door een ander programma. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>That backup is damaged or incomplete. Nothing was restored.</source>
        <translation>Die back-up is beschadigd of onvolledig. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Dat gegeven bestaat niet meer.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>De schijf is vol. Er is niets gewijzigd; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The new key could not be written, so the vault keeps its old key and opens with your passphrase as before. Nothing was lost; check the free disk space and try again.</source>
        <translation>De nieuwe sleutel kon niet geschreven worden, dus de kluis houdt haar oude sleutel en gaat zoals voorheen open met je wachtwoordzin. Er is niets verloren; controleer de vrije schijfruimte en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The vault's files could not be read or written (a disk or file system error). Nothing was changed; check the disk and try again.</source>
        <translation>De bestanden van de kluis konden niet gelezen of geschreven worden (een fout van de schijf of het bestandssysteem). Er is niets gewijzigd; controleer de schijf en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Another program replaced or changed this vault's database since you opened it (a sync tool, or a restore elsewhere). Nothing was written over it. Your text is still here: copy it, lock the vault and unlock it again.</source>
        <translation>Een ander programma heeft de database van deze kluis vervangen of gewijzigd sinds je ze opende (een synchronisatieprogramma, of een terugzetting elders). Er is niets overschreven. Je tekst staat er nog: kopieer hem, vergrendel de kluis en ontgrendel ze opnieuw.</translation>
    </message>
    <message>
        <source>This vault was re-keyed or restored elsewhere since you opened it. Nothing was written. Your text is still here: copy it, lock the vault and unlock it again.</source>
        <translation>Deze kluis is elders opnieuw versleuteld of teruggezet sinds je ze opende. Er is niets geschreven. Je tekst staat er nog: kopieer hem, vergrendel de kluis en ontgrendel ze opnieuw.</translation>
    </message>
    <message>
        <source>The vault's database file (vault.db) is empty or truncated. It was left as it is; restore a backup (File &gt; Restore backup).</source>
        <translation>Het databasebestand van de kluis (vault.db) is leeg of afgekapt. Het bleef zoals het was; zet een back-up terug (Bestand &gt; Back-up terugzetten).</translation>
    </message>
    <message>
        <source>Mentorapp may not read this vault's files. Check the permissions of the vault folder.</source>
        <translation>Mentorapp mag de bestanden van deze kluis niet lezen. Controleer de rechten van de kluismap.</translation>
    </message>
    <message>
        <source>This vault is open read-only here, because it is open on another computer, so nothing can be saved. Your text stays on screen: copy what you need.</source>
        <translation>Deze kluis is hier alleen-lezen open, omdat ze op een andere computer open is, dus er kan niets bewaard worden. Je tekst blijft op het scherm staan: kopieer wat je nodig hebt.</translation>
    </message>
    <message>
        <source>This vault's folder or files are read-only, so nothing can be saved. Check the permissions or the disk. Nothing was changed.</source>
        <translation>De map of de bestanden van deze kluis zijn alleen-lezen, dus er kan niets bewaard worden. Controleer de rechten of de schijf. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The key file in this folder belongs to another vault. Put this vault's own vault.key.json back, or unlock with the recovery key.</source>
        <translation>Het sleutelbestand in deze map hoort bij een andere kluis. Zet het eigen vault.key.json van deze kluis terug, of ontgrendel met de herstelsleutel.</translation>
    </message>
    <message>
        <source>An export may not be saved inside a vault folder. Choose another folder.</source>
        <translation>Een export mag niet in een kluismap bewaard worden. Kies een andere map.</translation>
    </message>
    <message>
        <source>The mentee's records were deleted, but another program is reading the vault, so the last traces could not be wiped from the file yet. Close other Mentorapp windows and erase again.</source>
        <translation>De gegevens van de mentee zijn verwijderd, maar een ander programma leest de kluis, dus de laatste sporen konden nog niet uit het bestand gewist worden. Sluit andere Mentorapp-vensters en wis opnieuw.</translation>
    </message>
    <message>
        <source>Mentorapp may not write there. Choose another folder.</source>
        <translation>Mentorapp mag daar niet schrijven. Kies een andere map.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Dat bestand of die map bestaat niet.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Er ging iets mis. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Too short: at least 12 characters.</source>
        <translation>Te kort: minstens 12 tekens.</translation>
    </message>
    <message>
        <source>Too repetitive: use several different words.</source>
        <translation>Te veel herhaling: gebruik verschillende woorden.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Good. A few more words make it stronger.</source>
        <translation>Goed. Met een paar woorden meer wordt ze sterker.</translation>
    </message>
    <message>
        <source>Acceptable. Four or more unrelated words are better.</source>
        <translation>Aanvaardbaar. Vier of meer losse woorden zijn beter.</translation>
    </message>
</context>
<context>
    <name>MovesPage</name>
    <message>
        <source>Stayed, with what changed</source>
        <translation>Gebleven, met wat er veranderde</translation>
    </message>
    <message>
        <source>The moves the mentee considered or made. Growth is not only up: sideways, diagonally, in the current job or elsewhere all count.</source>
        <translation>De loopbaanbewegingen die de mentee overwoog of maakte. Groeien is niet alleen hogerop: zijwaarts, diagonaal, in de huidige job of elders telt allemaal mee.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From role</source>
        <translation>Van functie</translation>
    </message>
    <message>
        <source>To role</source>
        <translation>Naar functie</translation>
    </message>
    <message>
        <source>Made or considered</source>
        <translation>Gemaakt of overwogen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Moves, the newest first</source>
        <translation>Bewegingen, de nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Add move…</source>
        <translation>Beweging &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit the selected move</source>
        <translation>Gekozen beweging bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Remove the selected move</source>
        <translation>Gekozen beweging verwijderen</translation>
    </message>
    <message>
        <source>No moves yet.

Add a move when the mentee considers one (a lateral or diagonal move, job crafting, a safari, another organisation) and mark it made when it happens.</source>
        <translation>Nog geen bewegingen.

Voeg een beweging toe wanneer de mentee er een overweegt (een laterale of diagonale stap, job crafting, een safari, een andere organisatie) en duid ze aan als gemaakt wanneer ze gebeurt.</translation>
    </message>
    <message>
        <source>Outcome of the trajectory</source>
        <translation>Uitkomst van het traject</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Overwogen</translation>
    </message>
    <message>
        <source>Closed without an outcome recorded.</source>
        <translation>Afgesloten zonder vastgelegde uitkomst.</translation>
    </message>
    <message>
        <source>Open: the trajectory has not been closed yet.</source>
        <translation>Lopend: het traject is nog niet afgesloten.</translation>
    </message>
    <message>
        <source>C&amp;lose the trajectory…</source>
        <translation>Traject &amp;afsluiten…</translation>
    </message>
    <message>
        <source>Change the ou&amp;tcome…</source>
        <translation>&amp;Uitkomst wijzigen…</translation>
    </message>
    <message>
        <source>Closed on {date}: {outcome}.</source>
        <translation>Afgesloten op {date}: {outcome}.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;From role</source>
        <translation>&amp;Van functie</translation>
    </message>
    <message>
        <source>&amp;To role</source>
        <translation>&amp;Naar functie</translation>
    </message>
    <message>
        <source>&amp;Made (not only considered)</source>
        <translation>&amp;Gemaakt (niet alleen overwogen)</translation>
    </message>
    <message>
        <source>&amp;Notes (shared with the employee)</source>
        <translation>N&amp;otities (gedeeld met de medewerker)</translation>
    </message>
    <message>
        <source>Move - Mentorapp</source>
        <translation>Beweging - Mentorapp</translation>
    </message>
    <message>
        <source>New move - Mentorapp</source>
        <translation>Nieuwe beweging - Mentorapp</translation>
    </message>
    <message>
        <source>Remove this move ({kind}) from the log?</source>
        <translation>Deze beweging ({kind}) uit het logboek verwijderen?</translation>
    </message>
</context>
<context>
    <name>NotesImportWizard</name>
    <message>
        <source>Import notes from a folder - Mentorapp</source>
        <translation>Notities importeren uit een map - Mentorapp</translation>
    </message>
    <message>
        <source>Notes folder</source>
        <translation>Map met notities</translation>
    </message>
    <message>
        <source>One sub-folder per mentee, one Markdown, text or Word file per session. The text goes into the private notes. Nothing is imported before the last step.</source>
        <translation>Eén submap per mentee, één Markdown-, tekst- of Word-bestand per sessie. De tekst komt in de privénotities. Er wordt niets geïmporteerd vóór de laatste stap.</translation>
    </message>
    <message>
        <source>Choose a notes folder</source>
        <translation>Kies een map met notities</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(kan niet gelezen worden)</translation>
    </message>
    <message>
        <source>New mentee: {name}</source>
        <translation>Nieuwe mentee: {name}</translation>
    </message>
    <message>
        <source>{name}: session of {date} ({file})</source>
        <translation>{name}: sessie van {date} ({file})</translation>
    </message>
    <message>
        <source>Imported. Sessions: {sessions}; new mentees: {mentees}.</source>
        <translation>Geïmporteerd. Sessies: {sessions}; nieuwe mentees: {mentees}.</translation>
    </message>
</context>
<context>
    <name>ObstaclesSection</name>
    <message>
        <source>Obstacles</source>
        <translation>Obstakels</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstakel</translation>
    </message>
    <message>
        <source>How to handle it</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <source>Add an obstacle</source>
        <translation>Obstakel toevoegen</translation>
    </message>
    <message>
        <source>Edit the selected obstacle</source>
        <translation>Gekozen obstakel bewerken</translation>
    </message>
    <message>
        <source>Remove the selected obstacle</source>
        <translation>Gekozen obstakel verwijderen</translation>
    </message>
    <message>
        <source>Move the obstacle up</source>
        <translation>Obstakel omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the obstacle down</source>
        <translation>Obstakel omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Obstacle - Mentorapp</source>
        <translation>Obstakel - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Obstacle</source>
        <translation>&amp;Obstakel</translation>
    </message>
    <message>
        <source>&amp;How to handle it</source>
        <translation>&amp;Hoe pak je het aan</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{date}: has a date</source>
        <translation>{date}: heeft een datum</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Mentee overview</source>
        <translation>Overzicht van de mentee</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Profiel bewerken…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Huidige functie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>Language of exports</source>
        <translation>Taal van exports</translation>
    </message>
    <message>
        <source>Goal of the trajectory</source>
        <translation>Doel van het traject</translation>
    </message>
    <message>
        <source>Upcoming and overdue</source>
        <translation>Gepland en te laat</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overhandigd</translation>
    </message>
    <message>
        <source>Not recorded: ask for it and note it in the profile (F2)</source>
        <translation>Niet vastgelegd: vraag ze en noteer ze in het profiel (F2)</translation>
    </message>
    <message>
        <source>Given on {date}</source>
        <translation>Gegeven op {date}</translation>
    </message>
    <message>
        <source>past, erase or extend</source>
        <translation>verstreken, wissen of verlengen</translation>
    </message>
    <message>
        <source>No goal written down yet.</source>
        <translation>Nog geen doel genoteerd.</translation>
    </message>
    <message>
        <source>{what}, {date}, SHA-256 {hash}</source>
        <translation>{what}, {date}, SHA-256 {hash}</translation>
    </message>
    <message>
        <source>Nothing handed over yet.</source>
        <translation>Nog niets overhandigd.</translation>
    </message>
    <message>
        <source>Nothing planned or due.</source>
        <translation>Niets gepland of te doen.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>&amp;Language of the PDF</source>
        <translation>&amp;Taal van de PDF</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Taal van de PDF</translation>
    </message>
    <message>
        <source>Signature line for the &amp;manager</source>
        <translation>Handtekeningregel voor de &amp;leidinggevende</translation>
    </message>
    <message>
        <source>Include a c&amp;hart of the career checks</source>
        <translation>Met &amp;grafiek van de loopbaanchecks</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;opslaan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Include the career sa&amp;faris</source>
        <translation>Met de loopbaansa&amp;fari's</translation>
    </message>
    <message>
        <source>Include the crafted &amp;job</source>
        <translation>Met de bijgestuurde &amp;job</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>This mentee has no career check yet.</source>
        <translation>Deze mentee heeft nog geen loopbaancheck.</translation>
    </message>
    <message>
        <source>This mentee has no career safari.</source>
        <translation>Deze mentee heeft geen loopbaansafari.</translation>
    </message>
    <message>
        <source>This mentee's job crafting canvas is empty.</source>
        <translation>Het job crafting-canvas van deze mentee is leeg.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt voorbereid…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Check it, then save.</source>
        <translation>
            <numerusform>%n pagina. Kijk het na en sla het daarna op.</numerusform>
            <numerusform>%n pagina's. Kijk het na en sla het daarna op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Opgeslagen als {file}.</translation>
    </message>
</context>
<context>
    <name>PlanCommitments</name>
    <message>
        <source>Private remarks, never exported</source>
        <translation>Privé-opmerkingen, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>&amp;Resources needed</source>
        <translation>Benodigde midde&amp;len</translation>
    </message>
    <message>
        <source>The &amp;organisation commits to</source>
        <translation>De organisat&amp;ie verbindt zich tot</translation>
    </message>
    <message>
        <source>The &amp;employee commits to</source>
        <translation>De medewer&amp;ker verbindt zich tot</translation>
    </message>
    <message>
        <source>&amp;Private remarks (never exported)</source>
        <translation>Privé-opmerkingen (&amp;nooit geëxporteerd)</translation>
    </message>
</context>
<context>
    <name>PlanDate</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Period from</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>The plan period has a start date</source>
        <translation>De planperiode heeft een begindatum</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>The plan period has an end date</source>
        <translation>De planperiode heeft een einddatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>The plan has a review date</source>
        <translation>Het plan heeft een evaluatiedatum</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Periode vana&amp;f</translation>
    </message>
    <message>
        <source>Period &amp;until</source>
        <translation>Pe&amp;riode tot</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>&amp;Evaluatie op</translation>
    </message>
    <message>
        <source>Current &amp;situation</source>
        <translation>Huidige sit&amp;uatie</translation>
    </message>
    <message>
        <source>Where to &amp;go, and when</source>
        <translation>Waar naartoe, en &amp;wanneer</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>No development plan yet. Start one with New plan, or from a template (More).</source>
        <translation>Nog geen ontwikkelingsplan. Begin er een met Nieuw plan, of vanuit een sjabloon (Meer).</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle wijzigingen opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) not SMART yet - you can still save:</source>
        <translation>
            <numerusform>%n actie is nog niet SMART - opslaan kan wel:</numerusform>
            <numerusform>%n acties zijn nog niet SMART - opslaan kan wel:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every action is SMART.</source>
        <translation>Elke actie is SMART.</translation>
    </message>
    <message>
        <source>This version has no actions to check.</source>
        <translation>Deze versie heeft geen acties om te toetsen.</translation>
    </message>
    <message>
        <source>No goals or actions yet: add a goal, then an action under it.</source>
        <translation>Nog geen doelen of acties: voeg een doel toe en daaronder een actie.</translation>
    </message>
    <message>
        <source>No actions to check yet: the actions so far belong to wishes that are not feasible now. Add an action under a feasible goal.</source>
        <translation>Nog geen acties om te toetsen: de acties tot nu toe horen bij wensen die nu niet haalbaar zijn. Voeg een actie toe onder een haalbaar doel.</translation>
    </message>
    <message>
        <source>No actions yet: select a goal and add an action under it.</source>
        <translation>Nog geen acties: kies een doel en voeg er een actie onder toe.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Ontwikkelingsplan</translation>
    </message>
    <message>
        <source>That step is not possible for this version.</source>
        <translation>Die stap is niet mogelijk voor deze versie.</translation>
    </message>
    <message>
        <source>Development plan, the version shown</source>
        <translation>Ontwikkelingsplan, getoonde versie</translation>
    </message>
    <message>
        <source>Saved as template “{name}”.</source>
        <translation>Opgeslagen als sjabloon “{name}”.</translation>
    </message>
    <message>
        <source>That template cannot be read.</source>
        <translation>Dat sjabloon kan niet gelezen worden.</translation>
    </message>
</context>
<context>
    <name>PlanVersionBar</name>
    <message>
        <source>Plan version</source>
        <translation>Planversie</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nieuw plan</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>Freeze this version to hand it to the employee</source>
        <translation>Deze versie vastzetten om ze aan de medewerker te geven</translation>
    </message>
    <message>
        <source>A&amp;greed</source>
        <translation>&amp;Akkoord</translation>
    </message>
    <message>
        <source>The employee agreed: freeze this version</source>
        <translation>De medewerker gaat akkoord: deze versie vastzetten</translation>
    </message>
    <message>
        <source>&amp;Edit as new draft</source>
        <translation>Bewerken als nieuw &amp;concept</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergelijken…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xporteren…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More plan actions</source>
        <translation>Meer planacties</translation>
    </message>
    <message>
        <source>Archive this plan</source>
        <translation>Dit plan archiveren</translation>
    </message>
    <message>
        <source>Duplicate as a new draft</source>
        <translation>Dupliceren als nieuw concept</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Opslaan als sjabloon…</translation>
    </message>
    <message>
        <source>New plan from template…</source>
        <translation>Nieuw plan uit sjabloon…</translation>
    </message>
    <message>
        <source>v{number} · {status}</source>
        <translation>v{number} · {status}</translation>
    </message>
    <message>
        <source>Draft - you can edit it</source>
        <translation>Concept - bewerkbaar</translation>
    </message>
    <message>
        <source>Frozen version - read only</source>
        <translation>Vastgezette versie - alleen lezen</translation>
    </message>
    <message>
        <source>Save as template - Mentorapp</source>
        <translation>Opslaan als sjabloon - Mentorapp</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>Templates - Mentorapp</source>
        <translation>Sjablonen - Mentorapp</translation>
    </message>
    <message>
        <source>There are no templates yet. Open a plan and choose More &gt; Save as template.</source>
        <translation>Er zijn nog geen sjablonen. Open een plan en kies Meer &gt; Opslaan als sjabloon.</translation>
    </message>
    <message>
        <source>New plan from template - Mentorapp</source>
        <translation>Nieuw plan uit sjabloon - Mentorapp</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
</context>
<context>
    <name>PracticeDialogs</name>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>A number per client</source>
        <translation>Een nummer per mentee</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>Volledige namen</translation>
    </message>
    <message>
        <source>"Career conversation" and initials</source>
        <translation>"Loopbaangesprek" en initialen</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Alleen initialen</translation>
    </message>
    <message>
        <source>"Career conversation" only</source>
        <translation>Alleen "Loopbaangesprek"</translation>
    </message>
    <message>
        <source>"Career conversation" and the full name</source>
        <translation>"Loopbaangesprek" en de volledige naam</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Opdrachtgever</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Names</source>
        <translation>&amp;Namen</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (rekenblad)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <source>&amp;Event titles</source>
        <translation>&amp;Titel van de afspraken</translation>
    </message>
    <message>
        <source>Only dates and these titles go into the file, never notes or summaries.</source>
        <translation>Alleen de data en deze titels komen in het bestand, nooit notities of verslagen.</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet: add one in a mentee's Overview.</source>
        <translation>Nog geen opdracht met een opdrachtgever: voeg er een toe in het Overzicht van een mentee.</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} opgeslagen.</translation>
    </message>
    <message>
        <source>Hours report - Mentorapp</source>
        <translation>Urenoverzicht - Mentorapp</translation>
    </message>
    <message>
        <source>Hours report.pdf</source>
        <translation>Urenoverzicht.pdf</translation>
    </message>
    <message>
        <source>Coaching log - Mentorapp</source>
        <translation>Coachinglogboek - Mentorapp</translation>
    </message>
    <message>
        <source>Coaching log.csv</source>
        <translation>Coachinglogboek.csv</translation>
    </message>
    <message>
        <source>Export calendar - Mentorapp</source>
        <translation>Agenda exporteren - Mentorapp</translation>
    </message>
    <message>
        <source>Mentorapp sessions.ics</source>
        <translation>Mentorapp-sessies.ics</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows, as they will be imported.</source>
        <translation>De eerste rijen, zoals ze geïmporteerd zullen worden.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Counts &amp;reversed (agreeing means a lower score)</source>
        <translation>Telt o&amp;mgekeerd (akkoord gaan geeft een lagere score)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Help text</source>
        <translation>&amp;Hulptekst</translation>
    </message>
    <message>
        <source>&amp;Lowest value</source>
        <translation>&amp;Laagste waarde</translation>
    </message>
    <message>
        <source>Hi&amp;ghest value</source>
        <translation>Hoo&amp;gste waarde</translation>
    </message>
    <message>
        <source>Lo&amp;west means</source>
        <translation>Laagste &amp;betekent</translation>
    </message>
    <message>
        <source>High&amp;est means</source>
        <translation>Hoogste b&amp;etekent</translation>
    </message>
    <message>
        <source>&amp;Choices, one per line</source>
        <translation>&amp;Keuzes, één per regel</translation>
    </message>
    <message>
        <source>Write the item's text.</source>
        <translation>Schrijf de tekst van het item.</translation>
    </message>
    <message>
        <source>The highest value must be above the lowest.</source>
        <translation>De hoogste waarde moet boven de laagste liggen.</translation>
    </message>
    <message>
        <source>Give at least two choices, one per line.</source>
        <translation>Geef minstens twee keuzes, één per regel.</translation>
    </message>
</context>
<context>
    <name>Questionnaires</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>{name}, version {version}</source>
        <translation>{name}, versie {version}</translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Open tekst</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Antwoord wissen</translation>
    </message>
    <message>
        <source>Clear the answer (Delete on a chosen number)</source>
        <translation>Antwoord wissen (Delete op een gekozen getal)</translation>
    </message>
    <message>
        <source>{value} of {high}</source>
        <translation>{value} op {high}</translation>
    </message>
    <message>
        <source>counted reversed</source>
        <translation>omgekeerd geteld</translation>
    </message>
    <message>
        <source>Dimension scores (mean of the items)</source>
        <translation>Scores per dimensie (gemiddelde van de items)</translation>
    </message>
    <message>
        <source>This template has no items yet.</source>
        <translation>Deze vragenlijst heeft nog geen items.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message>
        <source>Answers and career check</source>
        <translation>Antwoorden en loopbaancheck</translation>
    </message>
    <message>
        <source>Enter the answers of a questionnaire the mentee filled in</source>
        <translation>De antwoorden invoeren van een vragenlijst die de mentee invulde</translation>
    </message>
    <message>
        <source>Answers by date</source>
        <translation>Antwoorden per datum</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>S&amp;jablonen…</translation>
    </message>
    <message>
        <source>See the questionnaires, copy one and make it your own</source>
        <translation>Bekijk de vragenlijsten, kopieer er een en maak ze je eigen</translation>
    </message>
    <message>
        <source>Ne&amp;w answers…</source>
        <translation>Nie&amp;uwe antwoorden…</translation>
    </message>
    <message>
        <source>De&amp;lete answers…</source>
        <translation>Antwoorden ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>No answers yet.

When the mentee has filled in a questionnaire (the preparation of a career conversation, the career check, job crafting), enter the answers with New answers. They are listed here by date.</source>
        <translation>Nog geen antwoorden.

Wanneer de mentee een vragenlijst heeft ingevuld (de voorbereiding van een loopbaangesprek, de loopbaancheck, job crafting), voer je de antwoorden in met Nieuwe antwoorden. Ze staan hier per datum.</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>&amp;Career check</source>
        <translation>&amp;Loopbaancheck</translation>
    </message>
    <message>
        <source>Delete answers - Mentorapp</source>
        <translation>Antwoorden verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete these answers and your interpretation of them? This cannot be undone.</source>
        <translation>Deze antwoorden en je interpretatie ervan verwijderen? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Fill in: {field}</source>
        <translation>Nog in te vullen: {field}</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Remove - Mentorapp</source>
        <translation>Verwijderen - Mentorapp</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery key - Mentorapp</source>
        <translation>Herstelsleutel - Mentorapp</translation>
    </message>
    <message>
        <source>Unlock with your recovery key</source>
        <translation>Ontgrendelen met je herstelsleutel</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when the vault was made (64 characters, dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>Typ de herstelsleutel die je noteerde toen de kluis werd gemaakt (64 tekens; streepjes en spaties maken niet uit) en kies daarna een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>R&amp;epeat</source>
        <translation>He&amp;rhalen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key - Mentorapp</source>
        <translation>Je herstelsleutel - Mentorapp</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>This is your vault's recovery key. With it, or with the passphrase, the vault opens; a recovery key you wrote down before a re-key no longer works. Write it down or print it, and keep it away from this computer.</source>
        <translation>Dit is de herstelsleutel van je kluis. Daarmee, of met de wachtwoordzin, gaat de kluis open; een herstelsleutel die je vóór een nieuwe versleuteling noteerde, werkt niet meer. Schrijf hem op of druk hem af, en bewaar hem weg van deze computer.</translation>
    </message>
    <message>
        <source>This is the only way into your vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from this computer.</source>
        <translation>Dit is de enige toegang tot je kluis als je de wachtwoordzin vergeet. Hij wordt alleen nu getoond. Schrijf hem op of druk hem af, en bewaar hem niet bij deze computer.</translation>
    </message>
    <message>
        <source>&amp;Save the recovery kit (PDF) to print…</source>
        <translation>Herstelkit (PDF) &amp;opslaan om af te drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Mentorapp recovery kit.pdf</source>
        <translation>Mentorapp-herstelkit.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved. Print it, keep it apart from this computer, then delete the file.</source>
        <translation>Opgeslagen. Druk het af, bewaar het niet bij deze computer en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key and keep it in a safe place</source>
        <translation>Ik heb de herstelsleutel opgeschreven of afgedrukt en bewaar hem op een veilige plek</translation>
    </message>
    <message>
        <source>Recovery key: {key}</source>
        <translation>Herstelsleutel: {key}</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copies the recovery key; the clipboard is emptied after a minute.</source>
        <translation>Kopieert de herstelsleutel; het klembord wordt na een minuut leeggemaakt.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>Copied. The clipboard is emptied in a minute.</source>
        <translation>Gekopieerd. Het klembord wordt over een minuut leeggemaakt.</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Herstelkit opslaan</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyFlow</name>
    <message>
        <source>Show recovery key - Mentorapp</source>
        <translation>Herstelsleutel tonen - Mentorapp</translation>
    </message>
    <message>
        <source>Your passphrase, to show the recovery key:</source>
        <translation>Je wachtwoordzin, om de herstelsleutel te tonen:</translation>
    </message>
    <message>
        <source>Mentorapp</source>
        <translation>Mentorapp</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Everyone together</source>
        <translation>Iedereen samen</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organisatie</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Per afdeling</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>{file} cannot be read. Check that it still exists and that you may open it.</source>
        <translation>{file} kan niet gelezen worden. Kijk na of het bestand nog bestaat en of je het mag openen.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Mentorapp. Update Mentorapp to merge it.</source>
        <translation>{file} is opgeslagen door een nieuwere Mentorapp. Werk Mentorapp bij om het samen te voegen.</translation>
    </message>
    <message>
        <source>{file} is damaged: a value in it is out of place. Ask its coach to save it again.</source>
        <translation>{file} is beschadigd: er staat een waarde in die er niet thuishoort. Vraag de coach om het opnieuw op te slaan.</translation>
    </message>
    <message>
        <source>{file} is the same file as one added before, or an exact copy of it: its mentees would count twice.</source>
        <translation>{file} is hetzelfde bestand als een eerder toegevoegd bestand, of een exacte kopie ervan: de mentees erin zouden dubbel tellen.</translation>
    </message>
    <message>
        <source>{file} covers another period or grouping than the first file. Merge only files of the same period and grouping.</source>
        <translation>{file} gaat over een andere periode of groepering dan het eerste bestand. Voeg alleen bestanden met dezelfde periode en groepering samen.</translation>
    </message>
    <message>
        <source>{file} is not a career-centre aggregate file from Mentorapp.</source>
        <translation>{file} is geen verzamelbestand voor het loopbaancentrum uit Mentorapp.</translation>
    </message>
    <message>
        <source>Remove it from the list to go on.</source>
        <translation>Haal het uit de lijst om verder te gaan.</translation>
    </message>
    <message>
        <source>Career-centre report - Mentorapp</source>
        <translation>Rapport voor het loopbaancentrum - Mentorapp</translation>
    </message>
    <message>
        <source>What to report on</source>
        <translation>Waarover je rapporteert</translation>
    </message>
    <message>
        <source>From this &amp;vault</source>
        <translation>Uit deze &amp;kluis</translation>
    </message>
    <message>
        <source>&amp;Merge coaches' files</source>
        <translation>Bestanden van coaches &amp;samenvoegen</translation>
    </message>
    <message>
        <source>Previe&amp;w of the published report</source>
        <translation>&amp;Voorbeeld van het gepubliceerde rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Opslaan als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save aggregate file for the ce&amp;ntre…</source>
        <translation>Verzamelbestand voor het c&amp;entrum opslaan…</translation>
    </message>
    <message>
        <source>A file with the counts per cell, small ones included, for the career centre to merge with other coaches' files.</source>
        <translation>Een bestand met de aantallen per cel, ook de kleine, dat het loopbaancentrum samenvoegt met de bestanden van andere coaches.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation>Dit &amp;jaar</translation>
    </message>
    <message>
        <source>&amp;Last year</source>
        <translation>Vo&amp;rig jaar</translation>
    </message>
    <message>
        <source>Last &amp;quarter</source>
        <translation>Vorig kw&amp;artaal</translation>
    </message>
    <message>
        <source>Period: {preset}</source>
        <translation>Periode: {preset}</translation>
    </message>
    <message>
        <source>Quick choice</source>
        <translation>Snel kiezen</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groepen</translation>
    </message>
    <message>
        <source>Add the aggregate files (.json) that the coaches saved for the centre. The report counts them together, then hides every small cell of the result.</source>
        <translation>Voeg de verzamelbestanden (.json) toe die de coaches voor het centrum opsloegen. Het rapport telt ze samen en verbergt daarna elke kleine cel van het resultaat.</translation>
    </message>
    <message>
        <source>Aggregate files to merge</source>
        <translation>Samen te voegen verzamelbestanden</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestan&amp;den toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Aggregate files (*.json)</source>
        <translation>Verzamelbestanden (*.json)</translation>
    </message>
    <message>
        <source>Choose a period to see the report here.</source>
        <translation>Kies een periode om hier het rapport te zien.</translation>
    </message>
    <message>
        <source>The end lies before the start.</source>
        <translation>Het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <source>Add the coaches' aggregate files to see the merged report here.</source>
        <translation>Voeg de verzamelbestanden van de coaches toe om hier het samengevoegde rapport te zien.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <source>Merged {files} files. {hidden} cells are hidden.</source>
        <translation>{files} bestanden samengevoegd. {hidden} cellen zijn verborgen.</translation>
    </message>
    <message>
        <source>Preview ready. {hidden} cells are hidden.</source>
        <translation>Voorbeeld klaar. {hidden} cellen zijn verborgen.</translation>
    </message>
    <message>
        <source>Preview ready. No cell is hidden.</source>
        <translation>Voorbeeld klaar. Er is geen cel verborgen.</translation>
    </message>
    <message>
        <source>Nothing to show: see the message below.</source>
        <translation>Niets te tonen: zie de melding hieronder.</translation>
    </message>
    <message>
        <source>– : fewer than {n} mentees, or it would reveal such a cell. Only counts and means leave; never a name, a note or a person's date.</source>
        <translation>– : minder dan {n} mentees, of de cel zou zo'n cel verraden. Alleen aantallen en gemiddelden gaan naar buiten; nooit een naam, een notitie of een datum van een persoon.</translation>
    </message>
    <message>
        <source>Career-centre aggregate {period}.json</source>
        <translation>Verzamelbestand loopbaancentrum {period}.json</translation>
    </message>
    <message>
        <source>Career-centre report {period}, merged.{suffix}</source>
        <translation>Rapport loopbaancentrum {period}, samengevoegd.{suffix}</translation>
    </message>
    <message>
        <source>Career-centre report {period}.{suffix}</source>
        <translation>Rapport loopbaancentrum {period}.{suffix}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Het rapport als PDF opslaan</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Het rapport als CSV opslaan</translation>
    </message>
    <message>
        <source>Save the aggregate file for the centre</source>
        <translation>Het verzamelbestand voor het centrum opslaan</translation>
    </message>
    <message>
        <source>Save aggregate file for the centre</source>
        <translation>Verzamelbestand voor het centrum opslaan</translation>
    </message>
    <message>
        <source>The aggregate file holds the counts per cell, small ones included, so that the career centre can merge every coach's files exactly. It holds no name, note or date of a person.</source>
        <translation>Het verzamelbestand bevat de aantallen per cel, ook de kleine, zodat het loopbaancentrum de bestanden van alle coaches exact kan samenvoegen. Er staat geen naam, notitie of datum van een persoon in.</translation>
    </message>
    <message>
        <source>Hand it only to the career centre, for its merge: the centre's report hides the small cells again.</source>
        <translation>Geef het alleen aan het loopbaancentrum, om samen te voegen: het rapport van het centrum verbergt de kleine cellen opnieuw.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Kies waar je het opslaat…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} opgeslagen.</translation>
    </message>
    <message>
        <source>Preview of the published report</source>
        <translation>Voorbeeld van het gepubliceerde rapport</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>verborgen</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Conversations held</source>
        <translation>Gevoerde gesprekken</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Development plans</source>
        <translation>Ontwikkelingsplannen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Career safaris</source>
        <translation>Loopbaansafari's</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Loopbaanstappen</translation>
    </message>
    <message>
        <source>Career check</source>
        <translation>Loopbaancheck</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>Alle gesprekken</translation>
    </message>
    <message>
        <source>Hours of conversation</source>
        <translation>Uren gesprek</translation>
    </message>
    <message>
        <source>Coached in the period</source>
        <translation>Begeleid in de periode</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Job crafting in the current role</source>
        <translation>Job crafting in de huidige functie</translation>
    </message>
    <message>
        <source>Closed, no move recorded</source>
        <translation>Afgesloten, geen stap genoteerd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Energy and vitality</source>
        <translation>Energie en vitaliteit</translation>
    </message>
    <message>
        <source>Motivation and meaning</source>
        <translation>Motivatie en zingeving</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Leren en groeien</translation>
    </message>
    <message>
        <source>Fit with the job</source>
        <translation>Aansluiting bij je job</translation>
    </message>
    <message>
        <source>Work-life balance</source>
        <translation>Balans werk en privé</translation>
    </message>
    <message>
        <source>Future-proof skills</source>
        <translation>Vaardigheden voor de toekomst</translation>
    </message>
    <message>
        <source>Support from the organisation</source>
        <translation>Steun van de organisatie</translation>
    </message>
    <message>
        <source>{dimension}: mean</source>
        <translation>{dimension}: gemiddelde</translation>
    </message>
    <message>
        <source>{dimension}: mean change</source>
        <translation>{dimension}: gemiddelde verandering</translation>
    </message>
    <message>
        <source>Other groups together</source>
        <translation>Andere groepen samen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
</context>
<context>
    <name>ResponseEditor</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the answers</source>
        <translation>Datum van de antwoorden</translation>
    </message>
    <message>
        <source>Answers, may go to the employee</source>
        <translation>Antwoorden, mogen naar de medewerker</translation>
    </message>
    <message>
        <source>Your interpretation, never exported</source>
        <translation>Je interpretatie, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>What you read in these answers: patterns, questions for the next session</source>
        <translation>Wat je in deze antwoorden leest: patronen, vragen voor de volgende sessie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>The employee's own words. They may go back to the employee.</source>
        <translation>De eigen woorden van de medewerker. Ze mogen terug naar de medewerker.</translation>
    </message>
    <message>
        <source>Your &amp;interpretation</source>
        <translation>Je &amp;interpretatie</translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation>Alleen voor jou. Nooit geëxporteerd, nooit in een PDF.</translation>
    </message>
    <message>
        <source>&amp;Edit answers</source>
        <translation>Antwoorden bewer&amp;ken</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Save and read the answers again</source>
        <translation>Bewaren en de antwoorden weer lezen</translation>
    </message>
    <message>
        <source>Correct the answers or add your interpretation</source>
        <translation>De antwoorden verbeteren of je interpretatie toevoegen</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
</context>
<context>
    <name>RetuneDialog</name>
    <message>
        <source>Re-tune unlocking - Mentorapp</source>
        <translation>Ontgrendelen opnieuw afstemmen - Mentorapp</translation>
    </message>
    <message>
        <source>Mentorapp measures this computer and wraps your vault's key again so that unlocking takes about half a second here. Your passphrase, your recovery key and your data stay as they are. This takes a few seconds.</source>
        <translation>Mentorapp meet deze computer en verpakt de sleutel van je kluis opnieuw, zodat ontgrendelen hier ongeveer een halve seconde duurt. Je wachtwoordzin, je herstelsleutel en je gegevens blijven zoals ze zijn. Dit duurt enkele seconden.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Re-tuning</source>
        <translation>Bezig met afstemmen</translation>
    </message>
    <message>
        <source>&amp;Re-tune</source>
        <translation>Opnieuw &amp;afstemmen</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Measuring this computer…</source>
        <translation>Deze computer wordt gemeten…</translation>
    </message>
    <message>
        <source>Done: unlocking now takes {seconds} s on this computer.</source>
        <translation>Klaar: ontgrendelen duurt nu {seconds} s op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled import leaves the vault as it was.</source>
        <translation>Alles of niets: een afgebroken import laat de kluis zoals ze was.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation>Nu &amp;importeren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Gestopt: er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>De import is mislukt; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>SafariEditor</name>
    <message>
        <source>Host department</source>
        <translation>Gastafdeling</translation>
    </message>
    <message>
        <source>Host role</source>
        <translation>Functie bij de gastafdeling</translation>
    </message>
    <message>
        <source>Host contact</source>
        <translation>Contactpersoon bij de gastafdeling</translation>
    </message>
    <message>
        <source>Who receives the mentee there</source>
        <translation>Wie de mentee daar ontvangt</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Status of the safari</source>
        <translation>Status van de safari</translation>
    </message>
    <message>
        <source>Host &amp;department</source>
        <translation>Gastafdel&amp;ing</translation>
    </message>
    <message>
        <source>Host &amp;role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>Host co&amp;ntact</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>Pe&amp;riode</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Learning questions</source>
        <translation>Leervragen</translation>
    </message>
    <message>
        <source>What does the mentee want to find out there? One question per line.</source>
        <translation>Wat wil de mentee daar te weten komen? Eén vraag per regel.</translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Agreed with the manager? Who takes over the work? Which days and hours?</source>
        <translation>Afgesproken met de leidinggevende? Wie neemt het werk over? Welke dagen en uren?</translation>
    </message>
    <message>
        <source>Learn&amp;ing questions</source>
        <translation>L&amp;eervragen</translation>
    </message>
    <message>
        <source>&amp;Arrangements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>After the safari</source>
        <translation>Na de safari</translation>
    </message>
    <message>
        <source>Outcome of the safari</source>
        <translation>Uitkomst van de safari</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Nog niet genoteerd</translation>
    </message>
    <message>
        <source>Ou&amp;tcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Reflection, may go to the employee</source>
        <translation>Reflectie, mag naar de medewerker</translation>
    </message>
    <message>
        <source>What did the mentee learn? What surprised them? What do they take back?</source>
        <translation>Wat heeft de mentee geleerd? Wat verraste? Wat neemt hij of zij mee terug?</translation>
    </message>
    <message>
        <source>Private notes, never exported</source>
        <translation>Privé-notities, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>Shared reflection</source>
        <translation>Gedeelde reflectie</translation>
    </message>
    <message>
        <source>The mentee's own reflection. It may go to the employee.</source>
        <translation>De eigen reflectie van de mentee. Ze mag naar de medewerker.</translation>
    </message>
    <message>
        <source>Pri&amp;vate notes</source>
        <translation>Privé-&amp;notities</translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation>Alleen voor jou. Nooit geëxporteerd, nooit in een PDF.</translation>
    </message>
    <message>
        <source>Debrief and plan activity</source>
        <translation>Nabespreking en activiteit in het plan</translation>
    </message>
    <message>
        <source>Lin&amp;k a debrief session…</source>
        <translation>Nabespreking &amp;koppelen…</translation>
    </message>
    <message>
        <source>Choose the session of kind Safari debrief that looks back on this safari</source>
        <translation>Kies de sessie van de soort Nabespreking safari die op deze safari terugblikt</translation>
    </message>
    <message>
        <source>Open the de&amp;brief</source>
        <translation>Nabespreking beki&amp;jken</translation>
    </message>
    <message>
        <source>Show the debrief session on the Sessions tab</source>
        <translation>Toont de nabespreking op het tabblad Sessies</translation>
    </message>
    <message>
        <source>Link to a plan activit&amp;y…</source>
        <translation>Aan een p&amp;lanactiviteit koppelen…</translation>
    </message>
    <message>
        <source>Choose the plan's activity of kind Career safari that this safari carries out</source>
        <translation>Kies de activiteit van het plan, van de soort Loopbaansafari, die deze safari invult</translation>
    </message>
    <message>
        <source>The safari shown</source>
        <translation>De getoonde safari</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
</context>
<context>
    <name>SafariPage</name>
    <message>
        <source>Ne&amp;w safari…</source>
        <translation>Nieu&amp;we safari…</translation>
    </message>
    <message>
        <source>Plan a few days to weeks in another department or role</source>
        <translation>Plan enkele dagen tot weken in een andere afdeling of functie</translation>
    </message>
    <message>
        <source>Safaris</source>
        <translation>Safari's</translation>
    </message>
    <message>
        <source>De&amp;lete safari…</source>
        <translation>Safari verwij&amp;deren…</translation>
    </message>
    <message>
        <source>No safaris yet.

A career safari is a few days to a few weeks in another department or role, without obligation: to explore and to build confidence. Plan one with New safari.</source>
        <translation>Nog geen safari's.

Een loopbaansafari is enkele dagen tot enkele weken in een andere afdeling of functie, zonder verplichtingen: om te verkennen en zelfvertrouwen op te bouwen. Plan er een met Nieuwe safari.</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Nog geen data</translation>
    </message>
    <message>
        <source>Debrief: no session linked yet.</source>
        <translation>Nabespreking: nog geen sessie gekoppeld.</translation>
    </message>
    <message>
        <source>Debrief: the session of {date}.</source>
        <translation>Nabespreking: de sessie van {date}.</translation>
    </message>
    <message>
        <source>Plan activity: not linked.</source>
        <translation>Activiteit in het plan: niet gekoppeld.</translation>
    </message>
    <message>
        <source>Plan activity: {activity} (plan version {version}, {status}).</source>
        <translation>Activiteit in het plan: {activity} (versie {version} van het plan, {status}).</translation>
    </message>
    <message>
        <source>There is no safari debrief session yet. On the Sessions tab, start a session and set its kind to Safari debrief; then link it here.</source>
        <translation>Er is nog geen nabespreking van een safari. Begin op het tabblad Sessies een sessie en kies als soort Nabespreking safari; koppel ze daarna hier.</translation>
    </message>
    <message>
        <source>No debrief session (remove the link)</source>
        <translation>Geen nabespreking (koppeling weghalen)</translation>
    </message>
    <message>
        <source>Link a debrief session - Mentorapp</source>
        <translation>Nabespreking koppelen - Mentorapp</translation>
    </message>
    <message>
        <source>Which session looks back on this safari?</source>
        <translation>Welke sessie blikt terug op deze safari?</translation>
    </message>
    <message>
        <source>No plan activity (remove the link)</source>
        <translation>Geen activiteit (koppeling weghalen)</translation>
    </message>
    <message>
        <source>Link to a plan activity - Mentorapp</source>
        <translation>Aan een planactiviteit koppelen - Mentorapp</translation>
    </message>
    <message>
        <source>Which activity of the development plan is this safari?</source>
        <translation>Welke activiteit van het ontwikkelingsplan is deze safari?</translation>
    </message>
    <message>
        <source>There is no development plan yet. Add an activity of kind Career safari to a plan on the Development plan tab; then link it here.</source>
        <translation>Er is nog geen ontwikkelingsplan. Voeg op het tabblad Ontwikkelingsplan een activiteit van de soort Loopbaansafari toe aan een plan; koppel ze daarna hier.</translation>
    </message>
    <message>
        <source>The current plan is {status} and no longer changes. Make a new draft on the Development plan tab to link this safari.</source>
        <translation>Het huidige plan is {status} en verandert niet meer. Maak op het tabblad Ontwikkelingsplan een nieuw concept om deze safari te koppelen.</translation>
    </message>
    <message>
        <source>The plan has no activity of kind Career safari yet. Add one on the Development plan tab; then link it here.</source>
        <translation>Het plan heeft nog geen activiteit van de soort Loopbaansafari. Voeg er een toe op het tabblad Ontwikkelingsplan; koppel ze daarna hier.</translation>
    </message>
    <message>
        <source>New safari - Mentorapp</source>
        <translation>Nieuwe safari - Mentorapp</translation>
    </message>
    <message>
        <source>Host &amp;department</source>
        <translation>Gastafdel&amp;ing</translation>
    </message>
    <message>
        <source>Host &amp;role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>Host co&amp;ntact</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>Delete safari - Mentorapp</source>
        <translation>Safari verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete this safari with its reflection and your private notes? This cannot be undone.</source>
        <translation>Deze safari met de reflectie en je privé-notities verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Saved at {time}.</source>
        <translation>Opgeslagen om {time}.</translation>
    </message>
    <message>
        <source>Your text is still here; it will be saved when possible.</source>
        <translation>Je tekst staat er nog; hij wordt opgeslagen zodra dat kan.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search - Mentorapp</source>
        <translation>Zoeken - Mentorapp</translation>
    </message>
    <message>
        <source>Search notes, summaries and plans…</source>
        <translation>Zoeken in notities, samenvattingen en plannen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>shared summary or agreements</source>
        <translation>gedeelde samenvatting of afspraken</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>privénotities</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>private remarks on the plan</source>
        <translation>persoonlijke opmerkingen bij het plan</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Geen resultaten.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation>Zoeken is nu niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Factureerbaar</translation>
    </message>
    <message>
        <source>Counts towards the engagement's hours and the hours report</source>
        <translation>Telt mee voor de uren van de opdracht en voor het urenoverzicht</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Soort sessie</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Gespreksvorm</translation>
    </message>
    <message>
        <source>Energy from 1 to 10</source>
        <translation>Energie van 1 tot 10</translation>
    </message>
    <message>
        <source>How much energy the mentee showed, 1 (drained) to 10 (full of energy)</source>
        <translation>Hoeveel energie de mentee toonde, van 1 (leeg) tot 10 (vol energie)</translation>
    </message>
    <message>
        <source>G&amp;uide</source>
        <translation>Leid&amp;raad</translation>
    </message>
    <message>
        <source>Show the guide and the preparation</source>
        <translation>Leidraad en voorbereiding tonen</translation>
    </message>
    <message>
        <source>Shows or hides the conversation guide and the mentee's preparation</source>
        <translation>Toont of verbergt de gespreksleidraad en de voorbereiding van de mentee</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Soor&amp;t</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>Ge&amp;pland</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <source>Ne&amp;xt session</source>
        <translation>Vo&amp;lgende sessie</translation>
    </message>
    <message>
        <source>What you agreed, one per line</source>
        <translation>Wat jullie afspraken, één per regel</translation>
    </message>
    <message>
        <source>Start from the gu&amp;ide</source>
        <translation>Starten vanuit de le&amp;idraad</translation>
    </message>
    <message>
        <source>Puts the headings of the conversation guide into the empty summary</source>
        <translation>Zet de kopjes van de gespreksleidraad in de lege samenvatting</translation>
    </message>
    <message>
        <source>May be handed to the employee, with the agreements below.</source>
        <translation>Mag aan de medewerker gegeven worden, samen met de afspraken hieronder.</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>Private notes, never exported</source>
        <translation>Privé-notities, nooit geëxporteerd</translation>
    </message>
    <message>
        <source>Energy: not noted</source>
        <translation>Energie: niet genoteerd</translation>
    </message>
    <message>
        <source>Energy: </source>
        <translation>Energie: </translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> op 10</translation>
    </message>
    <message>
        <source>Agreements, may go to the employee</source>
        <translation>Afspraken, mogen naar de medewerker</translation>
    </message>
    <message>
        <source>Shared summary, may go to the employee</source>
        <translation>Gedeelde samenvatting, mag naar de medewerker</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privé-notities</translation>
    </message>
    <message>
        <source>Only for you. Never exported, never in a PDF.</source>
        <translation>Alleen voor jou. Nooit geëxporteerd, nooit in een PDF.</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Gedeelde samenvatting</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
</context>
<context>
    <name>SessionSidePanel</name>
    <message>
        <source>Conversation guide</source>
        <translation>Gespreksleidraad</translation>
    </message>
    <message>
        <source>The mentee's preparation</source>
        <translation>De voorbereiding van de mentee</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>No guide for this kind of session yet: write one in File &gt; Conversation guides…</source>
        <translation>Nog geen leidraad voor dit soort sessie: schrijf er een via Bestand &gt; Gespreksleidraden…</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>No preparation answers yet. Enter them in the Questionnaires tab when the mentee has filled in the preparation.</source>
        <translation>Nog geen antwoorden op de voorbereiding. Vul ze in op het tabblad Vragenlijsten zodra de mentee de voorbereiding heeft ingevuld.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(niet beantwoord)</translation>
    </message>
    <message>
        <source>Answered on {date}</source>
        <translation>Ingevuld op {date}</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation>Nieuwe s&amp;essie</translation>
    </message>
    <message>
        <source>Start a session now (Ctrl+Shift+N)</source>
        <translation>Nu een sessie beginnen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Verslag als P&amp;DF…</translation>
    </message>
    <message>
        <source>The shared summary and agreements as a PDF for the employee</source>
        <translation>De gedeelde samenvatting en de afspraken als PDF voor de medewerker</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Sessie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>No sessions yet.

Start one with New session (Ctrl+Shift+N): the date and time are filled in, and your notes are saved as you type.</source>
        <translation>Nog geen sessies.

Begin er een met Nieuwe sessie (Ctrl+Shift+N): datum en uur worden ingevuld en je notities worden bewaard terwijl je typt.</translation>
    </message>
    <message>
        <source>Delete session - Mentorapp</source>
        <translation>Sessie verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete this session with its notes? This cannot be undone.</source>
        <translation>Deze sessie met haar notities verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Open a vault first: this remembers the key of the open vault.</source>
        <translation>Open eerst een kluis: deze optie onthoudt de sleutel van de geopende kluis.</translation>
    </message>
    <message>
        <source>No secure system keychain is available on this computer, so Mentorapp keeps the key nowhere and asks for the passphrase.</source>
        <translation>Op deze computer is geen veilige sleutelbos van het systeem beschikbaar. Mentorapp bewaart de sleutel dus nergens en vraagt om de wachtwoordzin.</translation>
    </message>
    <message>
        <source>Career-centre report</source>
        <translation>Rapport voor het loopbaancentrum</translation>
    </message>
    <message>
        <source> mentees</source>
        <translation> mentees</translation>
    </message>
    <message>
        <source>&amp;Smallest group shown in reports</source>
        <translation>Kleinste groep in &amp;rapporten</translation>
    </message>
    <message>
        <source>Smallest group shown in reports</source>
        <translation>Kleinste groep in rapporten</translation>
    </message>
    <message>
        <source>A report hides every count of fewer mentees than this, and whatever would reveal one. It can only go up: once raised, this vault's reports never show smaller groups again.</source>
        <translation>Een rapport verbergt elk aantal van minder mentees dan dit, en alles waaruit je zo'n aantal kunt afleiden. Het kan alleen omhoog: eens verhoogd, tonen de rapporten van deze kluis nooit meer kleinere groepen.</translation>
    </message>
    <message>
        <source>Reports hide smaller counts. This can only go up.</source>
        <translation>Rapporten verbergen kleinere aantallen. Dit kan alleen omhoog.</translation>
    </message>
    <message>
        <source>Opens this vault without the passphrase while you are logged in to this computer. The key is kept in the system keychain, encrypted by the operating system.</source>
        <translation>Opent deze kluis zonder wachtwoordzin zolang je op deze computer aangemeld bent. De sleutel wordt bewaard in de sleutelbos van het systeem, versleuteld door het besturingssysteem.</translation>
    </message>
    <message>
        <source>Asking the system keychain…</source>
        <translation>De sleutelbos van het systeem wordt gevraagd…</translation>
    </message>
    <message>
        <source>Open a vault to choose where its backups go.</source>
        <translation>Open een kluis om te kiezen waar de back-ups terechtkomen.</translation>
    </message>
    <message>
        <source> month</source>
        <translation> maand</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>Logo for exported plans</source>
        <translation>Logo voor geëxporteerde plannen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Type the backup folder's full path, choose it with Browse…, or leave it empty to use the vault's own backups folder.</source>
        <translation>Typ het volledige pad van de back-upmap, kies de map met Bladeren…, of laat het veld leeg om de eigen back-upmap van de kluis te gebruiken.</translation>
    </message>
    <message>
        <source>Mentorapp cannot create or write to the backup folder {folder}. Choose another folder, or leave it empty to use the vault's own backups folder.</source>
        <translation>Mentorapp kan de back-upmap {folder} niet maken of er niet in schrijven. Kies een andere map, of laat het veld leeg om de eigen back-upmap van de kluis te gebruiken.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. Nothing was changed.</source>
        <translation>De sleutelbos van het systeem antwoordde niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The system keychain did not accept the key (it may be locked). Nothing was changed.</source>
        <translation>De sleutelbos van het systeem heeft de sleutel niet aanvaard (misschien is hij vergrendeld). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The logo must be an existing PNG or JPEG file.</source>
        <translation>Het logo moet een bestaand PNG- of JPEG-bestand zijn.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Settings - Mentorapp</source>
        <translation>Instellingen - Mentorapp</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>&amp;Lock when idle for</source>
        <translation>&amp;Vergrendelen na inactiviteit van</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without use</source>
        <translation>De kluis vergrendelen na dit aantal minuten zonder gebruik</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without use. Never means it stays open until you lock it or close the app.</source>
        <translation>De kluis vergrendelt zichzelf na dit aantal minuten zonder gebruik. Bij Nooit blijft de kluis open tot je zelf vergrendelt of de app sluit.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer (system keychain)</source>
        <translation>Deze kluis &amp;onthouden op deze computer (sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>Remember this vault on this computer</source>
        <translation>Deze kluis onthouden op deze computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>&amp;Map voor back-ups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Empty: the vault's own backups folder</source>
        <translation>Leeg: de eigen back-upmap van de kluis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Kies de back-upmap</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Bewaar de &amp;nieuwste</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Aantal te bewaren back-ups</translation>
    </message>
    <message>
        <source>After each new backup, older ones beyond this number are deleted.</source>
        <translation>Na elke nieuwe back-up worden de oudere boven dit aantal verwijderd.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Career check due after</source>
        <translation>&amp;Loopbaancheck te doen na</translation>
    </message>
    <message>
        <source>Career check due after this many months</source>
        <translation>Loopbaancheck te doen na zoveel maanden</translation>
    </message>
    <message>
        <source>The dashboard lists an active mentee under Career check due when their last career check is older than this, or when they never had one and started this long ago.</source>
        <translation>Het dashboard zet een actieve mentee onder Loopbaancheck te doen wanneer de laatste loopbaancheck ouder is dan dit, of wanneer er nog geen was en de begeleiding al zo lang geleden begon.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>You, on exported plans</source>
        <translation>Jij, op geëxporteerde plannen</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Jouw naam</translation>
    </message>
    <message>
        <source>Your name, as printed on exported plans</source>
        <translation>Je naam, zoals die op geëxporteerde plannen staat</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <source>Your organisation, as printed on exported plans</source>
        <translation>Je organisatie, zoals die op geëxporteerde plannen staat</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Logo image for exported plans (PNG or JPEG), optional</source>
        <translation>Logo voor geëxporteerde plannen (PNG of JPEG), optioneel</translation>
    </message>
    <message>
        <source>Optional: a PNG or JPEG image</source>
        <translation>Optioneel: een PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <source>Cho&amp;ose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <source>Skill - Mentorapp</source>
        <translation>Vaardigheid - Mentorapp</translation>
    </message>
    <message>
        <source>New skill - Mentorapp</source>
        <translation>Nieuwe vaardigheid - Mentorapp</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>Huidig niveau</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>Evidence, shared with the employee</source>
        <translation>Onderbouwing, gedeeld met de medewerker</translation>
    </message>
    <message>
        <source>&amp;Skill</source>
        <translation>&amp;Vaardigheid</translation>
    </message>
    <message>
        <source>&amp;Current level (1-5)</source>
        <translation>&amp;Huidig niveau (1-5)</translation>
    </message>
    <message>
        <source>&amp;Target level (1-5)</source>
        <translation>&amp;Doelniveau (1-5)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Kloof</translation>
    </message>
    <message>
        <source>&amp;Evidence (shared with the employee)</source>
        <translation>&amp;Onderbouwing (gedeeld met de medewerker)</translation>
    </message>
    <message>
        <source>From your catalogue ({organisation}).</source>
        <translation>Uit je catalogus ({organisation}).</translation>
    </message>
    <message>
        <source>Your catalogue has no skills for this organisation yet: type the skill.</source>
        <translation>Je catalogus heeft nog geen vaardigheden voor deze organisatie: typ de vaardigheid.</translation>
    </message>
    <message>
        <source>Your own skill: it is not in your catalogue.</source>
        <translation>Een eigen vaardigheid: ze staat niet in je catalogus.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>Fill in: {field}</source>
        <translation>Nog in te vullen: {field}</translation>
    </message>
</context>
<context>
    <name>SkillGapsBox</name>
    <message>
        <source>Largest skill gaps</source>
        <translation>Grootste vaardigheidskloven</translation>
    </message>
    <message>
        <source>{skill}: {current} → {target} (gap {gap})</source>
        <translation>{skill}: {current} → {target} (kloof {gap})</translation>
    </message>
    <message>
        <source>actions that build it: {count}</source>
        <translation>acties die eraan bouwen: {count}</translation>
    </message>
    <message>
        <source>no action builds it yet</source>
        <translation>nog geen actie bouwt eraan</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Skills over job titles: where the mentee stands now (1-5) and where they want to be. The largest gaps come first; the development plan shows them when you write actions, and an action can say which skill it builds.</source>
        <translation>Vaardigheden boven functietitels: waar de mentee nu staat (1-5) en waar die wil uitkomen. De grootste kloven staan eerst; het ontwikkelingsplan toont ze wanneer je acties schrijft, en een actie kan zeggen aan welke vaardigheid ze bouwt.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Kloof</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Plan actions that build it</source>
        <translation>Acties in het plan die eraan bouwen</translation>
    </message>
    <message>
        <source>Skills, the largest gap first</source>
        <translation>Vaardigheden, de grootste kloof eerst</translation>
    </message>
    <message>
        <source>&amp;Add skill…</source>
        <translation>Vaardigheid &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Edit the selected skill</source>
        <translation>Gekozen vaardigheid bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>Remove the selected skill</source>
        <translation>Gekozen vaardigheid verwijderen</translation>
    </message>
    <message>
        <source>Skills ca&amp;talogue…</source>
        <translation>Catalog&amp;us van vaardigheden…</translation>
    </message>
    <message>
        <source>The skills valued in the organisations you work for, to pick from</source>
        <translation>De vaardigheden die gewaardeerd worden in de organisaties waarvoor je werkt, om uit te kiezen</translation>
    </message>
    <message>
        <source>No skills yet.

Add the skills that matter for where the mentee wants to go: pick them from your catalogue of skills valued in their organisation, or type your own.</source>
        <translation>Nog geen vaardigheden.

Voeg de vaardigheden toe die tellen voor waar de mentee naartoe wil: kies ze uit je catalogus van vaardigheden die in de organisatie gewaardeerd worden, of typ je eigen.</translation>
    </message>
    <message>
        <source>Remove the skill “{skill}” with its evidence? Plan actions that build it stay in the plan.</source>
        <translation>De vaardigheid “{skill}” met haar onderbouwing verwijderen? Acties die eraan bouwen, blijven in het plan.</translation>
    </message>
</context>
<context>
    <name>StoriesDialog</name>
    <message>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Career stories - Mentorapp</source>
        <translation>Loopbaanverhalen - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;New story</source>
        <translation>&amp;Nieuw verhaal</translation>
    </message>
    <message>
        <source>S&amp;tories</source>
        <translation>&amp;Verhalen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message>
        <source>&amp;Delete story…</source>
        <translation>Verhaal verwij&amp;deren…</translation>
    </message>
    <message>
        <source>A story holds no name: not the employee's, nor a colleague's, a manager's or a team's that would tell who it is. Change the details until nobody can be recognised.</source>
        <translation>Een verhaal bevat geen naam: niet die van de medewerker, noch die van een collega, leidinggevende of team waaraan je zou herkennen over wie het gaat. Pas de details aan tot niemand herkenbaar is.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language of the story</source>
        <translation>Taal van het verhaal</translation>
    </message>
    <message>
        <source>Moves the story shows</source>
        <translation>Bewegingen in het verhaal</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Het verhaal</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Moves it shows</source>
        <translation>Bewegingen erin</translation>
    </message>
    <message>
        <source>The st&amp;ory</source>
        <translation>Het verh&amp;aal</translation>
    </message>
    <message>
        <source>Story &amp;PDF…</source>
        <translation>&amp;PDF van het verhaal…</translation>
    </message>
    <message>
        <source>The story on one page, to hand to an employee</source>
        <translation>Het verhaal op één pagina, om aan een medewerker te geven</translation>
    </message>
    <message>
        <source>No stories yet.

Real careers seldom run in a straight line. Write down the paths you have seen - sideways, diagonal, a step back, a safari that changed a mind - without names, and hand one to an employee who needs to see what is possible.</source>
        <translation>Nog geen verhalen.

Echte loopbanen lopen zelden rechtdoor. Schrijf de paden op die je zag - zijwaarts, diagonaal, een stap terug, een safari die iemand van gedachten deed veranderen - zonder namen, en geef er een aan een medewerker die wil zien wat er kan.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Bezig met bewerken…</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nieuw verhaal</translation>
    </message>
    <message>
        <source>Delete story - Mentorapp</source>
        <translation>Verhaal verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete the story “{title}”? This cannot be undone.</source>
        <translation>Het verhaal “{title}” verwijderen? Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Career story {title}.pdf</source>
        <translation>Loopbaanverhaal {title}.pdf</translation>
    </message>
    <message>
        <source>Story PDF - Mentorapp</source>
        <translation>PDF van het verhaal - Mentorapp</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <source>Read-only: this vault is open on {host}. Nothing you change can be saved. Close it there, then lock and unlock here to edit.</source>
        <translation>Alleen-lezen: deze kluis is open op {host}. Wat je wijzigt, kan niet bewaard worden. Sluit ze daar, vergrendel en ontgrendel ze dan hier om te bewerken.</translation>
    </message>
    <message>
        <source>Read-only: this vault is open elsewhere. Nothing you change can be saved. Close it there, then lock and unlock here to edit.</source>
        <translation>Alleen-lezen: deze kluis is elders open. Wat je wijzigt, kan niet bewaard worden. Sluit ze daar, vergrendel en ontgrendel ze dan hier om te bewerken.</translation>
    </message>
    <message>
        <source>Read-only: {host} took this vault over. Nothing more can be saved here; your text stays on screen to copy. Lock, then unlock to open it again.</source>
        <translation>Alleen-lezen: {host} heeft deze kluis overgenomen. Hier kan niets meer bewaard worden; je tekst blijft op het scherm staan om te kopiëren. Vergrendel en ontgrendel om ze opnieuw te openen.</translation>
    </message>
    <message>
        <source>Read-only: another computer took this vault over. Nothing more can be saved here; your text stays on screen to copy. Lock, then unlock to open it again.</source>
        <translation>Alleen-lezen: een andere computer heeft deze kluis overgenomen. Hier kan niets meer bewaard worden; je tekst blijft op het scherm staan om te kopiëren. Vergrendel en ontgrendel om ze opnieuw te openen.</translation>
    </message>
    <message>
        <source>Vault taken over - Mentorapp</source>
        <translation>Kluis overgenomen - Mentorapp</translation>
    </message>
    <message>
        <source>Not saved - Mentorapp</source>
        <translation>Niet bewaard - Mentorapp</translation>
    </message>
    <message>
        <source>This vault is read-only here, so your last changes cannot be saved. Copy what you need first. Lock anyway and lose them?</source>
        <translation>Deze kluis is hier alleen-lezen, dus je laatste wijzigingen kunnen niet bewaard worden. Kopieer eerst wat je nodig hebt. Toch vergrendelen en ze kwijtraken?</translation>
    </message>
</context>
<context>
    <name>SyncKinds</name>
    <message>
        <source>Mentee profile</source>
        <translation>Profiel van een mentee</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Development plan version</source>
        <translation>Versie van het ontwikkelingsplan</translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation>Antwoorden op een vragenlijst</translation>
    </message>
    <message>
        <source>Career safari</source>
        <translation>Loopbaansafari</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Job crafting canvas</source>
        <translation>Canvas van job crafting</translation>
    </message>
    <message>
        <source>Career move</source>
        <translation>Loopbaanstap</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Hand-over record</source>
        <translation>Overhandiging</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Skill in the catalogue</source>
        <translation>Vaardigheid in de catalogus</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>Sjabloon voor een plan</translation>
    </message>
    <message>
        <source>Career story</source>
        <translation>Loopbaanverhaal</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Inleiding</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>V&amp;erwijderen…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Add i&amp;tem…</source>
        <translation>Ite&amp;m toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>Item &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Item ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Item omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Item omlaag verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimensie</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Onderdeel</translation>
    </message>
    <message>
        <source>Dimensions (each scored)</source>
        <translation>Dimensies (elk met een score)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Add a dimension</source>
        <translation>Dimensie toevoegen</translation>
    </message>
    <message>
        <source>Rename the dimension</source>
        <translation>Dimensie hernoemen</translation>
    </message>
    <message>
        <source>Remove the dimension</source>
        <translation>Dimensie verwijderen</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Rename the section</source>
        <translation>Onderdeel hernoemen</translation>
    </message>
    <message>
        <source>Remove the section</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>{kind}, reversed</source>
        <translation>{kind}, omgekeerd</translation>
    </message>
    <message>
        <source>Give the questionnaire a name.</source>
        <translation>Geef de vragenlijst een naam.</translation>
    </message>
    <message>
        <source>Dimensions - Mentorapp</source>
        <translation>Dimensies - Mentorapp</translation>
    </message>
    <message>
        <source>Sections - Mentorapp</source>
        <translation>Onderdelen - Mentorapp</translation>
    </message>
    <message>
        <source>Title of the new dimension:</source>
        <translation>Titel van de nieuwe dimensie:</translation>
    </message>
    <message>
        <source>Title of the new section:</source>
        <translation>Titel van het nieuwe onderdeel:</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nieuwe titel:</translation>
    </message>
    <message>
        <source>Remove “{title}” and the items in it?</source>
        <translation>“{title}” en de items erin verwijderen?</translation>
    </message>
    <message>
        <source>New item - Mentorapp</source>
        <translation>Nieuw item - Mentorapp</translation>
    </message>
    <message>
        <source>Edit item - Mentorapp</source>
        <translation>Item bewerken - Mentorapp</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Questionnaires - Mentorapp</source>
        <translation>Vragenlijsten - Mentorapp</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Vragenlijsten</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Kopiëren…</translation>
    </message>
    <message>
        <source>Make your own copy to change</source>
        <translation>Maak een eigen kopie om aan te passen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>A built-in questionnaire stays as it is. To change it, make a copy (Copy…) and edit the copy.</source>
        <translation>Een ingebouwde vragenlijst blijft zoals ze is. Om ze te wijzigen maak je een kopie (Kopiëren…) en bewerk je die.</translation>
    </message>
    <message>
        <source>The questionnaire's items</source>
        <translation>De items van de vragenlijst</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>Answers always keep the items they answered: if this questionnaire already has answers, saving makes version {next}, and those answers stay with version {version}.</source>
        <translation>Antwoorden houden altijd de items die ze beantwoordden: heeft deze vragenlijst al antwoorden, dan maakt opslaan versie {next}, en die antwoorden blijven bij versie {version}.</translation>
    </message>
    <message>
        <source>Saved as version {version}: the answers given so far keep version {old}.</source>
        <translation>Opgeslagen als versie {version}: de antwoorden tot nu toe houden versie {old}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Unsaved changes - Mentorapp</source>
        <translation>Niet-opgeslagen wijzigingen - Mentorapp</translation>
    </message>
    <message>
        <source>Save the changes to this questionnaire?</source>
        <translation>De wijzigingen aan deze vragenlijst opslaan?</translation>
    </message>
    <message>
        <source>Copy - Mentorapp</source>
        <translation>Kopiëren - Mentorapp</translation>
    </message>
    <message>
        <source>Name of your copy:</source>
        <translation>Naam van je kopie:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <source>Delete - Mentorapp</source>
        <translation>Verwijderen - Mentorapp</translation>
    </message>
    <message>
        <source>Delete the questionnaire “{name}”?</source>
        <translation>De vragenlijst “{name}” verwijderen?</translation>
    </message>
    <message>
        <source>This questionnaire has answers, so it stays: answers always keep the items they answered.</source>
        <translation>Deze vragenlijst heeft antwoorden, dus ze blijft: antwoorden houden altijd de items die ze beantwoordden.</translation>
    </message>
    <message>
        <source>A built-in questionnaire cannot be changed. Make a copy instead.</source>
        <translation>Een ingebouwde vragenlijst kan niet gewijzigd worden. Maak in de plaats een kopie.</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock - Mentorapp</source>
        <translation>Ontgrendelen - Mentorapp</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>Ontgrendel je kluis</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>Onthouden op deze &amp;computer (in de sleutelbos van het systeem)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
        <source>Use &amp;recovery key…</source>
        <translation>&amp;Herstelsleutel gebruiken…</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>&amp;Andere kluis…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>Unavailable: this computer has no secure keychain (no Secret Service is running).</source>
        <translation>Niet beschikbaar: deze computer heeft geen veilige sleutelbos (er draait geen Secret Service).</translation>
    </message>
    <message>
        <source>Unavailable: no secure keychain was found on this computer.</source>
        <translation>Niet beschikbaar: op deze computer is geen veilige sleutelbos gevonden.</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so Mentorapp does not wait for it. Type your passphrase.</source>
        <translation>De sleutelbos van het systeem antwoordt niet, dus Mentorapp wacht er niet op. Typ je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ je wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock - Mentorapp</source>
        <translation>Ontgrendelen - Mentorapp</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Please install Mentorapp again.</source>
        <translation>De handleiding ontbreekt in deze installatie. Installeer Mentorapp opnieuw.</translation>
    </message>
    <message>
        <source>User guide - Mentorapp</source>
        <translation>Handleiding - Mentorapp</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome - Mentorapp</source>
        <translation>Welkom - Mentorapp</translation>
    </message>
    <message>
        <source>Welcome to Mentorapp</source>
        <translation>Welkom bij Mentorapp</translation>
    </message>
    <message>
        <source>A confidential workspace for career conversations. Your mentees, private notes and development plans stay encrypted on this computer; nothing goes online.</source>
        <translation>Een vertrouwelijke werkplek voor loopbaangesprekken. Je mentees, privé-notities en ontwikkelingsplannen blijven versleuteld op deze computer; er gaat niets online.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Nieuwe kluis maken…</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault…</source>
        <translation>&amp;Bestaande kluis openen…</translation>
    </message>
    <message>
        <source>&amp;Try the demo vault</source>
        <translation>&amp;Demokluis uitproberen</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Recente kluizen</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>&amp;Recente kluizen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>invalid usage</source>
        <translation>ongeldig gebruik</translation>
    </message>
    <message>
        <source>standard input is not text in this locale</source>
        <translation>de standaardinvoer is geen tekst in deze landinstelling</translation>
    </message>
    <message>
        <source>expected a passphrase on standard input</source>
        <translation>er werd een wachtwoordzin op de standaardinvoer verwacht</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Herhaal: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>de twee wachtwoordzinnen verschillen</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>er is geen wachtwoordzin ingegeven</translation>
    </message>
    <message>
        <source>{question} [y/N] </source>
        <translation>{question} [j/N] </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>MENTEE_ID must be a number from 1 to {largest}, not {value}</source>
        <translation>MENTEE_ID moet een getal van 1 tot {largest} zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a number from 1 to {largest}, not {value}</source>
        <translation>moet een getal van 1 tot {largest} zijn, niet {value}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>there is no backup file at {path}</source>
        <translation>er staat geen back-upbestand op {path}</translation>
    </message>
    <message>
        <source>that folder is not a vault</source>
        <translation>die map is geen kluis</translation>
    </message>
    <message>
        <source>that backup belongs to another vault</source>
        <translation>die back-up hoort bij een andere kluis</translation>
    </message>
    <message>
        <source>{refusal}: add --yes to restore it anyway</source>
        <translation>{refusal}: voeg --yes toe om de back-up toch terug te zetten</translation>
    </message>
    <message>
        <source>Restore it anyway?</source>
        <translation>Toch terugzetten?</translation>
    </message>
    <message>
        <source>Nothing restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>Wachtwoordzin van de back-up: </translation>
    </message>
    <message>
        <source>the logo {path} does not exist</source>
        <translation>het logo {path} bestaat niet</translation>
    </message>
    <message>
        <source>the logo {path} cannot be read</source>
        <translation>het logo {path} kan niet gelezen worden</translation>
    </message>
    <message>
        <source>the logo {path} is not a PNG or JPEG image</source>
        <translation>het logo {path} is geen PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <source>mentee {mentee_id} has no development plan</source>
        <translation>mentee {mentee_id} heeft geen ontwikkelingsplan</translation>
    </message>
    <message>
        <source>refusing to erase without confirmation: add --yes</source>
        <translation>wissen gebeurt niet zonder bevestiging: voeg --yes toe</translation>
    </message>
    <message>
        <source>Erase mentee {mentee_id} and all their records for good?</source>
        <translation>Mentee {mentee_id} en alle bijbehorende gegevens voorgoed wissen?</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
    <message>
        <source>the vault folder</source>
        <translation>de kluismap</translation>
    </message>
    <message>
        <source>the mentee's number (see 'mentorapp mentees')</source>
        <translation>het nummer van de mentee (zie 'mentorapp mentees')</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>het bestand dat geschreven wordt</translation>
    </message>
    <message>
        <source>Mentorapp command line. Without a command, the desktop app starts.</source>
        <translation>Opdrachtregel van Mentorapp. Zonder opdracht start de desktopapp.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>de versie tonen en stoppen</translation>
    </message>
    <message>
        <source>check that this installation works (in a temporary vault, no display needed) and exit</source>
        <translation>controleer of deze installatie werkt (in een tijdelijke kluis, geen scherm nodig) en stop</translation>
    </message>
    <message>
        <source>create, check, back up and re-key vaults</source>
        <translation>kluizen aanmaken, controleren, back-uppen en opnieuw versleutelen</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>een nieuwe kluis aanmaken</translation>
    </message>
    <message>
        <source>verify encryption, integrity and schema</source>
        <translation>versleuteling, integriteit en schema controleren</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>de wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>new data key and recovery key</source>
        <translation>nieuwe gegevenssleutel en herstelsleutel</translation>
    </message>
    <message>
        <source>make an encrypted backup</source>
        <translation>een versleutelde back-up maken</translation>
    </message>
    <message>
        <source>show the recovery key again</source>
        <translation>de herstelsleutel opnieuw tonen</translation>
    </message>
    <message>
        <source>restore a verified backup</source>
        <translation>een gecontroleerde back-up terugzetten</translation>
    </message>
    <message>
        <source>a backup file (vault-*.db)</source>
        <translation>een back-upbestand (vault-*.db)</translation>
    </message>
    <message>
        <source>restore even another vault's backup or into a non-vault</source>
        <translation>ook de back-up van een andere kluis terugzetten, of in een map die geen kluis is</translation>
    </message>
    <message>
        <source>create a demo vault with sample data</source>
        <translation>een demokluis met voorbeeldgegevens aanmaken</translation>
    </message>
    <message>
        <source>list mentees (tab-separated)</source>
        <translation>de mentees oplijsten (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>full-text search (tab-separated)</source>
        <translation>in alle tekst zoeken (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>the words to look for</source>
        <translation>de woorden om te zoeken</translation>
    </message>
    <message>
        <source>add a fourth column: private or shared</source>
        <translation>een vierde kolom toevoegen: private of shared</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>gegevens exporteren</translation>
    </message>
    <message>
        <source>GDPR export of one mentee as JSON</source>
        <translation>AVG-export van één mentee als JSON</translation>
    </message>
    <message>
        <source>include the private notes</source>
        <translation>ook de privé-notities opnemen</translation>
    </message>
    <message>
        <source>the current development plan of a mentee as PDF</source>
        <translation>het huidige ontwikkelingsplan van een mentee als PDF</translation>
    </message>
    <message>
        <source>a blank form of a questionnaire (PDF): the preparation form, unless --template names another</source>
        <translation>een leeg formulier van een vragenlijst (PDF): het voorbereidingsformulier, tenzij --template een andere noemt</translation>
    </message>
    <message>
        <source>language of the PDF</source>
        <translation>taal van de PDF</translation>
    </message>
    <message>
        <source>your name on the PDF (default: from the app's settings)</source>
        <translation>je naam op de PDF (standaard: uit de instellingen van de app)</translation>
    </message>
    <message>
        <source>your organisation on the PDF</source>
        <translation>je organisatie op de PDF</translation>
    </message>
    <message>
        <source>a PNG or JPEG logo for the PDF header</source>
        <translation>een PNG- of JPEG-logo voor de kop van de PDF</translation>
    </message>
    <message>
        <source>erase a mentee for good (GDPR art. 17)</source>
        <translation>een mentee voorgoed wissen (AVG art. 17)</translation>
    </message>
    <message>
        <source>erase without asking</source>
        <translation>wissen zonder te vragen</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>onderbroken; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>that passphrase does not open this vault; check Caps Lock and the keyboard layout, or unlock the vault in the app with its recovery key</source>
        <translation>die wachtwoordzin opent deze kluis niet; controleer Caps Lock en de toetsenbordindeling, of ontgrendel de kluis in de app met haar herstelsleutel</translation>
    </message>
    <message>
        <source>that recovery key does not open this vault</source>
        <translation>die herstelsleutel opent deze kluis niet</translation>
    </message>
    <message>
        <source>the passphrase must be at least 12 characters</source>
        <translation>de wachtwoordzin moet minstens 12 tekens lang zijn</translation>
    </message>
    <message>
        <source>no Mentorapp vault at that path</source>
        <translation>op die plaats staat geen Mentorapp-kluis</translation>
    </message>
    <message>
        <source>that folder exists and is not empty; choose a new path</source>
        <translation>die map bestaat al en is niet leeg; kies een nieuwe plaats</translation>
    </message>
    <message>
        <source>the key file vault.key.json is missing or damaged; unlock with the recovery key, or restore a backup</source>
        <translation>het sleutelbestand vault.key.json ontbreekt of is beschadigd; ontgrendel met de herstelsleutel of zet een back-up terug</translation>
    </message>
    <message>
        <source>the vault is damaged; restore a backup with 'mentorapp vault restore PATH BACKUP'</source>
        <translation>de kluis is beschadigd; zet een back-up terug met 'mentorapp vault restore PATH BACKUP'</translation>
    </message>
    <message>
        <source>this vault was made by a newer Mentorapp; update the app to open it</source>
        <translation>deze kluis is gemaakt met een nieuwere Mentorapp; werk de app bij om ze te openen</translation>
    </message>
    <message>
        <source>the vault was locked before the command finished; run it again</source>
        <translation>de kluis werd vergrendeld voor de opdracht klaar was; voer ze opnieuw uit</translation>
    </message>
    <message>
        <source>the vault is in use by another program; try again in a moment</source>
        <translation>de kluis is in gebruik door een ander programma; probeer het zo opnieuw</translation>
    </message>
    <message>
        <source>that backup is damaged or incomplete; nothing was restored</source>
        <translation>die back-up is beschadigd of onvolledig; er is niets teruggezet</translation>
    </message>
    <message>
        <source>no mentee with that id</source>
        <translation>geen mentee met dat nummer</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>de schijf is vol; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>this vault is open in another window or process; close it there first</source>
        <translation>deze kluis is open in een ander venster of proces; sluit ze daar eerst</translation>
    </message>
    <message>
        <source>another computer took this vault over; nothing more was written here; what you saved before is kept</source>
        <translation>een andere computer heeft deze kluis overgenomen; hier is niets meer geschreven; wat je eerder bewaarde, blijft bewaard</translation>
    </message>
    <message>
        <source>that conflict copy cannot be brought into this vault</source>
        <translation>die conflictkopie kan niet in deze kluis worden opgenomen</translation>
    </message>
    <message>
        <source>vault.db was replaced or changed by another program; nothing was written</source>
        <translation>vault.db is vervangen of gewijzigd door een ander programma; er is niets geschreven</translation>
    </message>
    <message>
        <source>the vault was re-keyed or restored elsewhere; nothing was written</source>
        <translation>de kluis is elders opnieuw versleuteld of teruggezet; er is niets geschreven</translation>
    </message>
    <message>
        <source>vault.db is empty or truncated; it was left as it is; restore a backup with 'mentorapp vault restore PATH BACKUP'</source>
        <translation>vault.db is leeg of afgekapt; het bestand bleef zoals het was; zet een back-up terug met 'mentorapp vault restore PATH BACKUP'</translation>
    </message>
    <message>
        <source>the vault's files may not be read; check the permissions of the vault folder</source>
        <translation>de bestanden van de kluis mogen niet gelezen worden; controleer de rechten van de kluismap</translation>
    </message>
    <message>
        <source>this vault is open read-only here (it is open elsewhere); nothing was changed</source>
        <translation>deze kluis is hier alleen-lezen open (ze is elders open); er is niets gewijzigd</translation>
    </message>
    <message>
        <source>the vault folder or its files are read-only; nothing was changed</source>
        <translation>de kluismap of haar bestanden zijn alleen-lezen; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>vault.key.json belongs to another vault; put this vault's own key file back, or use the recovery key</source>
        <translation>vault.key.json hoort bij een andere kluis; zet het eigen sleutelbestand van deze kluis terug of gebruik de herstelsleutel</translation>
    </message>
    <message>
        <source>an export may not be written into a vault folder; choose another place</source>
        <translation>een export mag niet in een kluismap geschreven worden; kies een andere plaats</translation>
    </message>
    <message>
        <source>the records were deleted, but another program reads the vault, so the file could not be wiped yet; close it and erase again</source>
        <translation>de gegevens zijn verwijderd, maar een ander programma leest de kluis, dus het bestand kon nog niet gewist worden; sluit dat programma en wis opnieuw</translation>
    </message>
    <message>
        <source>the new key could not be written; the vault keeps its old key and opens with your passphrase as before; check the free disk space and try again</source>
        <translation>de nieuwe sleutel kon niet geschreven worden; de kluis houdt haar oude sleutel en gaat zoals voorheen open met je wachtwoordzin; controleer de vrije schijfruimte en probeer opnieuw</translation>
    </message>
    <message>
        <source>the vault's files could not be read or written (a disk or file system error); nothing was changed; check the disk and try again</source>
        <translation>de bestanden van de kluis konden niet gelezen of geschreven worden (een fout van de schijf of het bestandssysteem); er is niets gewijzigd; controleer de schijf en probeer opnieuw</translation>
    </message>
    <message>
        <source>mentorapp: error: {sentence}</source>
        <translation>mentorapp: fout: {sentence}</translation>
    </message>
    <message>
        <source>mentorapp: warning: {sentence}</source>
        <translation>mentorapp: waarschuwing: {sentence}</translation>
    </message>
    <message>
        <source>no Mentorapp vault at {path}</source>
        <translation>geen Mentorapp-kluis op {path}</translation>
    </message>
    <message>
        <source>no mentee with id {mentee_id}; see the list with {command}</source>
        <translation>geen mentee met nummer {mentee_id}; bekijk de lijst met {command}</translation>
    </message>
    <message>
        <source>{sentence} (since {since} on {host})</source>
        <translation>{sentence} (sinds {since} op {host})</translation>
    </message>
    <message>
        <source>{sentence} (since {since})</source>
        <translation>{sentence} (sinds {since})</translation>
    </message>
    <message>
        <source>the vault could not be used</source>
        <translation>de kluis kon niet gebruikt worden</translation>
    </message>
    <message>
        <source>{host} ({user}) took this vault over at {since}; nothing more was written here; what you saved before is kept</source>
        <translation>{host} ({user}) heeft deze kluis overgenomen om {since}; hier is niets meer geschreven; wat je eerder bewaarde, blijft bewaard</translation>
    </message>
    <message>
        <source>this vault was left open on {host} by {user} since {since}, with no sign of life since {heartbeat}; if it is no longer open there, take it over in the app (unlock it and choose Take over); commands that only read work meanwhile</source>
        <translation>deze kluis is open blijven staan op {host} door {user} sinds {since}, zonder teken van leven sinds {heartbeat}; is ze daar niet meer open, neem ze dan over in de app (ontgrendel ze en kies Overnemen); opdrachten die alleen lezen, werken intussen wel</translation>
    </message>
    <message>
        <source>this vault is open on {host} by {user} since {since} (last sign of life {heartbeat}); close it there first; commands that only read work meanwhile</source>
        <translation>deze kluis is open op {host} door {user} sinds {since} (laatste teken van leven {heartbeat}); sluit ze daar eerst; opdrachten die alleen lezen, werken intussen wel</translation>
    </message>
    <message>
        <source>that conflict copy belongs to another vault; it was not brought in</source>
        <translation>die conflictkopie hoort bij een andere kluis; ze is niet opgenomen</translation>
    </message>
    <message>
        <source>that conflict copy does not open with this vault's key (it was re-keyed or restored elsewhere); it was not brought in</source>
        <translation>die conflictkopie gaat niet open met de sleutel van deze kluis (ze is elders opnieuw versleuteld of teruggezet); ze is niet opgenomen</translation>
    </message>
    <message>
        <source>that conflict copy was made by a newer Mentorapp; update the app to bring it in</source>
        <translation>die conflictkopie is gemaakt met een nieuwere Mentorapp; werk de app bij om ze op te nemen</translation>
    </message>
    <message>
        <source>that conflict copy was made by an older Mentorapp; open it as a vault of its own once to upgrade it, then bring it in</source>
        <translation>die conflictkopie is gemaakt met een oudere Mentorapp; open ze één keer als aparte kluis om ze bij te werken en neem ze daarna op</translation>
    </message>
    <message>
        <source>that conflict copy is damaged; it was not brought in</source>
        <translation>die conflictkopie is beschadigd; ze is niet opgenomen</translation>
    </message>
    <message>
        <source>a file could not be read or written ({code})</source>
        <translation>een bestand kon niet gelezen of geschreven worden ({code})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} bestaat niet</translation>
    </message>
    <message>
        <source>no permission to use {path}</source>
        <translation>geen toestemming om {path} te gebruiken</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk</source>
        <translation>{path} staat op een alleen-lezen schijf</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is een map, geen bestand</translation>
    </message>
    <message>
        <source>a part of {path} is not a folder</source>
        <translation>een deel van {path} is geen map</translation>
    </message>
    <message>
        <source>the name {path} is too long</source>
        <translation>de naam {path} is te lang</translation>
    </message>
    <message>
        <source>{path} could not be read or written ({code})</source>
        <translation>{path} kon niet gelezen of geschreven worden ({code})</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write in it</source>
        <translation>{path} is een map; geef de naam van het bestand dat erin moet komen</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} is een bestand, geen map</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist; create it first or choose another place</source>
        <translation>de map {folder} bestaat niet; maak ze eerst aan of kies een andere plaats</translation>
    </message>
    <message>
        <source>the PDF shows no coach name or organisation; give --coach and --organisation, or fill them in in the app's settings</source>
        <translation>de PDF toont geen naam van de coach en geen organisatie; geef --coach en --organisation op, of vul ze in bij de instellingen van de app</translation>
    </message>
    <message>
        <source>the PDF shows no coach name; give --coach, or fill it in in the app's settings</source>
        <translation>de PDF toont geen naam van de coach; geef --coach op, of vul hem in bij de instellingen van de app</translation>
    </message>
    <message>
        <source>the PDF shows no organisation; give --organisation, or fill it in in the app's settings</source>
        <translation>de PDF toont geen organisatie; geef --organisation op, of vul ze in bij de instellingen van de app</translation>
    </message>
    <message>
        <source>interrupted after the vault was re-keyed; it opens with your passphrase; run 'mentorapp vault recovery-key {folder}' for the new recovery key</source>
        <translation>onderbroken nadat de kluis opnieuw versleuteld was; ze gaat open met je wachtwoordzin; voer 'mentorapp vault recovery-key {folder}' uit voor de nieuwe herstelsleutel</translation>
    </message>
    <message>
        <source>interrupted during the re-key; unlock it with your passphrase, then run 'mentorapp vault recovery-key {folder}' for its recovery key</source>
        <translation>onderbroken tijdens het opnieuw versleutelen; ontgrendel de kluis met je wachtwoordzin en voer daarna 'mentorapp vault recovery-key {folder}' uit voor haar herstelsleutel</translation>
    </message>
    <message>
        <source>interrupted before the vault was re-keyed; it still opens with your passphrase and its old recovery key</source>
        <translation>onderbroken voor de kluis opnieuw versleuteld was; ze gaat nog altijd open met je wachtwoordzin en haar oude herstelsleutel</translation>
    </message>
    <message>
        <source>interrupted during the restore; run 'mentorapp vault check {folder}' to see what state the vault is in</source>
        <translation>onderbroken tijdens het terugzetten; voer 'mentorapp vault check {folder}' uit om te zien in welke staat de kluis is</translation>
    </message>
    <message>
        <source>interrupted after the backup was restored; the vault opens with the backup's passphrase; the database it replaced is kept in backups/</source>
        <translation>onderbroken nadat de back-up teruggezet was; de kluis gaat open met de wachtwoordzin van de back-up; de database die ze verving, staat in backups/</translation>
    </message>
    <message>
        <source>interrupted before the backup was restored; vault.db and its key file are unchanged</source>
        <translation>onderbroken voor de back-up teruggezet was; vault.db en het sleutelbestand zijn ongewijzigd</translation>
    </message>
    <message>
        <source>Mentorapp desktop app</source>
        <translation>Mentorapp-desktopapp</translation>
    </message>
    <message>
        <source>save every main screen as PNG into DIR</source>
        <translation>elk hoofdscherm als PNG in DIR bewaren</translation>
    </message>
    <message>
        <source>open this vault</source>
        <translation>deze kluis openen</translation>
    </message>
    <message>
        <source>language of the app</source>
        <translation>taal van de app</translation>
    </message>
    <message>
        <source>--template must be preparation, career_check, job_crafting or a template id from 'mentorapp questionnaires PATH', not {value}</source>
        <translation>--template moet preparation, career_check, job_crafting of een vragenlijstnummer uit 'mentorapp questionnaires PATH' zijn, niet {value}</translation>
    </message>
    <message>
        <source>no questionnaire with id {id}; see the list with {command}</source>
        <translation>geen vragenlijst met nummer {id}; bekijk de lijst met {command}</translation>
    </message>
    <message>
        <source>questionnaire {id} is in language {language}, not {lang}; leave out --lang</source>
        <translation>vragenlijst {id} is in de taal {language}, niet {lang}; laat --lang weg</translation>
    </message>
    <message>
        <source>--template {id} names a questionnaire in a vault; add --vault PATH</source>
        <translation>--template {id} verwijst naar een vragenlijst in een kluis; voeg --vault PATH toe</translation>
    </message>
    <message>
        <source>list the questionnaires, every version (tab-separated)</source>
        <translation>de vragenlijsten oplijsten, elke versie (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>list a mentee's questionnaire answers (tab-separated)</source>
        <translation>de antwoorden van een mentee op vragenlijsten oplijsten (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>a mentee's career check scores per dimension, oldest first (tab-separated)</source>
        <translation>de scores van een mentee op de loopbaancheck per dimensie, de oudste eerst (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>preparation (the default), career_check, job_crafting, or a template id with --vault</source>
        <translation>preparation (standaard), career_check, job_crafting, of een vragenlijstnummer met --vault</translation>
    </message>
    <message>
        <source>the vault that holds the questionnaire (asks its passphrase)</source>
        <translation>de kluis met de vragenlijst (vraagt de wachtwoordzin)</translation>
    </message>
    <message>
        <source>add a small chart of the mentee's last career checks</source>
        <translation>een kleine grafiek van de laatste loopbaanchecks van de mentee toevoegen</translation>
    </message>
    <message>
        <source>STORY_ID must be a number from 1 to {largest}, not {value}</source>
        <translation>STORY_ID moet een getal van 1 tot {largest} zijn, niet {value}</translation>
    </message>
    <message>
        <source>no career story with id {id}; see the list with {command}</source>
        <translation>geen loopbaanverhaal met nummer {id}; bekijk de lijst met {command}</translation>
    </message>
    <message>
        <source>list a mentee's career safaris (tab-separated)</source>
        <translation>de loopbaansafari's van een mentee oplijsten (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>list a mentee's skills, the largest gap first (tab-separated)</source>
        <translation>de vaardigheden van een mentee oplijsten, de grootste kloof eerst (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>list the career moves, of one mentee or of all (tab-separated)</source>
        <translation>de loopbaanbewegingen oplijsten, van één mentee of van allemaal (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>only this mentee's moves (see 'mentorapp mentees')</source>
        <translation>alleen de bewegingen van deze mentee (zie 'mentorapp mentees')</translation>
    </message>
    <message>
        <source>list the career stories (tab-separated)</source>
        <translation>de loopbaanverhalen oplijsten (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>add the mentee's career safaris (never your notes on them)</source>
        <translation>de loopbaansafari's van de mentee toevoegen (nooit je notities erover)</translation>
    </message>
    <message>
        <source>add the job crafting canvas and its experiments (never your notes on it)</source>
        <translation>het canvas voor job crafting en de experimenten toevoegen (nooit je notities erover)</translation>
    </message>
    <message>
        <source>a career story as a one-page PDF, in the story's language</source>
        <translation>een loopbaanverhaal als PDF van één pagina, in de taal van het verhaal</translation>
    </message>
    <message>
        <source>the story's number (see 'mentorapp stories')</source>
        <translation>het nummer van het verhaal (zie 'mentorapp stories')</translation>
    </message>
    <message>
        <source>the planned sessions as an iCalendar file (.ics)</source>
        <translation>de geplande sessies als iCalendar-bestand (.ics)</translation>
    </message>
    <message>
        <source>what an event's title says of the mentee (default: initials; never a note)</source>
        <translation>wat de titel van een afspraak over de mentee zegt (standaard: initialen; nooit een notitie)</translation>
    </message>
    <message>
        <source>the hours report of one sponsor and period, as CSV or PDF (never a note)</source>
        <translation>het urenoverzicht van één opdrachtgever en periode, als CSV of PDF (nooit een notitie)</translation>
    </message>
    <message>
        <source>the organisation that pays</source>
        <translation>de organisatie die betaalt</translation>
    </message>
    <message>
        <source>the first day of the period (YYYY-MM-DD)</source>
        <translation>de eerste dag van de periode (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the last day of the period (YYYY-MM-DD)</source>
        <translation>de laatste dag van de periode (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the file to write: .csv or .pdf</source>
        <translation>het bestand om te schrijven: .csv of .pdf</translation>
    </message>
    <message>
        <source>how clients are named (default: initials)</source>
        <translation>hoe cliënten genoemd worden (standaard: initialen)</translation>
    </message>
    <message>
        <source>clients from a CSV file (as Excel writes it)</source>
        <translation>cliënten uit een CSV-bestand (zoals Excel het schrijft)</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>het CSV-bestand</translation>
    </message>
    <message>
        <source>notes from a folder: one sub-folder per mentee, one .md, .txt or .docx file per session</source>
        <translation>notities uit een map: één submap per mentee, één .md-, .txt- of .docx-bestand per sessie</translation>
    </message>
    <message>
        <source>say what would be imported, and change nothing</source>
        <translation>zeg wat geïmporteerd zou worden, en verander niets</translation>
    </message>
    <message>
        <source>keep a file with a mentee, inside the vault</source>
        <translation>bewaar een bestand bij een mentee, in de kluis</translation>
    </message>
    <message>
        <source>shared with the mentee (default: private)</source>
        <translation>gedeeld met de mentee (standaard: privé)</translation>
    </message>
    <message>
        <source>list a mentee's attachments (tab-separated)</source>
        <translation>toon de bijlagen van een mentee (gescheiden door tabs)</translation>
    </message>
    <message>
        <source>{file} has no name column (naam, name, or voornaam and achternaam)</source>
        <translation>{file} heeft geen kolom met de naam (naam, name, of voornaam en achternaam)</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} is geen map</translation>
    </message>
    <message>
        <source>{file} is not a file</source>
        <translation>{file} is geen bestand</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, the most one attachment may be</source>
        <translation>{file} is groter dan {limit} MB, het maximum voor één bijlage</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, not {value}</source>
        <translation>verwachtte een datum als JJJJ-MM-DD, niet {value}</translation>
    </message>
    <message>
        <source>OUT must end in .csv or .pdf</source>
        <translation>OUT moet eindigen op .csv of .pdf</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to ligt vóór --from</translation>
    </message>
    <message>
        <source>import clients or notes</source>
        <translation>importeer cliënten of notities</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>de map</translation>
    </message>
    <message>
        <source>the file to keep</source>
        <translation>het bestand om te bewaren</translation>
    </message>
    <message>
        <source>the title (default: the file's name)</source>
        <translation>de titel (standaard: de naam van het bestand)</translation>
    </message>
    <message>
        <source>{file} is not a CSV file</source>
        <translation>{file} is geen CSV-bestand</translation>
    </message>
    <message>
        <source>--threshold must be a whole number of at least 5, not {value}</source>
        <translation>--threshold moet een geheel getal van minstens 5 zijn, niet {value}</translation>
    </message>
    <message>
        <source>{file} is not a JSON file</source>
        <translation>{file} is geen JSON-bestand</translation>
    </message>
    <message>
        <source>{file} is not a Mentorapp career-centre aggregate file</source>
        <translation>{file} is geen verzamelbestand voor het loopbaancentrum van Mentorapp</translation>
    </message>
    <message>
        <source>{file} was made by a newer Mentorapp; update Mentorapp to merge it</source>
        <translation>{file} is gemaakt met een nieuwere Mentorapp; werk Mentorapp bij om het samen te voegen</translation>
    </message>
    <message>
        <source>{file} is damaged or was changed by hand (at {field}); ask for it again</source>
        <translation>{file} is beschadigd of met de hand gewijzigd (bij {field}); vraag het opnieuw op</translation>
    </message>
    <message>
        <source>{file} covers another period or grouping than the first file; merge only files of one period and grouping</source>
        <translation>{file} gaat over een andere periode of indeling dan het eerste bestand; voeg alleen bestanden van één periode en indeling samen</translation>
    </message>
    <message>
        <source>no aggregate file was given</source>
        <translation>er is geen verzamelbestand opgegeven</translation>
    </message>
    <message>
        <source>{file} is the same file as one given before, or an exact copy of it; its mentees would count twice</source>
        <translation>{file} is hetzelfde bestand als een eerder opgegeven bestand, of een exacte kopie ervan; de mentees erin zouden dubbel tellen</translation>
    </message>
    <message>
        <source>expected: mentorapp report PATH --from DATE --to DATE OUT</source>
        <translation>verwachtte: mentorapp report PATH --from DATE --to DATE OUT</translation>
    </message>
    <message>
        <source>a report of a vault needs --from and --to</source>
        <translation>een rapport van een kluis heeft --from en --to nodig</translation>
    </message>
    <message>
        <source>OUT must end in .pdf, .csv or .json</source>
        <translation>OUT moet eindigen op .pdf, .csv of .json</translation>
    </message>
    <message>
        <source>the threshold can only go up: this vault's is {least}</source>
        <translation>de drempel kan alleen omhoog: die van deze kluis is {least}</translation>
    </message>
    <message>
        <source>expected: mentorapp report merge OUT FILE.json...</source>
        <translation>verwachtte: mentorapp report merge OUT FILE.json...</translation>
    </message>
    <message>
        <source>a merge keeps the period and grouping of its files: leave out --from, --to and --by</source>
        <translation>samenvoegen houdt de periode en indeling van de bestanden: laat --from, --to en --by weg</translation>
    </message>
    <message>
        <source>OUT must end in .pdf or .csv</source>
        <translation>OUT moet eindigen op .pdf of .csv</translation>
    </message>
    <message>
        <source>the career-centre report: counts and means only, small cells suppressed</source>
        <translation>het rapport voor het loopbaancentrum: alleen aantallen en gemiddelden, kleine cellen verborgen</translation>
    </message>
    <message>
        <source>Two forms. 'mentorapp report PATH --from DATE --to DATE OUT' writes the report of one vault: OUT.pdf or OUT.csv to publish, or OUT.json, the aggregate file to hand to the career centre. 'mentorapp report merge OUT FILE.json...' merges the coaches' aggregate files into one report (OUT.pdf or OUT.csv). Every cell of fewer than the threshold of mentees is suppressed, and so is whatever would reveal one.</source>
        <translation>Twee vormen. 'mentorapp report PATH --from DATE --to DATE OUT' schrijft het rapport van één kluis: OUT.pdf of OUT.csv om te publiceren, of OUT.json, het verzamelbestand voor het loopbaancentrum. 'mentorapp report merge OUT FILE.json...' voegt de verzamelbestanden van de coaches samen tot één rapport (OUT.pdf of OUT.csv). Elke cel met minder mentees dan de drempel wordt verborgen, en ook alles wat zo'n cel zou verraden.</translation>
    </message>
    <message>
        <source>PATH OUT (the vault folder and the file to write), or: merge OUT FILE.json...</source>
        <translation>PATH OUT (de kluismap en het bestand om te schrijven), of: merge OUT FILE.json...</translation>
    </message>
    <message>
        <source>a column per organisation or per department (default: everyone)</source>
        <translation>een kolom per organisatie of per afdeling (standaard: iedereen)</translation>
    </message>
    <message>
        <source>suppress cells of fewer than N mentees (at least 5; a vault's report uses at least the vault's setting)</source>
        <translation>verberg cellen met minder dan N mentees (minstens 5; het rapport van een kluis gebruikt minstens de instelling van de kluis)</translation>
    </message>
    <message>
        <source>make unlocking take about half a second on this computer (same passphrase)</source>
        <translation>ontgrendelen op deze computer ongeveer een halve seconde laten duren (zelfde wachtwoordzin)</translation>
    </message>
</context>
</TS>
