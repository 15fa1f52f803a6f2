# traceback.print_exc and print_exception write to sys.stderr or a file; extract_tb gives the frames.
import io
import sys
import traceback

def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    raise KeyError(kind)

def call(kind):
    fail(kind)

try:
    call("value")
except ValueError:
    traceback.print_exc()
    buffer = io.StringIO()
    traceback.print_exc(file=buffer)
    print("captured:")
    print(buffer.getvalue(), end="")

try:
    call("missing")
except KeyError as e:
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames))
    for frame in frames:
        print(frame.filename.endswith("traceback_print.py"), frame.lineno, frame.name, repr(frame.line))
    filename, lineno, name, line = frames[-1]
    print(lineno, name, line)
    print(frames[0][2], frames[1].name)
    print(repr(frames[-1]).startswith("<FrameSummary file "))
    print("".join(traceback.format_tb(tb)), end="")
    print(traceback.format_tb(tb, limit=1) == traceback.format_list(frames[:1]))
    print("".join(traceback.format_list(frames[1:])), end="")
    traceback.print_tb(tb, limit=-1, file=sys.stdout)
    traceback.print_list(frames[-1:], file=sys.stdout)

# print_exc with nothing being handled.
traceback.print_exc()
traceback.print_exc(file=sys.stdout)

# Exception groups are formatted in boxes.
try:
    raise ExceptionGroup("several", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("".join(traceback.format_exception(eg)), end="")

# sys.stderr replaced: print_exc follows it.
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    call("value")
except ValueError:
    traceback.print_exc()
captured, sys.stderr = sys.stderr.getvalue(), saved
print("stderr had", len(captured.splitlines()), "lines, last:", captured.splitlines()[-1])
