# Helper module next to the programs (a leading underscore keeps the runner from treating it as a program).
GREETING = "hello from _helper_local"
def shout(s):
    return s.upper() + "!"
