# Importing standard-library packages and submodules: os.path, collections.abc, importlib.util, urllib.parse, html.
import os.path
import collections.abc
import importlib.util
import json.decoder
from urllib.parse import urlparse, urlencode, quote
import html
print(os.path.join("a", "b"), collections.abc.Mapping.__name__, json.decoder.JSONDecodeError.__name__)
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("definitely_not_a_module") is None)
u = urlparse("https://example.org:8080/path/x?q=1&r=two#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment)
print(urlencode({"a": 1, "b": "x y"}), quote("a b/c"), html.escape("<a href='x'>&</a>"), html.unescape("&lt;&eacute;&#x41;&gt;"))
import string as s1, math as m1
print(s1.digits, m1.floor(2.5))
