# After a %(key) conversion the looked-up value replaces the arguments (CPython's rule): a later
# positional conversion has nothing left, a '*' after a key takes the value itself. Only "%%" is a
# literal percent; '%' after a key, flags or a width takes an argument and is then unsupported.
cases = [
    ("%(a)s and %s", {"a": 1}),
    ("%s and %(a)s", {"a": 1}),
    ("%(a)s %(a)r %%", {"a": "x"}),
    ("%(a)*d", {"a": 5}),
    ("%(a).*f", {"a": 2}),
    ("%(a)*d", {"a": "w"}),
    ("%s %s", {"a": 1}),
    ("%(a)s", ("t",)),
    (b"%(a)s %s", {b"a": b"v"}),
    (b"%s %(a)s", {b"a": b"v"}),
    ("%5%", (1,)),
    ("%5%", 1),
    ("%-%|", ("x",)),
    ("%5% %s", (1, 2)),
    ("%5%", ()),
    ("%(a)%", {"a": 1}),
    ("%(a)%", {}),
    ("%(a)5%", {"a": 1}),
    ("%%", ()),
    ("%% %s %%", ("m",)),
    ("a%", ()),
    (b"%5%", (1,)),
    (b"%(a)%", {b"a": 1}),
    (b"%%|%s", (b"z",)),
]
for template, args in cases:
    try:
        print(repr(template % args))
    except Exception as e:
        print(type(e).__name__, e)
