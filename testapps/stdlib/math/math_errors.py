import math

try:
    print("sqrt()", repr(math.sqrt()))
except Exception as e:
    print("sqrt()", type(e).__name__, e)
try:
    print("sqrt(1,2)", repr(math.sqrt(1, 2)))
except Exception as e:
    print("sqrt(1,2)", type(e).__name__, e)
try:
    print("sqrt(str)", repr(math.sqrt("x")))
except Exception as e:
    print("sqrt(str)", type(e).__name__, e)
try:
    print("sqrt(-1)", repr(math.sqrt(-1)))
except Exception as e:
    print("sqrt(-1)", type(e).__name__, e)
try:
    print("sqrt(None)", repr(math.sqrt(None)))
except Exception as e:
    print("sqrt(None)", type(e).__name__, e)
try:
    print("pow(1)", repr(math.pow(1)))
except Exception as e:
    print("pow(1)", type(e).__name__, e)
try:
    print("pow(0,-1)", repr(math.pow(0, -1)))
except Exception as e:
    print("pow(0,-1)", type(e).__name__, e)
try:
    print("pow(-8, 1/3)", repr(math.pow(-8, 1 / 3)))
except Exception as e:
    print("pow(-8, 1/3)", type(e).__name__, e)
try:
    print("pow(10, 400)", repr(math.pow(10, 400)))
except Exception as e:
    print("pow(10, 400)", type(e).__name__, e)
try:
    print("log()", repr(math.log()))
except Exception as e:
    print("log()", type(e).__name__, e)
try:
    print("log(1,2,3)", repr(math.log(1, 2, 3)))
except Exception as e:
    print("log(1,2,3)", type(e).__name__, e)
try:
    print("log(0)", repr(math.log(0)))
except Exception as e:
    print("log(0)", type(e).__name__, e)
try:
    print("log(-1)", repr(math.log(-1)))
except Exception as e:
    print("log(-1)", type(e).__name__, e)
try:
    print("log(0.0)", repr(math.log(0.0)))
except Exception as e:
    print("log(0.0)", type(e).__name__, e)
try:
    print("log(5, 1)", repr(math.log(5, 1)))
except Exception as e:
    print("log(5, 1)", type(e).__name__, e)
try:
    print("log2(-2)", repr(math.log2(-2)))
except Exception as e:
    print("log2(-2)", type(e).__name__, e)
try:
    print("log10(0)", repr(math.log10(0)))
except Exception as e:
    print("log10(0)", type(e).__name__, e)
try:
    print("exp(1000)", repr(math.exp(1000)))
except Exception as e:
    print("exp(1000)", type(e).__name__, e)
try:
    print("exp(-1000)", repr(math.exp(-1000)))
except Exception as e:
    print("exp(-1000)", type(e).__name__, e)
try:
    print("cosh(1000)", repr(math.cosh(1000)))
except Exception as e:
    print("cosh(1000)", type(e).__name__, e)
try:
    print("sin(inf)", repr(math.sin(math.inf)))
except Exception as e:
    print("sin(inf)", type(e).__name__, e)
try:
    print("asin(2)", repr(math.asin(2)))
except Exception as e:
    print("asin(2)", type(e).__name__, e)
try:
    print("acosh(0)", repr(math.acosh(0)))
except Exception as e:
    print("acosh(0)", type(e).__name__, e)
try:
    print("atanh(1)", repr(math.atanh(1)))
except Exception as e:
    print("atanh(1)", type(e).__name__, e)
try:
    print("floor(str)", repr(math.floor("x")))
except Exception as e:
    print("floor(str)", type(e).__name__, e)
try:
    print("floor(inf)", repr(math.floor(math.inf)))
except Exception as e:
    print("floor(inf)", type(e).__name__, e)
try:
    print("ceil(nan)", repr(math.ceil(math.nan)))
except Exception as e:
    print("ceil(nan)", type(e).__name__, e)
try:
    print("ceil(None)", repr(math.ceil(None)))
except Exception as e:
    print("ceil(None)", type(e).__name__, e)
try:
    print("trunc(str)", repr(math.trunc("x")))
except Exception as e:
    print("trunc(str)", type(e).__name__, e)
try:
    print("factorial(-1)", repr(math.factorial(-1)))
except Exception as e:
    print("factorial(-1)", type(e).__name__, e)
try:
    print("factorial(1.5)", repr(math.factorial(1.5)))
except Exception as e:
    print("factorial(1.5)", type(e).__name__, e)
try:
    print("factorial(5.0)", repr(math.factorial(5.0)))
except Exception as e:
    print("factorial(5.0)", type(e).__name__, e)
try:
    print("comb(1)", repr(math.comb(1)))
except Exception as e:
    print("comb(1)", type(e).__name__, e)
try:
    print("comb(-1,2)", repr(math.comb(-1, 2)))
except Exception as e:
    print("comb(-1,2)", type(e).__name__, e)
try:
    print("comb(3,-1)", repr(math.comb(3, -1)))
except Exception as e:
    print("comb(3,-1)", type(e).__name__, e)
try:
    print("comb(3.0,1)", repr(math.comb(3.0, 1)))
except Exception as e:
    print("comb(3.0,1)", type(e).__name__, e)
try:
    print("perm(3,-1)", repr(math.perm(3, -1)))
except Exception as e:
    print("perm(3,-1)", type(e).__name__, e)
try:
    print("perm(-3)", repr(math.perm(-3)))
except Exception as e:
    print("perm(-3)", type(e).__name__, e)
try:
    print("perm()", repr(math.perm()))
except Exception as e:
    print("perm()", type(e).__name__, e)
try:
    print("isqrt(-1)", repr(math.isqrt(-1)))
except Exception as e:
    print("isqrt(-1)", type(e).__name__, e)
try:
    print("isqrt(2.0)", repr(math.isqrt(2.0)))
except Exception as e:
    print("isqrt(2.0)", type(e).__name__, e)
try:
    print("gcd(1.5)", repr(math.gcd(1.5)))
except Exception as e:
    print("gcd(1.5)", type(e).__name__, e)
try:
    print("lcm(2, 'a')", repr(math.lcm(2, "a")))
except Exception as e:
    print("lcm(2, 'a')", type(e).__name__, e)
try:
    print("fsum(inf-inf)", repr(math.fsum([math.inf, -math.inf])))
except Exception as e:
    print("fsum(inf-inf)", type(e).__name__, e)
try:
    print("fsum(overflow)", repr(math.fsum([1e308, 1e308])))
except Exception as e:
    print("fsum(overflow)", type(e).__name__, e)
try:
    print("fsum(5)", repr(math.fsum(5)))
except Exception as e:
    print("fsum(5)", type(e).__name__, e)
try:
    print("fsum(['a'])", repr(math.fsum(["a"])))
except Exception as e:
    print("fsum(['a'])", type(e).__name__, e)
try:
    print("isclose(1)", repr(math.isclose(1)))
except Exception as e:
    print("isclose(1)", type(e).__name__, e)
try:
    print("isclose(rel_tol=-1)", repr(math.isclose(1, 2, rel_tol=-1)))
except Exception as e:
    print("isclose(rel_tol=-1)", type(e).__name__, e)
try:
    print("isclose(x=1)", repr(math.isclose(1, 2, x=1)))
except Exception as e:
    print("isclose(x=1)", type(e).__name__, e)
try:
    print("ldexp(1, 10000)", repr(math.ldexp(1.0, 10000)))
except Exception as e:
    print("ldexp(1, 10000)", type(e).__name__, e)
try:
    print("ldexp(1, 1.5)", repr(math.ldexp(1.0, 1.5)))
except Exception as e:
    print("ldexp(1, 1.5)", type(e).__name__, e)
try:
    print("fmod(1,0)", repr(math.fmod(1, 0)))
except Exception as e:
    print("fmod(1,0)", type(e).__name__, e)
try:
    print("fmod(inf,1)", repr(math.fmod(math.inf, 1)))
except Exception as e:
    print("fmod(inf,1)", type(e).__name__, e)
try:
    print("remainder(1,0)", repr(math.remainder(1, 0)))
except Exception as e:
    print("remainder(1,0)", type(e).__name__, e)
try:
    print("dist", repr(math.dist((1, 2), (3,))))
except Exception as e:
    print("dist", type(e).__name__, e)
try:
    print("atan2(1)", repr(math.atan2(1)))
except Exception as e:
    print("atan2(1)", type(e).__name__, e)
try:
    print("prod()", repr(math.prod()))
except Exception as e:
    print("prod()", type(e).__name__, e)
try:
    print("prod(start)", repr(math.prod([2], start=3)))
except Exception as e:
    print("prod(start)", type(e).__name__, e)
try:
    print("prod(bad kw)", repr(math.prod([2], begin=3)))
except Exception as e:
    print("prod(bad kw)", type(e).__name__, e)
try:
    print("hypot(str)", repr(math.hypot(1, "a")))
except Exception as e:
    print("hypot(str)", type(e).__name__, e)
try:
    print("sqrt(10**400)", repr(math.sqrt(10 ** 400)))
except Exception as e:
    print("sqrt(10**400)", type(e).__name__, e)
try:
    print("log(10**400)", repr(math.log(10 ** 400)))
except Exception as e:
    print("log(10**400)", type(e).__name__, e)
try:
    print("isfinite(str)", repr(math.isfinite("1")))
except Exception as e:
    print("isfinite(str)", type(e).__name__, e)
try:
    print("modf(nan)", repr(math.modf(math.nan)))
except Exception as e:
    print("modf(nan)", type(e).__name__, e)
