# str + str with astral characters and lone surrogates: lengths, indexing and equality of the results.
smile = "\U0001F600"
parts = ["ab", smile, "c" + smile, "\ud800", "x\udfff", "é", ""]
for a in parts:
    row = []
    for b in parts:
        s = a + b
        row.append((len(s), s == a + b, s[-1:] == b[-1:] if b else s == a))
    print(row)
t = "row"
for i in range(5):
    t = t + smile + str(i)
print(len(t), t.count(smile), t[-2:] == smile + "4")
u = "k" + "\ud800" + "z"
print(len(u), ascii(u))
h = "head" + "=" + "TAIL"
print(h, len(h), hash(h) == hash("head=TAIL"))
