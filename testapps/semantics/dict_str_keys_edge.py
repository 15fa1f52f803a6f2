# Dict fast paths with keys that are not plain strs: str subclasses with their own __hash__ and
# __eq__ (called where CPython calls them), the get-then-set pattern of word counting with such
# keys mixed in, and dicts changed while they are iterated.
calls = []


class Folded(str):
    def __hash__(self):
        calls.append(("hash", str(self)))
        return hash(self.lower())

    def __eq__(self, other):
        calls.append(("eq", str(self), str(other)))
        return isinstance(other, str) and self.lower() == other.lower()

    __ne__ = lambda self, other: not self.__eq__(other)


class Plain(str):
    pass


freq = {}
for word in ["apple", "Apple", "APPLE", "pear", "apple"]:
    freq[word] = freq.get(word, 0) + 1
print(freq)
folded = Folded("APPLE")
freq[folded] = freq.get(folded, 0) + 100
print(freq, len(calls), calls[:4])
calls.clear()
for word in ["apple", "pear", "apple"]:
    freq[word] = freq.get(word, 0) + 1
print(freq, calls)
print(freq.get(Folded("PEAR")), freq.get(Plain("pear")), Plain("pear") in freq, type(list(freq)[0]).__name__)

# A subclass key stored first, plain strs counted after it.
d = {Plain("x"): 1}
for w in "x y x z x".split():
    d[w] = d.get(w, 0) + 1
print(d, [type(k).__name__ for k in d])

# Counting words with ints that overflow 64 bits on the way.
big = {"w": 2 ** 63 - 2}
for _ in range(3):
    big["w"] = big.get("w", 0) + 1
print(big, type(big["w"]).__name__)

# Changing a dict while iterating it.
d = {w: len(w) for w in "one two three four".split()}
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {w: len(w) for w in "one two three".split()}
for k in d:
    d[k] = d[k] * 10  # values may change: no error
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e, d)
d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d.pop("b")
        d["b"] = 3
except RuntimeError as e:
    print("RuntimeError", e, d)
print(sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: (-kv[1], kv[0])))
