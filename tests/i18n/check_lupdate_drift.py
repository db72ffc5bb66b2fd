#!/usr/bin/env python3
"""Fails when running lupdate over the sources would add a string to a .ts file.

Usage: check_lupdate_drift.py --lupdate EXE --sources LIST --includes LIST
           --ts FILE... --options OPTION... [--ts FILE... --options OPTION...]...

    LIST      a file with one path per line (translations/CMakeLists.txt writes
              them into the build folder: the sources and include directories
              of its qt_add_lupdate calls)
    --ts      committed .ts files; copies are updated in a temporary folder,
              the committed files are never written
    --options the lupdate options of that qt_add_lupdate call, e.g.
              -no-obsolete -locations none (everything up to the next --ts)

For every group, lupdate runs once over the copies of its .ts files; the test
fails when a copy then holds a message (context, source, disambiguation) the
committed file lacks, or a message that became or stopped being a plural, and
names each. Messages the committed file holds but lupdate no longer finds are
shown as a note only (lupdate's -no-obsolete drops them on the next update).
Fix a failure with `cmake --build build --target update_translations`, then
translate the new messages.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import tsfile  # noqa: E402

USAGE = __doc__.split("\n\n")[1]


class UsageError(Exception):
    pass


def parse_arguments(argv: list[str]) -> tuple[dict[str, str], list[tuple[list[str], list[str]]]]:
    """Returns the single-valued options and the (ts files, lupdate options) groups."""
    single: dict[str, str] = {}
    groups: list[tuple[list[str], list[str]]] = []
    mode = None
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument in ("--lupdate", "--sources", "--includes"):
            if index + 1 >= len(argv):
                raise UsageError(f"{argument} needs a value")
            single[argument[2:]] = argv[index + 1]
            index += 2
            mode = None
            continue
        if argument == "--ts":
            groups.append(([], []))
            mode = "ts"
        elif argument == "--options":
            if not groups:
                raise UsageError("--options comes after the --ts files it is for")
            mode = "options"
        elif mode == "ts":
            groups[-1][0].append(argument)
        elif mode == "options":
            groups[-1][1].append(argument)
        else:
            raise UsageError(f"unexpected argument {argument!r}")
        index += 1
    missing = [name for name in ("lupdate", "sources", "includes") if name not in single]
    if missing:
        raise UsageError("missing " + ", ".join("--" + name for name in missing))
    if not groups or any(not files for files, _ in groups):
        raise UsageError("give at least one --ts FILE")
    return single, groups


def read_list(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as stream:
            return [line.strip() for line in stream if line.strip()]
    except OSError as error:
        raise UsageError(f"cannot read the list {path}: {error.strerror} "
                         "(configure the build folder again)") from error


def run_lupdate(lupdate: str, options: list[str], includes: list[str], sources_list: str,
                ts_files: list[str], extra: tuple[str, ...] = ()) -> str:
    command = [lupdate, *options, *extra, *(f"-I{path}" for path in includes),
               f"@{sources_list}", "-ts", *ts_files]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"lupdate failed (exit status {result.returncode}):\n  "
                           + " ".join(command) + "\n" + result.stdout)
    return result.stdout


def locations_of(lupdate: str, options: list[str], includes: list[str], sources_list: str,
                 committed: str, scratch: pathlib.Path) -> dict[tuple[str, str, str], str]:
    """Where the sources hold each message: a second, diagnostic run with locations."""
    copy = scratch / ("locations-" + pathlib.Path(committed).name)
    shutil.copyfile(committed, copy)
    kept = []
    skip = False
    for option in options:  # the same options, but with absolute locations
        if skip:
            skip = False
        elif option == "-locations":
            skip = True
        else:
            kept.append(option)
    try:
        run_lupdate(lupdate, kept, includes, sources_list, [str(copy)],
                    ("-locations", "absolute"))
    except RuntimeError:
        return {}
    return {message.key(): ", ".join(message.locations)
            for message in tsfile.read(str(copy)).messages if message.locations}


def main() -> int:
    try:
        single, groups = parse_arguments(sys.argv[1:])
        sources = read_list(single["sources"])
        includes = read_list(single["includes"])
    except UsageError as error:
        print(f"usage error: {error}\n{USAGE}")
        return 2
    if not sources:
        print(f"FAIL: the source list {single['sources']} is empty")
        return 2
    missing = [path for path in sources + includes if not os.path.exists(path)]
    if missing:
        print("FAIL: paths in the lupdate lists do not exist (configure again?):\n  "
              + "\n  ".join(missing))
        return 2

    failures = 0
    with tempfile.TemporaryDirectory(prefix="knutepunkt-lupdate-") as scratch_name:
        scratch = pathlib.Path(scratch_name)
        for group_number, (committed_files, options) in enumerate(groups):
            folder = scratch / f"run{group_number}"
            folder.mkdir()
            copies = []
            for committed in committed_files:
                copy = folder / pathlib.Path(committed).name
                try:
                    shutil.copyfile(committed, copy)
                except OSError as error:
                    print(f"FAIL {committed}: cannot be read: {error.strerror}")
                    return 2
                copies.append(str(copy))
            print(f"lupdate {' '.join(options)} over {len(sources)} sources -> "
                  + ", ".join(pathlib.Path(f).name for f in committed_files))
            try:
                output = run_lupdate(single["lupdate"], options, includes, single["sources"],
                                     copies)
            except (RuntimeError, OSError) as error:
                print(f"FAIL: {error}")
                return 2

            failures_before = failures
            for committed, copy in zip(committed_files, copies):
                try:
                    before = tsfile.read(committed)
                    after = tsfile.read(copy)
                except tsfile.TsError as error:
                    print(f"FAIL {error}")
                    return 2
                known = {message.key(): message for message in before.messages}
                found = {message.key(): message for message in after.messages}
                added = [message for key, message in found.items() if key not in known]
                changed = [message for key, message in found.items()
                           if key in known and known[key].numerus != message.numerus]
                gone = [message for key, message in known.items() if key not in found]
                if added or changed:
                    where = locations_of(single["lupdate"], options, includes,
                                         single["sources"], committed, scratch)
                    print(f"FAIL {committed}: lupdate would add {len(added)} and change "
                          f"{len(changed)} message(s):")
                    for message in added:
                        print(f"  new:     {describe(message, where)}")
                    for message in changed:
                        kind = "now a plural" if message.numerus else "no longer a plural"
                        print(f"  changed: {describe(message, where)} is {kind} message")
                    failures += len(added) + len(changed)
                else:
                    print(f"ok   {committed}: lupdate finds no new strings "
                          f"({len(found)} messages)")
                if gone:
                    print(f"note {committed}: {len(gone)} message(s) are no longer in the "
                          "sources; the next update_translations drops them:")
                    for message in gone:
                        print(f"         {message.describe()}")
            if failures > failures_before:
                print("lupdate said:\n  " + "\n  ".join(output.strip().splitlines()))

    if failures:
        print(f"\n{failures} message(s) differ from the committed .ts files. Run "
              "`cmake --build build --target update_translations`, translate the new "
              "messages (type=\"unfinished\") and commit the .ts files.")
        return 1
    return 0


def describe(message: tsfile.Message, where: dict[tuple[str, str, str], str]) -> str:
    text = f"[{message.context}] {tsfile.one_line(message.source)!r}"
    if message.comment:
        text += f" (disambiguation {tsfile.one_line(message.comment)!r})"
    if message.key() in where:
        text += f" at {where[message.key()]}"
    return text


if __name__ == "__main__":
    sys.exit(main())
