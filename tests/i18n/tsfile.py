"""Reads Qt Linguist .ts files for the i18n tests (no dependencies beyond Python 3).

The standard library's ElementTree forgets line numbers, and a message is far
easier to find as "knutepunkt_nb.ts:371" than as a context and a source, so this
builds its small tree with expat directly.
"""

from __future__ import annotations

import dataclasses
import os
import xml.parsers.expat


@dataclasses.dataclass
class Message:
    file: str
    line: int
    context: str
    source: str
    comment: str  # the disambiguation (tr's second argument); "" when none
    numerus: bool
    translation_type: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translation: str | None  # None when the message has no <translation> at all
    numerus_forms: list[str]
    id: str  # qtTrId identifier; "" when none
    locations: list[str]  # "path:line" from <location>, paths made absolute

    def key(self) -> tuple[str, str, str]:
        """What lupdate uses to tell messages apart."""
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        text = f"{self.file}:{self.line}: [{self.context}] {one_line(self.source)!r}"
        if self.comment:
            text += f" (disambiguation {one_line(self.comment)!r})"
        return text


@dataclasses.dataclass
class TsFile:
    path: str
    language: str
    source_language: str
    messages: list[Message]


def one_line(text: str) -> str:
    return text.replace("\n", "\\n")


class TsError(Exception):
    pass


def read(path: str) -> TsFile:
    """Parses one .ts file; raises TsError with the file and line when it is not a valid one."""
    parser = xml.parsers.expat.ParserCreate("utf-8")
    stack: list[str] = []
    root: dict = {}
    messages: list[Message] = []
    context_name: list[str] = [""]
    current: dict = {}
    text: list[str] = []

    # <lengthvariant> and <byte> sit inside a translation's text: they add to it.
    inline = ("lengthvariant", "byte")

    def start(name: str, attrs: dict) -> None:
        stack.append(name)
        if name == "byte":
            value = attrs.get("value", "0")  # "x1b" (hex) or "27"
            text.append(chr(int(value[1:], 16) if value.startswith(("x", "X")) else int(value)))
        if name not in inline:
            text.clear()
        if name == "TS":
            root.update(attrs)
        elif name == "context":
            context_name[0] = ""
        elif name == "message":
            current.clear()
            current.update(
                line=parser.CurrentLineNumber, numerus=attrs.get("numerus") == "yes",
                id=attrs.get("id", ""), source="", comment="", translation=None,
                translation_type="", forms=[], locations=[])
        elif name == "translation" and stack[-2:-1] == ["message"]:
            current["translation_type"] = attrs.get("type", "")
        elif name == "location" and stack[-2:-1] == ["message"] and "filename" in attrs:
            # Relative to the .ts file; lupdate's "relative" line numbers are left as they are.
            where = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(path)),
                                                  attrs["filename"]))
            current["locations"].append(f"{where}:{attrs['line']}" if "line" in attrs else where)

    def end(name: str) -> None:
        parent = stack[-2] if len(stack) > 1 else ""
        stack.pop()
        if name in inline:
            return
        value = "".join(text)
        text.clear()
        if name == "name" and parent == "context":
            context_name[0] = value
        elif parent == "message" and name in ("source", "comment"):
            current[name] = value
        elif name == "numerusform" and parent == "translation":
            current["forms"].append(value)
        elif name == "translation" and parent == "message":
            current["translation"] = value if not current["forms"] else ""
        elif name == "message":
            messages.append(Message(
                file=path, line=current["line"], context=context_name[0],
                source=current["source"], comment=current["comment"],
                numerus=current["numerus"], translation_type=current["translation_type"],
                translation=current["translation"], numerus_forms=list(current["forms"]),
                id=current["id"], locations=list(current["locations"])))

    def characters(data: str) -> None:
        text.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        with open(path, "rb") as stream:
            parser.ParseFile(stream)
    except OSError as error:
        raise TsError(f"{path}: cannot be read: {error.strerror}") from error
    except xml.parsers.expat.ExpatError as error:
        raise TsError(f"{path}:{error.lineno}: not well-formed XML: "
                      f"{xml.parsers.expat.ErrorString(error.code)}") from error
    if not root and not messages:
        raise TsError(f"{path}: has no <TS> element; it is not a Qt Linguist file")
    return TsFile(path=path, language=root.get("language", ""),
                  source_language=root.get("sourcelanguage", ""), messages=messages)
