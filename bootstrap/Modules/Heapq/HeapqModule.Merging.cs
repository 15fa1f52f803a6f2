using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Heapq;

/// <summary>heapq's pure-Python functions: nlargest/nsmallest (equal to sorting and slicing, as
/// documented) and merge (a lazy k-way merge; ties go to the earlier iterable).</summary>
public static partial class HeapqModule
{
    private static readonly NativeSignature NLargestSignature = new("nlargest", ["n", "iterable", "key"], 1);
    private static readonly NativeSignature NSmallestSignature = new("nsmallest", ["n", "iterable", "key"], 1);
    private static readonly PyType MergeType = new("generator", null);

    private static PyObject NBest(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, bool largest)
    {
        var signature = largest ? NLargestSignature : NSmallestSignature;
        var b = new PyObject?[3];
        signature.Bind(null, args, kwnames, b);
        if (b[0] is not PyInt && b[1]!.Length() is var size and >= 0)
        {
            // heapq.py compares n with len(iterable) before anything else uses it.
            Comparison.CompareBool(b[0]!, PyInt.From(size), CompareOp.Ge);
        }
        var n = Conversions.ToIndex(b[0]!);
        var key = b[2] is null or PyNone ? null : b[2];
        var items = new PyList(Iteration.ToArray(b[1]!));
        if (n <= 0) return new PyList();
        items.Sort(key, largest);
        var count = (int)System.Math.Min(n, items.Count);
        return new PyList(items.Items[..count].ToArray());
    }

    private static PyObject Merge(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        PyObject? key = null;
        var reverse = false;
        if (kwnames is not null)
        {
            for (var i = 0; i < kwnames.Length; i++)
            {
                var value = args[positional + i];
                switch (kwnames[i])
                {
                    case "key": key = value is PyNone ? null : value; break;
                    case "reverse": reverse = Truth.IsTrue(value); break;
                    default: throw Errors.TypeError($"merge() got an unexpected keyword argument '{kwnames[i]}'");
                }
            }
        }
        var iterators = new PyIterator[positional];
        for (var i = 0; i < positional; i++) iterators[i] = Iteration.GetIter(args[i]);
        var heads = new PyObject?[positional];
        var keys = new PyObject?[positional];
        var started = false;
        return new PyFunctionIterator(MergeType, () =>
        {
            if (!started)
            {
                started = true;
                for (var i = 0; i < iterators.Length; i++) Advance(i);
            }
            var best = -1;
            for (var i = 0; i < heads.Length; i++)
            {
                if (heads[i] is null) continue;
                if (best < 0) { best = i; continue; }
                // The earlier iterable's key is compared first, as CPython's heap entries are.
                var better = reverse
                    ? Comparison.CompareBool(keys[best]!, keys[i]!, CompareOp.Lt)
                    : !Comparison.CompareBool(keys[best]!, keys[i]!, CompareOp.Lt) && !Comparison.Equal(keys[best]!, keys[i]!);
                if (better) best = i;
            }
            if (best < 0) return null;
            var result = heads[best];
            Advance(best);
            return result;
        });

        void Advance(int i)
        {
            var v = iterators[i].Next();
            ObjectArrays.Store(heads, i, v);
            ObjectArrays.Store(keys, i, v is null ? null : key is null ? v : key.Call1(v));
        }
    }
}
