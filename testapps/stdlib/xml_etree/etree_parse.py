# Parsing: references, CDATA, comments and PIs, namespaces, encodings, DOCTYPE entities, and
# ParseError's message, code and position for the documents expat rejects.
import io
import xml.etree.ElementTree as ET

doc = ET.fromstring("""<?xml version="1.0"?>
<!-- leading comment -->
<?leading pi?>
<root a="x &amp; y" b='&lt;&#65;&#x42;' c="tab\there
line" d="&quot;&apos;">
  text &amp; more &#169; &#x20AC;
  <![CDATA[<not markup> & ]] ]]>
  <!-- inner comment --><?inner pi data?>
  <empty/><spaced   attr = "1"   />
  <e2></e2 >
</root>
<!-- trailing -->
""")
print(doc.tag, doc.attrib)
print(repr(doc.text))
print([(e.tag, e.attrib, e.text, e.tail) for e in doc])
print(ET.tostring(doc))

print(repr(ET.fromstring("<a>line1\r\nline2\rline3</a>").text))
print(repr(ET.fromstring("<a x='a\r\nb'/>").get("x")))
print(repr(ET.fromstring("<a>\u00e9\u4e2d\U0001F600</a>").text))
print(repr(ET.fromstring("<a>]</a>").text), repr(ET.fromstring("<a>]]</a>").text), repr(ET.fromstring("<a>x]y</a>").text))

ns = ET.fromstring("""<r xmlns="urn:d" xmlns:p="urn:p" xmlns:xml="http://www.w3.org/XML/1998/namespace">
<p:a p:x="1" y="2" xml:lang="en"><b xmlns="">inner</b><c/></p:a></r>""")
for e in ns.iter():
    print(e.tag, e.attrib)

print(ET.fromstring(b"<a>caf\xc3\xa9</a>").text)
print(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text)
print(ET.fromstring("<a>x</a>".encode("utf-16")).text)
print(ET.fromstring(b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>").text)
for data in [b"<?xml version='1.0' encoding='ascii'?><a>\xe9</a>", b"<a>\xff</a>", b"<a>\xc3</a>", b"<a>x\n\xc3(</a>"]:
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        print(data, e)
try:
    ET.fromstring(b"<?xml version='1.0' encoding='bogus'?><a/>")
except LookupError as e:
    print("LookupError", e)
print(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>\u00e9</a>").text)

dt = ET.fromstring("""<!DOCTYPE note [
<!ELEMENT note (#PCDATA)>
<!ENTITY writer "Donald &amp; Co">
<!ENTITY copy "&#169;">
]>
<note>&writer; &copy;</note>""")
print(dt.text)

p = ET.XMLParser()
for piece in ["<ro", "ot><it", "em>te", "xt &am", "p; </item>", "</root>"]:
    p.feed(piece)
r = p.close()
print(r.tag, r[0].text)

p = ET.XMLParser()
for b in "<a>é€</a>".encode("utf-8"):
    p.feed(bytes([b]))
print(p.close().text)

bad = ["<a><b></a>", "", "   ", "<a>", "<a></a><b/>", "<a>&foo;</a>", "<a x='1' x='2'/>", "<p:a/>",
       "<a", "<a b=1/>", "<a>&#0;</a>", "<a>&#xZ;</a>", "<1a/>", "<a></a>junk", "<a>\n<b>\n</c></a>",
       "<a><!-- x -- y --></a>", "<a>]]></a>", "<a x='<'/>", " <?xml version='1.0'?><a/>", "<a>&amp</a>",
       "<a><![CDATA[x</a>", "<a b='1'c='2'/>", "<a>\x01</a>", "<a></ a>", "text", "<a>&#1114112;</a>",
       "<a xmlns:p=''/>", "<a:b:c/>", "<a b:c:d='1'/>", "<a>x", "<a><!--x", "<a><?pi", "<a><![CDATA[x",
       "<a p:x='1'/>", "<a><b/></a>\n\n  <c/>", "<a>\n  <b>\n</a>", "<a/>&amp;", '&amp;<a/>', 'x<a/>', '<a/>x', '<a/>]]>', ']<a/>', '<a/><!DOCTYPE a>',
       '<!DOCTYPE a><!DOCTYPE a><a/>', '<a><!DOCTYPE a></a>', '<a/><![CDATA[x]]>', '<a><!x></a>', '\x01<a/>',
       '<a/>\x01', '<a/></a>', '</a>', "<a x='1' b:x='2' xmlns:b='u'/>"]
for text in bad:
    try:
        ET.fromstring(text)
        print(repr(text), "parsed")
    except ET.ParseError as e:
        print(repr(text), "|", e, "|", e.code, e.position, isinstance(e, SyntaxError))

events = []


class Target:
    def start(self, tag, attrib):
        events.append(("start", tag, attrib))

    def end(self, tag):
        events.append(("end", tag))

    def data(self, data):
        events.append(("data", data))

    def comment(self, text):
        events.append(("comment", text))

    def pi(self, target, data):
        events.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        events.append(("start-ns", prefix, uri))

    def end_ns(self, prefix):
        events.append(("end-ns", prefix))

    def close(self):
        return "closed"


parser = ET.XMLParser(target=Target())
parser.feed("<r xmlns:q='urn:q'><!--c--><q:x a='1'>t\nu</q:x><?p d?>&lt;</r>")
print(parser.close())
for ev in events:
    print(ev)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
withc = ET.fromstring("<a>x<!--c-->y<?p d?>z</a>", ET.XMLParser(target=tb))
print(ET.tostring(withc), [child.tag is ET.Comment or child.tag is ET.PI for child in withc])

source = io.BytesIO(b"<root xmlns='urn:r'><a>1</a><!--c--><b>2</b></root>")
for event, item in ET.iterparse(source, events=("start", "end", "start-ns", "end-ns", "comment")):
    print(event, item if event in ("start-ns", "end-ns") else item.text if event == "comment" else item.tag)
it = ET.iterparse(io.BytesIO(b"<r><x/></r>"))
print(it.root)
print([(ev, el.tag) for ev, el in it], it.root.tag)
try:
    for ev, el in ET.iterparse(io.BytesIO(b"<r><x></r>")):
        print(ev, el.tag)
except ET.ParseError as e:
    print("ParseError", e)

pull = ET.XMLPullParser(events=("start", "end"))
pull.feed("<r><a>")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("</a><b/>")
print([(ev, el.tag) for ev, el in pull.read_events()])
pull.feed("</r>")
pull.close()
print([(ev, el.tag) for ev, el in pull.read_events()])
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as e:
    print("ValueError", e)

tree, ids = ET.XMLID("<r><a id='one'/><b id='two'><c id='three'/></b></r>")
print(tree.tag, sorted(ids), ids["three"].tag)
print(ET.fromstringlist(["<a>", "text", "</a>"]).text)
print(ET.XML("<x y='z'/>").attrib)
