# Case mapping beyond ASCII: casefold, upper/lower/title with special characters, and comparisons.
words = ["Straße", "ǅemal", "ΣΊΣΥΦΟΣ", "ﬁne", "İstanbul", "ǈ", "ß", "Ω"]
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.swapcase(), w.capitalize(), len(w.upper()))
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), "ﬃ".upper(), "ŉ".upper())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆ".istitle(), "ǆ".isupper())
print("hello world".title(), "they're bill's".title(), "x1y2".title(), "ÀB".title())
print("ΑΣ".lower(), "ΑΣ Α".lower(), "aΣb".lower())
print(sorted(["b", "A", "a", "B"], key=str.casefold), sorted(["é", "e", "f"]))
print("ǰ".upper(), len("ǰ".upper()), "ﬀ".title(), "ǆa".title())
print("\u0130".lower(), len("\u0130".lower()), [hex(ord(c)) for c in "\u0130".lower()])
