# Serialization: tostring with encodings and methods, declarations, namespaces, indent, dump, write.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

root = ET.Element("root", {"q": 'a"b<c>&d\n\r\te', "plain": "v"})
root.text = "text & <stuff> \"quoted\" 'single' caf\u00e9 \u20ac"
br = ET.SubElement(root, "br")
br.tail = "after"
script = ET.SubElement(root, "script")
script.text = "if (a < b && c > d) {}"
ET.SubElement(root, "empty")

print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="UTF-8"))
print(ET.tostring(root, encoding="iso-8859-1"))
print(ET.tostring(root, encoding="utf-16")[:60])
print(ET.tostring(root, encoding="us-ascii", xml_declaration=True))
print(ET.tostring(root, encoding="unicode", xml_declaration=True))
print(ET.tostring(root, xml_declaration=False, encoding="latin-1"))
print(ET.tostring(root, method="html"))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(root, short_empty_elements=False))
print(ET.tostringlist(root, encoding="unicode"))
try:
    ET.tostring(root, method="json")
except ValueError as e:
    print("ValueError", e)

bad = ET.Element("x")
bad.text = 5
try:
    ET.tostring(bad)
except TypeError as e:
    print("TypeError", e)
bad = ET.Element("x", a=1)
try:
    ET.tostring(bad)
except TypeError as e:
    print("TypeError", e)

none_tag = ET.Element(None)
none_tag.text = "just text"
ET.SubElement(none_tag, "inner").text = "in"
print(ET.tostring(none_tag))

ns = ET.Element("{http://a}root", {"{http://b}attr": "1", "{http://www.w3.org/XML/1998/namespace}lang": "en"})
ET.SubElement(ns, "{http://a}child")
ET.SubElement(ns, "{http://c}other")
ET.SubElement(ns, "{http://www.w3.org/2001/XMLSchema-instance}nil")
print(ET.tostring(ns))
print(ET.tostring(ns, default_namespace="http://a"))
try:
    ET.tostring(ET.fromstring("<a><b/></a>"), default_namespace="http://a")
except ValueError as e:
    print("ValueError", e)
ET.register_namespace("aa", "http://a")
print(ET.tostring(ns))
try:
    ET.register_namespace("ns3", "http://x")
except ValueError as e:
    print("ValueError", e)
ET.register_namespace("bb", "http://a")
print(ET.tostring(ns))

parsed = ET.fromstring(b"<?xml version='1.0' encoding='iso-8859-1'?><r><a>caf\xe9</a></r>")
print(parsed[0].text, ET.tostring(parsed, encoding="unicode"))
parsed = ET.fromstring("<r xmlns='http://d' xmlns:x='http://x'><x:a x:b='1'/><c/></r>")
print(ET.tostring(parsed, encoding="unicode"))

tree = ET.fromstring("<a><b><c>t</c><d/></b><e>  </e><f>keep</f><g><h/></g></a>")
ET.indent(tree)
print(ET.tostring(tree, encoding="unicode"))
ET.indent(tree, space="\t", level=1)
print(ET.tostring(tree, encoding="unicode"))
try:
    ET.indent(tree, level=-1)
except ValueError as e:
    print("ValueError", e)
single = ET.Element("x")
ET.indent(single)
print(ET.tostring(single))

ET.dump(ET.fromstring("<a><b>x</b></a>"))
tailed = ET.fromstring("<a/>")
tailed.tail = "\n"
ET.dump(tailed)
ET.dump(ET.ElementTree(ET.fromstring("<t>tree</t>")))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.xml")
    t = ET.ElementTree(ET.fromstring("<doc><p>caf\u00e9</p></doc>"))
    t.write(path)
    print(open(path, "rb").read())
    t.write(path, encoding="utf-8", xml_declaration=True)
    print(open(path, "rb").read())
    t.write(path, encoding="unicode")
    print(open(path, "rb").read())
    buf = io.BytesIO()
    t.write(buf, encoding="utf-16")
    print(buf.getvalue()[:20])
    sbuf = io.StringIO()
    t.write(sbuf, encoding="unicode", method="html")
    print(sbuf.getvalue())
    back = ET.parse(path)
    print(back.getroot().tag, back.getroot()[0].text)
    with open(path, "rb") as f:
        print(ET.parse(f).findtext("p"))
