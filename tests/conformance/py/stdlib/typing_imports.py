# typing: names import; annotations with generics parse and are stored; NamedTuple, TypedDict, Protocol, Generic, TypeVar.
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Any, Tuple, Iterable, Iterator, Set, cast, overload, Literal, Final, ClassVar
import typing
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), Stack[int].__origin__ is Stack if hasattr(Stack[int], "__origin__") else None)
def apply(f: Callable[[int, int], int], xs: Iterable[Tuple[int, int]]) -> List[int]:
    return [f(a, b) for a, b in xs]
print(apply(lambda a, b: a * b, [(1, 2), (3, 4)]), apply.__annotations__["return"])
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0
e = Employee("ann", salary=10)
print(e, e._fields, e._field_defaults, e._replace(dept="ops"), isinstance(e, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, sorted(Movie.__annotations__))
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Literal["a", "b"])
print(cast(int, "not checked"), typing.get_type_hints(apply)["xs"], int | None)
def u(x: Union[int, str] = 0, *, flag: Final = True) -> Any:
    return x
print(u("s"), u.__annotations__)
class Config:
    registry: ClassVar[Dict[str, int]] = {}
    name: str
print(Config.__annotations__["registry"], typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
