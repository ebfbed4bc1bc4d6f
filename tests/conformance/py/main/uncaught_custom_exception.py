# An uncaught custom exception raised with a cause exits with status 1 after running finally blocks.
class ConfigError(Exception):
    pass
def load():
    try:
        int("not a number")
    except ValueError as e:
        raise ConfigError("bad config") from e
def run():
    try:
        load()
    finally:
        print("cleanup in run()")
print("loading")
run()
