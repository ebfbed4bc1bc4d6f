# input() with no data on stdin raises EOFError; the prompt goes to stdout.
try:
    line = input("prompt> ")
    print("got", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e)
print("after input")
