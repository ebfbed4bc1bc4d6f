#!/usr/bin/env python3
"""Re-derives the expected output of conformance programs from the reference engines.

JS programs run under `node`, Python programs under CPython 3.11: Debian's /usr/bin/python3.11 when
present (the runtime loads that same interpreter's stdlib, and patch releases differ in details
such as SyntaxError offsets), else `python3.11` on PATH, else `python3`.
For each program <name>.js / <name>.py it writes <name>.expected (stdout, bytes as produced) and
<name>.exitcode when the exit code is not 0 (a stale .exitcode is removed when it becomes 0).

Usage:
  regenerate.py                 every program of both languages
  regenerate.py js              every JS program (likewise `py`)
  regenerate.py js PATH...      only these files or folders (the language filter still applies)
  regenerate.py PATH...         language taken from each file's extension
  regenerate.py --check [...]   write nothing; exit 1 if any expected file is out of date
"""
import argparse
import os
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
from conformance_env import LANGUAGES, find_programs, program_environment

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30


def reference_engine(language):
    if language == "js":
        candidates = ["node"]
    else:
        candidates = ["/usr/bin/python3.11", "python3.11", "python3"]
    for name in candidates:
        path = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
        if path:
            return path
    sys.exit(f"regenerate.py: no reference engine for {language} (tried {', '.join(candidates)})")


def language_of(path):
    for language, ext in LANGUAGES.items():
        if path.endswith(ext):
            return language
    return None


def run_reference(engine, program):
    program = os.path.abspath(program)
    result = subprocess.run([engine, program], cwd=os.path.dirname(program), env=program_environment(),
                            stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    return result.stdout, result.returncode, result.stderr


def read_or_none(path, mode="rb"):
    if not os.path.isfile(path):
        return None
    with open(path, mode) as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    parser.add_argument("-v", "--verbose", action="store_true", help="also show stderr of non-zero exits")
    parser.add_argument("args", nargs="*", help="[js|py] [PATH...]")
    options = parser.parse_args()

    args = list(options.args)
    only = None
    if args and args[0] in LANGUAGES:
        only = args.pop(0)
    roots = args or [os.path.join(HERE, lang) for lang in LANGUAGES if only in (None, lang)]

    programs = []
    for root in roots:
        if not os.path.exists(root):
            sys.exit(f"regenerate.py: no such file or folder: {root}")
        for path in find_programs(root):
            language = language_of(path)
            if language and only in (None, language):
                programs.append((language, path))

    engines = {}
    stale = 0
    for language, path in programs:
        if language not in engines:
            engines[language] = reference_engine(language)
            version = subprocess.run([engines[language], "--version"], capture_output=True, text=True)
            print(f"{language}: {engines[language]} {(version.stdout or version.stderr).strip()}")
        stem = os.path.splitext(path)[0]
        try:
            stdout, code, stderr = run_reference(engines[language], path)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {path} (over {TIMEOUT}s): not written")
            stale += 1
            continue
        exit_text = f"{code}\n" if code != 0 else None
        current = (read_or_none(stem + ".expected"), read_or_none(stem + ".exitcode", "r"))
        changed = current != (stdout, exit_text)
        note = f" exit={code}" if code != 0 else ""
        if code < 0:
            note += " (killed by a signal: is this intended?)"
        if not stdout:
            note += " (empty stdout)"
        if options.check:
            if changed:
                stale += 1
                print(f"STALE {path}{note}")
            continue
        with open(stem + ".expected", "wb") as f:
            f.write(stdout)
        if exit_text:
            with open(stem + ".exitcode", "w") as f:
                f.write(exit_text)
        elif os.path.exists(stem + ".exitcode"):
            os.remove(stem + ".exitcode")
        print(f"{'UPDATED' if changed else 'same   '} {os.path.relpath(path)}{note}")
        if code != 0 and options.verbose and stderr:
            print("    " + stderr.decode("utf-8", "replace").strip().splitlines()[-1])
    print(f"{len(programs)} programs, {stale} {'stale' if options.check else 'problems'}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
