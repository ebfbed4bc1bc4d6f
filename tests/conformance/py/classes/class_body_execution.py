# Class bodies execute top to bottom at definition time; names defined there become attributes; nested classes.
print("before class")
class Recorder:
    print("class body runs")
    x = 1
    y = x + 1
    items = [x, y]
    def method(self):
        return self.y
    print("names so far:", sorted(k for k in list(locals()) if not k.startswith("__")))
    class Inner:
        z = 3
        def who(self):
            return type(self).__qualname__
    if x:
        conditional = "defined"
    for i in range(2):
        pass
    del i
print("after class")
print(Recorder.y, Recorder.items, Recorder.Inner.z, Recorder.Inner().who(), Recorder.conditional, hasattr(Recorder, "i"))
print(Recorder.__qualname__, Recorder.Inner.__qualname__, Recorder.method.__qualname__)
def factory(n):
    class Made:
        value = n
        def get(self):
            return self.value * n
    return Made
A, B = factory(2), factory(3)
print(A().get(), B().get(), A is not B, A.__qualname__)
