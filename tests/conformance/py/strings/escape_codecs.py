# 'unicode_escape' and 'raw_unicode_escape' both ways: str.encode, bytes.decode, codecs.*; errors.
import codecs
for s in ['aé\u1234\n\\\t\x7f\U0001f600"\'', '']:
    print(s.encode('raw-unicode-escape'), s.encode('unicode-escape'), s.encode('unicode_escape'))
for b in [b'a\\u1234\\n\xe9', b'\\\\u1234 \\x41 \\101 \\N{BULLET} \\U0001f600', b'x\\\nY']:
    print(ascii(b.decode('raw-unicode-escape')), ascii(b.decode('unicode-escape')))
for b in [b'\\x4', b'abc\\', b'\\u12', b'\\N{NOPE}', b'\\U00110000']:
    for codec in ('unicode-escape', 'raw-unicode-escape'):
        try: print(ascii(b.decode(codec)))
        except UnicodeDecodeError as e: print(type(e).__name__, e)
    print(ascii(b.decode('unicode-escape', 'replace')), ascii(b.decode('unicode-escape', 'ignore')))
print(codecs.unicode_escape_decode(b'\\n\\x41'), codecs.raw_unicode_escape_encode('\u20ac'))
print(codecs.encode('é', 'unicode_escape'), codecs.decode(b'\\xe9', 'unicode_escape'))
print(repr('x\u20acy'.encode('unicode_escape').decode('ascii')))
print(ascii(b'\\\\\\u20ac'.decode('raw_unicode_escape')), ascii(b'\\\\\\\\u20ac'.decode('raw_unicode_escape')))
for s in ['plain', 'tab\there', '\x00\xff\u0100\U00010000']:
    assert s.encode('unicode_escape').decode('unicode_escape') == s and s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s
print('ok')
