# The message and module of a -W option are literal text (escaped), the message case-insensitive.
import sys

sys.modules.pop("warnings", None)
sys.warnoptions[:] = ["error:a.b (c)*:UserWarning", "ignore:Hello World"]
import warnings

warnings.filterwarnings("ignore", category=UserWarning, append=True)

for entry in warnings.filters[:2]:
    print(entry)
for text in ("A.B (C)* and more", "axb (c)*", "hello world!", "other"):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", SyntaxWarning)
            warnings.warn(text, SyntaxWarning if text == "other" else UserWarning)
        print("no error:", text)
    except Warning as e:
        print(type(e).__name__, e)
