# replace with count; case conversions and predicates.
s = "Hello, World! hello again"
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("hello", "bye"), s.replace("", "-"))
print("aaa".replace("a", "aa"), "abc".replace("", "|", 2), "xx".replace("x", ""))
print(s.upper(), s.lower(), s.swapcase())
print("hello world foo-bar it's o'neil".title(), "HELLO wORLD".capitalize(), "ßtraße".upper())
print("they're bill's friends".title(), "123abc DEF".capitalize(), "ǅ".lower(), "ǆ".title())
print("ABC".casefold(), "Straße".casefold(), "İ".lower().encode("utf-8"))
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "hello World".istitle())
print("A1".isupper(), "123".isupper(), "".islower())
