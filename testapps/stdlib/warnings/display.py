import io
import sys
import warnings

print(repr(warnings.formatwarning("plain", UserWarning, "f.py", 1)))
print(repr(warnings.formatwarning("with line", DeprecationWarning, "g.py", 2, line="  code()  ")))
print(repr(warnings.formatwarning(ValueError("not a warning"), RuntimeWarning, "h.py", 3, line="")))
msg = warnings.WarningMessage("text", UserWarning, "w.py", 4)
print(msg, msg.message, msg.category, msg.filename, msg.lineno, msg.line, msg.file, msg.source)
msg = warnings.WarningMessage(FutureWarning("obj"), FutureWarning, "w.py", 5, line="l")
print(msg, msg._category_name)

out = io.StringIO()
warnings.showwarning("to a file", SyntaxWarning, "s.py", 6, file=out, line="bad syntax")
warnings.showwarning("second", BytesWarning, "s.py", 7, file=out)
print(repr(out.getvalue()))

shown = []
original = warnings.showwarning


def capture(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno))


warnings.showwarning = capture
warnings.simplefilter("always")
warnings.warn_explicit("captured", ImportWarning, "i.py", 8)
warnings.warn_explicit("captured too", ResourceWarning, "r.py", 9)
warnings.showwarning = original
print(shown)

original_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"[{category.__name__}] {message}\n"
sys.stderr = sys.stdout
warnings.warn_explicit("custom format", UnicodeWarning, "u.py", 10)
warnings.formatwarning = original_format
warnings.warn_explicit("default format", PendingDeprecationWarning, "p.py", 11)
sys.stderr = sys.__stderr__

for cat in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
            FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(cat.__name__, cat.__mro__[1].__name__, issubclass(cat, Exception))

warnings.simplefilter("error", DeprecationWarning)
warnings.simplefilter("ignore", PendingDeprecationWarning)
for cat in [DeprecationWarning, PendingDeprecationWarning]:
    try:
        warnings.warn("checked " + cat.__name__, cat)
        print("ignored", cat.__name__)
    except Warning as e:
        print("raised", type(e).__name__, e, e.args)


class Custom(DeprecationWarning):
    def __init__(self, text, code):
        super().__init__(text)
        self.code = code


try:
    warnings.warn(Custom("custom", 42))
except Custom as e:
    print("Custom", e, e.code, isinstance(e, DeprecationWarning))
try:
    warnings.warn_explicit(Custom("explicit custom", 7), None, "c.py", 1)
except DeprecationWarning as e:
    print(type(e).__name__, e, e.code)
try:
    warnings.showwarning("x", UserWarning, "f.py", 1, file=3)
except Exception as e:
    print(type(e).__name__, e)
