"""Fill the English plural forms of resources/translations/mentorapp_en.ts.

The source strings are English already; only messages with %n need an English file, so
"%n match(es)" reads "1 match" / "2 matches". Run by `make translations`.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_PLURAL = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    return _PLURAL.sub("", source), _PLURAL.sub(lambda m: m.group(1), source)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8"
    )
    return filled


if __name__ == "__main__":
    print(f"english plurals: {fill(Path(sys.argv[1]))} messages")
