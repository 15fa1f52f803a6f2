import traceback
import sys
import io


def level3():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    summary = traceback.extract_stack()
    print([(s.name, s.lineno, s.line) for s in summary])
    print([(s.name, s.lineno) for s in traceback.extract_stack(limit=-1)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)])
    return traceback.extract_stack(sys._getframe(1))


def level2():
    return level3()


def level1():
    return [level2() for _ in range(1)][0]


print([(s.name, s.lineno) for s in level1()])
buffer = io.StringIO()
traceback.print_stack(limit=2, file=buffer)
print(buffer.getvalue())
try:
    traceback.extract_stack(f=3)
except AttributeError as e:
    print("AttributeError", e)
