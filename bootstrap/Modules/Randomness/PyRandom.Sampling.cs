using System.Numerics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>sample() and choices(), with random.py's selection strategies.</summary>
public sealed partial class PyRandom
{
    private static bool IsSequence(PyObject o) => o is PyList or PyTuple or PyStr or PyRange;

    private PyObject Sample(PyObject population, PyObject kObj, PyObject? counts)
    {
        if (!IsSequence(population))
        {
            throw Errors.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        var n = Length(population);
        if (counts is not null and not PyNone)
        {
            var cum = Accumulate(counts);
            if (cum.Count != n) throw Errors.ValueError("The number of counts does not match the population");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt totalInt) throw Errors.TypeError("Counts must be integers");
            if (totalInt.Big <= 0) throw Errors.ValueError("Total of counts must be greater than zero");
            var selections = (PyList)Sample(new PyRange(0, (long)totalInt.Big, 1), kObj, null);
            var picked = new PyObject[selections.Count];
            for (var i = 0; i < picked.Length; i++) picked[i] = Subscript.GetItem(population, PyInt.From(BisectRight(cum, selections[i], 0, cum.Count)));
            return new PyList(picked);
        }
        var kBig = kObj is PyInt ki ? ki.Big : throw Errors.TypeError($"'{kObj.Type.TpName}' object cannot be interpreted as an integer");
        if (kBig < 0 || kBig > n) throw Errors.ValueError("Sample larger than population or is negative");
        var k = (int)kBig;
        var result = new PyObject[k];
        var setSize = 21;
        if (k > 5) setSize += (int)System.Math.Pow(4, System.Math.Ceiling(System.Math.Log(k * 3) / System.Math.Log(4)));
        if (n <= setSize)
        {
            var pool = Iteration.ToArray(population);
            for (var i = 0; i < k; i++)
            {
                var j = RandBelow(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        }
        else
        {
            var selected = new HashSet<int>();
            for (var i = 0; i < k; i++)
            {
                var j = RandBelow(n);
                while (selected.Contains(j)) j = RandBelow(n);
                selected.Add(j);
                result[i] = Subscript.GetItem(population, PyInt.From(j));
            }
        }
        return new PyList(result);
    }

    private PyObject Choices(PyObject population, PyObject? weights, PyObject? cumWeights, PyObject? kObj)
    {
        var k = kObj is null ? 1 : (int)Conversions.ToIndex(kObj);
        var n = Length(population);
        if (cumWeights is null or PyNone)
        {
            if (weights is null or PyNone)
            {
                var result = new PyObject[System.Math.Max(k, 0)];
                double nf = n;
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = Subscript.GetItem(population, PyInt.From((long)System.Math.Floor(NextDouble() * nf)));
                }
                return new PyList(result);
            }
            if (weights.Iter() is null && weights is PyInt wk)
            {
                throw Errors.TypeError($"The number of choices must be a keyword argument: k={wk.Repr()}");
            }
            cumWeights = new PyList([.. Accumulate(weights)]);
        }
        else if (weights is not null and not PyNone)
        {
            throw Errors.TypeError("Cannot specify both weights and cumulative weights");
        }
        var cum = new List<PyObject>(Iteration.ToArray(cumWeights));
        if (cum.Count != n) throw Errors.ValueError("The number of weights does not match the population");
        var totalObj = Arithmetic.Add(cum[^1], new PyFloat(0.0));
        var total = totalObj is PyFloat tf ? tf.Value : Mathematics.MathModule.ToDouble(totalObj);
        if (total <= 0.0) throw Errors.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(total)) throw Errors.ValueError("Total of weights must be finite");
        var picks = new PyObject[System.Math.Max(k, 0)];
        for (var i = 0; i < picks.Length; i++)
        {
            var x = new PyFloat(NextDouble() * total);
            picks[i] = Subscript.GetItem(population, PyInt.From(BisectRight(cum, x, 0, n - 1)));
        }
        return new PyList(picks);
    }

    private static List<PyObject> Accumulate(PyObject iterable)
    {
        var result = new List<PyObject>();
        var it = Iteration.GetIter(iterable);
        PyObject? acc = null;
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            acc = acc is null ? v : Arithmetic.Add(acc, v);
            result.Add(acc);
        }
        return result;
    }

    private static int BisectRight(List<PyObject> a, PyObject x, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Comparison.CompareBool(x, a[mid], CompareOp.Lt)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
