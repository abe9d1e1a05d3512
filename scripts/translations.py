#!/usr/bin/env python3
"""Helps keep translations/communitydesk_zh_CN.ts complete.

  translations.py unfinished            list untranslated entries as JSON {context: [source, ...]}
  translations.py apply FILE.json       fill entries from {source: translation} or {context: {source: translation}}
  translations.py check                 exit 1 when any entry is unfinished or empty

Run `cmake --build build --target update_translations` first to collect new strings from the sources.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "translations" / "communitydesk_zh_CN.ts"


def load():
    return ET.parse(TS)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def unfinished():
    result = {}
    for context, message in messages(load()):
        if is_unfinished(message):
            result.setdefault(context, []).append(message.findtext("source"))
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path):
    table = json.loads(Path(path).read_text(encoding="utf-8"))
    tree = load()
    filled = 0
    for context, message in messages(tree):
        source = message.findtext("source")
        value = None
        if isinstance(table.get(context), dict):
            value = table[context].get(source)
        if value is None and isinstance(table.get(source), str):
            value = table[source]
        if value is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = value
        else:
            translation.text = value
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    # lupdate expects the DOCTYPE line; ElementTree drops it.
    text = TS.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    TS.write_text(text, encoding="utf-8")
    print(f"filled {filled} entries")


def check():
    missing = sum(1 for _, m in messages(load()) if is_unfinished(m))
    print(f"{missing} unfinished")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "unfinished":
        unfinished()
    elif command == "apply":
        apply(sys.argv[2])
    else:
        check()
