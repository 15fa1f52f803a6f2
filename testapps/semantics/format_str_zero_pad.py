# A '0' before the width of a str's format spec pads with zeros on the right (str's default
# alignment); '=' and a sign are still refused for str.
print(format("ab", "05"), format("ab", "<05"), format("ab", ">05"), format("ab", "^06"))
print(f"{'ab':05}|{'ab':>05}|{'abcdef':05}|{'ab':05.1}|{'x':*<05}")
print("{:05}".format("ab"), "{0:010}".format("héllo"), format(42, "05"), format(-4.5, "08.2f"))


class S(str):
    pass


print(format(S("ab"), "05"), f"{S('q'):03}")
for spec in ("=5", "+05", "#05", "05d", "0=5"):
    try:
        print(spec, repr(format("ab", spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
