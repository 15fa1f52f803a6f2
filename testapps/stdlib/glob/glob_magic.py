import glob

for s in ["abc", "a*c", "a?c", "a[b]c", "a]c", "", "**"]:
    print(repr(s), glob.has_magic(s), glob.escape(s))
print(glob.escape("/path/to/[weird]*file?.txt"))
print(glob.glob(""), glob.glob("/definitely/not/here/*"))
