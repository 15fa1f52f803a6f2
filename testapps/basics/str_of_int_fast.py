# str() of ints: exact ints take a fast path; bool, int subclasses and huge ints must not.
class MyInt(int):
    def __repr__(self):
        return "MyInt.repr"


class MyStrInt(int):
    def __str__(self):
        return "MyStrInt.str"


values = [0, 7, 9, 10, -1, -9, 2**63 - 1, -2**63, 2**63, -(2**100), True, False, MyInt(5), MyStrInt(5)]
for v in values:
    s = str(v)
    print(type(v).__name__, s, len(s), type(s).__name__)
print(str(3) is str(3), str(3) == "3", str(-3) == "-3")
print("".join(str(i % 10) for i in range(25)))
print(sum(len(str(i)) for i in range(-1000, 1000)))
print({str(i): i for i in range(12)}["11"], hash(str(4)) == hash("4"))
