# The is* predicates walk a str's code points in place, inline short strs and long ones alike.
words = ["", "a", "A", "1", "12345", "abc", "ABC", "Abc", "a1", "١٢٣", "²", "½", "x y", " ", "\t\n", "Straße", "ǅ", "Hello World", "hello world", "HELLO 1", "𝐀𝐁", "𝟘𝟙", "\ud800", "ab" * 20, "AB" * 20 + "c", "Ab Cd", "ǅa", "ⅷ", "Ⅷ"]
for w in words:
    print(repr(w), [w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isascii(), w.isprintable(), w.isidentifier()])
class S(str): pass
print(S("Ab").istitle(), S("12").isdigit(), S("").isalpha())
try:
    str.isdigit(5)
except TypeError as e:
    print(e)
