# Features of the xml_etree benchmark's generate/process parts (pyclassic): the pure-Python
# ElementTree — Element/SubElement with attributes, iter, find/iterfind/findall paths,
# makeelement, slice assignment and deletion of children, tostring in us-ascii (character
# references, through io.TextIOWrapper over a BytesIO), utf8 and unicode, ElementTree.write to
# a file; plus TextIOWrapper itself (encode, newline translation, detach, read).
import io
import os
import xml.etree.ElementTree as etree
from collections import defaultdict

root = etree.Element('root')
for c in range(3):
    child = etree.SubElement(root, 'child-%d' % c, tag_type="child")
    for i in range(4):
        etree.SubElement(child, 'subchild').text = 'LEAF-%d-%d' % (c, i)
deep = etree.SubElement(root, 'deepchildren', tag_type="deepchild")
for i in range(3):
    deep = etree.SubElement(deep, 'deepchild')
etree.SubElement(deep, 'deepleaf', tag_type="leaf").text = "LEAF \u00e9\u20ac"
root.set('nb-elems', str(sum(1 for _ in root.iter())))
print(root.get('nb-elems'), len(root), [ch.tag for ch in root])
print(sum(ch.find('.//deepleaf') is not None for ch in root),
      any(1 for ch in root for el in ch.iterfind('.//subchild') if el.text == 'LEAF-1-3'),
      [el.text for el in root.findall('.//deepchild/deepleaf')])
new_root = root.makeelement('parent', {})
new_root[:] = root[0]
el = root[0]
del el[:]
for ch in new_root:
    el.append(ch)
print(len(el), len(new_root))
d = defaultdict(list)
for ch in root:
    d[ch.get('tag_type')].extend(ch.iter())
print(sorted((k, len(v)) for k, v in d.items()))
print(etree.tostring(root[3]))
print(etree.tostring(root[3], encoding='utf8')[-60:])
print(etree.tostring(root[3], encoding='unicode')[-40:])
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "xml_etree_like_%d.xml" % os.getpid())
etree.ElementTree(root[1]).write(path)
with open(path, "rb") as f:
    print(f.read()[:60])
os.remove(path)

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="ascii", errors="xmlcharrefreplace", newline="\r\n")
print(w.write("caf\u00e9\nline"), w.encoding, w.errors)
w.flush()
print(b.getvalue(), w.detach() is b, b.closed)
try:
    w.write("x")
except ValueError as e:
    print("ValueError:", e)
r = io.TextIOWrapper(io.BytesIO("a\r\nb\u00e9".encode()), encoding="utf-8")
print(repr(r.read()))
