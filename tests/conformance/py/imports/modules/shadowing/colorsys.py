# Helper: a local module named like a standard-library one; it must win when its folder is first on sys.path.
SHADOW = True
def rgb_to_hsv(r, g, b):
    return "local rgb_to_hsv"
