# Helper for circular imports: imports cyc_a while cyc_a is still initialising.
import modules.cyc_a as a
B_VALUE = "b"
def use_a():
    return "b sees " + a.A_VALUE
