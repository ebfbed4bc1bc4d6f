# Features of the hexiom benchmark (pyclassic): a constraint-propagating backtracking solver,
# boards given as triple-quoted strings with a backslash-newline, splitlines/strip("\r\n"),
# print(..., end="", file=StringIO), generator expressions in max/sum, argparse choices.
import argparse
import io

BOARD = """\
2 . 1
. 1 .
1 . .
"""


def read(text):
    lines = [line.strip("\r\n") for line in text.splitlines()]
    return [[0 if c == "." else int(c) for c in line.split()] for line in lines]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(3)}
    return [v for v in (1, 2, 3) if v not in used]


def solve(grid):
    for r in range(3):
        for c in range(3):
            if grid[r][c] == 0:
                for v in candidates(grid, r, c):
                    grid[r][c] = v
                    if solve(grid):
                        return True
                grid[r][c] = 0
                return False
    return True


def show(grid, out):
    for r, row in enumerate(grid):
        print(" " * (2 - r), end="", file=out)
        for v in row:
            print("%s " % (v if v else "."), end="", file=out)
        print(end="\n", file=out)


g = read(BOARD)
print(g, max(k for row in g for k in row if k != 3), sum(1 if v else 0 for row in g for v in row))
out = io.StringIO()
print(solve(g))
show(g, out)
text = '\n'.join(line.rstrip() for line in out.getvalue().splitlines())
print(text)

parser = argparse.ArgumentParser(prog="hexiom")
parser.add_argument("--level", type=int, choices=[2, 10, 25], default=25, help="level")
parser.add_argument("--verbose", action="store_true")
parser.add_argument("bench", nargs="?", choices=["a", "b"])
print(parser.parse_args([]), parser.parse_args(["--level", "10", "b", "--verbose"]))
err = io.StringIO()
import contextlib
with contextlib.redirect_stderr(err):
    try:
        parser.parse_args(["--level", "3"])
    except SystemExit as e:
        print("SystemExit", e.code)
print(err.getvalue().splitlines()[-1])

# argparse sizes its help from shutil.get_terminal_size(), which builds an os.terminal_size
import os
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[1], isinstance(ts, tuple), type(ts).__name__, ts == (80, 24))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
