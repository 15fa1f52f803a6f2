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
