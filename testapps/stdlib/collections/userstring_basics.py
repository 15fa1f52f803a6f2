# collections.UserString: a str kept in .data, operators and conversions.
from collections import UserString

u = UserString("Hello")
print(repr(u), str(u), len(u), u.data, type(u.data).__name__)
print(UserString(42).data, UserString(UserString("x")).data, UserString([1, 2]).data)
print(u + "!", "<" + u, u + 1, repr(u * 2), repr(3 * UserString("ab")))
print(UserString("%s-%d") % ("a", 1), repr(UserString("x") % ()))
print("ell" in u, UserString("ell") in u, "z" in u)
print(u[1:3], type(u[1:3]).__name__, u[0], type(u[0]).__name__, u[-1])
print(list(u), list(reversed(u)))
print(u == "Hello", u == UserString("Hello"), u != "x", u < "World", u >= UserString("Hello"), u > "A")
print(hash(u) == hash("Hello"), sorted([UserString("b"), UserString("a")]))
print(int(UserString("5")), float(UserString("2.5")), complex(UserString("1j")))
print({u: 1}[UserString("Hello")], u.__getnewargs__())
for bad in (lambda: u[10], lambda: UserString("%d") % "x", lambda: int(UserString("x")), lambda: u - 1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
