import textwrap
from textwrap import TextWrapper

w = TextWrapper()
print(w.width, w.tabsize, w.expand_tabs, w.replace_whitespace, w.drop_whitespace, w.placeholder, repr(w.initial_indent))
text = "a\tb\tc\td  e\nnew line\x0bvt\x0cff"
for kw in [{}, {"tabsize": 4}, {"expand_tabs": False}, {"replace_whitespace": False, "expand_tabs": False}, {"tabsize": 1, "width": 8}]:
    print(kw, TextWrapper(width=kw.pop("width", 30), **kw).wrap(text))
print(TextWrapper(width=10, drop_whitespace=False).wrap("   lead and trail   "))
print(TextWrapper(width=10).wrap("   lead and trail   "))
print(TextWrapper(width=6).wrap("supercalifragilistic word"))
print(TextWrapper(width=6, break_long_words=False).wrap("supercalifragilistic word"))
print(TextWrapper(width=10).wrap("well-known self-explanatory thing"))
print(TextWrapper(width=10, break_on_hyphens=False).wrap("well-known self-explanatory thing"))
print(TextWrapper(width=12, initial_indent="* ", subsequent_indent="  ").fill("one two three four five six seven"))
print(TextWrapper(width=20, fix_sentence_endings=True).wrap("Hello there. How are you? Fine! Mr. Smith went."))
print(TextWrapper(width=15, max_lines=2).wrap("the quick brown fox jumps over the lazy dog"))
print(TextWrapper(width=15, max_lines=2, placeholder=" ~").wrap("the quick brown fox jumps over the lazy dog"))
print(TextWrapper(width=15, max_lines=3).wrap("short text"))
w = TextWrapper(width=20)
w.width = 8
w.initial_indent = "> "
print(w.wrap("mutating attributes changes the output"))
print(w.fill(""), repr(w.fill("")), w.wrap(""), w.wrap("   "))
print(textwrap.wrap("x" * 25, width=10), textwrap.wrap("word " * 3, 5))
print(textwrap.fill("a b c d e f g", width=3, initial_indent="", subsequent_indent=" "))

for kw in [{"width": 0}, {"width": -3}, {"width": 5, "initial_indent": "       "},
           {"width": 10, "max_lines": 1, "placeholder": " [...too long...]"},
           {"width": 4, "max_lines": 1, "initial_indent": "ab", "placeholder": "..."}]:
    try:
        print(kw, TextWrapper(**kw).wrap("some words to wrap around here"))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    textwrap.wrap(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.fill("x", nosuch=1)
except Exception as e:
    print(type(e).__name__, e)
