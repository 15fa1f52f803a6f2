using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A generator expression passed straight to sum(), next(), any(), all(), min(), max(), list(), tuple(), set(), sorted() or an
/// exact str's join() runs as one loop, without a generator object, when the callee is that builtin (checked at the call, so a rebound name gets
/// the real call). CPython would resume the generator once per item; here the loop keeps the
/// generator's frame on the call stack while it computes an item (tracebacks get its
/// <c>&lt;genexpr&gt;</c> entry, sys._getframe sees it, PEP 479 applies) and takes it off while the
/// builtin's own step runs Python code (an <c>__add__</c> or <c>__bool__</c>), as CPython's builtin
/// runs between two resumes. Before and after (the compiler's side):
/// <code>
/// sum(x * x for x in xs)   =>   ReferenceEquals(t = sum, BuiltinsModule.SumFunction) ? Genexpr_3_fold(Iteration.GetIter(xs))
///                                                                                   : t.Call1(PyGenerator.Start(...))
///                               PyObject Genexpr_3_fold(PyIterator src)
///                               {   var fold = new SumFold(PyInt.Zero); var frame = FusedGenexpr.Enter(code);
///                                   try { while ((item = src.Next()) is not null) { ...; FusedGenexpr.Add(ref fold, x * x, code, ref frame); } }
///                                   catch (PyException e) when (FusedGenexpr.Inside(frame) &amp;&amp; e.AddFrame(code, frame.Line)) { throw; }
///                                   catch (PyException e) when (FusedGenexpr.Inside(frame) &amp;&amp; FusedGenexpr.IsStop(e)) { throw FusedGenexpr.StopRaised(e); }
///                                   finally { FusedGenexpr.Leave(frame); }
///                                   return fold.Result; }
/// </code>
/// </summary>
public static class FusedGenexpr
{
    /// <summary>The fused loop's frame goes on the call stack, as a generator's at its resume: its line is the entry's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FusedFrame Enter(CodeInfo code) => new(ref CallDepth.Enter(code));

    /// <summary>Ends the loop: its frame leaves the call stack, unless the builtin's step ended it outside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Leave(in FusedFrame frame)
    {
        if (!frame.Outside) CallDepth.Leave();
    }

    /// <summary>Whether an exception came from the generator's own code (the frame is on the call stack).</summary>
    public static bool Inside(in FusedFrame frame) => !frame.Outside;

    /// <summary>A StopIteration leaving the generator's code (PEP 479 makes it a RuntimeError).</summary>
    public static bool IsStop(PyException e) => e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration);

    public static PyException StopRaised(PyException e) => PyGenerator.StopRaised("generator", e);

    /// <summary>sum()'s step for one item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ref SumFold fold, PyObject item, CodeInfo code, ref FusedFrame frame)
    {
        if (!fold.TryAddExact(item)) AddOutside(ref fold, item, code, ref frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOutside(ref SumFold fold, PyObject item, CodeInfo code, ref FusedFrame frame)
    {
        var line = StepOut(ref frame);
        fold.AddGeneral(item);
        StepIn(code, ref frame, line);
    }

    /// <summary>any()'s and all()'s test of one item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject item, CodeInfo code, ref FusedFrame frame)
    {
        if (ReferenceEquals(item, PyBool.True)) return true;
        if (ReferenceEquals(item, PyBool.False) || ReferenceEquals(item, PyNone.Instance)) return false;
        return IsTrueOutside(item, code, ref frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsTrueOutside(PyObject item, CodeInfo code, ref FusedFrame frame)
    {
        // An exact int decides without Python code; anything else may call __bool__ or __len__.
        if (PyInt.IsExact(item)) return Truth.IsTrue(item);
        var line = StepOut(ref frame);
        var result = Truth.IsTrue(item);
        StepIn(code, ref frame, line);
        return result;
    }

    /// <summary>
    /// min()'s (<paramref name="better"/> Lt) or max()'s (Gt) step for one item: the first item, or
    /// one that compares better than the best so far (<c>item &lt; best</c>, item first, as CPython
    /// asks), becomes the best. Two exact ints or two exact floats compare here, running no Python
    /// code; anything else compares outside the frame, as the builtin's own step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Better(ref PyObject? best, PyObject item, CompareOp better, CodeInfo code, ref FusedFrame frame)
    {
        if (best is null)
        {
            best = item;
            return;
        }
        if (item.GetType() == typeof(PyInt) && best.GetType() == typeof(PyInt))
        {
            var (x, y) = (Unsafe.As<PyInt>(item).Small, Unsafe.As<PyInt>(best).Small);
            if (better == CompareOp.Lt ? x < y : x > y) best = item;
            return;
        }
        BetterOutside(ref best, item, better, code, ref frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void BetterOutside(ref PyObject? best, PyObject item, CompareOp better, CodeInfo code, ref FusedFrame frame)
    {
        if (item.GetType() == typeof(PyFloat) && best!.GetType() == typeof(PyFloat))
        {
            // A NaN compares false either way, in C# as in C.
            var (x, y) = (((PyFloat)item).Value, ((PyFloat)best).Value);
            if (better == CompareOp.Lt ? x < y : x > y) best = item;
            return;
        }
        var line = StepOut(ref frame);
        if (Comparison.CompareBool(item, best!, better)) best = item;
        StepIn(code, ref frame, line);
    }

    /// <summary>next()'s result once the loop returned (outside the frame): its first item or the default, else StopIteration.</summary>
    public static PyObject NextOf(PyObject? item) => item ?? throw PyGenerator.StopIteration(PyNone.Instance);

    /// <summary>min()'s or max()'s result once the loop ended (outside the frame): the empty case is the builtin's error.</summary>
    public static PyObject BestOf(PyObject? best, string name) => best ?? throw Errors.ValueError($"{name}() arg is an empty sequence");

    /// <summary>
    /// set()'s step for one item. Hashing and comparing exact ints, strs and floats runs no Python
    /// code, so while every item so far was one (<paramref name="mixed"/> false: no stored key's
    /// __eq__ can be asked either) the frame stays on the stack; any other item is added outside it,
    /// as the builtin's own step (an unhashable item's TypeError has no &lt;genexpr&gt; entry).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddToSet(PySet set, PyObject item, ref bool mixed, CodeInfo code, ref FusedFrame frame)
    {
        if (!mixed && (PyInt.IsExact(item) || PyStr.IsExact(item) || item.GetType() == typeof(PyFloat)))
        {
            set.Add(item);
            return;
        }
        mixed = true;
        AddToSetOutside(set, item, code, ref frame);
    }

    /// <summary>set()'s step for an unboxed item: an int is added without becoming an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddToSet(PySet set, in Unboxed item, ref bool mixed, CodeInfo code, ref FusedFrame frame)
    {
        if (!mixed && item.TryGetInt(out var value)) set.AddInt(value);
        else AddToSet(set, item.Box(), ref mixed, code, ref frame);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddToSetOutside(PySet set, PyObject item, CodeInfo code, ref FusedFrame frame)
    {
        var line = StepOut(ref frame);
        set.Add(item);
        StepIn(code, ref frame, line);
    }

    /// <summary>
    /// Whether <c>join</c> on <paramref name="separator"/> is str.join, which turns any iterable into a
    /// list before it looks at the items: then a fused loop may hand it that list itself.
    /// </summary>
    public static bool IsExactStr(PyObject separator) => PyStr.IsExact(separator);

    // The line is kept aside: the entry the frame leaves is the one the builtin's Python calls take next.
    private static int StepOut(ref FusedFrame frame)
    {
        var line = frame.Line;
        frame.Outside = true;
        CallDepth.Leave();
        return line;
    }

    // Back at the same depth, so in the same entry (entries never move) that frame.Line refers to.
    // Should entering fail (an interrupt at the safe point), the frame stays off the stack and Leave skips it.
    private static void StepIn(CodeInfo code, ref FusedFrame frame, int line)
    {
        CallDepth.Enter(code);
        frame.Line = line;
        frame.Outside = false;
    }
}
