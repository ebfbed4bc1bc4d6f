# Helper for circular imports: imports cyc_b at top, defines value after.
import modules.cyc_b as b
A_VALUE = "a"
def use_b():
    return "a sees " + b.B_VALUE
