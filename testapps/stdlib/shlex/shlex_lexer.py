# shlex.shlex, the lexer class: posix and compatibility modes, punctuation_chars, whitespace_split,
# pushed-back tokens, errors; with traceback.TracebackException, StackSummary and FrameSummary.
import shlex, traceback, io
for posix in (False, True):
    for text in ["a b 'c d' \"e\\\"f\" # comment\nnext", "x=1;y='2'|z&&w", "esc\\ aped 'q x' \"a\\\\b\"", "w1 (w2) a.b-c/d *?="]:
        lx = shlex.shlex(text, posix=posix)
        print(posix, repr(text), list(lx), lx.lineno)
        lx = shlex.shlex(text, posix=posix, punctuation_chars=True)
        print("  punct", list(lx))
        lx = shlex.shlex(text, posix=posix); lx.whitespace_split = True
        print("  wsplit", list(lx))
lx = shlex.shlex("a 'unterminated", posix=True)
try: list(lx)
except ValueError as e: print("ValueError:", e)
lx = shlex.shlex("one two three")
print(lx.get_token(), end=" "); lx.push_token("zero"); print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()))
print(lx.error_leader("f.txt", 3), shlex.shlex("x", posix=True).eof, shlex.shlex("", punctuation_chars="|").punctuation_chars)
print(shlex.split("a 'b c'"), shlex.quote("x y"), shlex.join(["a", "b c"]))
try:
    {}["k"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()), len(te.stack), te.stack[0].name)
    print("".join(te.format()).splitlines()[-1])
    buf = io.StringIO(); te.print(file=buf); print(buf.getvalue().count("\n"))
print(traceback.StackSummary.from_list([("app.py", 3, "main", "run()"), traceback.FrameSummary("b.py", 4, "f", line="x = 1")]).format())
fs = traceback.FrameSummary("b.py", 4, "f", line="x = 1"); print(fs.filename, fs.lineno, fs.name, fs.line, list(fs))
