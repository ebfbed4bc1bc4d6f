counter = 0
def bump():
    global counter
    counter += 1
    return counter
def get_global_names():
    return sorted(k for k in globals() if not k.startswith('__'))
