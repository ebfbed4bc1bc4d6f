#!/usr/bin/env python3
"""Checks the dualvm command line where a program file cannot: how a Python program is given
(-m MODULE, -c CODE, - or a
piped stdin), sys.argv and sys.path[0] for each, the exit codes of a missing
module or file, and the standard streams read through pipes. Expected values are CPython 3.11's
behaviour, written out here (stdout and exit codes; stderr only where its first words matter).

Usage: shell_test.py --dualvm PATH      (exit 0 when every case passes)
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True


def run(dualvm, args, cwd, stdin=b""):
    p = subprocess.run([dualvm] + args, cwd=cwd, input=stdin, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dualvm", required=True)
    dualvm = os.path.abspath(ap.parse_args().dualvm)
    failures = []

    def check(name, got, want):
        if got != want:
            failures.append(f"{name}:\n  want {want!r}\n  got  {got!r}")

    with tempfile.TemporaryDirectory() as d:
        d = os.path.realpath(d)
        with open(os.path.join(d, "hello_mod.py"), "w") as f:
            f.write("import sys\nprint(__name__, __file__ == sys.argv[0], sys.argv[1:])\n"
                    "print(sys.path[0] == %r)\nprint(__spec__.name, type(__loader__).__name__)\n"
                    "sys.exit(3)\n" % d)
        os.mkdir(os.path.join(d, "pkg"))
        with open(os.path.join(d, "pkg", "__init__.py"), "w") as f:
            f.write("print('pkg init')\n")
        with open(os.path.join(d, "pkg", "__main__.py"), "w") as f:
            f.write("print('pkg main', __name__, __package__)\n")
        with open(os.path.join(d, "boom.py"), "w") as f:
            f.write("def f():\n    raise ValueError('bad')\nf()\n")

        code, out, _ = run(dualvm, ["-m", "hello_mod", "a", "-x"], d)
        check("-m module: output", out, "__main__ True ['a', '-x']\nTrue\nhello_mod SourceFileLoader\n")
        check("-m module: exit code", code, 3)
        code, out, _ = run(dualvm, ["-m", "pkg"], d)
        check("-m package runs __main__", (code, out), (0, "pkg init\npkg main __main__ pkg\n"))
        code, out, err = run(dualvm, ["-m", "no_such_module_here"], d)
        check("-m missing module: exit code", code, 1)
        check("-m missing module: message", err.rstrip().endswith("No module named no_such_module_here"), True)
        code, out, err = run(dualvm, ["-m", "boom"], d)
        check("-m uncaught exception", (code, err.rstrip().splitlines()[-1]), (1, "ValueError: bad"))
        code, out, _ = run(dualvm, ["-m", "json.tool"], d, b'{"b": [1, 2], "a": null}')
        check("-m json.tool over stdin", (code, out), (0, '{\n    "b": [\n        1,\n        2\n    ],\n    "a": null\n}\n'))
        code, out, _ = run(dualvm, ["--lang=py", "-c", "import sys; print(sys.argv, repr(sys.path[0]))", "x"], d)
        check("-c argv and path", (code, out), (0, "['-c', 'x'] ''\n"))
        code, out, _ = run(dualvm, ["--lang=py", "-", "y"], d, b"import sys; print(sys.argv)")
        check("- (stdin) argv", (code, out), (0, "['-', 'y']\n"))
        code, out, _ = run(dualvm, ["--lang=py"], d, b"import sys; print(sys.argv, 6 * 7)")
        check("no script, stdin not a terminal: stdin is the program", (code, out), (0, "[''] 42\n"))
        code, out, _ = run(dualvm, ["no_such_file.py"], d)
        check("missing script: exit code", code, 2)

        # the standard streams through pipes
        prog = ("import sys\n"
                "n = 0\n"
                "for line in sys.stdin:\n"
                "    n += 1\n"
                "    if n == 2: break\n"
                "print(n, repr(sys.stdin.readline()), repr(sys.stdin.read(3)), repr(sys.stdin.read()))\n"
                "sys.stdout.write('w\\n'); sys.stdout.buffer.write(b'bin\\n'); sys.stdout.writelines(['x', 'y\\n'])\n"
                "print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdin.readable(), sys.stdout.writable())\n"
                "print(repr(sys.stdout))\n"
                "try:\n    sys.stdin.write('x')\nexcept Exception as e:\n    print(type(e).__name__, e)\n"
                "try:\n    sys.stdout.write(b'x')\nexcept TypeError as e:\n    print(e)\n")
        code, out, _ = run(dualvm, ["--lang=py", "-c", prog], d, "l1\nl2\nl3\nαβγδ\nrest".encode())
        check("standard streams", (code, out), (0,
              "2 'l3\\n' 'αβγ' 'δ\\nrest'\nw\nbin\nxy\n<stdout> w utf-8 True True\n"
              "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
              "UnsupportedOperation not writable\nwrite() argument must be str, not bytes\n"))

    for f in failures:
        print("FAIL", f)
    print(f"shell_test: {'ok' if not failures else str(len(failures)) + ' failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
