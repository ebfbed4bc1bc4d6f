# sys.exit with a string prints it to stderr and exits with status 1.
import sys
print("about to exit with a message")
sys.exit("fatal: something went wrong")
