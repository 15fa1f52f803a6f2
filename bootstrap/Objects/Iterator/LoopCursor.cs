using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The iteration of one <c>for</c> loop (or comprehension loop), a struct the compiled method
/// keeps in a local, so a loop over an exact list, tuple or dict makes no iterator object (see
/// <see cref="LoopSource"/>), and a loop whose target unpacks two names over
/// <c>enumerate(xs[, start])</c> or <c>zip(xs, ys)</c>, where the name is the builtin itself,
/// makes neither the enumerate or zip object nor a tuple per item: the loop takes the call over
/// (<see cref="Call1"/>) and counts, or steps both iterables, itself. Nothing else can see such an
/// object, so the difference cannot be observed; any other callee is called as usual.
/// <code>
/// for i, x in enumerate(xs): ...   =>   c.Start(LoopCursor.Call1(ref c, enumerate, xs));
///                                       while (c.NextPair(out a, out b)) { l_i = a; l_x = b; ... }
/// </code>
/// </summary>
public struct LoopCursor
{
    private enum Shape : byte { Plain, Enumerate, Zip }

    // What Call1/Call2 return when they took the call over: Start then keeps what they set up.
    private static readonly PyObject s_taken = new PyTupleArray([]);

    private LoopSource _first;
    private LoopSource _second;
    private Shape _shape;
    // enumerate's next index, when the loop took enumerate over.
    private EnumerateCounter _counter;

    /// <summary>Starts over <paramref name="iterable"/> (as <c>iter()</c>), unless a Call1/Call2 in it took the loop's call over.</summary>
    public void Start(PyObject iterable)
    {
        if (ReferenceEquals(iterable, s_taken)) return;
        BecomePlain();
        _first.Init(iterable);
    }

    /// <summary>Starts over an iterator something already made.</summary>
    public void Start(PyIterator iterator)
    {
        BecomePlain();
        _first.Init(iterator);
    }

    // The fields are set in place, not by copying a new cursor over this one (a loop starts often).
    private void BecomePlain()
    {
        if (_shape == Shape.Plain) return;
        // What a previous zip or enumerate held is let go.
        _second = default;
        _counter = default;
        _shape = Shape.Plain;
    }

    /// <summary>
    /// Starts over <c>o.name()</c>: an exact dict's <c>items()</c>, <c>keys()</c> or <c>values()</c>
    /// without the view (dict's methods cannot be replaced), a builtin method's lazy items (see
    /// Attributes.IterMethod0), else the call's result.
    /// </summary>
    public void StartMethod0(PyObject o, AttributeSite site)
    {
        var untracked = 0;
        StartMethod0(o, site, ref untracked, 0);
    }

    /// <summary>Starts over <c>o.name(a)</c> (see Attributes.IterMethod1).</summary>
    public void StartMethod1(PyObject o, AttributeSite site, PyObject a)
    {
        var untracked = 0;
        StartMethod1(o, site, a, ref untracked, 0);
    }

    /// <summary>
    /// <see cref="StartMethod0(PyObject, AttributeSite)"/> where places are tracked: the call runs at
    /// its own position (stored by the caller), the loop starts at <paramref name="loopPlace"/>,
    /// where CPython reports a result that is not iterable.
    /// </summary>
    public void StartMethod0(PyObject o, AttributeSite site, ref int place, int loopPlace)
    {
        BecomePlain();
        // An exact dict by its .NET class: `is PyDict` is a runtime call walking the class chain.
        if (o.GetType() == typeof(PyDict) && DictKind(site.Name) is { } kind)
        {
            _first.InitDict(Unsafe.As<PyDict>(o), kind);
            place = loopPlace;
            return;
        }
        var result = site.For(o.Type).Direct is { LazyItems0: { } items } ? items(o) : Attributes.CallMethod0(o, site);
        place = loopPlace;
        _first.Init(result);
    }

    /// <summary><see cref="StartMethod0(PyObject, AttributeSite, ref int, int)"/> for a call with one argument.</summary>
    public void StartMethod1(PyObject o, AttributeSite site, PyObject a, ref int place, int loopPlace)
    {
        BecomePlain();
        var result = site.For(o.Type).Direct is { LazyItems1: { } items } && items(o, a) is { } lazy ? lazy : Attributes.CallMethod1(o, site, a);
        place = loopPlace;
        _first.Init(result);
    }

    private static DictIterator.Kind? DictKind(string name) => name switch
    {
        "items" => DictIterator.Kind.Items,
        "keys" => DictIterator.Kind.Keys,
        "values" => DictIterator.Kind.Values,
        _ => null,
    };

    /// <summary>
    /// <c>callee(a)</c> as the iterable of a loop over pairs: builtin enumerate is taken over by
    /// <paramref name="cursor"/> (and the loop's Start keeps it); any other callee is called.
    /// </summary>
    public static PyObject Call1(ref LoopCursor cursor, PyObject callee, PyObject a)
    {
        if (!ReferenceEquals(callee, PyFunctionIterator.EnumerateType)) return callee.Call1(a);
        cursor = default;
        cursor._first = LoopSource.Over(a);
        cursor._shape = Shape.Enumerate;
        return s_taken;
    }

    /// <summary><c>callee(a, b)</c> the same way: <c>enumerate(xs, start)</c> and <c>zip(xs, ys)</c>.</summary>
    public static PyObject Call2(ref LoopCursor cursor, PyObject callee, PyObject a, PyObject b)
    {
        if (ReferenceEquals(callee, PyFunctionIterator.ZipType))
        {
            // zip() makes both iterators before it steps either.
            var first = LoopSource.Over(a);
            var second = LoopSource.Over(b);
            cursor = default;
            (cursor._first, cursor._second, cursor._shape) = (first, second, Shape.Zip);
            return s_taken;
        }
        if (!ReferenceEquals(callee, PyFunctionIterator.EnumerateType)) return callee.Call2(a, b);
        // enumerate() takes the start's __index__ before it makes the iterator.
        var start = Conversions.Index(b);
        var source = LoopSource.Over(a);
        cursor = default;
        cursor._first = source;
        cursor._shape = Shape.Enumerate;
        cursor._counter = new EnumerateCounter(start);
        return s_taken;
    }

    /// <summary>The iterator of a plain loop, null when none was made (to find a generator only the loop holds).</summary>
    public readonly PyIterator? Iterator => _shape == Shape.Plain ? _first.Iterator : null;

    /// <summary>The next item, or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? Next() => _shape == Shape.Plain ? _first.Next() : NextTuple();

    // Reached only if a taken-over loop stepped one item at a time: the pair as enumerate or zip gives it.
    private PyObject? NextTuple() => NextPair(out var a, out var b) ? PyTuple.Of(a, b) : null;

    /// <summary>The next item unpacked into two, false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextPair(out PyObject first, out PyObject second) =>
        _shape == Shape.Plain ? _first.NextPair(out first, out second) : NextTakenPair(out first, out second);

    /// <summary>The same where an item that does not unpack is reported at the targets' <paramref name="place"/>.</summary>
    public bool NextPair(out PyObject first, out PyObject second, ref int line, int place) =>
        _shape == Shape.Plain ? _first.NextPair(out first, out second, ref line, place) : NextTakenPair(out first, out second);

    private bool NextTakenPair(out PyObject first, out PyObject second)
    {
        second = null!;
        if (_shape == Shape.Enumerate)
        {
            var item = _first.Next();
            if (item is null)
            {
                first = null!;
                return false;
            }
            first = _counter.Take();
            second = item;
            return true;
        }
        // zip stops at the first iterable that ends; the items taken before it are dropped.
        first = _first.Next()!;
        if (first is null) return false;
        second = _second.Next()!;
        return second is not null;
    }
}
