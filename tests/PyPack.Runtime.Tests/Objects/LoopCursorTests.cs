using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Objects;

/// <summary>A loop's cursor steps as CPython's iterators would, without making them where nothing can see them.</summary>
public class LoopCursorTests
{
    private static PyList List(params long[] values) => new(values.Select(v => (PyObject)PyInt.From(v)).ToArray());

    private static long Small(PyObject o) => ((PyInt)o).Small;

    [Fact]
    public void List_is_walked_by_index_and_sees_items_appended_during_the_loop()
    {
        var list = List(1, 2);
        var cursor = default(LoopCursor);
        cursor.Start(list);
        cursor.Iterator.ShouldBeNull();
        var seen = new List<long>();
        while (cursor.Next() is { } item)
        {
            seen.Add(Small(item));
            if (seen.Count == 1) list.Append(PyInt.From(3));
        }
        seen.ShouldBe([1, 2, 3]);
        // An exhausted list iterator stays exhausted.
        list.Append(PyInt.From(4));
        cursor.Next().ShouldBeNull();
    }

    [Fact]
    public void Other_iterables_go_through_their_iterator()
    {
        var set = new PySet();
        set.Add(PyInt.From(7));
        var cursor = default(LoopCursor);
        cursor.Start(set);
        cursor.Iterator.ShouldNotBeNull();
        Small(cursor.Next()!).ShouldBe(7);
        cursor.Next().ShouldBeNull();
    }

    [Fact]
    public void Dict_items_give_pairs_and_a_size_change_raises()
    {
        var dict = new PyDict();
        dict.Set(PyInt.From(1), PyInt.From(10));
        dict.Set(PyInt.From(2), PyInt.From(20));
        var cursor = default(LoopCursor);
        cursor.StartMethod0(dict, new Operations.AttributeSite("items"));
        cursor.NextPair(out var k, out var v).ShouldBeTrue();
        (Small(k), Small(v)).ShouldBe((1, 10));
        dict.Set(PyInt.From(3), PyInt.From(30));
        var e = Should.Throw<PyException>(() => cursor.NextPair(out _, out _));
        e.Value.Str().ShouldBe("dictionary changed size during iteration");
    }

    [Fact]
    public void Builtin_enumerate_is_taken_over_and_counts_past_a_long()
    {
        var cursor = default(LoopCursor);
        var start = PyInt.From(long.MaxValue);
        cursor.Start(LoopCursor.Call2(ref cursor, PyFunctionIterator.EnumerateType, List(5, 6), start));
        cursor.Iterator.ShouldBeNull();
        cursor.NextPair(out var i, out var x).ShouldBeTrue();
        (Small(i), Small(x)).ShouldBe((long.MaxValue, 5));
        cursor.NextPair(out i, out _).ShouldBeTrue();
        Operations.Text.Repr(i).ShouldBe("9223372036854775808");
        cursor.NextPair(out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Another_callee_is_called_and_its_result_iterated()
    {
        var pairs = new PyList([PyTuple.Of(PyInt.From(1), PyInt.From(2))]);
        var cursor = default(LoopCursor);
        var result = LoopCursor.Call1(ref cursor, PyList.TypeObject, pairs);
        result.ShouldBeOfType<PyList>();
        result.ShouldNotBeSameAs(pairs);
        cursor.Start(result);
        cursor.NextPair(out var a, out var b).ShouldBeTrue();
        (Small(a), Small(b)).ShouldBe((1, 2));
        cursor.NextPair(out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Zip_stops_at_the_shorter_having_taken_an_item_of_the_longer()
    {
        var longer = List(1, 2, 3);
        var it = longer.Iter()!;
        var cursor = default(LoopCursor);
        cursor.Start(LoopCursor.Call2(ref cursor, PyFunctionIterator.ZipType, it, List(9)));
        cursor.NextPair(out var a, out var b).ShouldBeTrue();
        (Small(a), Small(b)).ShouldBe((1, 9));
        cursor.NextPair(out _, out _).ShouldBeFalse();
        // zip took 2 from the first before the second ran out.
        Small(it.Next()!).ShouldBe(3);
    }
}
