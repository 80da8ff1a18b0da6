"""Reading a parsed JSON object field by field, each field's type checked.

A wrong or missing field raises ``DemoDataError`` with its place in the file, such as
``people.json[3].safari.status``, so whoever edits the demo data sees what to fix.
"""

from __future__ import annotations


class DemoDataError(Exception):
    """A demo data file is missing or does not have the expected shape."""


def object_list(raw: object, where: str) -> list[Fields]:
    """The objects of a JSON list, each knowing its place for error messages."""
    if not isinstance(raw, list):
        raise DemoDataError(f"{where}: expected a list")
    return [Fields(item, f"{where}[{i}]") for i, item in enumerate(raw)]


class Fields:
    """One JSON object, read field by field with the type of each field checked."""

    def __init__(self, raw: object, where: str) -> None:
        if not isinstance(raw, dict):
            raise DemoDataError(f"{where}: expected an object")
        self.raw: dict[str, object] = raw
        self.where = where

    def _get(self, key: str, optional: bool) -> object:
        if key not in self.raw and not optional:
            raise DemoDataError(f"{self.where}: missing field {key!r}")
        return self.raw.get(key)

    def _wrong(self, key: str, expected: str) -> DemoDataError:
        return DemoDataError(f"{self.where}.{key}: expected {expected}")

    def text(self, key: str, *, optional: bool = False) -> str:
        value = self._get(key, optional)
        if value is None and optional:
            return ""
        if not isinstance(value, str):
            raise self._wrong(key, "a string")
        return value

    def integer(self, key: str, *, optional: bool = False) -> int:
        value = self._get(key, optional)
        if value is None and optional:
            return 0
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong(key, "an integer")
        return value

    def number(self, key: str) -> float:
        value = self._get(key, False)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self._wrong(key, "a number")
        return float(value)

    def texts(self, key: str, *, optional: bool = False) -> tuple[str, ...]:
        value = self._get(key, optional)
        if value is None and optional:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._wrong(key, "a list of strings")
        if not value and not optional:  # the builder draws from it
            raise self._wrong(key, "at least one string")
        return tuple(value)

    def integers(self, key: str) -> list[int]:
        value = self._get(key, False)
        if not isinstance(value, list) or not all(type(v) is int for v in value):
            raise self._wrong(key, "a list of integers")
        return value

    def field(self, key: str) -> Fields:
        return Fields(self._get(key, False), f"{self.where}.{key}")

    def optional_field(self, key: str) -> Fields | None:
        return None if self.raw.get(key) is None else self.field(key)

    def objects(self, key: str) -> list[Fields]:
        return object_list(self._get(key, False), f"{self.where}.{key}")

    def objects_by_key(self) -> list[tuple[str, Fields]]:
        return [(key, Fields(value, f"{self.where}.{key}")) for key, value in self.raw.items()]
