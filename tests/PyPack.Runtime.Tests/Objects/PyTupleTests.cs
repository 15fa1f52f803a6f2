using PyPack.Runtime.Objects;
using Shouldly;
using Xunit;

namespace PyPack.Runtime.Tests.Objects;

public class PyTupleTests
{
    private static PyObject[] Ints(int n) => Enumerable.Range(0, n).Select(i => (PyObject)PyInt.From(i * 7)).ToArray();

    // Every inline size is read through the smallest one's field: a layout where the storage moved would read other memory.
    [Fact]
    public void Every_length_reads_back_its_items()
    {
        for (var n = 0; n <= PyTuple.MaxInline + 3; n++)
        {
            var items = Ints(n);
            var tuples = new[] { PyTuple.CopyOf(items), PyTuple.FromArray((PyObject[])items.Clone()), Filled(items) };
            GC.Collect();
            foreach (var t in tuples)
            {
                t.Count.ShouldBe(n);
                t.IsExact.ShouldBeTrue();
                t.Items.ToArray().ShouldBe(items);
                for (var i = 0; i < n; i++) t[i].ShouldBeSameAs(items[i]);
            }
        }
    }

    private static PyTuple Filled(PyObject[] source)
    {
        var t = PyTuple.Create(source.Length, out var items);
        source.CopyTo(items);
        return t;
    }

    [Fact]
    public void Fixed_arity_factories_keep_order()
    {
        var a = Ints(4);
        PyTuple.Of(a[0]).Items.ToArray().ShouldBe(a[..1]);
        PyTuple.Of(a[0], a[1]).Items.ToArray().ShouldBe(a[..2]);
        PyTuple.Of(a[0], a[1], a[2]).Items.ToArray().ShouldBe(a[..3]);
        PyTuple.Of(a[0], a[1], a[2], a[3]).Items.ToArray().ShouldBe(a);
    }

    [Fact]
    public void No_items_is_the_empty_tuple()
    {
        PyTuple.CopyOf([]).ShouldBeSameAs(PyTuple.Empty);
        PyTuple.FromArray([]).ShouldBeSameAs(PyTuple.Empty);
        PyTuple.Create(0, out _).ShouldBeSameAs(PyTuple.Empty);
    }

    [Fact]
    public void Hash_matches_CPython_in_both_forms()
    {
        var ints = Enumerable.Range(0, 9).Select(i => (PyObject)PyInt.From(i)).ToArray();
        PyTuple.Of(ints[1], ints[2]).Hash().ShouldBe(-3550055125485641917L);
        PyTuple.CopyOf(ints).Hash().ShouldBe(-8884453846899200216L);
    }
}
