# __init_subclass__ hooks with keyword arguments, __class_getitem__, class decorators, type().
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class SubCSV(CSV, name="csv2"):
    pass
print(sorted(Plugin.registry), CSV.plugin_name, Json.plugin_name, SubCSV.plugin_name)
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))
print(Box[int], Box["x"], list[int], dict[str, list[int]])
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(4)
print(WithMeta.created_by, w.v, w.via_meta, type(WithMeta).__name__, isinstance(WithMeta, type))
try:
    class Strict(Plugin, bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
