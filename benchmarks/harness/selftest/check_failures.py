#!/usr/bin/env python3
"""Harness self-test: runs dualvm-bench against fake_dualvm.sh and checks results.json.

Usage: check_failures.py DUALVM_BENCH OUT_DIR
Checks that each deliberate failure becomes a failed cell with the right reason, that good runs
carry iteration times and the --stats heap figure, that node runs carry V8's heap figure, that
the report and charts are written, and that a malformed option is a usage error (exit 2).
Exit 0 when everything holds.
"""
import json
import os
import subprocess
import sys


def main():
    bench, out = sys.argv[1], sys.argv[2]
    fake = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake_dualvm.sh")
    problems = []

    usage = subprocess.run([bench, "--runs", "0"], capture_output=True, text=True)
    if usage.returncode != 2 or "positive whole number" not in usage.stderr:
        problems.append("--runs 0 should be a usage error, got exit %d: %s" % (usage.returncode, usage.stderr.strip()))

    cmd = [bench, "--smoke", "--iterations", "2", "--timeout", "5", "--engines", "dualvm-interp,cpython,node",
           "--bench", "richards,deltablue,sieve,queens,towers", "--engine-path", "dualvm=" + fake, "--out", out]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        problems.append("dualvm-bench exited %d: %s" % (run.returncode, run.stderr.strip()))
    with open(os.path.join(out, "results.json")) as f:
        results = json.load(f)
    cells = {(c["benchmark"], c["engine"], c["language"]): c for c in results["cells"]}

    def expect_failed(benchmark, language, needle):
        cell = cells.get((benchmark, "dualvm-interp", language))
        if cell is None or cell["status"] != "failed" or needle not in cell.get("reason", ""):
            problems.append("%s/%s: expected failed with '%s', got %s" % (
                benchmark, language, needle, None if cell is None else (cell["status"], cell.get("reason"))))

    for language in ("py", "js"):
        expect_failed("richards", language, "crashed with signal 11")
        expect_failed("deltablue", language, "printed 1 of 2 iteration lines")
        expect_failed("sieve", language, "timed out after 5 s")
        expect_failed("queens", language, "no expected result for size 3")
        good = cells.get(("towers", "dualvm-interp", language))
        if good is None or good["status"] != "ok" or len(good["runs"][0]["iteration_us"]) != 2:
            problems.append("towers/%s on the fake dualvm should be ok with 2 iterations: %s" % (language, good))
        elif good["summary"].get("gc_heap_peak_bytes") != 4242424:
            problems.append("towers/%s: --stats peak_live_bytes not picked up: %s" % (language, good["summary"]))
    for benchmark in ("richards", "deltablue", "sieve", "queens", "towers"):
        cell = cells.get((benchmark, "cpython", "py"))
        if cell is None or cell["status"] != "ok":
            problems.append("%s on cpython should be ok: %s" % (benchmark, cell))
    node = cells.get(("towers", "node", "js"))
    if node is None or node["status"] != "ok":
        problems.append("towers on node should be ok: %s" % node)
    elif not isinstance(node["summary"].get("gc_heap_peak_bytes"), (int, float)):
        problems.append("towers on node: no V8 heap figure from the preload: %s" % node["runs"][0].get("heap"))
    for name in ("report.md", "ratios-py.svg", "ratios-js.svg", "warmup-towers.svg"):
        if not os.path.exists(os.path.join(out, name)):
            problems.append("missing output " + name)
    with open(os.path.join(out, "report.md")) as f:
        report = f.read()
    if "crashed with signal 11" not in report or "## Method" not in report:
        problems.append("report.md lacks the failure table or the method section")

    for p in problems:
        print("FAIL: " + p)
    print("%d passed, %d failed" % (1 if not problems else 0, 1 if problems else 0))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
