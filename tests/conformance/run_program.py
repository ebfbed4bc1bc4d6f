#!/usr/bin/env python3
"""Runs one conformance program under the dualvm binary in one mode and checks it.

A program passes when its stdout equals <name>.expected byte for byte and its exit code equals
the number in <name>.exitcode (0 when that file is absent). stderr is shown on failure but never
compared: error messages and stack traces are the engine's own business.

Modes (DESIGN.md "Tests"):
  interp    dualvm --no-jit FILE
  jit       dualvm --jit-threshold=1 FILE
  gcstress  DUALVM_GC_STRESS=1 dualvm FILE

Usage: run_program.py --dualvm PATH --mode MODE [--timeout SECONDS] [--known-failure] PROGRAM
Exit status: 0 pass, 1 fail (mismatch, timeout, crash, missing files).
With --known-failure (the program is listed in known_failures.txt), a failure exits 77, which
ctest reports as skipped — visible in every summary, never silently green — and a pass exits 0
with a note that the entry can be removed.
"""
import argparse
import difflib
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
from conformance_env import program_environment

MODES = {
    "interp": (["--no-jit"], {}),
    "jit": (["--jit-threshold=1"], {}),
    "gcstress": ([], {"DUALVM_GC_STRESS": "1"}),
}

DEFAULT_TIMEOUT = {"interp": 60, "jit": 60, "gcstress": 180}


def read_expected(program):
    stem, _ = os.path.splitext(program)
    expected_path = stem + ".expected"
    exitcode_path = stem + ".exitcode"
    if not os.path.isfile(expected_path):
        return None, None, expected_path
    with open(expected_path, "rb") as f:
        expected = f.read()
    exitcode = 0
    if os.path.isfile(exitcode_path):
        with open(exitcode_path) as f:
            exitcode = int(f.read().strip())
    return expected, exitcode, expected_path


def show_text(data):
    return data.decode("utf-8", errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dualvm", required=True, help="path of the dualvm binary")
    parser.add_argument("--mode", required=True, choices=sorted(MODES))
    parser.add_argument("--timeout", type=float, default=None, help="seconds before the run is killed")
    parser.add_argument("--known-failure", action="store_true",
                        help="listed in known_failures.txt: a failure exits 77 (skipped)")
    parser.add_argument("program", help="path of the .js or .py program")
    args = parser.parse_args()
    status = run(args)
    if args.known_failure:
        if status == 0:
            print("XPASS: listed in known_failures.txt but passes: remove the entry")
            return 0
        print("known failure (tests/conformance/known_failures.txt)")
        return 77
    return status


def run(args):
    program = os.path.abspath(args.program)
    if not os.path.isfile(program):
        print(f"FAIL: program not found: {program}")
        return 1
    expected, expected_code, expected_path = read_expected(program)
    if expected is None:
        print(f"FAIL: no expected output {expected_path}; run tests/conformance/regenerate.py {args.program}")
        return 1
    dualvm = os.path.abspath(args.dualvm)  # the program runs in its own folder
    if not (os.path.isfile(dualvm) and os.access(dualvm, os.X_OK)):
        print(f"FAIL: dualvm binary not found or not executable: {dualvm}")
        return 1

    flags, extra_env = MODES[args.mode]
    env = program_environment()
    env.update(extra_env)
    command = [dualvm, *flags, program]
    timeout = args.timeout if args.timeout is not None else DEFAULT_TIMEOUT[args.mode]
    try:
        result = subprocess.run(command, cwd=os.path.dirname(program), env=env,
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except OSError as e:
        print(f"FAIL: cannot run {dualvm}: {e}")
        return 1
    except subprocess.TimeoutExpired as e:
        print(f"FAIL: timed out after {timeout}s: {' '.join(command)}")
        if e.stdout:
            print("--- stdout so far ---")
            print(show_text(e.stdout))
        return 1

    ok = True
    if result.returncode != expected_code:
        ok = False
        how = f"killed by signal {-result.returncode}" if result.returncode < 0 else f"exit code {result.returncode}"
        print(f"FAIL: {how}, expected exit code {expected_code}")
    if result.stdout != expected:
        ok = False
        print("FAIL: stdout differs from expected")
        diff = difflib.unified_diff(show_text(expected).splitlines(keepends=True),
                                    show_text(result.stdout).splitlines(keepends=True),
                                    fromfile=os.path.relpath(expected_path), tofile="dualvm stdout")
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                              for line in diff)
    if not ok:
        print(f"command: {' '.join(command)} (mode {args.mode})")
        if result.stderr:
            print("--- stderr ---")
            print(show_text(result.stderr)[-4000:])
        return 1
    print(f"PASS {os.path.basename(program)} [{args.mode}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
