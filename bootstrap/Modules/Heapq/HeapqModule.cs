using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Heapq;

/// <summary>
/// The <c>heapq</c> module. The sift steps are CPython's (the child walks to a leaf, then the new
/// item sifts back up), so a heap list holds the same order as under CPython at every step.
/// </summary>
[PythonModule("heapq")]
[PythonExport("heappush")] [PythonExport("heappop")] [PythonExport("heapify")] [PythonExport("heapreplace")]
[PythonExport("heappushpop")] [PythonExport("merge")] [PythonExport("nlargest")] [PythonExport("nsmallest")]
public static partial class HeapqModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("heappush", new PyBuiltinFunction("heappush", static (args, kw) =>
        {
            NoKeywords("heappush", kw);
            Args.Count("heappush", args.Length, 2, 2);
            var heap = ListArg("heappush() argument 1", args[0]);
            heap.Append(args[1]);
            SiftDown(heap, 0, heap.Count - 1);
            return PyNone.Instance;
        }));
        g.Set("heappop", new PyBuiltinFunction("heappop", static (args, kw) =>
        {
            NoKeywords("heappop", kw);
            if (args.Length != 1) throw Errors.TypeError($"_heapq.heappop() takes exactly one argument ({args.Length} given)");
            var heap = ListArg("heappop() argument", args[0]);
            if (heap.Count == 0) throw Errors.IndexError("index out of range");
            var last = heap.RemoveAt(heap.Count - 1);
            if (heap.Count == 0) return last;
            var result = heap[0];
            heap[0] = last;
            SiftUp(heap, 0);
            return result;
        }));
        g.Set("heapify", new PyBuiltinFunction("heapify", static (args, kw) =>
        {
            NoKeywords("heapify", kw);
            if (args.Length != 1) throw Errors.TypeError($"_heapq.heapify() takes exactly one argument ({args.Length} given)");
            var heap = ListArg("heapify() argument", args[0]);
            for (var i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i);
            return PyNone.Instance;
        }));
        g.Set("heapreplace", new PyBuiltinFunction("heapreplace", static (args, kw) =>
        {
            NoKeywords("heapreplace", kw);
            Args.Count("heapreplace", args.Length, 2, 2);
            var heap = ListArg("heapreplace() argument 1", args[0]);
            if (heap.Count == 0) throw Errors.IndexError("index out of range");
            var result = heap[0];
            heap[0] = args[1];
            SiftUp(heap, 0);
            return result;
        }));
        g.Set("heappushpop", new PyBuiltinFunction("heappushpop", static (args, kw) =>
        {
            NoKeywords("heappushpop", kw);
            Args.Count("heappushpop", args.Length, 2, 2);
            var heap = ListArg("heappushpop() argument 1", args[0]);
            var item = args[1];
            if (heap.Count == 0 || !Comparison.CompareBool(heap[0], item, CompareOp.Lt)) return item;
            var top = heap[0];
            heap[0] = item;
            SiftUp(heap, 0);
            return top;
        }));
        g.Set("nlargest", new PyBuiltinFunction("nlargest", static (args, kw) => NBest("nlargest", args, kw, largest: true)));
        g.Set("nsmallest", new PyBuiltinFunction("nsmallest", static (args, kw) => NBest("nsmallest", args, kw, largest: false)));
        g.Set("merge", new PyBuiltinFunction("merge", Merge));
    }

    private static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    private static PyList ListArg(string what, PyObject o) =>
        o as PyList ?? throw Errors.TypeError($"{what} must be list, not {(o is PyNone ? "None" : o.Type.Name)}");

    // CPython's siftdown and siftup (_heapqmodule.c) step by step: items are swapped after each
    // comparison and re-read from the list, and a comparison (a class's __lt__) that changed the
    // list's size raises RuntimeError. Only < is asked, through Comparison.LessThan, which decides
    // exact ints and (dist, node) tuples of them without the generic protocol.
    private static void SiftDown(PyList heap, int start, int pos)
    {
        var size = heap.Count;
        while (pos > start)
        {
            var parentPos = (pos - 1) >> 1;
            var less = Comparison.LessThan(heap[pos], heap[parentPos]);
            if (size != heap.Count) throw ChangedSize();
            if (!less) break;
            Swap(heap.ItemArray, pos, parentPos);
            pos = parentPos;
        }
    }

    private static void SiftUp(PyList heap, int pos)
    {
        var end = heap.Count;
        var start = pos;
        var limit = end >> 1;
        while (pos < limit)
        {
            var child = 2 * pos + 1;
            if (child + 1 < end)
            {
                if (!Comparison.LessThan(heap[child], heap[child + 1])) child++;
                if (end != heap.Count) throw ChangedSize();
            }
            Swap(heap.ItemArray, pos, child);
            pos = child;
        }
        SiftDown(heap, start, pos);
    }

    // A list's array is always exactly PyObject[]: the stores skip the covariant array check.
    private static void Swap(PyObject[] items, int i, int j)
    {
        var x = items[i];
        ObjectArrays.StoreExact(items, i, items[j]);
        ObjectArrays.StoreExact(items, j, x);
    }

    private static PyException ChangedSize() => Errors.RuntimeError("list changed size during iteration");
}
