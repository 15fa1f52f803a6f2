import string

print(repr(string.ascii_letters))
print(repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation))
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords(" the QUICK brown fox "), string.capwords(""))
print(string.capwords("a-b-c d", "-"), string.capwords("x,y,,z", ","), string.capwords("one two", sep=None))
password = "Abc123!x"
print([c in string.punctuation for c in password], all([c in string.hexdigits for c in "DEADbeef01"]))
table = str.maketrans("", "", string.punctuation)
print("Hello, World! (test)".translate(table))
