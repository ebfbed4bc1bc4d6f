# unicodedata (native, on ICU): properties, names, decomposition and normalization.
import unicodedata as ud

chars = "A a 1 \u00e9 \u0301 \u00bd \u2167 \u0663 \u00b2 \u4e00 \u05d0 \u0627 \u2028 \u00a0 ( ) \u20ac \U0001f600 \uff21 \u3000 \t \u200d \ufb01".split(" ")
for c in chars:
    print("U+%04X" % ord(c), ud.name(c, "?"), ud.category(c), ud.bidirectional(c), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          repr(ud.decomposition(c)))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.lookup("EURO SIGN"))
print(ud.name("\u2603"), ud.name("\uac00"), ud.decomposition("\uac00") == "", ud.name("\u4e2d"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    s = ud.normalize(form, "Cafe\u0301 \u00c5ngstr\u00f6m \ufb01 \u2460 \u00bd \u1e9b\u0323")
    print(form, ascii(s), len(s), ud.is_normalized(form, s), ud.is_normalized(form, "e\u0301"))
print(ud.normalize("NFC", "") == "", ud.unidata_version, ud.ucd_3_2_0.unidata_version)
print(ud.ucd_3_2_0.category("A"), ud.ucd_3_2_0.normalize("NFKC", "\ufb01"))
import encodings.idna
print(encodings.idna.nameprep("Caf\u00c9"), encodings.idna.ToASCII("example"))

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: ud.lookup("NO SUCH CHARACTER NAME"))
err(lambda: ud.name("\x00"))
err(lambda: ud.decimal("x"))
err(lambda: ud.digit("x"))
err(lambda: ud.numeric("x"))
err(lambda: ud.category("ab"))
err(lambda: ud.category(65))
err(lambda: ud.normalize("NFX", "a"))
