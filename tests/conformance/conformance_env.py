"""What the conformance runner and regenerate.py agree on: which files are programs, and the
environment a program runs in (the same for node/CPython and for dualvm, so outputs compare).

Helper files are not programs: anything inside a folder named `modules`, JS files ending in
`.mod.js`, and Python files whose name starts with `_` (e.g. `__init__.py`, `_helper.py`).
tests/conformance/CMakeLists.txt applies the same rule when it registers tests.
"""
import os

LANGUAGES = {"js": ".js", "py": ".py"}


def is_program(path):
    parts = os.path.normpath(path).split(os.sep)
    name = parts[-1]
    if "modules" in parts[:-1]:
        return False
    if name.endswith(".mod.js"):
        return False
    if name.endswith(".py") and name.startswith("_"):
        return False
    return name.endswith(".js") or name.endswith(".py")


def find_programs(root):
    """Every program under root (a folder or a single file), sorted."""
    if os.path.isfile(root):
        return [root] if is_program(root) else []
    found = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            if is_program(path):
                found.append(path)
    return found


def program_environment():
    """A copy of os.environ made deterministic: fixed time zone, hash seed and encoding."""
    env = dict(os.environ)
    env["TZ"] = "UTC"
    env["LC_ALL"] = "C.UTF-8"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["NO_COLOR"] = "1"
    for noisy in ("NODE_OPTIONS", "PYTHONSTARTUP", "PYTHONPATH", "FORCE_COLOR", "DUALVM_GC_STRESS"):
        env.pop(noisy, None)
    return env
