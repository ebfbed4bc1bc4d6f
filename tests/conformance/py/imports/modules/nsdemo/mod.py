from . import bump
x = "mod-x"
def read_x():
    return x
def which_name():
    return __name__
