# raise SystemExit(0) inside a function ends the program successfully (exit status 0).
def finish():
    print("finishing early")
    raise SystemExit(0)
for i in range(5):
    print("step", i)
    if i == 2:
        finish()
