using System.Numerics;
using PyPack.Runtime.Modules.Mathematics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>The methods of random.Random, in the order random.py defines them.</summary>
public sealed partial class PyRandom
{
    private delegate PyObject MethodBody(PyRandom self, PyObject?[] bound);

    /// <summary>One Python-level method: its signature and body. Bound slots past the
    /// positional names are the keyword-only parameters.</summary>
    private sealed record Method(string Name, NativeSignature Signature, MethodBody Body)
    {
        public PyObject Invoke(PyRandom self, ReadOnlySpan<PyObject> args, string[]? kwnames)
        {
            var bound = new PyObject?[Signature.Slots];
            Signature.Bind(self, args, kwnames, bound);
            return Body(self, bound);
        }
    }

    private static readonly double NvMagic = 4 * System.Math.Exp(-0.5) / System.Math.Sqrt(2.0);
    private static readonly double Log4 = System.Math.Log(4.0);
    private static readonly double SgMagic = 1.0 + System.Math.Log(4.5);
    private static readonly PyInt One = PyInt.One;

    private static Method Def(string name, string[] names, int optional, MethodBody body, string[]? keywordOnly = null) =>
        new(name, new NativeSignature("Random." + name, names, optional, keywordOnly), body);

    /// <summary>In its own class so the table exists before TypeObject's initializer reads it.</summary>
    private static class MethodTable
    {
        public static readonly Method[] All =
    [
        Def("seed", ["self", "a", "version"], 2, static (r, b) =>
        {
            r.Seed(b[1] ?? PyNone.Instance);
            return PyNone.Instance;
        }),
        Def("randrange", ["self", "start", "stop", "step"], 2, static (r, b) => r.RandRange(b[1]!, b[2], b[3])),
        Def("randint", ["self", "a", "b"], 0, static (r, b) => r.RandRange(b[1]!, Arithmetic.Add(b[2]!, One), null)),
        Def("choice", ["self", "seq"], 0, static (r, b) =>
        {
            var n = Length(b[1]!);
            if (n == 0) throw Errors.IndexError("Cannot choose from an empty sequence");
            return Subscript.GetItem(b[1]!, PyInt.From(r.RandBelow(n)));
        }),
        Def("shuffle", ["self", "x"], 0, static (r, b) =>
        {
            var x = b[1]!;
            if (x is PyList list)
            {
                for (var i = list.Count - 1; i > 0; i--)
                {
                    var j = r.RandBelow(i + 1);
                    (list[i], list[j]) = (list[j], list[i]);
                }
                return PyNone.Instance;
            }
            for (var i = Length(x) - 1; i > 0; i--)
            {
                var j = PyInt.From(r.RandBelow(i + 1));
                var iObj = PyInt.From(i);
                var a = Subscript.GetItem(x, j);
                var c = Subscript.GetItem(x, iObj);
                Subscript.SetItem(x, iObj, a);
                Subscript.SetItem(x, j, c);
            }
            return PyNone.Instance;
        }),
        // random.py: getrandbits(n * 8).to_bytes(n, 'little'); n * 8 is computed first, so n's errors are getrandbits'.
        Def("randbytes", ["self", "n"], 0, static (r, b) =>
        {
            var bits = r.GetRandBits(Arithmetic.Multiply(b[1]!, PyInt.From(8)));
            var n = (int)Conversions.Index(b[1]!).Big;
            var data = new byte[n];
            bits.TryWriteBytes(data, out _, isUnsigned: true, isBigEndian: false);
            return PyBytes.Of(data);
        }),
        Def("sample", ["self", "population", "k"], 0, static (r, b) => r.Sample(b[1]!, b[2]!, b[3]), ["counts"]),
        Def("choices", ["self", "population", "weights"], 1, static (r, b) => r.Choices(b[1]!, b[2], b[3], b[4]), ["cum_weights", "k"]),
        Def("uniform", ["self", "a", "b"], 0, static (r, b) =>
            Arithmetic.Add(b[1]!, Arithmetic.Multiply(Arithmetic.Subtract(b[2]!, b[1]!), new PyFloat(r.NextDouble())))),
        Def("triangular", ["self", "low", "high", "mode"], 3, static (r, b) =>
        {
            var u = r.NextDouble();
            var low = b[1] is { } l ? MathModule.ToDouble(l) : 0.0;
            var high = b[2] is { } h ? MathModule.ToDouble(h) : 1.0;
            double c;
            if (b[3] is null or PyNone) c = 0.5;
            else if (high - low == 0) return b[1] ?? new PyFloat(low);
            else c = (MathModule.ToDouble(b[3]!) - low) / (high - low);
            if (u > c)
            {
                u = 1.0 - u;
                c = 1.0 - c;
                (low, high) = (high, low);
            }
            return new PyFloat(low + (high - low) * System.Math.Sqrt(u * c));
        }),
        Def("normalvariate", ["self", "mu", "sigma"], 2, static (r, b) =>
            new PyFloat(Arg(b[1], 0.0) + r.NormalZ() * Arg(b[2], 1.0))),
        Def("gauss", ["self", "mu", "sigma"], 2, static (r, b) => new PyFloat(r.Gauss(Arg(b[1], 0.0), Arg(b[2], 1.0)))),
        Def("lognormvariate", ["self", "mu", "sigma"], 0, static (r, b) =>
            new PyFloat(System.Math.Exp(MathModule.ToDouble(b[1]!) + r.NormalZ() * MathModule.ToDouble(b[2]!)))),
        Def("expovariate", ["self", "lambd"], 0, static (r, b) =>
        {
            var lambd = MathModule.ToDouble(b[1]!);
            var v = -System.Math.Log(1.0 - r.NextDouble());
            if (lambd == 0) throw Errors.ZeroDivisionError("float division by zero");
            return new PyFloat(v / lambd);
        }),
        Def("gammavariate", ["self", "alpha", "beta"], 0, static (r, b) =>
            new PyFloat(r.Gamma(MathModule.ToDouble(b[1]!), MathModule.ToDouble(b[2]!)))),
        Def("betavariate", ["self", "alpha", "beta"], 0, static (r, b) =>
        {
            var y = r.Gamma(MathModule.ToDouble(b[1]!), 1.0);
            if (y == 0) return new PyFloat(0.0);
            return new PyFloat(y / (y + r.Gamma(MathModule.ToDouble(b[2]!), 1.0)));
        }),
        Def("paretovariate", ["self", "alpha"], 0, static (r, b) =>
        {
            var u = 1.0 - r.NextDouble();
            return new PyFloat(System.Math.Pow(u, -1.0 / MathModule.ToDouble(b[1]!)));
        }),
        Def("weibullvariate", ["self", "alpha", "beta"], 0, static (r, b) =>
        {
            var u = 1.0 - r.NextDouble();
            return new PyFloat(MathModule.ToDouble(b[1]!) * System.Math.Pow(-System.Math.Log(u), 1.0 / MathModule.ToDouble(b[2]!)));
        }),
        Def("getstate", ["self"], 0, static (r, b) => r.GetState()),
        Def("setstate", ["self", "state"], 0, static (r, b) =>
        {
            r.SetState(b[1]!);
            return PyNone.Instance;
        }),
    ];
    }

    private static double Arg(PyObject? o, double fallback) => o is null ? fallback : MathModule.ToDouble(o);

    private static int Length(PyObject o)
    {
        var n = o.Length();
        if (n < 0) throw Errors.TypeError($"object of type '{o.Type.TpName}' has no len()");
        return (int)n;
    }

    private static PyType CreateType()
    {
        var type = new PyType("Random", null) { Module = "random" };
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("Random() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"Random.__init__() takes from 1 to 2 positional arguments but {args.Length + 1} were given");
            var r = new PyRandom();
            r.Seed(args.Length == 1 ? args[0] : PyNone.Instance);
            return r;
        };
        type.Method("random", static (PyObject self) => new PyFloat(((PyRandom)self).NextDouble()));
        type.Method("getrandbits", static (PyObject self, PyObject k) => PyInt.From(((PyRandom)self).GetRandBits(k)));
        foreach (var m in MethodTable.All)
        {
            type.Method(m.Name, (self, args, kwnames) => m.Invoke((PyRandom)self, args, kwnames));
        }
        return type;
    }

    private static PyType CreateSystemType()
    {
        var type = new PyType("SystemRandom", TypeObject) { Module = "random" };
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("SystemRandom() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"Random.__init__() takes from 1 to 2 positional arguments but {args.Length + 1} were given");
            return new PyRandom(system: true);
        };
        type.Method("random", static (PyObject self) => new PyFloat(((PyRandom)self).NextDouble()));
        type.Method("getrandbits", static (PyObject self, PyObject k) => PyInt.From(((PyRandom)self).GetRandBits(k)));
        // seed is a stub; there is no state to get or set; randbytes is os.urandom's.
        type.Method("seed", static (self, args, kwnames) => PyNone.Instance);
        type.Method("getstate", static (self, args, kwnames) => throw NoState());
        type.Method("setstate", static (self, args, kwnames) => throw NoState());
        type.Method("randbytes", static (self, args, kwnames) =>
        {
            var a = ModuleArgs.Bind("randbytes", args, kwnames, ["n"], 1);
            var n = Conversions.ToIndex(a[0]!);
            if (n < 0) throw Errors.ValueError("negative argument not allowed");
            return PyBytes.Of(SystemEntropy.Bytes((int)n));
        });
        return type;
    }

    private static Exceptions.PyException NoState() => Errors.Raise(Exceptions.ExceptionTypes.NotImplementedError, "System entropy source does not have state.");

    /// <summary>The module's functions: the methods bound to one hidden instance.</summary>
    internal static void Export(ModuleGlobals g, PyRandom instance)
    {
        g.Set("random", new PyBuiltinFunction("random", (args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"Random.random() takes no arguments ({args.Length} given)");
            return new PyFloat(instance.NextDouble());
        }));
        g.Set("getrandbits", new PyBuiltinFunction("getrandbits", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("Random.getrandbits() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"Random.getrandbits() takes exactly one argument ({args.Length} given)");
            return PyInt.From(instance.GetRandBits(args[0]));
        }));
        foreach (var m in MethodTable.All)
        {
            g.Set(m.Name, new PyBuiltinFunction(m.Name, (args, kw) => m.Invoke(instance, args, kw)));
        }
    }

    private static BigInteger IntArg(PyObject o, string which)
    {
        switch (o)
        {
            case PyInt i: return i.Big;
            case PyFloat f:
                if (f.Value != System.Math.Floor(f.Value) || !double.IsFinite(f.Value))
                {
                    if (!double.IsFinite(f.Value)) IntMethods.FloatToInt(f.Value);
                    throw Errors.ValueError($"non-integer {which} for randrange()");
                }
                return IntMethods.FloatToInt(f.Value).Big;
            default:
                // random.py falls back to int(x) and rejects a value that changed.
                var converted = PyInt.TypeObject.Call([o], null);
                if (!Comparison.Equal(converted, o)) throw Errors.ValueError($"non-integer {which} for randrange()");
                return ((PyInt)converted).Big;
        }
    }

    private PyObject RandRange(PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = IntArg(start, "arg 1");
        if (stop is null or PyNone)
        {
            if (step is not null) throw Errors.TypeError("Missing a non-None stop argument");
            if (istart > 0) return PyInt.From(RandBelow(istart));
            throw Errors.ValueError("empty range for randrange()");
        }
        var istop = IntArg(stop, "stop");
        var width = istop - istart;
        var istep = step is null ? BigInteger.One : IntArg(step, "step");
        if (istep.IsOne)
        {
            if (width > 0) return PyInt.From(istart + RandBelow(width));
            throw Errors.ValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }
        BigInteger n;
        if (istep > 0) n = BigInteger.Divide(width + istep - 1 - Mod(width + istep - 1, istep), istep);
        else if (istep < 0) n = BigInteger.Divide(width + istep + 1 - Mod(width + istep + 1, istep), istep);
        else throw Errors.ValueError("zero step for randrange()");
        if (n <= 0) throw Errors.ValueError("empty range for randrange()");
        return PyInt.From(istart + istep * RandBelow(n));
    }

    /// <summary>Python's modulo: the sign of the divisor.</summary>
    private static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    private double NormalZ()
    {
        while (true)
        {
            var u1 = NextDouble();
            var u2 = 1.0 - NextDouble();
            var z = NvMagic * (u1 - 0.5) / u2;
            var zz = z * z / 4.0;
            if (zz <= -System.Math.Log(u2)) return z;
        }
    }

    private double Gamma(double alpha, double beta)
    {
        if (alpha <= 0.0 || beta <= 0.0) throw Errors.ValueError("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0)
        {
            var ainv = System.Math.Sqrt(2.0 * alpha - 1.0);
            var bbb = alpha - Log4;
            var ccc = alpha + ainv;
            while (true)
            {
                var u1 = NextDouble();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                var u2 = 1.0 - NextDouble();
                var v = System.Math.Log(u1 / (1.0 - u1)) / ainv;
                var x = alpha * System.Math.Exp(v);
                var z = u1 * u1 * u2;
                var r = bbb + ccc * v - x;
                if (r + SgMagic - 4.5 * z >= 0.0 || r >= System.Math.Log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -System.Math.Log(1.0 - NextDouble()) * beta;
        while (true)
        {
            var u = NextDouble();
            var bb = (System.Math.E + alpha) / System.Math.E;
            var p = bb * u;
            var x = p <= 1.0 ? System.Math.Pow(p, 1.0 / alpha) : -System.Math.Log((bb - p) / alpha);
            var u1 = NextDouble();
            if (p > 1.0)
            {
                if (u1 <= System.Math.Pow(x, alpha - 1.0)) return x * beta;
            }
            else if (u1 <= System.Math.Exp(-x)) return x * beta;
        }
    }
}
