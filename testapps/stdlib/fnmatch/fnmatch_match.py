import fnmatch

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "a.txt", "b.TXT", ".hidden.py", "data[1].csv", "x", "dir/file.py"]
for pattern in ["*.py", "test_*", "*.[ct][sx][vt]", "?", "[!.]*.py", "*", "*.TXT", "data[[]1].csv", "[a-b].*", "*/*.py", "[]]", "[z-a]", "[!]", "x["]:
    print(pattern, fnmatch.filter(names, pattern))
print(fnmatch.fnmatch("FILE.PY", "*.py"), fnmatch.fnmatchcase("FILE.PY", "*.PY"), fnmatch.fnmatch("a/b", "a*b"))
print(fnmatch.fnmatch("", "*"), fnmatch.fnmatch("", "?"), fnmatch.fnmatch("abc", "a**c"), fnmatch.fnmatch("line\nbreak", "line*"))
print(fnmatch.fnmatch("aaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*b"))
print(fnmatch.fnmatch("a-b", "a[-]b"), fnmatch.fnmatch("a-b", "a[x-]b"), fnmatch.fnmatch("c", "[a-c-e]"), fnmatch.fnmatch("d", "[a-c-e]"))
