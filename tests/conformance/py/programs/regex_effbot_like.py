# Features of the regex_effbot benchmark (pyclassic): re.compile'd patterns passed back to
# re.search, alternation with and without groups, backreferences, greedy .* and repeated
# groups over long prefixes, function attributes used as a cache, bytes patterns.
import re


def table():
    return [re.compile(p) for p in (
        'Python|Perl', '(Python|Perl)', '(?:Python|Perl)', '.*Python', '.*(Python)',
        'Python|Perl|Tcl', '(Python)\\1', '([0a-z][a-z0-9]*,)+', '(?:[a-z][a-z0-9]*,)+',
        '.*P.*y.*t.*h.*o.*n.*')]


def strings(n):
    return ['-' * n + s + '-' * n for s in (
        'Perl', 'Perl', 'Perl', 'Python', 'Python', 'Tcl', 'PythonPython', 'a5,b7,c9,',
        'a5,b7,c9,', 'Python')]


def run():
    if run.cache is None:
        run.cache = [(r, s) for n in (0, 5, 100) for r, s in zip(table(), strings(n))]
    out = []
    for regex, string in run.cache:
        m = re.search(regex, string)
        out.append((m.span(), m.group(0)[-12:], m.groups()) if m else None)
    return out


run.cache = None
for row in run():
    print(row)
print(run.cache is not None, len(run.cache))
bm = re.compile(b'(Python)\\1').search(b'--PythonPython--')
print(bm.span(), bm.group(1))
