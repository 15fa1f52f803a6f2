# Field indexes, widths and precisions too large for a machine word, in str.format, format() and %.
def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("index", lambda: "{99999999999999999999}".format(1))
attempt("index past int", lambda: "{9999999999}".format(5, 6))
attempt("index max", lambda: "{9223372036854775807}".format(1))
attempt("index max+1", lambda: "{9223372036854775808}".format(1))
attempt("key", lambda: "{0[99999999999999999999]}".format([1]))
attempt("key max", lambda: "{0[9223372036854775807]}".format([5, 6]))
attempt("key dict", lambda: "{0[12]}".format({12: "int key"}))
attempt("arabic-indic index", lambda: "{\u0661}".format(5, 6))
attempt("arabic-indic key", lambda: "{0[\u0661]}".format([5, 6]))
attempt("width", lambda: "{0:99999999999999999999}".format(1))
attempt("precision", lambda: "{:.99999999999999999999}".format(1.5))
attempt("format()", lambda: format(1, "99999999999999999999"))
attempt("f-string", lambda: f"{1:99999999999999999999}")
attempt("% width", lambda: "%99999999999999999999d" % 1)
attempt("% precision", lambda: "%.99999999999999999999d" % 5)
attempt("% precision past int", lambda: "%.9999999999d" % 5)
attempt("% bytes width", lambda: b"%99999999999999999999d" % 1)
attempt("% ok", lambda: "%12.5d|%-6s|" % (42, "ab"))
# The error is raised when the field is reached, after earlier fields were looked up.
attempt("order", lambda: "{missing}{99999999999999999999}".format(1))
