"""Carry Dutch translations across class contexts after code moved, then drop the old ones.

Qt's translation context is the class name, so moving a string into another class (a
screen split into smaller widgets) makes lupdate mark it new and untranslated in the new
context and "vanished" in the old one. This fills each untranslated message from a
translated message with the same source text (and plural kind) anywhere in the file,
vanished ones included, then removes vanished and obsolete messages and empty contexts.
Run by `make translations` between lupdate and lrelease.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Key = tuple[str, str, bool]  # source, disambiguation comment, plural


def _key(message: ET.Element) -> Key:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _translated(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    text = "".join(f.text or "" for f in forms) if forms else (translation.text or "")
    return bool(text.strip())


def carry(path: Path) -> tuple[int, int]:
    """Fill what can be filled and prune what vanished: (filled, pruned)."""
    tree = ET.parse(path)
    known: dict[Key, ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and (
            _translated(translation)
            or (translation.get("type") in {"vanished", "obsolete"} and translation.text)
        ):
            known.setdefault(_key(message), translation)
    filled = pruned = 0
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in {"vanished", "obsolete"}:
                context.remove(message)
                pruned += 1
                continue
            if translation is not None and kind == "unfinished" and _key(message) in known:
                source = known[_key(message)]
                message.remove(translation)
                fresh = copy.deepcopy(source)
                fresh.attrib.pop("type", None)
                message.append(fresh)
                filled += 1
        if context.find("message") is None:
            root.remove(context)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return filled, pruned


if __name__ == "__main__":
    for name in sys.argv[1:]:
        done, gone = carry(Path(name))
        print(f"{name}: {done} carried across contexts, {gone} vanished removed")
