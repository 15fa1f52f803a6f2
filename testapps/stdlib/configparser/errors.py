import configparser

def attempt(text, **kw):
    cp = configparser.ConfigParser(**kw)
    try:
        cp.read_string(text)
        print("ok", {s: dict(cp[s]) for s in cp.sections()})
    except Exception as e:
        print(type(e).__name__, e)
    return cp

attempt("[a]\nx = 1\n[a]\ny = 2\n")
attempt("[a]\nx = 1\n[a]\ny = 2\n", strict=False)
attempt("[a]\nx = 1\nx = 2\n")
attempt("[a]\nx = 1\nx = 2\n", strict=False)
attempt("x = 1\n[a]\n")
attempt("[a]\nthis line has no delimiter\n")
attempt("[a]\nkey\n", allow_no_value=True)
attempt("[a]\nk: v\nj = w\n", delimiters=(":",))
attempt("# comment\n; other\n[a]\nk = v ; inline\n")
attempt("[a]\nk = v ; inline\n", inline_comment_prefixes=(";",))
attempt("[a]\nk = v // c\n", comment_prefixes=("//",), inline_comment_prefixes=("//",))
attempt("[a]\nk = first\n  second\n\n  third\n")
attempt("[a]\nk = first\n  second\n\n  third\n", empty_lines_in_values=False)
attempt("[Section]\nK = V\n", default_section="Section")
attempt("[a]\nk = 1\n", defaults={"d": "x"})

cp = configparser.ConfigParser()
cp.read_string("[a]\nx = %(y)s\ny = %(x)s\nz = %(missing)s\nbad = 100%\nok = 100%%\n")
print(cp.get("a", "ok"))
for opt in ["x", "z", "bad"]:
    try:
        cp.get("a", opt)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: cp.get("b", "x"), lambda: cp.get("a", "nope"), lambda: cp.add_section("a"),
            lambda: cp.add_section("DEFAULT"), lambda: cp.add_section(3), lambda: cp.options("zz"),
            lambda: cp.set("zz", "k", "v"), lambda: cp.set("a", "k", "50%"),
            lambda: cp.remove_option("zz", "k"), lambda: cp.items("zz")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(cp.remove_section("a"), cp.remove_section("a"), cp.remove_option("DEFAULT", "x") if cp.has_section("DEFAULT") else "no DEFAULT section")
print(cp.has_option("a", "x"), cp.get("a", "x", fallback="fb"), cp.getint("b", "n", fallback=7))
print(issubclass(configparser.DuplicateSectionError, configparser.Error),
      issubclass(configparser.NoOptionError, configparser.Error),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
e = configparser.NoOptionError("opt", "sec")
print(e.option, e.section, e.args)
e = configparser.DuplicateOptionError("s", "o", "<string>", 4)
print(e, e.lineno, e.source)
raw = configparser.RawConfigParser()
raw.read_string("[a]\nv = %(nothing)s\n")
raw.set("a", "n", 5)
print(raw.get("a", "v"), raw.get("a", "n"))
