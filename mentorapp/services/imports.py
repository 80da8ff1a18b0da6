"""Importing what a coach brings: a client list from CSV and a folder of notes.

Each import is read, then planned (a dry run: what would be created, what skipped and
why), then run in one transaction: all or nothing. A cancel, an error or a killed
process leaves the vault as it was. Reasons for skipping are ``SkipReason`` values (plain
English for the command line; the GUI translates them). No note text, name or path
reaches a log or an exception message here.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from mentorapp.domain.enums import SessionKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, Mentee
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import Vault

MAX_FILE_BYTES = 50 * 1024 * 1024  # a client list or a note larger than this is no note
SESSION_TIME = time(9, 0)  # an imported note knows its day, not its hour
Progress = Callable[[int, int], None]  # done, total
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The coach cancelled: nothing was written."""


class NotATable(ValueError):
    """The file is no CSV table (binary, or a field beyond the csv module's limit)."""


class SkipReason(StrEnum):
    NO_NAME = "no name"
    IN_VAULT = "already in the vault"
    TWICE = "twice in the file"
    ALREADY_IMPORTED = "already imported"
    SAME_NAME = "more than one mentee has this name"
    NOT_IN_FOLDER = "not in a mentee's folder"
    UNKNOWN_KIND = "not a .md, .txt or .docx file"
    TOO_LARGE = "too large"
    EMPTY = "empty"
    UNREADABLE = "cannot be read"
    NOT_WORD = "not a readable Word file"


@dataclass(frozen=True)
class Skipped:
    where: str  # the CSV line number, or the note's path inside the folder
    reason: SkipReason


@dataclass
class ImportResult:
    created: list[tuple[MenteeId, str]] = field(default_factory=list)  # per mentee or note
    mentees: int = 0  # mentees created
    sessions: int = 0  # sessions created
    skipped: list[Skipped] = field(default_factory=list)


def _run(
    vault: Vault,
    steps: list[Callable[[MenteeRepository, CoachingSessionRepository], None]],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """Every step in one transaction; a cancel raises inside it, so it rolls back."""
    with vault.transaction() as db:
        people, talks = MenteeRepository(db), CoachingSessionRepository(db)
        for done, step in enumerate(steps):
            if cancelled is not None and cancelled():
                raise ImportCancelled
            step(people, talks)
            if progress is not None:
                progress(done + 1, len(steps))


def _decode(data: bytes) -> tuple[str, str]:
    """Text as Excel and Notepad write it: UTF-8 with or without BOM, else Windows-1252
    (and UTF-16 with its BOM: Excel's "Unicode text")."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _key(name: str, organisation: str = "") -> tuple[str, str]:
    return " ".join(name.split()).casefold(), " ".join(organisation.split()).casefold()


# ---- clients from CSV -------------------------------------------------------------------


class ClientField(StrEnum):
    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PREFERRED_NAME = "preferred_name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PHONE = "phone"
    DEPARTMENT = "department"
    CURRENT_ROLE = "current_role"


_HEADERS: dict[ClientField, tuple[str, ...]] = {
    ClientField.FULL_NAME: (
        "naam", "name", "volledigenaam", "fullname", "client", "cliënt", "klant", "mentee",
        "deelnemer", "medewerker", "employee",
    ),
    ClientField.FIRST_NAME: ("voornaam", "firstname", "givenname", "forename"),
    ClientField.LAST_NAME: ("achternaam", "familienaam", "lastname", "surname", "familyname"),
    ClientField.PREFERRED_NAME: ("roepnaam", "preferredname", "nickname"),
    ClientField.ORGANISATION: (
        "organisatie", "organisation", "organization", "bedrijf", "company", "werkgever",
        "employer", "firma",
    ),
    ClientField.EMAIL: ("email", "emailadres", "mail", "emailaddress"),
    ClientField.PHONE: (
        "telefoon", "phone", "tel", "gsm", "mobiel", "telefoonnummer", "phonenumber", "mobile",
    ),
    ClientField.DEPARTMENT: ("afdeling", "department", "dienst", "team"),
    ClientField.CURRENT_ROLE: ("functie", "role", "jobtitle", "function", "huidigefunctie"),
}  # fmt: skip


@dataclass
class ClientTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line the record starts on, its fields)
    dialect: str  # the delimiter: ";", "," or "\t"
    encoding: str


@dataclass
class ImportPlan:
    created: list[Mentee] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_clients_csv(path: Path) -> ClientTable:
    """A CSV file as Excel writes it (``OSError`` if it cannot be read, ``NotATable`` if
    it is no CSV)."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise OSError("the file is too large for a client list")
    text, encoding = _decode(path.read_bytes())
    if "\x00" in text:
        raise NotATable  # a spreadsheet or another binary file, not its CSV
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        headers = [h.strip() for h in next(reader, [])]
        start = reader.line_num + 1
        for record in reader:
            if any(cell.strip() for cell in record):
                rows.append((start, record))
            start = reader.line_num + 1
    except csv.Error:
        raise NotATable from None  # its message may quote the file's text
    return ClientTable(headers, rows, delimiter, encoding)


def _plain(header: str) -> str:
    return re.sub(r"[\s_\-.:]", "", header).casefold()


def guess_mapping(headers: Iterable[str]) -> dict[ClientField, int]:
    """Each field the headers name (Dutch or English) -> its column number."""
    mapping: dict[ClientField, int] = {}
    for column, header in enumerate(headers):
        plain = _plain(header)
        for name, aliases in _HEADERS.items():
            if plain in aliases and name not in mapping:
                mapping[name] = column
    return mapping


def _cell(record: list[str], mapping: dict[ClientField, int], name: ClientField) -> str:
    column = mapping.get(name)
    if column is None or column >= len(record):
        return ""
    return " ".join(record[column].split())  # line breaks inside a field become spaces


def _client(record: list[str], mapping: dict[ClientField, int]) -> Mentee:
    def cell(name: ClientField) -> str:
        return _cell(record, mapping, name)

    full = cell(ClientField.FULL_NAME)
    if not full:
        full = f"{cell(ClientField.FIRST_NAME)} {cell(ClientField.LAST_NAME)}".strip()
    return Mentee(
        full_name=full,
        preferred_name=cell(ClientField.PREFERRED_NAME),
        organisation=cell(ClientField.ORGANISATION),
        email=cell(ClientField.EMAIL),
        phone=cell(ClientField.PHONE),
        department=cell(ClientField.DEPARTMENT),
        current_role=cell(ClientField.CURRENT_ROLE),
    )


def plan_client_import(
    vault: Vault, table: ClientTable, mapping: dict[ClientField, int]
) -> ImportPlan:
    """The dry run: who would be created, and which lines skipped and why."""
    with vault.reading() as db:
        known = {_key(m.full_name, m.organisation) for m in MenteeRepository(db).all()}
    plan = ImportPlan()
    seen: set[tuple[str, str]] = set()
    for line, record in table.rows:
        mentee = _client(record, mapping)
        key = _key(mentee.full_name, mentee.organisation)
        if not mentee.full_name:
            plan.skipped.append(Skipped(str(line), SkipReason.NO_NAME))
        elif key in known:
            plan.skipped.append(Skipped(str(line), SkipReason.IN_VAULT))
        elif key in seen:
            plan.skipped.append(Skipped(str(line), SkipReason.TWICE))
        else:
            seen.add(key)
            plan.created.append(mentee)
    return plan


def run_client_import(
    vault: Vault,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Outcome[ImportResult]:
    """Create the planned mentees in one transaction (``ImportCancelled``: none)."""
    result = ImportResult(skipped=list(plan.skipped))

    def adder(mentee: Mentee) -> Callable[[MenteeRepository, CoachingSessionRepository], None]:
        def add(people: MenteeRepository, _talks: CoachingSessionRepository) -> None:
            stored = people.add(dataclasses.replace(mentee, id=None))
            assert stored.id is not None
            result.created.append((stored.id, stored.full_name))
            result.mentees += 1

        return add

    _run(vault, [adder(m) for m in plan.created], progress, cancelled)
    return Outcome(result, Changes.of(Area.MENTEE_LIST))


# ---- notes from a folder ----------------------------------------------------------------

NOTE_SUFFIXES = (".md", ".markdown", ".txt", ".docx")
_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_EUROPEAN = re.compile(r"(?<!\d)(\d{1,2})[-_./](\d{1,2})[-_./](\d{4})(?!\d)")


@dataclass(frozen=True)
class NoteFile:
    mentee_name: str  # the sub-folder's name
    where: str  # the path inside the imported folder, with "/"
    on: date
    text: str


@dataclass
class NotesTable:
    notes: list[NoteFile] = field(default_factory=list)
    unreadable: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedNote:
    note: NoteFile
    mentee_id: MenteeId | None  # None: the mentee is created by the import


@dataclass
class NotesPlan:
    notes: list[PlannedNote] = field(default_factory=list)
    new_mentees: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def date_in(text: str) -> date | None:
    """The first date written as 2024-03-18 or 18-03-2024 (also with / . or _)."""
    for pattern, order in ((_ISO, (0, 1, 2)), (_EUROPEAN, (2, 1, 0))):
        for found in pattern.finditer(text):
            parts = [int(found.group(i + 1)) for i in order]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                continue
    return None


def _front_matter(text: str) -> tuple[date | None, str]:
    """A Markdown file's ``date:`` in its front matter, and the text after it."""
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---", 4)
    if end < 0:
        return None, text
    header, body = text[4:end], text[end + 4 :].lstrip("-").lstrip("\n")
    for line in header.splitlines():
        if line.strip().casefold().startswith("date:"):
            return date_in(line), body
    return None, body


def _docx_text(path: Path) -> str:
    import docx  # python-docx: only when a Word file is imported

    document = docx.Document(str(path))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def read_note(path: Path, mentee_name: str, where: str) -> NoteFile | Skipped:
    """One note file, or why it cannot be imported."""
    suffix = path.suffix.casefold()
    if suffix not in NOTE_SUFFIXES:
        return Skipped(where, SkipReason.UNKNOWN_KIND)
    try:
        info = path.stat()
        if info.st_size > MAX_FILE_BYTES:
            return Skipped(where, SkipReason.TOO_LARGE)
        if suffix == ".docx":
            try:
                text = _docx_text(path)
            # python-docx raises whatever its zip and XML readers raise on a broken file
            except Exception:
                return Skipped(where, SkipReason.NOT_WORD)
        else:
            text = _decode(path.read_bytes())[0].replace("\r\n", "\n")
    except OSError:
        return Skipped(where, SkipReason.UNREADABLE)
    on, text = _front_matter(text)
    text = text.strip()
    if not text:
        return Skipped(where, SkipReason.EMPTY)
    first_line = text.split("\n", 1)[0]
    on = on or date_in(path.stem) or date_in(first_line)
    on = on or datetime.fromtimestamp(info.st_mtime).date()
    return NoteFile(mentee_name, where, on, text)


def read_notes_folder(folder: Path) -> NotesTable:
    """One mentee per sub-folder, one session per file; hidden files are passed over."""
    table = NotesTable()
    folder = Path(folder)
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "~$")) for part in relative.parts) or path.is_dir():
            continue
        where = relative.as_posix()
        if len(relative.parts) < 2:
            table.unreadable.append(Skipped(where, SkipReason.NOT_IN_FOLDER))
            continue
        found = read_note(path, " ".join(relative.parts[0].split()), where)
        if isinstance(found, Skipped):
            table.unreadable.append(found)
        else:
            table.notes.append(found)
    return table


def plan_notes_import(vault: Vault, table: NotesTable) -> NotesPlan:
    """The dry run: each note's mentee (matched by name, else new), what is skipped."""
    with vault.reading() as db:
        by_name: dict[str, list[MenteeId]] = {}
        for mentee in MenteeRepository(db).all():
            assert mentee.id is not None
            for name in {_key(mentee.full_name)[0], _key(mentee.display_name)[0]}:
                by_name.setdefault(name, []).append(mentee.id)
        talks = CoachingSessionRepository(db)
        done = {
            (mid, s.started_at.date(), s.private_notes.strip())
            for ids in by_name.values()
            for mid in set(ids)
            for s in talks.for_mentee(mid)
        }
    plan = NotesPlan(skipped=list(table.unreadable))
    for note in table.notes:
        matches = sorted(set(by_name.get(_key(note.mentee_name)[0], [])))
        if len(matches) > 1:
            plan.skipped.append(Skipped(note.where, SkipReason.SAME_NAME))
        elif matches and (matches[0], note.on, note.text) in done:
            plan.skipped.append(Skipped(note.where, SkipReason.ALREADY_IMPORTED))
        else:
            plan.notes.append(PlannedNote(note, matches[0] if matches else None))
            if not matches and note.mentee_name not in plan.new_mentees:
                plan.new_mentees.append(note.mentee_name)
    return plan


def run_notes_import(
    vault: Vault,
    plan: NotesPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Outcome[ImportResult]:
    """The notes as sessions with PRIVATE notes, new mentees first; one transaction."""
    result = ImportResult(skipped=list(plan.skipped))
    created: dict[str, MenteeId] = {}

    def new_mentee(name: str) -> Callable[[MenteeRepository, CoachingSessionRepository], None]:
        def add(people: MenteeRepository, _talks: CoachingSessionRepository) -> None:
            stored = people.add(Mentee(full_name=name))
            assert stored.id is not None
            created[name] = stored.id
            result.mentees += 1

        return add

    def session(
        planned: PlannedNote,
    ) -> Callable[[MenteeRepository, CoachingSessionRepository], None]:
        def add(_people: MenteeRepository, talks: CoachingSessionRepository) -> None:
            note = planned.note
            mentee_id = planned.mentee_id or created[note.mentee_name]
            talks.add(
                CoachingSession(
                    mentee_id=mentee_id,
                    started_at=datetime.combine(note.on, SESSION_TIME),
                    kind=SessionKind.CAREER_CONVERSATION,
                    private_notes=note.text,
                )
            )
            result.created.append((mentee_id, note.mentee_name))
            result.sessions += 1

        return add

    steps = [new_mentee(n) for n in plan.new_mentees] + [session(p) for p in plan.notes]
    _run(vault, steps, progress, cancelled)
    return Outcome(result, Changes.of(Area.MENTEE_LIST, Area.SESSIONS))
