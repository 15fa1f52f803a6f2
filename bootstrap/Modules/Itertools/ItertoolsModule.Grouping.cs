using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Itertools;

/// <summary>groupby, islice, tee and zip_longest: the iterators with shared or positional state.</summary>
public static partial class ItertoolsModule
{
    private static readonly PyType GrouperType = ItertoolsIterator.NewType("_grouper");
    private static readonly PyType TeeType = ItertoolsIterator.NewType("_tee");
    private static readonly ClinicArgs GroupByArgs = new("groupby", ["iterable", "key"], 1);

    /// <summary>groupby as CPython's C version: one current value and key shared by the groupby
    /// and its latest grouper; advancing the groupby invalidates the previous grouper.</summary>
    private sealed class GroupByState(PyIterator source, PyObject? key)
    {
        public PyObject? CurrentKey;
        public PyObject? CurrentValue;
        public PyObject? TargetKey;
        public object? CurrentGrouper;

        public bool Step()
        {
            var v = source.Next();
            if (v is null) return false;
            CurrentValue = v;
            CurrentKey = key is null ? v : key.Call1(v);
            return true;
        }
    }

    private static PyObject GroupBy(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var b = GroupByArgs.Bind(args, kwnames);
        var state = new GroupByState(Iteration.GetIter(b[0]!), b[1] is null or PyNone ? null : b[1]);
        return new ItertoolsIterator(type, () =>
        {
            state.CurrentGrouper = null;
            while (true)
            {
                if (state.CurrentKey is not null)
                {
                    if (state.TargetKey is null) break;
                    if (!Comparison.Equal(state.TargetKey, state.CurrentKey)) break;
                }
                if (!state.Step()) return null;
            }
            state.TargetKey = state.CurrentKey;
            var target = state.TargetKey!;
            var token = new object();
            state.CurrentGrouper = token;
            var grouper = new ItertoolsIterator(GrouperType, () =>
            {
                if (state.CurrentGrouper != token) return null;
                if (state.CurrentValue is null && !state.Step()) return null;
                if (!Comparison.Equal(target, state.CurrentKey!)) return null;
                var r = state.CurrentValue;
                state.CurrentValue = null;
                return r;
            });
            return PyTuple.Of(state.CurrentKey!, grouper);
        });
    }

    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static long IsliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsSmall ? i.Small : -1;
        return -1;
    }

    private static PyObject Islice(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("islice", kwnames);
        Args.Count("islice", args.Length, 2, 4);
        var it = Iteration.GetIter(args[0]);
        long start = 0, stop = -1, step = 1;
        if (args.Length == 2)
        {
            if (args[1] is not PyNone)
            {
                stop = IsliceIndex(args[1]);
                if (stop == -1) throw Errors.ValueError(StopMessage);
            }
        }
        else
        {
            if (args[1] is not PyNone) start = IsliceIndex(args[1]);
            if (args[2] is not PyNone)
            {
                stop = IsliceIndex(args[2]);
                if (stop == -1) throw Errors.ValueError(StopMessage);
            }
        }
        if (start < 0 || stop < -1) throw Errors.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (args.Length == 4 && args[3] is not PyNone) step = IsliceIndex(args[3]);
        if (step < 1) throw Errors.ValueError("Step for islice() must be a positive integer or None.");
        long count = 0, next = start;
        PyIterator? source = it;
        return new ItertoolsIterator(type, () =>
        {
            if (source is null) return null;
            while (count < next)
            {
                if (source.Next() is null) { source = null; return null; }
                count++;
            }
            if (stop != -1 && count >= stop) { source = null; return null; }
            var item = source.Next();
            if (item is null) { source = null; return null; }
            count++;
            var old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return item;
        });
    }

    private static PyObject Tee(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("tee", kwnames);
        Args.Count("tee", args.Length, 1, 2);
        var n = args.Length == 2 ? Conversions.ToIndex(args[1]) : 2;
        if (n < 0) throw Errors.ValueError("n must be >= 0");
        var source = Iteration.GetIter(args[0]);
        var buffer = new List<PyObject>();
        var result = new PyObject[n];
        for (var i = 0; i < n; i++)
        {
            var position = 0;
            result[i] = new ItertoolsIterator(TeeType, () =>
            {
                if (position == buffer.Count)
                {
                    var v = source.Next();
                    if (v is null) return null;
                    buffer.Add(v);
                }
                return buffer[position++];
            });
        }
        return PyTuple.FromArray(result);
    }

    private static PyObject ZipLongest(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        PyObject fill = PyNone.Instance;
        if (kwnames is not null)
        {
            for (var i = 0; i < kwnames.Length; i++)
            {
                if (kwnames[i] != "fillvalue") throw Errors.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[positional + i];
            }
        }
        var iterators = new PyIterator?[positional];
        for (var i = 0; i < positional; i++) iterators[i] = Iteration.GetIter(args[i]);
        var active = positional;
        return new ItertoolsIterator(type, () =>
        {
            if (iterators.Length == 0 || active == 0) return null;
            var items = new PyObject[iterators.Length];
            for (var i = 0; i < iterators.Length; i++)
            {
                var v = iterators[i]?.Next();
                if (v is null)
                {
                    if (iterators[i] is not null)
                    {
                        iterators[i] = null;
                        active--;
                        if (active == 0) return null;
                    }
                    v = fill;
                }
                items[i] = v;
            }
            return PyTuple.FromArray(items);
        });
    }
}
