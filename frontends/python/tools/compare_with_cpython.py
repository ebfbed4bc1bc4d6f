#!/usr/bin/env python3
"""Compare the dualvm Python frontend with CPython 3.11 (run this script with CPython 3.11).

    compare_with_cpython.py --pyparse BUILD/frontends/python/pyparse [--mode MODE] PATH...

PATH is a .py file or a directory (searched recursively). MODE:
  errors    compile(): "OK" or "Type: message @line:col" must be identical      (default)
  dump      ast.dump(ast.parse(src), indent=2) must be identical
  dump-pos  the same with include_attributes=True (every node's position)
  symtable  every scope's symbols and their classification (symtable module)
Prints each mismatch and a summary; exit status 1 when anything differs.
"""
import argparse
import ast
import os
import subprocess
import symtable
import sys
import warnings

SCOPES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}


def cpython_errors(src):
    try:
        compile(src, 'f', 'exec', dont_inherit=True)
        return 'OK'
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}'
    except (RecursionError, MemoryError) as e:
        return f'{type(e).__name__}'


def cpython_symtable(src, path):
    out = []

    def dump(t, depth):
        pad = '  ' * depth
        out.append(f'{pad}{t.get_type()} {t.get_name()} (line {t.get_lineno()})')
        for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
            flags, scope = s._Symbol__flags, s._Symbol__scope
            line = f'{pad}  {s.get_name()}: {SCOPES.get(scope, scope)}'
            line += ' param' if flags & 4 else ''
            line += ' import' if flags & 128 else ''
            line += ' annotated' if flags & 256 else ''
            line += ' free_class' if flags & 64 else ''
            out.append(line)
        for c in t.get_children():
            dump(c, depth + 1)

    dump(symtable.symtable(src, path, 'exec'), 0)
    return '\n'.join(out)


def strip_extras(text):
    """pyparse's symtable dump shows flags and slots CPython's module does not expose."""
    import re
    lines = []
    for line in text.splitlines():
        line = re.sub(r'(\(line \d+\)).*', r'\1', line)
        lines.append(re.sub(r' (slot|cell)=\d+', '', line))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pyparse', required=True)
    ap.add_argument('--mode', default='errors', choices=['errors', 'dump', 'dump-pos', 'symtable'])
    ap.add_argument('paths', nargs='+')
    args = ap.parse_args()
    warnings.simplefilter('ignore')

    files = []
    for p in args.paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
        else:
            files.append(p)

    mismatches = 0
    if args.mode == 'errors':
        mine = []
        for i in range(0, len(files), 500):
            r = subprocess.run([args.pyparse, 'errors'] + files[i:i + 500], capture_output=True, text=True,
                               errors='replace')
            mine += r.stdout.splitlines()
        for path, got in zip(files, mine):
            want = cpython_errors(open(path, 'rb').read())
            if want != got:
                mismatches += 1
                print(f'{path}\n  cpython: {want}\n  pyparse: {got}')
    else:
        for path in files:
            src = open(path, 'rb').read()
            try:
                if args.mode == 'symtable':
                    want = cpython_symtable(src, path)
                else:
                    want = ast.dump(ast.parse(src), indent=2, include_attributes=args.mode == 'dump-pos')
            except (SyntaxError, ValueError, RecursionError):
                continue  # only files CPython accepts are compared
            r = subprocess.run([args.pyparse, args.mode, path], capture_output=True, text=True, errors='replace')
            got = r.stdout.rstrip('\n')
            if args.mode == 'symtable':
                got = strip_extras(got)
            if want != got:
                mismatches += 1
                print(f'{path}: {args.mode} differs')
    print(f'{len(files) - mismatches}/{len(files)} files identical ({args.mode})')
    return 1 if mismatches else 0


if __name__ == '__main__':
    sys.exit(main())
