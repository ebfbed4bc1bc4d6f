#!/usr/bin/env python3
"""Self-test of run_program.py: drives it against a fake dualvm (a Python script) on temporary
fixture programs and checks each verdict, so the conformance harness is itself tested even
before the real binary exists. Registered in ctest as conf.runner_selftest.

The fake engine echoes its flags and the GC-stress variable, then behaves as the fixture's
first line asks: `#exit N`, `#sleep S`, `#print TEXT`.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "run_program.py")

FAKE_VM = r'''#!/usr/bin/env python3
import os, sys, time
args = sys.argv[1:]
flags = [a for a in args if a.startswith("--")]
program = [a for a in args if not a.startswith("--")][-1]
print("flags=" + ",".join(flags) + " stress=" + os.environ.get("DUALVM_GC_STRESS", "-") + " tz=" + os.environ.get("TZ", "-"))
print("cwd-is-program-dir=" + str(os.getcwd() == os.path.dirname(program)))
code = 0
for line in open(program):
    if line.startswith("#exit "): code = int(line.split()[1])
    elif line.startswith("#sleep "): time.sleep(float(line.split()[1]))
    elif line.startswith("#print "): print(line[len("#print "):].rstrip("\n"))
sys.exit(code)
'''


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def run(vm, mode, program, timeout=None):
    cmd = [sys.executable, RUNNER, "--dualvm", vm, "--mode", mode, program]
    if timeout is not None:
        cmd += ["--timeout", str(timeout)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode, r.stdout


def main():
    failures = []
    checks = []

    def check(label, got_code, want_code, output, must_contain=None):
        checks.append(label)
        ok = got_code == want_code and (must_contain is None or must_contain in output)
        print(f"{'ok  ' if ok else 'FAIL'} {label}")
        if not ok:
            failures.append(label)
            print("     exit", got_code, "wanted", want_code, "| output:\n" + output)

    with tempfile.TemporaryDirectory() as tmp:
        vm = os.path.join(tmp, "fake_dualvm")
        write(vm, FAKE_VM)
        os.chmod(vm, 0o755)
        prog = os.path.join(tmp, "prog.js")
        write(prog, "#print hello\n")
        header = "cwd-is-program-dir=True\nhello\n"
        write(os.path.join(tmp, "prog.expected"), "flags=--no-jit stress=- tz=UTC\n" + header)
        code, out = run(vm, "interp", prog)
        check("interp passes --no-jit, sets TZ, runs in the program's folder", code, 0, out, "PASS")
        code, out = run(vm, "jit", prog)
        check("jit mode passes --jit-threshold=1 (mismatch reported as a diff)", code, 1, out,
              "+flags=--jit-threshold=1 stress=- tz=UTC")
        write(os.path.join(tmp, "prog.expected"), "flags= stress=1 tz=UTC\n" + header)
        code, out = run(vm, "gcstress", prog)
        check("gcstress sets DUALVM_GC_STRESS=1 and no flags", code, 0, out, "PASS")

        exiting = os.path.join(tmp, "exits.js")
        write(exiting, "#exit 3\n")
        write(os.path.join(tmp, "exits.expected"), "flags=--no-jit stress=- tz=UTC\ncwd-is-program-dir=True\n")
        code, out = run(vm, "interp", exiting)
        check("non-zero exit without .exitcode fails", code, 1, out, "exit code 3, expected exit code 0")
        write(os.path.join(tmp, "exits.exitcode"), "3\n")
        code, out = run(vm, "interp", exiting)
        check("exit code matching .exitcode passes", code, 0, out, "PASS")

        slow = os.path.join(tmp, "slow.js")
        write(slow, "#sleep 5\n")
        write(os.path.join(tmp, "slow.expected"), "")
        code, out = run(vm, "interp", slow, timeout=0.5)
        check("timeout fails", code, 1, out, "timed out")

        lonely = os.path.join(tmp, "lonely.js")
        write(lonely, "#print x\n")
        code, out = run(vm, "interp", lonely)
        check("missing .expected fails with a hint", code, 1, out, "regenerate.py")
        code, out = run(os.path.join(tmp, "no_such_vm"), "interp", prog)
        check("missing binary fails clearly", code, 1, out, "not found")
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            code, out = run("fake_dualvm", "gcstress", prog)
        finally:
            os.chdir(cwd)
        check("a relative binary path works although the program runs in its own folder", code, 0, out, "PASS")
        broken = os.path.join(tmp, "broken_vm")
        write(broken, "not an executable format\n")
        os.chmod(broken, 0o755)
        code, out = run(broken, "interp", prog)
        check("an unrunnable binary fails clearly", code, 1, out, "cannot run")

    print(f"{len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
