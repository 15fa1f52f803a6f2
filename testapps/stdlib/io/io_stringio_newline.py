# io.StringIO's newline argument: translation on write, where lines end, and the newlines attribute.
import csv
import io

for nl in ["\n", None, "", "\r", "\r\n", "default"]:
    if nl == "default":
        s = io.StringIO("a\nc\rd\r\ne\r")
    else:
        s = io.StringIO("a\nc\rd\r\ne\r", newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()), s.tell(), repr(s.newlines))
    print("  write returns", s.write("x\ny\r\n"), repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print("  ", repr(s.readline()), repr(s.readline()), repr(s.read()))
    s.seek(0)
    print("  ", s.readlines())

for bad in ["x", "\n\r", 5, b"\n"]:
    try:
        io.StringIO("", newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

s = io.StringIO(newline=None)
s.write("p\r")
s.write("\nq")
print(repr(s.getvalue()), s.tell(), repr(s.newlines))
s = io.StringIO(newline="")
s.write("only\r\n")
print(repr(s.newlines))
print(repr(io.StringIO("no endings").newlines), repr(io.StringIO("a\nb", newline=None).newlines))

# csv reads a StringIO made with newline="" as it reads a file opened that way.
data = 'name,note\r\nann,"two\rlines"\r\nbob,plain\n'
print(list(csv.reader(io.StringIO(data, newline=""))))
print(list(csv.reader(io.StringIO(data))))
print(list(csv.reader(io.StringIO("a,b\rc,d\r", newline=""))))
