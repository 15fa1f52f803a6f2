import shlex

for s in ['a "b c" d', "a 'b\\' c", "a\\ b", '"a\\"b"', '""', "''", 'a#b c # comment', "  lead  trail  ",
          'echo "$HOME" \'$HOME\'', 'git commit -m "fix: the thing"', 'a"b"c', "one\ttwo\nthree", '"\\n\\\\"',
          "x\\\ny", "it's" + '"' + "ok" + '"']:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ['x "unclosed', "x 'unclosed", "x\\"]:
    try:
        shlex.split(s)
    except ValueError as e:
        print(repr(s), "ValueError", e)
