# pyexpat (native, on libexpat) and what runs on it: xml.parsers.expat, xml.etree.ElementTree
# and xml.dom.minidom (xml.sax needs _socket through saxutils/urllib, not here yet).
import io
import xml.parsers.expat as expat

events = []
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: events.append(("start", name, attrs))
p.EndElementHandler = lambda name: events.append(("end", name))
p.CharacterDataHandler = lambda data: events.append(("data", data))
p.CommentHandler = lambda data: events.append(("comment", data))
p.ProcessingInstructionHandler = lambda t, d: events.append(("pi", t, d))
p.XmlDeclHandler = lambda v, e, s: events.append(("xmldecl", v, e, s))
p.StartCdataSectionHandler = lambda: events.append(("cdata-start",))
p.EndCdataSectionHandler = lambda: events.append(("cdata-end",))
print(p.Parse(b'<?xml version="1.0" encoding="utf-8"?>\n<root a="1" b="two"><!-- hi --><?pi stuff?>'
              b'<x>t&amp;x &#233;</x><![CDATA[<raw>]]></root>', True))
for e in events:
    print(e)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode)

# buffer_text, ordered attributes, namespaces, str input in pieces
events.clear()
p = expat.ParserCreate(namespace_separator="}")
p.buffer_text = True
p.ordered_attributes = True
p.StartElementHandler = lambda name, attrs: events.append(("start", name, attrs))
p.EndElementHandler = lambda name: events.append(("end", name))
p.CharacterDataHandler = lambda data: events.append(("data", data))
p.StartNamespaceDeclHandler = lambda prefix, uri: events.append(("ns", prefix, uri))
p.EndNamespaceDeclHandler = lambda prefix: events.append(("endns", prefix))
doc = '<a xmlns="urn:d" xmlns:q="urn:q" q:k="v" z="1">one &lt; two\ncafé<q:b/>tail</a>'
for i in range(0, len(doc), 7):
    p.Parse(doc[i:i + 7])
p.Parse("", True)
for e in events:
    print(e)
print(p.buffer_text, p.ordered_attributes, p.buffer_size, p.intern == {} or type(p.intern).__name__)

# errors: ExpatError with code, lineno, offset and CPython's message
for bad in [b"<a><b></a>", b"<a>\n  <b x='1' x='2'/></a>", b"", b"<a>&undefined;</a>", b"<a/><b/>", b"<a"]:
    p = expat.ParserCreate()
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(e, "|", e.code, e.lineno, e.offset, expat.ErrorString(e.code) == expat.errors.messages[e.code])
print(expat.error is expat.ExpatError, expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"])
print(expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS, expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)

# a handler that raises stops the parse and the exception propagates
p = expat.ParserCreate()
def boom(name, attrs):
    if name == "bad":
        raise KeyError(name)
p.StartElementHandler = boom
try:
    p.Parse(b"<r><ok/><bad/></r>", True)
except KeyError as e:
    print("KeyError", e)

# DTD handlers
p = expat.ParserCreate()
p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
p.EndDoctypeDeclHandler = lambda: print("end doctype")
p.ElementDeclHandler = lambda name, model: print("element", name, model)
p.AttlistDeclHandler = lambda *a: print("attlist", a)
p.EntityDeclHandler = lambda *a: print("entity", a)
p.CharacterDataHandler = lambda d: print("data", repr(d))
p.Parse(b"""<?xml version="1.0"?>
<!DOCTYPE note [
<!ELEMENT note (to,from+,body?)>
<!ELEMENT to (#PCDATA)>
<!ATTLIST note id CDATA #REQUIRED kind (a|b) "a">
<!ENTITY who "World">
]>
<note id="7">&who;</note>""", True)

# ParseFile
p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda name, attrs: names.append(name)
p.ParseFile(io.BytesIO(b"<doc>" + b"<item/>" * 1000 + b"</doc>"))
print(len(names), names[:2])

# ElementTree
import xml.etree.ElementTree as ET
root = ET.fromstring('<data><country name="Liechtenstein"><rank>1</rank><year>2008</year>'
                     '<neighbor name="Austria" direction="E"/></country>'
                     '<country name="Singapore"><rank>4</rank><year>2011</year></country></data>')
print(root.tag, len(root), [c.get("name") for c in root])
for c in root.iter("country"):
    print(c.attrib, c.find("rank").text, [n.attrib for n in c.findall("neighbor")])
print(ET.tostring(root.find("country/year")))
tree = ET.parse(io.StringIO('<?xml version="1.0"?><r xmlns:h="http://h"><h:td>x</h:td><!-- c --></r>'))
print(tree.getroot().tag, [e.tag for e in tree.getroot()])
for event, elem in ET.iterparse(io.BytesIO(b"<a><b>1</b><c><d/></c></a>"), events=("start", "end")):
    print(event, elem.tag)
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
print(ET.tostring(ET.fromstring("<p>caf\u00e9 &amp; <i>x</i> tail</p>"), encoding="unicode"))
pp = ET.XMLPullParser(events=("start", "end"))
pp.feed("<x><y>")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("</y></x>")
print([(ev, el.tag) for ev, el in pp.read_events()])

# minidom
from xml.dom import minidom
dom = minidom.parseString('<?xml version="1.0"?><doc a="1"><p>Hello <b>world</b></p><!--c--><e/></doc>')
print(dom.documentElement.tagName, dom.documentElement.getAttribute("a"))
print([n.nodeName for n in dom.documentElement.childNodes])
print(dom.getElementsByTagName("b")[0].firstChild.data)
print(dom.toxml())
ns = minidom.parseString('<r xmlns="urn:x" xmlns:p="urn:p"><p:c p:at="v"/></r>')
c = ns.documentElement.firstChild
print(c.namespaceURI, c.localName, c.prefix, c.getAttributeNS("urn:p", "at"))

