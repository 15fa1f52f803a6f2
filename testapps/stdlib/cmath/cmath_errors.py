# cmath's errors: domain and range errors, argument types and counts.
import cmath


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


class BadComplex:
    def __complex__(self):
        return 1.5


class Neither:
    pass


attempt("log(0)", cmath.log, 0)
attempt("log(0j, 2)", cmath.log, 0j, 2)
attempt("log(1, 1)", cmath.log, 1, 1)
attempt("log(2, 0)", cmath.log, 2, 0)
attempt("atanh(1)", cmath.atanh, 1)
attempt("atanh(-1)", cmath.atanh, -1)
attempt("atan(1j)", cmath.atan, 1j)
attempt("exp(1000)", cmath.exp, 1000)
attempt("exp(1+infj)", cmath.exp, complex(1, float("inf")))
attempt("cosh(800)", cmath.cosh, 800)
attempt("sinh(-800+1j)", cmath.sinh, complex(-800, 1))
attempt("cos(800j)", cmath.cos, 800j)
attempt("sin(infj+1)", cmath.sin, complex(float("inf"), 1))
attempt("tanh(1+infj)", cmath.tanh, complex(1, float("inf")))
attempt("rect(1, inf)", cmath.rect, 1, float("inf"))
attempt("rect(0, inf)", cmath.rect, 0, float("inf"))
attempt("phase(1e308+1e-310j)", cmath.phase, complex(1e308, 1e-310))
attempt("polar(1e308+1e-310j)", cmath.polar, complex(1e308, 1e-310))
attempt("polar(1.7e308+1.7e308j)", cmath.polar, complex(1.7e308, 1.7e308))
attempt("sqrt('a')", cmath.sqrt, "a")
attempt("sqrt(None)", cmath.sqrt, None)
attempt("sqrt(Neither())", cmath.sqrt, Neither())
attempt("sqrt(BadComplex())", cmath.sqrt, BadComplex())
attempt("sqrt(10**400)", cmath.sqrt, 10**400)
attempt("sqrt()", cmath.sqrt)
attempt("sqrt(1, 2)", cmath.sqrt, 1, 2)
attempt("sqrt(z=1)", cmath.sqrt, z=1)
attempt("log()", cmath.log)
attempt("log(1, 2, 3)", cmath.log, 1, 2, 3)
attempt("rect(1)", cmath.rect, 1)
attempt("rect(1, 1j)", cmath.rect, 1, 1j)
attempt("phase()", cmath.phase)
attempt("isnan('x')", cmath.isnan, "x")
attempt("isclose(1)", cmath.isclose, 1)
attempt("isclose(1, 2, 3)", cmath.isclose, 1, 2, 3)
attempt("isclose(1, 2, tol=3)", cmath.isclose, 1, 2, tol=3)
attempt("isclose(1, 2, rel_tol=-1)", cmath.isclose, 1, 2, rel_tol=-1)
attempt("isclose(a=1, b=1j)", cmath.isclose, a=1, b=1j)
print(type(cmath.sqrt).__name__, cmath.sqrt.__name__, cmath.__name__)
