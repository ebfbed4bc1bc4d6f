# __name__ is "__main__" for the script; the guarded block runs; functions defined before it are visible.
def main():
    print("main() called from guard")
    return 0
print("module level runs first, __name__ =", __name__)
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("never: not imported")
print(__name__ == "__main__", type(__builtins__).__name__ in ("module", "dict"), __doc__)
