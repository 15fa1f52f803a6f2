import string

rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print("{:<10}|{:>5}|{:8.2f}".format(name, qty, price))
print([c for c in "a1B?\t " if c in string.whitespace], [c for c in "0x1F" if c in string.hexdigits])
counts = {}
for ch in "Hello, World! 123":
    if ch in string.ascii_uppercase:
        kind = "upper"
    elif ch in string.ascii_lowercase:
        kind = "lower"
    elif ch in string.digits:
        kind = "digit"
    elif ch in string.punctuation:
        kind = "punct"
    else:
        kind = "other"
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
print(string.capwords("hello world"), string.Template("$a-$b").substitute(a="x", b="y"))
