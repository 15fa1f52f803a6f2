from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.template)
print(Template("${noun}ification and $$5 and $$$x").substitute(noun="class", x=1))
print(Template("$a$b ${a}x $a_b").substitute(a=1, b=2, a_b=3))
print(Template("Price: $price").substitute(price=9.5), Template("$x").substitute(x=[1, 2]))
s = Template("$who likes $what and $ and ${bad")
print(s.safe_substitute(who="tim"))
print(s.safe_substitute({"what": "jam"}))
print(Template("$who").is_valid(), Template("$ x").is_valid(), Template("$a $b $a ${c}").get_identifiers())
print(Template.delimiter, Template("no placeholders").substitute())
for tmpl, mapping in [("$missing", {}), ("line1\n  $", {}), ("ab $", {}), ("$", {}), ("x\n$5", {}), ("${a", {"a": 1}), ("a\n\nb $!", {})]:
    try:
        print(Template(tmpl).substitute(mapping))
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)


# Subclasses change the delimiter, the identifier patterns or the whole pattern.
class AtTemplate(Template):
    delimiter = "@"


class DottedTemplate(Template):
    braceidpattern = r"(?a:[_a-z][_a-z0-9.]*)"


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
    flags = 0


class Angle(Template):
    pattern = r"<(?:(?P<escaped><)|(?P<named>[a-z]+)>|(?P<braced>)(?!)|(?P<invalid>))"


class Broken(Template):
    pattern = r"\$(?P<other>[a-z]+)"


a = AtTemplate("@who costs $5 and @@ @{what}")
print(a.substitute(who="tea", what="cake"), a.get_identifiers(), AtTemplate.pattern.pattern.count("@"))
print(DottedTemplate("${user.name} $user.name").safe_substitute({"user.name": "ann", "user": "U"}))
print(PercentTemplate("%abc %ABC %%").safe_substitute(abc=1, ABC=2), PercentTemplate.flags)
print(Angle("<x> << <y").safe_substitute(x=1), Angle("<x>").substitute(x=2), Angle("<1").is_valid())
print(type(a).__mro__[1], Template.pattern.flags & 2 != 0, isinstance(Template.braceidpattern, type(None)))
for call in (lambda: Broken("$abc").substitute(abc=1), lambda: Broken("$abc").is_valid(),
             lambda: Broken("$abc").get_identifiers(), lambda: Template("$x").substitute(None),
             lambda: Template("$x").substitute({}, {}), lambda: AtTemplate("a @ b").substitute()):
    try:
        print(call())
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(type(e).__name__, str(e).replace(Broken.pattern.pattern, "<pattern>"))
print(Template("$a $b").substitute({"a": 1, "b": 2}, b=3), Template("$a").substitute(a=None))


class Unnamed(Template):
    pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|(?P<braced>)(?!)|(?P<invalid>)(?!)|!)"


for method in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    try:
        print(getattr(Unnamed("$a $!"), method)(*(() if method[0] in "ig" else ({"a": 1},))))
    except ValueError as e:
        print(method, e.args[0], e.args[1] is Unnamed.pattern)
