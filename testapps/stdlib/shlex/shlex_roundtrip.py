import shlex

commands = [["ls", "-la", "/tmp"], ["echo", ""], ["printf", "%s\n", "a b", "c'd", 'e"f'], ["x", "\\back\\slash"]]
for cmd in commands:
    line = shlex.join(cmd)
    back = shlex.split(line)
    print(line, back == cmd)
print(shlex.split("cmd --opt='value with spaces' --flag"))
print(shlex.split('a\\"b "c\\\\d" \'e\\\\f\''))
