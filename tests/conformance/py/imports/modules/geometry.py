# Helper module: constants, functions, __all__, a main guard that must not run on import.
print("geometry imported as", __name__)
PI = 3.14159
_private = "hidden"
__all__ = ["area", "PI"]
def area(r):
    return PI * r * r
def perimeter(r):
    return 2 * PI * r
counter = 0
def bump():
    global counter
    counter += 1
    return counter
if __name__ == "__main__":
    print("geometry run as a script: must not happen on import")
