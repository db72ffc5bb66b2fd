#!/usr/bin/env python3
"""Fails when a user-visible string literal in C++ sources bypasses tr().

Usage: check_tr_literals.py [--expect] PATH...
    PATH     a C++ file, or a folder searched for *.cpp, *.h, *.hpp, *.cc, *.cxx
    --expect self-test (tests/i18n/fixtures/bypass.cpp): the run passes only when
             the scan reports exactly the lines that end in "expect: bypass"
             (in a comment), and fails when it misses one or reports another

A literal is fine when it is a direct argument of tr(), translate(),
QT_TR_NOOP(), QT_TRANSLATE_NOOP(), QT_TR_N_NOOP(), QT_TRANSLATE_N_NOOP() (and
their 3/UTF8 variants), qtTrId() or QT_TRID_NOOP(). Otherwise it fails when it
looks like natural language a user reads:
  - it contains a letter, after HTML tags, %1-style placeholders and escapes
    are removed, and
  - it has two words separated by a space ("Save all"), or a capitalised word
    ("Save", "Knutepunkt"), or it ends in ':' or '...' or an ellipsis after
    letters ("Name:", "open...").
Technical strings pass: settings keys ("mainWindow/page"), object and property
names ("searchField", "MainWindow"), icon names ("document-save"), mime types,
file patterns ("*.csv"), format strings without words ("%1 - %2"), date and
time formats ("dd.MM.yyyy HH:mm"), all-capital codes ("CSV"), #include paths;
so does any literal inside calls that take names, not text (setObjectName(),
setProperty(), QIcon::fromTheme(), setOrganizationName(), setStyleSheet(), ...;
see TECHNICAL_CALLS) or that work on an object name
(objectName().endsWith("Filter")), and inside qDebug(), qWarning(), Q_ASSERT_X()
and the like, or a `qWarning() << "..."` statement (messages for developers).

A literal that is user-visible on purpose but must not be translated (a
product name in the About box, a language's own name "Norsk bokmål") carries
the marker, as a // comment on its line or on the line above:

    // i18n: not translated - <reason>

The separator is '-' or an em dash, and the reason must not be empty; a marker
with no user-visible literal to excuse fails too, so stale markers go. Each
offence is printed as file:line and the literal. Exit status: 0 when nothing
bypasses tr(), 1 when something does (with --expect: when the report differs
from the marked lines), 2 when a path or a literal cannot be read.
"""

from __future__ import annotations

import argparse
import dataclasses
import pathlib
import re
import sys

# Calls whose literal arguments lupdate extracts.
TR_FUNCTIONS = {
    "tr", "trUtf8", "translate", "qtTrId",
    "QT_TR_NOOP", "QT_TR_NOOP_UTF8", "QT_TR_N_NOOP",
    "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP_UTF8", "QT_TRANSLATE_NOOP3",
    "QT_TRANSLATE_NOOP3_UTF8", "QT_TRANSLATE_N_NOOP", "QT_TRANSLATE_N_NOOP3",
    "QT_TRID_NOOP", "QT_TRID_N_NOOP",
}
# Messages for developers: a literal anywhere inside these calls (or in a
# `qDebug() << "..."` statement) is not user-visible.
DEVELOPER_OUTPUT = {
    "qDebug", "qInfo", "qWarning", "qCritical", "qFatal", "qCDebug", "qCInfo",
    "qCWarning", "qCCritical", "Q_ASSERT", "Q_ASSERT_X", "static_assert",
    "Q_LOGGING_CATEGORY", "Q_DECLARE_LOGGING_CATEGORY",
}

# Calls that take names, not text: a literal anywhere inside them is technical.
TECHNICAL_CALLS = {
    "setObjectName", "findChild", "findChildren", "setProperty", "property", "inherits",
    "setOrganizationName", "setOrganizationDomain", "setApplicationName", "fromTheme",
    "setStyleSheet", "qputenv", "qgetenv", "qEnvironmentVariable", "QKeySequence",
}
# Object names are technical, so is what a string method compares them with:
# objectName().endsWith("Filter"), objectName().replace("Action", "Button").
NAME_GETTERS = {"objectName"}

MARKER = re.compile(r"i18n:\s*not translated\b\s*(?:[-\u2013\u2014]+\s*(?P<reason>.*))?")

STRING_PREFIXES = {"L", "u", "U", "u8", "R", "LR", "uR", "UR", "u8R"}
SOURCE_SUFFIXES = {".cpp", ".h", ".hpp", ".cc", ".cxx", ".hh", ".hxx"}


@dataclasses.dataclass
class Token:
    kind: str  # "ident", "number", "string", "char", "punct"
    text: str  # as written in the source
    line: int
    value: str = ""  # strings: the characters the literal stands for


@dataclasses.dataclass
class Offence:
    path: str
    line: int
    literal: str
    why: str = ""


class ScanError(Exception):
    pass


def tokenize(source: str, path: str) -> tuple[list[Token], dict[int, str]]:
    """Splits C++ source into tokens; returns them and the marker reasons by line.

    Comments disappear (their markers are kept), #include lines are skipped,
    character literals and digit separators (1'000) are not mistaken for strings.
    """
    tokens: list[Token] = []
    markers: dict[int, str] = {}
    line = 1
    index = 0
    length = len(source)
    at_line_start = True

    def note_comment(text: str, comment_line: int) -> None:
        match = MARKER.search(text)
        if match:
            markers[comment_line] = (match.group("reason") or "").strip()

    while index < length:
        char = source[index]
        if char == "\n":
            line += 1
            index += 1
            at_line_start = True
            continue
        if char in " \t\r\f\v":
            index += 1
            continue
        if char == "\\" and source.startswith("\n", index + 1):  # line continuation
            line += 1
            index += 2
            continue
        if source.startswith("//", index):
            end = source.find("\n", index)
            end = length if end < 0 else end
            note_comment(source[index + 2:end], line)
            index = end
            continue
        if source.startswith("/*", index):
            end = source.find("*/", index + 2)
            if end < 0:
                raise ScanError(f"{path}:{line}: unterminated /* comment")
            note_comment(source[index + 2:end], line)
            line += source.count("\n", index, end)
            index = end + 2
            continue
        if char == "#" and at_line_start:
            directive = re.match(r"#\s*(\w+)", source[index:index + 40])
            if directive and directive.group(1) in ("include", "include_next", "import",
                                                    "pragma", "error", "warning", "line"):
                # Skip the directive's line (and its continuations).
                while index < length and source[index] != "\n":
                    if source[index] == "\\" and source.startswith("\n", index + 1):
                        line += 1
                        index += 1
                    index += 1
                continue
        at_line_start = False

        if char.isalpha() or char == "_":
            match = re.compile(r"\w+").match(source, index)
            word = match.group(0)
            end = match.end()
            if word in STRING_PREFIXES and source.startswith('"', end):
                token, index, line = read_string(source, index, end, line, path)
                tokens.append(token)
                continue
            if word in ("L", "u", "U", "u8") and source.startswith("'", end):
                index, line = read_char(source, end, line, path)
                tokens.append(Token("char", source[match.start():index], line))
                continue
            tokens.append(Token("ident", word, line))
            index = end
            continue
        if char.isdigit() or (char == "." and index + 1 < length and source[index + 1].isdigit()):
            # A pp-number, with digit separators and exponents: 1'000, 0x1F, 1e-3.
            match = re.compile(r"\.?[0-9](?:[eEpP][+-]|'?[0-9A-Za-z_.])*").match(source, index)
            tokens.append(Token("number", match.group(0), line))
            index = match.end()
            continue
        if char == '"':
            token, index, line = read_string(source, index, index, line, path)
            tokens.append(token)
            continue
        if char == "'":
            start = index
            index, line = read_char(source, index, line, path)
            tokens.append(Token("char", source[start:index], line))
            continue
        for punct in ("::", "->", "<<", ">>", "&&", "||"):
            if source.startswith(punct, index):
                tokens.append(Token("punct", punct, line))
                index += len(punct)
                break
        else:
            tokens.append(Token("punct", char, line))
            index += 1
    return tokens, markers


def read_char(source: str, index: int, line: int, path: str) -> tuple[int, int]:
    """Skips a character literal starting at the quote at index."""
    end = index + 1
    while end < len(source) and source[end] != "'":
        if source[end] == "\n":
            raise ScanError(f"{path}:{line}: unterminated character literal")
        end += 2 if source[end] == "\\" else 1
    return end + 1, line


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'",
           "?": "?", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def read_string(source: str, start: int, quote: int, line: int,
                path: str) -> tuple[Token, int, int]:
    """Reads a string literal (prefix from start, opening quote at quote)."""
    first_line = line
    prefix = source[start:quote]
    if prefix.endswith("R"):
        match = re.compile(r'"([^ ()\\\t\v\f\n]{0,16})\(').match(source, quote)
        if not match:
            raise ScanError(f"{path}:{line}: malformed raw string literal")
        closing = ")" + match.group(1) + '"'
        end = source.find(closing, match.end())
        if end < 0:
            raise ScanError(f"{path}:{line}: unterminated raw string literal")
        value = source[match.end():end]
        line += source.count("\n", quote, end)
        index = end + len(closing)
    else:
        index = quote + 1
        value_parts = []
        while True:
            if index >= len(source) or source[index] == "\n":
                raise ScanError(f"{path}:{line}: unterminated string literal")
            char = source[index]
            if char == '"':
                index += 1
                break
            if char == "\\":
                escaped = source[index + 1:index + 2]
                if escaped == "\n":
                    line += 1
                value_parts.append(ESCAPES.get(escaped, "\\" + escaped))
                index += 2
                continue
            value_parts.append(char)
            index += 1
        value = "".join(value_parts)
    suffix = re.compile(r"[A-Za-z_][A-Za-z_0-9]*").match(source, index)  # "..."_s, "..."_L1
    if suffix:
        index = suffix.end()
    return Token("string", source[start:index], first_line, value), index, line


# --- deciding what is natural language ---------------------------------------

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
HTML = re.compile(r"<[^<>]*>|&[a-zA-Z]+;|&#[0-9]+;")
WORD = re.compile(r"[^\W\d_]+")
# Date and time formats of QDate/QTime/QDateTime::toString: nothing but format
# letters, quoted literal text and separators.
DATE_FORMAT = re.compile(r"(?:d{1,4}|M{1,4}|yy(?:yy)?|[hH]{1,2}|m{1,2}|s{1,2}|z{1,3}|"
                         r"[aA][pP]|t{1,4}|'[^']*'|[ .,:/\-T])+")
CAPITALISED = re.compile(r"(?<![\w./-])[A-ZÆØÅÄÖÜÉ][a-zæøåäöüé]+(?![\w/-])")
LABEL_END = re.compile(r"[^\W\d_]{2,}\s*(?::|\.\.\.|\u2026)\s*$")


def natural_language(value: str) -> str | None:
    """Why the text reads as natural language for a user, or None when it is technical."""
    text = HTML.sub(" ", value)
    text = PLACEHOLDER.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    if not WORD.search(text):
        return None
    if DATE_FORMAT.fullmatch(text):
        return None
    if " " in text:
        if re.search(r"[^\W\d_]{2,}[,.;!?]?\s+[^\W\d_]+", text):
            return "has words separated by a space"
    if CAPITALISED.search(text):
        return "has a capitalised word"
    if LABEL_END.search(text):
        return "ends like a label"
    return None


# --- where a literal stands ----------------------------------------------------


def offences_in(path: pathlib.Path, shown: str) -> tuple[list[Offence], list[Offence]]:
    """The literals of one file that bypass tr(), and problems with markers."""
    source = path.read_text(encoding="utf-8")
    tokens, markers = tokenize(source, shown)
    offences: list[Offence] = []
    problems: list[Offence] = []
    used_markers: set[int] = set()

    # Bracket stack: (bracket, name of the call for '(' or None, technical call).
    stack: list[tuple[str, str | None, bool]] = []
    statement_is_developer_output = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "punct":
            if token.text in "([{":
                name = None
                if token.text == "(" and index > 0 and tokens[index - 1].kind == "ident":
                    name = tokens[index - 1].text
                technical = name in TECHNICAL_CALLS or name in DEVELOPER_OUTPUT or (
                    name is not None and receiver_call(tokens, index - 1) in NAME_GETTERS)
                stack.append((token.text, name, technical))
            elif token.text in ")]}":
                if stack:
                    stack.pop()
                if token.text == "}":
                    statement_is_developer_output = False
            elif token.text == ";":
                statement_is_developer_output = False
            index += 1
            continue
        if token.kind == "ident" and token.text in DEVELOPER_OUTPUT:
            # qDebug() << "..." streams: the whole statement is for developers.
            statement_is_developer_output = True
        if token.kind != "string":
            index += 1
            continue

        # Adjacent literals are one literal: "abc" "def".
        group = [token]
        while index + len(group) < len(tokens) and tokens[index + len(group)].kind == "string":
            group.append(tokens[index + len(group)])
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + len(group)] if index + len(group) < len(tokens) else None
        index += len(group)

        call = stack[-1][1] if stack and stack[-1][0] == "(" else None
        direct_argument = (before is not None and before.text in ("(", ",")
                           and after is not None and after.text in (",", ")"))
        if call in TR_FUNCTIONS and direct_argument:
            continue
        if statement_is_developer_output or any(technical for _, _, technical in stack):
            continue
        value = "".join(part.value for part in group)
        why = natural_language(value)
        if why is None:
            continue
        lines = range(group[0].line - 1, group[-1].line + 1)
        marker_line = next((number for number in lines if number in markers), None)
        if marker_line is not None:
            used_markers.add(marker_line)
            if markers[marker_line]:
                continue
            why = "its i18n marker gives no reason: // i18n: not translated - <reason>"
        literal = re.sub(r"\s*\n\s*", " ", " ".join(part.text for part in group))
        offences.append(Offence(shown, group[0].line, literal, why))

    for number in sorted(set(markers) - used_markers):
        problems.append(Offence(shown, number, "", "i18n marker without a user-visible "
                                "literal on its line or the line below; remove it"))
    return offences, problems


def receiver_call(tokens: list[Token], name_index: int) -> str | None:
    """For `getter().name(` returns "getter" (name at name_index), else None."""
    if name_index >= 4 and tokens[name_index - 1].text in (".", "->") \
            and tokens[name_index - 2].text == ")" and tokens[name_index - 3].text == "(" \
            and tokens[name_index - 4].kind == "ident":
        return tokens[name_index - 4].text
    return None


def source_files(paths: list[str]) -> list[pathlib.Path]:
    files = []
    for path in map(pathlib.Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in SOURCE_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise ScanError(f"{path}: no such file or folder")
    return files


EXPECTATION = "expect: bypass"
EXPECTATION_AT_END = re.compile(re.escape(EXPECTATION) + r"\)?\s*$")


def expectations(files: list[pathlib.Path]) -> set[tuple[str, int]]:
    """The lines of the files annotated "expect: bypass" (for --expect)."""
    expected = set()
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if EXPECTATION_AT_END.search(line):
                expected.add((str(path), number))
    return expected


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("--expect", action="store_true",
                           help="self-test: pass only if exactly the lines that end in "
                                f'"{EXPECTATION}" are reported')
    arguments.add_argument("paths", nargs="+", metavar="PATH")
    options = arguments.parse_args()

    try:
        files = source_files(options.paths)
        if not files:
            print("FAIL: no C++ source found in " + " ".join(options.paths))
            return 2
        offences: list[Offence] = []
        problems: list[Offence] = []
        for path in files:
            file_offences, file_problems = offences_in(path, str(path))
            offences += file_offences
            problems += file_problems
    except (ScanError, OSError, UnicodeDecodeError) as error:
        print(f"FAIL: {error}")
        return 2

    for offence in offences:
        print(f"{offence.path}:{offence.line}: {offence.literal}  ({offence.why})")
    for problem in problems:
        print(f"{problem.path}:{problem.line}: {problem.why}")

    if options.expect:
        expected = expectations(files)
        found = {(item.path, item.line) for item in offences + problems}
        if found == expected:
            print(f"\nok: the scanner reports exactly the {len(expected)} lines marked "
                  f'"{EXPECTATION}"')
            return 0
        print(f'\nFAIL: the scanner\'s report differs from the lines marked "{EXPECTATION}"')
        for path, line in sorted(expected - found):
            print(f"  {path}:{line}: marked, but not reported")
        for path, line in sorted(found - expected):
            print(f"  {path}:{line}: reported, but not marked")
        return 1

    if offences or problems:
        print(f"\n{len(offences)} user-visible literal(s) bypass tr() in {len(files)} files"
              + (f", {len(problems)} marker problem(s)" if problems else "") + ".\n"
              "Wrap each in tr() (or QT_TRANSLATE_NOOP where no tr() is at hand). A text "
              "that must stay untranslated gets the comment\n"
              "    // i18n: not translated - <reason>\n"
              "on its line or the line above (see CONTRIBUTING.md, Translations).")
        return 1
    print(f"ok: no user-visible literal bypasses tr() in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
