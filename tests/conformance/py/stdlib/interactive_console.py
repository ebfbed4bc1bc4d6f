# code.InteractiveConsole driven line by line (what an interactive prompt does): push() says
# whether more input is needed (codeop's PyCF_ALLOW_INCOMPLETE_INPUT), expression statements
# print their repr, errors print a traceback and the console goes on.
import code
import codeop
import contextlib
import io
import sys

lines = [
    "x = 6 * 7",
    "x",
    "def f(a):",
    "    return a + 1",
    "",
    "f(x)",
    "for i in range(2):",
    "    print('i =', i)",
    "",
    "y = (1,",
    "     2)",
    "y",
    "s = '''multi",
    "line'''",
    "s",
    "if x:",
    "    z = [1,",
    "    2]",
    "",
    "z",
    "undefined_name",
    "1/0",
    "None",
]
ns = {"__name__": "__console__"}
console = code.InteractiveConsole(ns)
out = io.StringIO()
err = io.StringIO()
with contextlib.redirect_stdout(out):
    for line in lines:
        more = console.push(line)
        sys.__stdout__.write(("... " if more else ">>> ") + line + "\n")
# tracebacks go through sys.stderr: keep their last lines only
console.write = err.write
print(out.getvalue(), end="")
print(sorted(k for k in ns if not k.startswith("__")))

# the compiler flag itself
for src in ["if 1:\n  pass", "if 1:\n  pass\n", "def f(a):", "x = (1,", "x = 1", "x = '''abc",
            "for i in x:\n  print(i)\n", "if 1:\n  pass\nelse:", "x = [1,\n2]", "@dec"]:
    try:
        compile(src, "<i>", "single", codeop.PyCF_ALLOW_INCOMPLETE_INPUT | codeop.PyCF_DONT_IMPLY_DEDENT, True)
        print(repr(src), "complete")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print(codeop.compile_command("x = 1 +\\"), codeop.compile_command("if x:"))
try:
    codeop.compile_command("1 +* 2")
except SyntaxError as e:
    print("SyntaxError", e.msg)
