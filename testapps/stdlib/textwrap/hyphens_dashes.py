# How textwrap cuts words: hyphens, em-dashes ("--"), options, and words longer than a line.
import textwrap

samples = [
    "a well-known fact about non-trivial-thing handling",
    "use --option or -x, not a--b or foo--bar--baz",
    "x-y-z a-b-c-d ab-c-de a-bc-de 123-456 a-1 1-a",
    "Hi!--there 'q'--r e.g.-like f(x)-g x-(y) 1.5-2.5",
    "em\u2014dash über-cool a_b-c_d word-- --word pre- -x",
    "supercalifragilisticexpialidocious-and-then-some more",
    "----------separator---------- text",
]
for text in samples:
    for width in (6, 11, 17):
        print(width, textwrap.wrap(text, width))
    print("no hyphens", textwrap.wrap(text, 11, break_on_hyphens=False))
    print("no long words", textwrap.wrap(text, 8, break_long_words=False))
    print("both off", textwrap.wrap(text, 8, break_long_words=False, break_on_hyphens=False))

long = "Pneumonoultramicroscopicsilicovolcanoconiosis"
for width in (1, 5, 10, 44, 45):
    print(width, textwrap.wrap(long, width))
print(textwrap.wrap("ab " + long, 10, initial_indent="> ", subsequent_indent="  "))
print(textwrap.wrap("--------abc-defghijklmnop", 10))
print(textwrap.wrap("x--------abc-defghijklmnop", 10))
print(textwrap.wrap("abc-defghijkl-mnopqrst-uvw", 9))

# whitespace handling
text = "one\ttwo\nthree  four\x0bfive\x0cs\u2003x\xa0y"
print(textwrap.wrap(text, 12))
print(textwrap.wrap(text, 12, expand_tabs=False))
print(textwrap.wrap(text, 12, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4), textwrap.wrap("a\tb", 20, tabsize=0))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("   ", 10), textwrap.wrap("", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.fill("word " * 12, 20, initial_indent="* ", subsequent_indent="  | "))

# sentence endings
s = "Mr. Smith went. He said \"hi.\" Then 'bye!' OK? yes. A.B. ends. x"
print(textwrap.wrap(s, 30, fix_sentence_endings=True))
print(textwrap.fill("end. Start again? sure! ok", 80, fix_sentence_endings=True))

w = textwrap.TextWrapper(width=15)
print(w.width, w.initial_indent == "", w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 8
w.break_on_hyphens = False
print(w.wrap("state-of-the-art tools"))
w.break_on_hyphens = True
print(w.wrap("state-of-the-art tools"))
