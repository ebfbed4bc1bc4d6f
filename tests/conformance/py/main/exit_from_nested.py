# sys.exit(2) deep inside calls and a with block: __exit__ and finally run, exit status 2.
import sys
class Guard:
    def __enter__(self):
        print("guard enter")
        return self
    def __exit__(self, et, ev, tb):
        print("guard exit with", et.__name__ if et else None)
        return False
def level3():
    print("level3 exiting")
    sys.exit(2)
def level2():
    try:
        level3()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("level2 finally")
with Guard():
    level2()
print("never printed")
