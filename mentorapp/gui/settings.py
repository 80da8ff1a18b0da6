"""The app's own settings (QSettings, INI): recent vault paths, language, lock, backups,
the career check interval.

Only paths and preferences live here - never a mentee's name or any note text.
"""

from __future__ import annotations

import platform
import re
from datetime import date
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir
from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
# "Not now" to re-tuning a vault's unlock holds this long (for that vault, on this computer).
RETUNE_NOT_NOW_DAYS = 30


def this_computer() -> str:
    """A settings-key-safe name for this computer (a settings file may roam or sync)."""
    return re.sub(r"[^0-9A-Za-z-]", "-", platform.node())[:64] or "this-computer"


def default_vault_folder() -> Path:
    return Path(user_data_dir("Mentorapp", appauthor=False))


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or Path(user_config_dir("Mentorapp", appauthor=False)) / "settings.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._s.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, str):
            return value.lower() in {"1", "true", "yes"}
        return bool(value)

    # recent vaults (paths only)
    @property
    def recent_vaults(self) -> list[Path]:
        raw = self._s.value("vaults/recent", [])
        items = (
            [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list | tuple) else []
        )
        return [Path(p) for p in items if p]

    def remember_vault(self, path: Path) -> None:
        recent = [p for p in self.recent_vaults if p != path]
        self._s.setValue("vaults/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def forget_vault(self, path: Path) -> None:
        self._s.setValue("vaults/recent", [str(p) for p in self.recent_vaults if p != path])

    # language: "nl" or "en"
    @property
    def language(self) -> str:
        value = self._str("ui/language", "")
        return value if value in {"nl", "en"} else ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def auto_lock_minutes(self) -> int:
        return max(0, self._int("lock/idle_minutes", 5))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("lock/idle_minutes", int(minutes))

    @property
    def backup_keep(self) -> int:
        return min(max(1, self._int("backup/keep", 10)), 100)

    @backup_keep.setter
    def backup_keep(self, keep: int) -> None:
        self._s.setValue("backup/keep", int(keep))

    @property
    def career_check_months(self) -> int:
        """How long after a mentee's last career check the dashboard says one is due."""
        return min(max(1, self._int("dashboard/career_check_months", 6)), 36)

    @career_check_months.setter
    def career_check_months(self, months: int) -> None:
        self._s.setValue("dashboard/career_check_months", int(months))

    @property
    def career_check_days(self) -> int:
        """The interval in days, as the dashboard query takes it (6 months: 182 days)."""
        return self.career_check_months * 365 // 12

    def backup_folder(self, vault_id: str) -> Path | None:
        value = self._str(f"vault-{vault_id}/backup_folder")
        return Path(value) if value else None

    def set_backup_folder(self, vault_id: str, folder: Path | None) -> None:
        self._s.setValue(f"vault-{vault_id}/backup_folder", str(folder) if folder else "")

    def last_auto_backup(self, vault_id: str) -> str:
        return self._str(f"vault-{vault_id}/last_auto_backup")

    def set_last_auto_backup(self, vault_id: str, iso_day: str) -> None:
        self._s.setValue(f"vault-{vault_id}/last_auto_backup", iso_day)

    def use_keychain(self, vault_id: str) -> bool:
        return self._bool(f"vault-{vault_id}/keychain", False)

    def set_use_keychain(self, vault_id: str, on: bool) -> None:
        self._s.setValue(f"vault-{vault_id}/keychain", bool(on))

    def retune_not_now_until(self, vault_id: str, computer: str) -> date | None:
        """Until when the coach said "Not now" to re-tuning this vault's unlock here."""
        try:
            return date.fromisoformat(self._str(f"vault-{vault_id}/retune_not_now/{computer}"))
        except ValueError:
            return None

    def set_retune_not_now_until(self, vault_id: str, computer: str, until: date) -> None:
        self._s.setValue(f"vault-{vault_id}/retune_not_now/{computer}", until.isoformat())

    @property
    def coach_name(self) -> str:
        return self._str("coach/name")

    @coach_name.setter
    def coach_name(self, value: str) -> None:
        self._s.setValue("coach/name", value)

    @property
    def coach_organisation(self) -> str:
        return self._str("coach/organisation")

    @coach_organisation.setter
    def coach_organisation(self, value: str) -> None:
        self._s.setValue("coach/organisation", value)

    @property
    def coach_details_asked(self) -> bool:
        """True once the first PDF export asked for the coach's name and organisation."""
        return self._bool("coach/asked", False)

    @coach_details_asked.setter
    def coach_details_asked(self, value: bool) -> None:
        self._s.setValue("coach/asked", bool(value))

    @property
    def logo_path(self) -> Path | None:
        value = self._str("coach/logo")
        return Path(value) if value else None

    @logo_path.setter
    def logo_path(self, value: Path | None) -> None:
        self._s.setValue("coach/logo", str(value) if value else "")

    def geometry(self, key: str) -> QByteArray | None:
        value = self._s.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{key}", value)
