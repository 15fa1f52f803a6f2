import shlex

for s in ["", "abc", "a b", "it's", "safe-chars_@%+=:,./", "$HOME", "semi;colon", "new\nline", "é", "*", "tab\t"]:
    print(repr(s), shlex.quote(s))
cmd = ["git", "commit", "-m", "it's done", "--author=A B <a@b>"]
joined = shlex.join(cmd)
print(joined)
print(shlex.split(joined) == cmd)
try:
    shlex.quote(5)
except TypeError as e:
    print("TypeError", e)
