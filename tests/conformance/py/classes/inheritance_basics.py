# Single inheritance, method overriding, super().__init__, isinstance/issubclass, class vs instance attrs.
class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().lower() + "!"
animals = [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]
for a in animals:
    print(a.describe())
print(Animal.count, Puppy.count, animals[2].age, animals[2].__dict__)
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), type(animals[1]).__name__)
print(Puppy.__bases__, Puppy.__base__.__name__, Puppy.__mro__)
d = animals[1]
d.kind = "wolf"
print(d.kind, Dog.kind, d.describe())
del d.kind
print(d.kind)
Dog.kind = "hound"
print(animals[1].kind, animals[2].kind)
print(Animal.__name__, Puppy.__qualname__, Puppy.__module__, hasattr(Puppy, "describe"), "speak" in Dog.__dict__, "describe" in Dog.__dict__)
