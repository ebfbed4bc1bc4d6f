# Features of the deltablue benchmark (pyclassic): a subclass of list used as a collection,
# classmethods calling other classmethods through cls, super(Class, self).__init__ chains,
# self.__class__.CONSTANT lookups, class attributes assigned after the class statement,
# list.remove / `==` on objects without __eq__ (identity), pop(0) work queues, globals.
class OrderedCollection(list):
    pass


class Strength(object):
    REQUIRED = None
    WEAKEST = None

    def __init__(self, strength, name):
        super(Strength, self).__init__()
        self.strength = strength
        self.name = name

    @classmethod
    def stronger(cls, s1, s2):
        return s1.strength < s2.strength

    @classmethod
    def weakest_of(cls, s1, s2):
        return s1 if cls.stronger(s2, s1) else s2

    def next_weaker(self):
        return {0: self.__class__.WEAKEST, 1: self.__class__.REQUIRED}[min(self.strength, 1)]


Strength.REQUIRED = Strength(0, "required")
Strength.WEAKEST = Strength(6, "weakest")


class Variable(object):
    def __init__(self, name, value=0):
        super(Variable, self).__init__()
        self.name = name
        self.value = value
        self.constraints = OrderedCollection()

    def __repr__(self):
        return '<Variable: %s - %s>' % (self.name, self.value)


class Constraint(object):
    def __init__(self, strength):
        super(Constraint, self).__init__()
        self.strength = strength


class Equality(Constraint):
    def __init__(self, a, b, strength):
        super(Equality, self).__init__(strength)
        self.a, self.b = a, b
        a.constraints.append(self)
        b.constraints.append(self)

    def execute(self):
        self.b.value = self.a.value


planner = None


def chain(n):
    global planner
    planner = OrderedCollection()
    vs = [Variable("v%s" % i) for i in range(n)]
    for a, b in zip(vs, vs[1:]):
        planner.append(Equality(a, b, Strength.REQUIRED))
    vs[0].value = 42
    todo = OrderedCollection(planner)
    while len(todo):
        todo.pop(0).execute()
    return vs


vs = chain(30)
print(vs[-1], type(planner).__name__, isinstance(planner, list), len(planner))
c = vs[5].constraints[0]
vs[5].constraints.remove(c)
print(len(vs[5].constraints), c == c, c == vs[5].constraints[0], c in planner)
print(Strength.weakest_of(Strength.REQUIRED, Strength.WEAKEST).name, Strength.REQUIRED.next_weaker().name)
print(OrderedCollection([3, 1]) + [2], OrderedCollection.__mro__[1].__name__)
