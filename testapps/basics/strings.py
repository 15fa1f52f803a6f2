# str operations, f-strings with plain fields, print with sep= and end=.
name = "PyPack"
version = 1
print("Hello, " + name + "!")
print(name * 3, len(name), name[0], name[-1])
print(f"{name} version {version}")
print(f"{name!r} and {version + 1} and {1.5 * 2} and {[1, 2]}")
print(f"nested {f'inner {version}'} done")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print("x", 1, 2.5, None, True, sep="|", end="<end>\n")
print()
print("unicode: é ü 😀", len("😀"), len("é"))
print("tab\there", 'quote\'s', "back\\slash")
print(str(42), str(4.0), str(None), repr(3), repr("s"))
print("ab" < "b", "abc" == "abc", "a" in "cat", "dog" not in "cat")
s = "line"
s += "s"
print(s.upper(), s.lower())
print(f"{'x'}{'y'}", f"{{literal}}")
