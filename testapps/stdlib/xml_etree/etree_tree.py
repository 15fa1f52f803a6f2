# Element API: construction, children, attributes, iteration, copy and the errors CPython raises.
import copy
import xml.etree.ElementTree as ET

root = ET.Element("root", {"a": "1"}, b="2")
print(root.tag, root.attrib, root.text, root.tail, len(root), bool(root))
child = ET.SubElement(root, "child", name="x")
child.text = "hello"
child.tail = "\n"
other = ET.Element("other")
root.append(other)
root.insert(0, ET.Element("first"))
root.extend([ET.Element("e1"), ET.Element("e2")])
print([e.tag for e in root], len(root), bool(root))
print(root[1].tag, [e.tag for e in root[1:3]], root[-1].tag)
root[0] = ET.Element("replaced")
del root[-1]
print([e.tag for e in root])
root[1:3] = [ET.Element("s1")]
print([e.tag for e in root])
root.remove(root[0])
print([e.tag for e in root])
try:
    root.remove(ET.Element("nothere"))
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: root.append("x"), lambda: root.insert(0, 5), lambda: root.extend([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    ET.Element("x", "notadict")
except TypeError as e:
    print("TypeError", e)
print(root.get("a"), root.get("zz"), root.get("zz", "dflt"))
root.set("c", "3")
print(sorted(root.keys()), sorted(root.items()))
print(ET.iselement(root), ET.iselement("x"))

doc = ET.fromstring("<a><b>1<c>2</c>3</b>4<d/>5<!--c--><?pi x?></a>")
print([e.tag for e in doc.iter()], [e.tag for e in doc.iter("c")], [e.tag for e in doc.iter("*")])
print(list(doc.itertext()))
print(ET.tostring(doc))

c = copy.copy(doc)
print(c is doc, c[0] is doc[0], c.tag)
d = copy.deepcopy(doc)
print(d[0] is doc[0], ET.tostring(d) == ET.tostring(doc))
doc.clear()
print(doc.tag, doc.attrib, len(doc), doc.text)

com = ET.Comment("a comment")
pi = ET.PI("target", "data here")
pi2 = ET.ProcessingInstruction("only")
print(com.tag is ET.Comment, com.text, pi.text, pi2.text)
holder = ET.Element("h")
holder.extend([com, pi, pi2])
print(ET.tostring(holder))

q = ET.QName("http://ns", "tag")
print(q, repr(q), q.text, q == "{http://ns}tag", q == ET.QName("{http://ns}tag"), hash(q) == hash("{http://ns}tag"))
e = ET.Element(q, {ET.QName("http://ns", "attr"): ET.QName("http://ns", "val")})
print(ET.tostring(e))


class MyElement(ET.Element):
    def describe(self):
        return "my " + self.tag


m = MyElement("mine")
sub = m.makeelement("kid", {})
m.append(sub)
print(m.describe(), type(sub).__name__, repr(m).startswith("<MyElement 'mine' at 0x"))
print(repr(ET.Element("x")).startswith("<Element 'x' at 0x"))

tree = ET.ElementTree(ET.fromstring("<r><x>1</x><x>2</x></r>"))
print(tree.getroot().tag, tree.findtext("x"), [e.text for e in tree.findall("x")], [e.tag for e in tree.iter()])
tree._setroot(ET.Element("new"))
print(tree.getroot().tag)
