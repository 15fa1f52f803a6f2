using System.Linq;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Itertools;

/// <summary>product, permutations, combinations: index vectors stepped in lexicographic order.</summary>
public static partial class ItertoolsModule
{
    private static PyObject Product(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        long repeat = 1;
        if (kwnames is not null)
        {
            for (var i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] != "repeat") throw Errors.TypeError($"'{kwnames[i]}' is an invalid keyword argument for product()");
                repeat = Conversions.ToIndex(args[positional + i]);
            }
        }
        if (repeat < 0) throw Errors.ValueError("repeat argument cannot be negative");
        var distinct = new PyObject[positional][];
        for (var i = 0; i < positional; i++) distinct[i] = Iteration.ToArray(args[i]);
        var pools = new PyObject[positional * repeat][];
        for (var r = 0; r < repeat; r++)
        {
            for (var i = 0; i < positional; i++) pools[r * positional + i] = distinct[i];
        }
        var indices = new int[pools.Length];
        var first = true;
        var done = pools.Any(p => p.Length == 0);
        return new ItertoolsIterator(type, () =>
        {
            if (done) return null;
            if (!first)
            {
                var i = pools.Length - 1;
                for (; i >= 0; i--)
                {
                    if (++indices[i] < pools[i].Length) break;
                    indices[i] = 0;
                }
                if (i < 0) { done = true; return null; }
            }
            first = false;
            var result = PyTuple.Create(pools.Length, out var items);
            for (var i = 0; i < items.Length; i++) items[i] = pools[i][indices[i]];
            return result;
        });
    }

    private static readonly ClinicArgs PermutationsArgs = new("permutations", ["iterable", "r"], 1);

    private static PyObject Permutations(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var b = PermutationsArgs.Bind(args, kwnames);
        var pool = Iteration.ToArray(b[0]!);
        var n = pool.Length;
        var r = n;
        if (b[1] is not null and not PyNone)
        {
            if (b[1] is not PyInt ri) throw Errors.TypeError("Expected int as r");
            r = ri.Big > int.MaxValue ? int.MaxValue : (int)ri.Big;
            if (ri.Big < 0) throw Errors.ValueError("r must be non-negative");
        }
        var indices = Enumerable.Range(0, n).ToArray();
        var cycles = Enumerable.Range(0, r).Select(i => n - i).ToArray();
        var first = true;
        var done = r > n;
        return new ItertoolsIterator(type, () =>
        {
            if (done) return null;
            if (!first)
            {
                var i = r - 1;
                for (; i >= 0; i--)
                {
                    cycles[i]--;
                    if (cycles[i] == 0)
                    {
                        // Rotate indices[i:] left by one.
                        var moved = indices[i];
                        Array.Copy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = moved;
                        cycles[i] = n - i;
                    }
                    else
                    {
                        var j = n - cycles[i];
                        (indices[i], indices[j]) = (indices[j], indices[i]);
                        break;
                    }
                }
                if (i < 0) { done = true; return null; }
            }
            first = false;
            var result = PyTuple.Create(r, out var items);
            for (var k = 0; k < r; k++) items[k] = pool[indices[k]];
            return result;
        });
    }

    private static PyObject Combinations(PyType type, string name, ReadOnlySpan<PyObject> args, string[]? kwnames, bool replace)
    {
        var b = new ClinicArgs(name, ["iterable", "r"], 2).Bind(args, kwnames);
        var pool = Iteration.ToArray(b[0]!);
        var rBig = Conversions.ToIndex(b[1]!);
        if (rBig < 0) throw Errors.ValueError("r must be non-negative");
        var n = pool.Length;
        var r = (int)System.Math.Min(rBig, int.MaxValue);
        var indices = new int[r];
        if (!replace) for (var i = 0; i < r; i++) indices[i] = i;
        var first = true;
        var done = replace ? n == 0 && r > 0 : r > n;
        return new ItertoolsIterator(type, () =>
        {
            if (done) return null;
            if (!first)
            {
                var i = r - 1;
                if (replace)
                {
                    while (i >= 0 && indices[i] == n - 1) i--;
                    if (i < 0) { done = true; return null; }
                    var v = indices[i] + 1;
                    for (var j = i; j < r; j++) indices[j] = v;
                }
                else
                {
                    while (i >= 0 && indices[i] == i + n - r) i--;
                    if (i < 0) { done = true; return null; }
                    indices[i]++;
                    for (var j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
                }
            }
            first = false;
            var result = PyTuple.Create(r, out var items);
            for (var k = 0; k < r; k++) items[k] = pool[indices[k]];
            return result;
        });
    }
}
