def configure(name, *, verbose=False, **options):
    return name, verbose, options

print(configure("a", verbose=True, level=3))
configure("a", "b")
