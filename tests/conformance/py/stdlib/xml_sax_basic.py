# xml.sax on pyexpat (xml.sax.saxutils imports urllib.request, which needs socket/_socket).
import io
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import ContentHandler, ErrorHandler, feature_namespaces


class Collect(ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []
        self.text = []

    def startDocument(self):
        self.events.append("startDocument")

    def endDocument(self):
        self.events.append("endDocument")

    def startElement(self, name, attrs):
        self.flush()
        self.events.append(("start", name, sorted(attrs.items())))

    def endElement(self, name):
        self.flush()
        self.events.append(("end", name))

    def characters(self, content):
        self.text.append(content)

    def processingInstruction(self, target, data):
        self.events.append(("pi", target, data))

    def flush(self):
        t = "".join(self.text)
        if t.strip():
            self.events.append(("text", t.strip()))
        self.text = []


doc = b"""<?xml version="1.0" encoding="utf-8"?>
<?style sheet?>
<catalog name="books" count="2">
  <book id="b1"><title>Dive &amp; Swim</title><price cur="EUR">12.50</price></book>
  <book id="b2"><title>caf\xc3\xa9 &lt;au lait&gt;</title><![CDATA[<raw> & stuff]]></book>
</catalog>
"""
h = Collect()
xml.sax.parseString(doc, h)
for e in h.events:
    print(e)


# namespaces
class NS(ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, sorted(attrs.items()))

    def endElementNS(self, name, qname):
        print("endNS", name)

    def startPrefixMapping(self, prefix, uri):
        print("prefix", prefix, uri)


p = xml.sax.make_parser()
p.setFeature(feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.BytesIO(b'<r xmlns="urn:a" xmlns:b="urn:b"><b:x b:k="v"/></r>'))


# errors
class Errs(ErrorHandler):
    def fatalError(self, exc):
        print("fatal:", type(exc).__name__, exc.getLineNumber(), exc.getColumnNumber(), exc.getMessage())
        raise exc


try:
    xml.sax.parseString(b"<a><b></a>", ContentHandler(), Errs())
except xml.sax.SAXParseException as e:
    print("raised", str(e))
try:
    xml.sax.parseString(b"", ContentHandler())
except xml.sax.SAXParseException as e:
    print("empty:", e.getMessage())

# saxutils
print(saxutils.escape("a < b & c > d"), saxutils.unescape("&lt;x&gt; &amp;"))
print(saxutils.quoteattr('say "hi"'), saxutils.quoteattr("it's \"both\""))
out = io.StringIO()
g = saxutils.XMLGenerator(out, encoding="utf-8")
g.startDocument()
g.startElement("root", {"a": "1 & 2"})
g.characters("text <here>")
g.startElement("empty", {})
g.endElement("empty")
g.endElement("root")
g.endDocument()
print(out.getvalue())

# XMLGenerator as the handler of a parse: a round trip
out = io.StringIO()
xml.sax.parseString(b"<doc><p x='1'>hi &amp; bye</p></doc>", saxutils.XMLGenerator(out))
print(out.getvalue())
