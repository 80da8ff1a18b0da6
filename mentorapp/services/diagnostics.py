"""The local diagnostic log, and the short text "Copy diagnostics" hands to support.

The log says *what* happened and *where* - event types, error types, timings, code
locations (``module:function:line``) - and never *whose*: no name, note text, path of a
mentee's file, passphrase or key. That is not left to each log call. The file handler's
formatter (``SafeFormatter``) writes only a whitelisted shape, whatever a call hands it:

- the message template must be a string literal of the code that logs (checked against
  the constants of the calling functions' code when the record is made), so an f-string
  or a ``"%s" % name`` built at run time is withheld whole;
- of the arguments only numbers, ``None``, enum members (as ``Class.MEMBER``), classes,
  functions (as ``module:qualname``), exceptions (their type only, never their message),
  the names of loaded modules and exception classes, and the shape
  ``format_for_log`` gives (``Type at file:line``, the file turned into its module) pass;
  any other string becomes ``<text>``, any other object ``<TypeName>``;
- an exception is written as its type and its traceback frames (``module:function:line``),
  never its message, its notes or its locals; a stack (``stack_info``) is not written.

``start_log`` sets this up once per process (the GUI and the CLI call it first thing):
a rotating file (``MAX_BYTES`` x ``BACKUPS``) in the platform's log folder, owner-only,
at the level ``MENTORAPP_LOG`` asks for (debug, info or warning; info by default) for
Mentorapp's own loggers and at warning for the libraries', and uncaught exceptions of
every thread logged through the same formatter. A log that cannot be set up (a read-only
home) leaves the app running without one.

No Qt here: the GUI adds Qt's own messages (``mentorapp.gui.help.diagnostics``).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_log_dir

from mentorapp import APP_NAME, __version__

LOG_ENV = "MENTORAPP_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
DEFAULT_LEVEL = logging.INFO
MAX_BYTES = 1_000_000
BACKUPS = 3
TAIL_LINES = 200
MAX_FRAMES = 40
TEXT = "<text>"
WITHHELD = "[message withheld: not a literal template]"

Kind = Literal["gui", "cli"]

log = logging.getLogger(__name__)


class Process(Enum):
    """Which entry point wrote a line (the log files are apart, so neither rotates the
    other's file away)."""

    GUI = "gui"
    CLI = "cli"


def log_folder() -> Path:
    """The platform's log folder for the app (e.g. ``~/.local/state/Mentorapp/log``)."""
    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_level(environ: Mapping[str, str] | None = None) -> int:
    """The level ``MENTORAPP_LOG`` asks for; an unknown value means the default."""
    value = (os.environ if environ is None else environ).get(LOG_ENV, "")
    return LEVELS.get(value.strip().lower(), DEFAULT_LEVEL)


# --- What the calling code wrote: literal templates, modules ------------------------------

_previous_factory: Callable[..., logging.LogRecord] | None = None


@functools.lru_cache(maxsize=1024)
def _literals(code: types.CodeType) -> frozenset[str]:
    return frozenset(c for c in code.co_consts if type(c) is str)


def _make_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    """The record factory: notes whether ``msg`` is a string literal of the code that
    logged it, and the module the record is attributed to, while the frames are still on
    the stack. "The code that logged it" is every frame from the logging call up to the
    one the record names (``stacklevel`` may name a caller of the logging function)."""
    assert _previous_factory is not None
    record = _previous_factory(*args, **kwargs)
    literal, module = False, None
    text = record.msg if type(record.msg) is str else None
    frame: types.FrameType | None = sys._getframe(1)
    for _ in range(60):
        if frame is None:
            break
        code = frame.f_code
        literal = literal or (text is not None and text in _literals(code))
        if code.co_filename == record.pathname and frame.f_lineno == record.lineno:
            name = frame.f_globals.get("__name__")
            module = name if isinstance(name, str) else None
            break
        frame = frame.f_back
    if module is None:  # the frame the record names was not found
        literal = False
    record.diag_literal = literal
    record.diag_module = module
    return record


def _install_record_factory() -> None:
    global _previous_factory
    if _previous_factory is None:
        _previous_factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_make_record)


# --- What may pass ------------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ERROR_AT = re.compile(r"(?P<type>[A-Za-z_][A-Za-z0-9_]*) at (?P<path>.+\.py):(?P<line>\d+)\Z")


def _exception_names() -> frozenset[str]:
    names: set[str] = set()
    stack: list[type[BaseException]] = [BaseException]
    while stack:
        cls = stack.pop()
        names.add(cls.__name__)
        try:
            stack.extend(cls.__subclasses__())
        except TypeError:  # pragma: no cover - type.__subclasses__ needs an argument
            continue
    return frozenset(names)


_known_errors: frozenset[str] = frozenset()


def _is_exception_name(text: str) -> bool:
    global _known_errors
    if not _IDENTIFIER.match(text):
        return False
    if text not in _known_errors:
        _known_errors = _exception_names()
    return text in _known_errors


def _module_files() -> dict[str, str]:
    files: dict[str, str] = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            files[os.path.normcase(os.path.abspath(path))] = name
    return files


_files_cache: dict[str, str] = {}


def module_of_file(path: str) -> str | None:
    """The loaded module whose source is ``path`` (None if no module is)."""
    global _files_cache
    key = os.path.normcase(os.path.abspath(path))
    if key not in _files_cache:
        _files_cache = _module_files()
    return _files_cache.get(key)


def safe_text(text: str) -> str:
    """A string argument as the log may show it: only code's own words pass."""
    if text in sys.modules and all(_IDENTIFIER.match(p) for p in text.split(".")):
        return text
    # No digits-only rule: a phone or national number comes as a string too.
    if _is_exception_name(text):
        return text
    error_at = _ERROR_AT.match(text)
    if error_at and _is_exception_name(error_at["type"]):
        module = module_of_file(error_at["path"])
        if module is not None:
            return f"{error_at['type']} at {module}:{error_at['line']}"
    return TEXT


def _qualified(thing: Any) -> str:
    module = getattr(thing, "__module__", None) or "?"
    name = getattr(thing, "__qualname__", None) or getattr(thing, "__name__", "?")
    return f"{module}:{name}"


def safe_value(value: Any) -> Any:
    """One log argument, reduced to what may be written (numbers stay numbers)."""
    if value is None or type(value) in (bool, int, float):
        return value
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (int, float)):  # an int or float subclass that is no enum
        return float(value) if isinstance(value, float) else int(value)
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, BaseException):
        return error_name(type(value))
    if isinstance(value, type):
        return value.__name__ if issubclass(value, BaseException) else _qualified(value)
    if isinstance(value, functools.partial):
        return _qualified(value.func)
    if isinstance(
        value, (types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.CodeType)
    ):
        return _qualified(value)
    return f"<{type(value).__name__}>"


def error_name(cls: type[BaseException]) -> str:
    module = getattr(cls, "__module__", "builtins")
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def safe_message(record: logging.LogRecord) -> str:
    """The record's message in the whitelisted shape."""
    if not getattr(record, "diag_literal", False):
        return WITHHELD
    template = str(record.msg)
    args = record.args
    if not args:
        return template
    safe: Any
    if isinstance(args, Mapping):
        safe = {key: safe_value(value) for key, value in args.items()}
        values = list(safe.values())
    else:
        safe = tuple(safe_value(value) for value in args)
        values = list(safe)
    try:
        return str(template % safe)
    except (TypeError, ValueError, KeyError):
        # A number placeholder given a replaced text: the template, then what passed.
        return f"{template} | " + ", ".join(str(v) for v in values)


def frames(tb: types.TracebackType | None) -> list[str]:
    """A traceback as ``module:function:line``, innermost last (the last MAX_FRAMES)."""
    found = []
    for frame, line in traceback.walk_tb(tb):
        name = frame.f_globals.get("__name__")
        module = name if isinstance(name, str) else "?"
        found.append(f"{module}:{frame.f_code.co_name}:{line}")
    return found[-MAX_FRAMES:]


def exception_lines(error: BaseException | None) -> list[str]:
    """An exception as its type and frames, then its causes - never a message."""
    lines: list[str] = []
    seen: set[int] = set()
    label = "exception"
    while error is not None and id(error) not in seen and len(seen) < 5:
        seen.add(id(error))
        lines.append(f"  {label} {error_name(type(error))}")
        lines.extend(f"    at {where}" for where in frames(error.__traceback__))
        if error.__cause__ is not None:
            error, label = error.__cause__, "caused by"
        elif error.__context__ is not None and not error.__suppress_context__:
            error, label = error.__context__, "while handling"
        else:
            error = None
    return lines


class SafeFormatter(logging.Formatter):
    """One line per record: UTC time, level, process kind, ``module:function:line``, the
    message in the whitelisted shape; then the exception's types and frames, if any.
    The record is not changed (other handlers see it as it was)."""

    def __init__(self, process: Process = Process.GUI) -> None:
        super().__init__()
        self.process = process

    def format(self, record: logging.LogRecord) -> str:
        moment = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S")
        millis = int(record.msecs)
        level = record.levelname if _IDENTIFIER.match(record.levelname) else "LEVEL"
        module = getattr(record, "diag_module", None) or module_of_file(record.pathname) or "?"
        where = f"{module}:{record.funcName}:{record.lineno}"
        line = (
            f"{moment}.{millis:03d}Z {level} {self.process.value} {record.process} "
            f"{where} {safe_message(record)}"
        )
        lines = [line]
        if record.exc_info and record.exc_info[1] is not None:
            lines.extend(exception_lines(record.exc_info[1]))
        if record.stack_info:
            lines.append("  (stack not logged)")
        return "\n".join(lines)


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner may read (0600 from the first byte)."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        with contextlib.suppress(OSError):  # a file system without modes
            os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors="replace")


# --- Setting up, once per process ---------------------------------------------------------

_handler: OwnerOnlyRotatingFileHandler | None = None
_lock = threading.Lock()


def log_file(kind: Kind, folder: Path | None = None) -> Path:
    return (folder or log_folder()) / f"{kind}.log"


def _owner_only_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    for path in folder.iterdir():
        if path.is_file() and not path.is_symlink():
            os.chmod(path, 0o600)


def start_log(kind: Kind, *, folder: Path | None = None, level: int | None = None) -> Path | None:
    """The diagnostic log of this process: set up on the first call, later calls keep it.

    Returns the log file, or None when it could not be set up (the app runs on).
    """
    global _handler
    with _lock:
        if _handler is not None:
            return Path(_handler.baseFilename)
        process = Process(kind)
        chosen = log_level() if level is None else level
        path = log_file(kind, folder)
        try:
            _owner_only_folder(path.parent)
            handler = OwnerOnlyRotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
        except OSError:
            return None
        handler.setFormatter(SafeFormatter(process))
        handler.setLevel(chosen)
        _install_record_factory()
        root = logging.getLogger()
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.WARNING:
            root.setLevel(logging.WARNING)  # libraries: warnings and errors only
        logging.getLogger("mentorapp").setLevel(chosen)
        _handler = handler
        _install_excepthooks()
    major, minor, patch = (*(int(p) for p in re.findall(r"\d+", __version__)[:3]), 0, 0, 0)[:3]
    log.info(
        "started: app %d.%d.%d, python %d.%d.%d, level %d",
        major,
        minor,
        patch,
        *sys.version_info[:3],
        chosen,
    )
    return path


def stop_log() -> None:
    """Undo ``start_log`` (for tests): the handler closed and removed, the hooks back."""
    global _handler
    with _lock:
        if _handler is None:
            return
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
        _remove_excepthooks()


def current_log() -> Path | None:
    return None if _handler is None else Path(_handler.baseFilename)


# --- Uncaught exceptions ------------------------------------------------------------------

_crash_log = logging.getLogger("mentorapp.crash")
_saved_hooks: tuple[Any, Any] | None = None


def _log_uncaught(error: BaseException | None) -> None:
    if error is None or isinstance(error, (KeyboardInterrupt, SystemExit)):
        return
    _crash_log.critical("uncaught %s", error, exc_info=error)


def _excepthook(
    kind: type[BaseException], error: BaseException, tb: types.TracebackType | None
) -> None:
    try:
        _log_uncaught(error)
    finally:
        if _saved_hooks is not None:
            _saved_hooks[0](kind, error, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    try:
        _log_uncaught(args.exc_value)
    finally:
        if _saved_hooks is not None:
            _saved_hooks[1](args)


def _install_excepthooks() -> None:
    global _saved_hooks
    if _saved_hooks is None:
        _saved_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = _excepthook
        threading.excepthook = _thread_excepthook


def _remove_excepthooks() -> None:
    global _saved_hooks
    if _saved_hooks is not None:
        if sys.excepthook is _excepthook:
            sys.excepthook = _saved_hooks[0]
        if threading.excepthook is _thread_excepthook:
            threading.excepthook = _saved_hooks[1]
        _saved_hooks = None


# --- Timings ------------------------------------------------------------------------------


@contextmanager
def timed(what: Enum | Callable[..., object], *, level: int = logging.DEBUG) -> Iterator[None]:
    """Logs how long the block took, named by an enum member or a function, at the
    block's own place in the code."""
    start = time.perf_counter()
    try:
        yield
    finally:
        # Attributed to the block's own code: timed, contextlib's __exit__, the caller.
        ms = (time.perf_counter() - start) * 1000
        log.log(level, "%s took %.1f ms", what, ms, stacklevel=3)


# --- The text "Copy diagnostics" copies ---------------------------------------------------


def sqlcipher_version() -> str:
    """SQLCipher's version, from an in-memory connection (no vault involved)."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        sqlite = getattr(sqlcipher3, "sqlite_version", "?")
    except Exception as exc:  # a broken install is exactly what support wants to see
        return f"unavailable ({type(exc).__name__})"
    version = row[0] if row and row[0] else "none (plain SQLite)"
    return f"{version} (SQLite {sqlite})"


def package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        module = sys.modules.get(name)
        return str(getattr(module, "__version__", "unknown"))


def shown_folder(folder: Path) -> str:
    """A folder with the home folder written as ``~`` (it often holds the user's name)."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


def tail(path: Path, lines: int = TAIL_LINES, chunk: int = 256 * 1024) -> list[str]:
    """The last ``lines`` lines of a log file (read from its end; [] if it is missing)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - chunk))
            data = handle.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").splitlines()
    if size > chunk and text:
        text = text[1:]  # the first line is probably cut
    return text[-lines:]


def log_tail(kind: Kind, folder: Path | None = None, lines: int = TAIL_LINES) -> list[str]:
    """The last lines this kind of process logged, across one rotation if need be."""
    current = log_file(kind, folder)
    found = tail(current, lines)
    if len(found) < lines:
        older = tail(current.with_name(current.name + ".1"), lines - len(found))
        found = older + found
    return found


def diagnostics_text(
    *,
    qt_version: str | None = None,
    pyside_version: str | None = None,
    kind: Kind = "gui",
    folder: Path | None = None,
    lines: int = TAIL_LINES,
) -> str:
    """What a coach sends to support: versions, the platform, the log folder and the last
    lines of the log. Nothing from any vault (no vault is even asked for)."""
    if folder is None:
        running = current_log()
        folder = running.parent if running is not None else log_folder()
    frozen = "yes" if getattr(sys, "frozen", False) else "no"
    level = logging.getLevelName(log_level()).lower()
    head = [
        f"{APP_NAME} diagnostics",
        f"App: {APP_NAME} {__version__} (frozen build: {frozen})",
        f"Qt: {qt_version or 'not loaded'}",
        f"PySide6: {pyside_version or package_version('PySide6')}",
        f"SQLCipher: {sqlcipher_version()}",
        f"SQLAlchemy: {package_version('SQLAlchemy')}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"OS: {platform.platform()} ({platform.machine()})",
        f"Log folder: {shown_folder(folder)}",
        f"Log level: {level} (set {LOG_ENV}=debug|info|warning to change)",
        "",
    ]
    tail_lines = log_tail(kind, folder, lines)
    body = [f"Last {len(tail_lines)} lines of {kind}.log:", *tail_lines]
    if not tail_lines:
        body = [f"{kind}.log is empty or missing."]
    return "\n".join(head + body) + "\n"
