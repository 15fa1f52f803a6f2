# f-string = specifier and conversions: what the text before = keeps, with specs and nesting.
x = 10
name = "pypack"
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x= :>5}", f"{x=!s}", f"{name=!r:>10}", f"{items=}", f"{x*2=}", f"{x+1 = :05d}")
print(f"{name!a}", f"{'é'!a}", f"{name=!a}", f"{3.14159=:.2f}", f"{None=}", f"{items[0]=}")
width, prec = 8, 3
print(f"{2/3:{width}.{prec}f}|", f"{'x':{'^'}{width}}|", f"{x:{'x' if x > 5 else 'd'}}")
print(f"{{literal}}", f"{'{'}", f"{x!r:>{width}}", f"{f'{x}':>4}", f"{ {'k': 1}['k'] }")
print(f"{x:#x} {x:#o} {x:#b} {x:,} {1e6:,.1f} {-x:+} {x: } {0.5:%}")
obj = type("O", (), {"__format__": lambda self, spec: f"O[{spec}]", "__repr__": lambda self: "O()"})()
print(f"{obj}", f"{obj:abc}", f"{obj!r}", f"{obj=}", f"{obj=:z}")
