# ElementPath: the XPath subset of find/findall/findtext/iterfind, namespaces and its errors.
import xml.etree.ElementTree as ET

doc = ET.fromstring("""<root>
  <item id="1" kind="a"><name>one</name><tag>x</tag></item>
  <item id="2" kind="b"><name>two</name></item>
  <item id="3"><name>three</name><sub><item id="4"><name>four</name></item></sub></item>
  <other><name>five</name></other>
</root>""")


def show(path, **kw):
    try:
        found = doc.findall(path, **kw)
        print(repr(path), [(e.tag, e.get("id")) for e in found])
    except SyntaxError as e:
        print(repr(path), type(e).__name__, e)


for path in ["item", "*", ".", "./item", "item/name", ".//name", ".//item", "*/name", "item/..",
             ".//item/..", "item[@kind]", "item[@kind='b']", "item[@kind!='b']", 'item[@id="3"]',
             "item[name]", "item[name='two']", "item[name!='two']", "item[1]", "item[2]", "item[last()]",
             "item[last()-1]", ".//item[@id='4']/name", "item/", "nothing", ".//*[@id]", "item[sub]",
             ".//name[.='five']", ".//name[.!='five']", "{*}item", "{}item", "item[0]", "item[last()+1]",
             "/item", "item[foo()]", "//item", "item[@a='1' and @b='2']", "..", "item/../other"]:
    show(path)

print(doc.find("item").get("id"), doc.find("nope"), doc.findtext("item/name"), doc.findtext("nope"),
      repr(doc.findtext("nope", "default")), repr(doc.findtext("item/tag/..")))
empty = ET.fromstring("<a><b/></a>")
print(repr(empty.findtext("b")))
print([e.get("id") for e in doc.iterfind(".//item")])

ns = ET.fromstring("""<r xmlns="http://default" xmlns:p="http://p">
  <item/><p:item a="1"/><p:other p:attr="2"/>
</r>""")
print([e.tag for e in ns])
print([e.tag for e in ns.findall("{http://default}item")])
print([e.tag for e in ns.findall("p:item", {"p": "http://p"})])
print([e.tag for e in ns.findall("item", {"": "http://default"})])
print([e.tag for e in ns.findall("{*}item")])
print([e.tag for e in ns.findall("{http://p}*")])
print([e.tag for e in ns.findall("p:other[@p:attr='2']", {"p": "http://p"})])
try:
    ns.findall("q:item", {"p": "http://p"})
except SyntaxError as e:
    print("SyntaxError", e)
try:
    ns.findall("q:item")
except SyntaxError as e:
    print("SyntaxError", e)

import warnings
tree = ET.ElementTree(doc)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print([e.get("id") for e in tree.findall("/item")])
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
