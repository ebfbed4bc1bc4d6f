# -*- coding: utf-8 -*-
# A coding declaration on the first line is accepted; non-ASCII source text decodes as UTF-8.
s = "naïve – “quoted” – 日本"
print(s, len(s), s.encode("utf-8")[:8])
