import html
import html.entities
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))
print(html.escape(""), html.escape("&amp;"))
tests = [
    "no refs", "&amp; &lt; &gt; &quot; &#x27; &#39;", "&amp", "&ampx", "&amp;x", "&notin; &notit; &not",
    "&Aacute;&aacute;&AElig", "&#65;&#x41;&#X41&#65", "&#0;&#13;&#128;&#x80;&#150;&#159;",
    "&#x1;&#11;&#x7f;&#xfdd0;&#xfffe;&#x10ffff;", "&#xd800;&#x110000;&#99999999999999999999;",
    "&#128512;&#x1F600;", "&unknown; & &; &# &#x; &#xg;", "&zwj;&zwnj;&NotEqualTilde;&bne;&fjlig;",
    "&" + "a" * 40 + ";", "&lt&gt&amp&quot", "&LT;&GT;&AMP;&QUOT;&COPY&REG", "a&b&c;d",
    "&nbsp;|&nbsp|&NBSP;", "&&amp;&", "&Pr;&pr;&prE;",
]
for t in tests:
    print(repr(t), "->", ascii(html.unescape(t)))
print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint["amp"], name2codepoint["euro"], codepoint2name[0x3b1], ascii(entitydefs["nbsp"]))
print(list(name2codepoint.items())[:5], list(codepoint2name.items())[-3:])
print(ascii(html5["gt;"]), ascii(html5["gt"]), "gt" in html5, "notin" in html5, ascii(html5["NotEqualTilde;"]))
print(list(html5)[:8])
print(sorted(k for k in html5 if not k.endswith(";"))[:10])
print(html.__all__, html.entities.__all__)
print(html.unescape(html.escape("<x & y>")))
