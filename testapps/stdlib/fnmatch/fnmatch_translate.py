import fnmatch

for pattern in ["*.py", "a*b*c", "[a-z]?", "[!x]", "[]]", "[z-a]", "[a-]", "[!]", "x[", "**/*.txt", "[a-c-e]", "a b",
                "a.b+c(d)", "*", "**", "?*?", "[^a]", "[\\]", "[a&&b]", "{x}", "#", "[!a-c-]", "*a*", "~"]:
    print(repr(pattern), repr(fnmatch.translate(pattern)))
