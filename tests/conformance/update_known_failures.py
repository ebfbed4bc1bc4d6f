#!/usr/bin/env python3
"""Rewrites known_failures.txt from a fresh run of every conformance program under dualvm.

Each program runs in each requested mode through run_program.py (exactly as ctest runs it). The
file keeps its leading comment block and every hand-written wildcard entry (a line containing
`*`, with the comment lines just above it); the runs such a wildcard covers (its modes, or all)
are not made. Every other entry is re-derived: `<lang>/<path without extension>` when a program fails in all modes
run, else the entry followed by the failing modes. Entries for modes not run are kept as they were.

Usage:
  update_known_failures.py --dualvm build/dualvm [--jobs 2] [--modes interp,jit,gcstress]
                           [--timeout SECONDS] [--dry-run] [js|py] [PATH...]
"""
import argparse
import concurrent.futures
import fnmatch
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
from conformance_env import LANGUAGES, find_programs

HERE = os.path.dirname(os.path.abspath(__file__))
KNOWN = os.path.join(HERE, "known_failures.txt")
RUNNER = os.path.join(HERE, "run_program.py")
ALL_MODES = ["interp", "jit", "gcstress"]


def entry_name(path):
    """js/<area>/<name> for tests/conformance/js/<area>/<name>.js."""
    rel = os.path.relpath(os.path.abspath(path), HERE)
    return os.path.splitext(rel)[0].replace(os.sep, "/")


def read_known(path):
    """(header lines, kept wildcard blocks, {entry: set of modes or None for all})."""
    header, wildcard_blocks, entries = [], [], {}
    if not os.path.isfile(path):
        return header, wildcard_blocks, entries
    with open(path) as f:
        lines = [line.rstrip("\n") for line in f]
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        i += 1
    # The header is the first comment block; comments after a blank line belong to entries below.
    first_blank = next((k for k in range(i) if not lines[k].strip()), i)
    header = lines[:first_blank]
    pending = [line for line in lines[first_blank:i] if line.strip()]
    for line in lines[i:]:
        stripped = line.strip()
        if not stripped:
            pending = []
            continue
        if stripped.startswith("#"):
            pending.append(line)
            continue
        parts = stripped.split()
        if "*" in parts[0]:
            wildcard_blocks.append(pending + [stripped])
        else:
            entries[parts[0]] = set(parts[1:]) or None
        pending = []
    return header, wildcard_blocks, entries


def wildcard_modes(name, wildcard_blocks):
    """The modes that hand-written wildcard entries already cover for this program."""
    covered = set()
    for block in wildcard_blocks:
        pattern, *modes = block[-1].split()
        if fnmatch.fnmatchcase(name, pattern):
            covered |= set(modes) if modes else set(ALL_MODES)
    return covered


def run_one(dualvm, program, mode, timeout):
    cmd = [sys.executable, RUNNER, "--dualvm", dualvm, "--mode", mode, program]
    if timeout is not None:
        cmd += ["--timeout", str(timeout)]
    result = subprocess.run(cmd, capture_output=True, text=True)
    return program, mode, result.returncode == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dualvm", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--modes", default=",".join(ALL_MODES))
    parser.add_argument("--timeout", type=float, default=None)
    parser.add_argument("--dry-run", action="store_true", help="print the new file instead of writing it")
    parser.add_argument("args", nargs="*", help="[js|py] [PATH...]")
    options = parser.parse_args()
    modes = [m for m in options.modes.split(",") if m]
    for m in modes:
        if m not in ALL_MODES:
            sys.exit(f"update_known_failures.py: unknown mode {m}")

    args = list(options.args)
    only = args.pop(0) if args and args[0] in LANGUAGES else None
    roots = args or [os.path.join(HERE, lang) for lang in LANGUAGES if only in (None, lang)]
    header, wildcard_blocks, old_entries = read_known(KNOWN)

    jobs = []
    for root in roots:
        for path in find_programs(root):
            name = entry_name(path)
            if only and not name.startswith(only + "/"):
                continue
            covered = wildcard_modes(name, wildcard_blocks)
            jobs += [(path, m) for m in modes if m not in covered]
    programs = sorted({p for p, _ in jobs})

    failing = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = [pool.submit(run_one, options.dualvm, p, m, options.timeout) for p, m in jobs]
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            program, mode, ok = future.result()
            if not ok:
                failing.setdefault(entry_name(program), set()).add(mode)
            if done % 50 == 0:
                print(f"... {done}/{len(jobs)} runs", file=sys.stderr)

    ran = {}
    for p, m in jobs:
        ran.setdefault(entry_name(p), set()).add(m)
    new_entries = {}
    for name, old_modes in old_entries.items():
        untouched = (set(ALL_MODES) if old_modes is None else set(old_modes)) - ran.get(name, set())
        if untouched:
            new_entries[name] = untouched  # modes not run this time keep their old verdict
    for name, bad in failing.items():
        current = new_entries.get(name, set())
        new_entries[name] = None if current is None else current | bad
    for name, m in list(new_entries.items()):
        if m is not None and set(m) >= set(ALL_MODES):
            new_entries[name] = None

    out = list(header) + [""]
    for block in wildcard_blocks:
        out += block + [""]
    for name in sorted(new_entries):
        m = new_entries[name]
        out.append(name if m is None else " ".join([name] + [x for x in ALL_MODES if x in m]))
    text = "\n".join(out).rstrip("\n") + "\n"

    fixed = sorted(set(old_entries) - set(new_entries))
    added = sorted(set(new_entries) - set(old_entries))
    print(f"{len(jobs)} runs of {len(programs)} programs: {sum(len(v) for v in failing.values())} failing; "
          f"{len(added)} entries added, {len(fixed)} removed", file=sys.stderr)
    if options.dry_run:
        sys.stdout.write(text)
    else:
        with open(KNOWN, "w") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
