# __format__ hook used by format(), f-strings and str.format; default object formatting.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return "$%d" % (self.cents // 100)
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
m = Money(123456)
print(format(m, "short"), f"{m}", f"{m:short}", f"{m:,.2f}", "{:>12,.1f}".format(m), "{0:short}".format(m))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
from datetime import date
d = date(2024, 2, 29)
print(f"{d:%Y/%m/%d}", f"{d:%A %B}", "{:%j}".format(d), d.isoformat())
