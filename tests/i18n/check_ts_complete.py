#!/usr/bin/env python3
"""Fails when a Qt Linguist .ts file is not complete.

Usage: check_ts_complete.py PATH...
    PATH is a .ts file or a folder whose *.ts files are all checked (the folder
    is read when the test runs, so a newly added .ts file is checked without
    configuring again).

A message fails when
  - its translation is marked type="unfinished", "vanished" or "obsolete",
  - it has no translation, or an empty one,
  - it is a plural (numerus) message with an empty <numerusform>, or with fewer
    forms than the file's language needs (nb, nn, en: 2),
  - its translation does not use exactly the placeholders of its source:
    %1 ... %99 (and %L1 ...), and %n; every plural form is checked on its own.
    A lost or added placeholder breaks the message at run time without a
    warning: QString::arg() fills the wrong hole or none.
    '&' mnemonics are not compared.

Each failing message is listed with file:line, context and source. Exit
status: 0 when every message passes, 1 when one fails, 2 when a file cannot be
read.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import tsfile  # noqa: E402

# How many plural forms Qt expects per language (Qt Linguist's numerus rules).
# A language missing here fails the test: add it rather than guessing.
PLURAL_FORMS = {
    **dict.fromkeys(["ja", "ko", "zh", "vi", "th", "id", "ms", "tr", "hu", "fa"], 1),
    **dict.fromkeys(["en", "nb", "nn", "no", "da", "sv", "de", "nl", "fi", "et", "es",
                     "it", "pt", "el", "is", "fo", "fr"], 2),
    **dict.fromkeys(["ru", "uk", "be", "pl", "cs", "sk", "lt", "lv", "hr", "sr", "bs",
                     "ro", "se"], 3),
    **dict.fromkeys(["sl"], 4),
    **dict.fromkeys(["ar"], 6),
}

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def describe_placeholders(found: set[str]) -> str:
    return ", ".join(sorted(found)) if found else "none"


def placeholder_problem(source: str, translation: str, what: str) -> str | None:
    expected, found = placeholders(source), placeholders(translation)
    if expected == found:
        return None
    parts = []
    if expected - found:
        parts.append(f"lacks {describe_placeholders(expected - found)}")
    if found - expected:
        parts.append(f"adds {describe_placeholders(found - expected)}")
    return (f"{what} {' and '.join(parts)} (source has {describe_placeholders(expected)}, "
            f"{what} has {describe_placeholders(found)}): {tsfile.one_line(translation)!r}")


def problems_of(message: tsfile.Message, forms_needed: int | None) -> list[str]:
    problems = []
    if message.translation_type in ("unfinished", "vanished", "obsolete"):
        problems.append(f'marked type="{message.translation_type}"')
    if message.translation is None:
        problems.append("has no <translation>")
        return problems
    if message.numerus:
        forms = message.numerus_forms
        if forms_needed is not None and len(forms) < forms_needed:
            problems.append(f"has {len(forms)} plural form(s); the language needs "
                            f"{forms_needed}")
        for index, form in enumerate(forms, start=1):
            if not form.strip():
                problems.append(f"plural form {index} is empty")
            else:
                problem = placeholder_problem(message.source, form, f"plural form {index}")
                if problem:
                    problems.append(problem)
    elif not message.translation.strip():
        if message.translation_type != "unfinished":  # already said
            problems.append("has an empty translation")
    else:
        problem = placeholder_problem(message.source, message.translation, "translation")
        if problem:
            problems.append(problem)
    return problems


def ts_files(paths: list[str]) -> list[str]:
    files = []
    for path in map(pathlib.Path, paths):
        if path.is_dir():
            files.extend(sorted(str(p) for p in path.glob("*.ts")))
        else:
            files.append(str(path))
    return files


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("paths", nargs="+", metavar="PATH",
                           help=".ts file, or folder of .ts files")
    files = ts_files(arguments.parse_args().paths)
    if not files:
        print("FAIL: no .ts file found in " + " ".join(sys.argv[1:]))
        return 2

    failures = 0
    checked = 0
    for path in files:
        try:
            ts = tsfile.read(path)
        except tsfile.TsError as error:
            print(f"FAIL {error}")
            return 2
        language = ts.language.replace("-", "_").split("_")[0].lower()
        forms_needed = PLURAL_FORMS.get(language)
        if forms_needed is None and any(m.numerus for m in ts.messages):
            print(f"FAIL {path}: language {ts.language!r} is not in PLURAL_FORMS of "
                  f"{pathlib.Path(__file__).name}, so its plural forms cannot be checked; "
                  "add it (Qt Linguist shows how many forms the language has)")
            failures += 1
        file_failures = []
        for message in ts.messages:
            problems = problems_of(message, forms_needed)
            if problems:
                file_failures.append(f"  {message.describe()}\n" +
                                     "".join(f"      {problem}\n" for problem in problems))
        checked += len(ts.messages)
        if file_failures:
            print(f"FAIL {path}: {len(file_failures)} of {len(ts.messages)} messages "
                  "are not complete:")
            print("".join(file_failures), end="")
            failures += len(file_failures)
        else:
            print(f"ok   {path}: {len(ts.messages)} messages complete")

    if failures:
        print(f"\n{failures} problem(s). Finish the translations in Qt Linguist "
              "(linguist FILE.ts) or in the .ts file; after "
              "`cmake --build build --target update_translations` new strings "
              "arrive as type=\"unfinished\".")
        return 1
    print(f"All {checked} messages in {len(files)} file(s) are complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
