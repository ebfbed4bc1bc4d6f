# sys.exit(3) sets the exit status to 3; output before it is kept; finally blocks run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
