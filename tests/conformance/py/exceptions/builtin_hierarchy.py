# The built-in exception hierarchy: issubclass relations and catching by base class.
pairs = [(KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (FileNotFoundError, OSError), (IOError, OSError), (UnicodeDecodeError, ValueError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
         (KeyboardInterrupt, BaseException), (SystemExit, Exception), (GeneratorExit, Exception), (ModuleNotFoundError, ImportError),
         (UnboundLocalError, NameError), (TypeError, ValueError), (bool, int), (IndentationError, SyntaxError), (TabError, IndentationError),
         (BlockingIOError, OSError), (AssertionError, Exception), (StopAsyncIteration, Exception), (FloatingPointError, ArithmeticError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, EnvironmentError is OSError, [c.__name__ for c in KeyError.__mro__])
def catch(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
print(catch(lambda: [][1]), catch(lambda: {}[1]), catch(lambda: 1 / 0), catch(lambda: 2.0 ** 5000), catch(lambda: int("z")))
