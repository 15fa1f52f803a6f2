# split without groups (the engine's allocation-free path) and with groups: empty matches, maxsplit
# (zero, negative, reached before or after an empty match), pos of the pieces in strings with
# characters outside the BMP, bytes, and arguments that need re.py's checks.
import re

cases = [
    (r"[ ,]+", "a, b  c,d", 0),
    (r"[ ,]+", "a, b  c,d", 2),
    (r"[ ,]+", "a, b  c,d", -1),
    (r"[ ,]+", ", a,", 0),
    (r"x*", "axbc", 0),
    (r"x*", "axxbxc", 2),
    (r"b|x*", "axbxc", 3),
    (r"xx|\b", "one xx two", 0),
    (r"(?=b)", "abab", 0),
    (r",", "", 0),
    (r"", "abc", 2),
    (r"\s", "a\U0001F600 b\U0001F600c d", 0),
    (r"\U0001F600", "a\U0001F600b\U0001F600\U0001F600c", 0),
    (r"(\U0001F600)|x", "a\U0001F600bxc", 0),
    (r"(,)(\s)?", "a, b,c", 0),
    (r"(,)(\s)?", "a, b,c", 1),
]
for pattern, text, maxsplit in cases:
    print(repr(pattern), maxsplit, re.split(pattern, text, maxsplit))
print(re.split(rb"[.:]", b"1.2:3"), re.compile(rb"[.:]").split(bytearray(b"1:2"), 1))
print(re.compile(r"\d").split("a1b2c", maxsplit=True))
for args in [(r"a", b"bab"), (rb"a", "bab"), (r"a", None)]:
    try:
        re.split(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.split(r"a", "bab", "1")
except TypeError as e:
    print("TypeError:", e)
