import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used for "
        "testing type-faces and keyboards -- and now text wrapping as well.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, 40))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11, placeholder="..."))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("state-of-the-art well-being co-operation", 12))
print(textwrap.wrap("state-of-the-art well-being", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand spaces", 12), textwrap.wrap("tabs\there", 20, expand_tabs=False))
print(textwrap.wrap("Sentence one. Sentence two!  Three?", 40, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(w.wrap(text))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\n\nb", 10))
print(textwrap.wrap("  leading spaces kept?", 10, drop_whitespace=False))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("some text here", 3)
except ValueError as e:
    print("ValueError", e)

code = """
    def f():
        return 1

    # comment
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n  \n   y")))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(textwrap.indent("one\ntwo\n", "+ ", predicate=lambda line: True), end="")
