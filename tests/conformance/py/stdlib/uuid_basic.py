# uuid: name-based (uuid3/uuid5, deterministic), parsing and the UUID attributes. Importing uuid
# imports platform, whose uname_result.__iter__ calls super().__iter__() on a namedtuple
# subclass (the builtin tuple iterator, not a recursion into the override).
import uuid

u5 = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
u3 = uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/")
print(u5, u5.version, u5.variant)
print(u3, u3.version, repr(u3))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, u.hex, u.int, u.urn)
print(u.fields, u.time_low, u.node)
print(u.bytes, len(u.bytes_le))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, u < u5)
print(uuid.UUID(hex="12345678123456781234567812345678") == u)
r = uuid.uuid4()
print(r.version, len(str(r)), r.variant == uuid.RFC_4122)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)

import platform
class T(tuple):
    def __iter__(self):
        return iter([*super().__iter__(), "extra"])
print(list(T((1, 2))), len(list(platform.uname())))
