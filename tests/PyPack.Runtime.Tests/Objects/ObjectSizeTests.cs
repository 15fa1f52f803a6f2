using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;
using Xunit.Abstractions;

namespace PyPack.Runtime.Tests.Objects;

/// <summary>
/// Managed bytes per common object (all the arrays and strings it owns included), measured by
/// allocating many and reading the thread's allocation counter. The bounds are CPython 3.11's
/// sizes (tracemalloc per object, GC header included) where PyPack is at or under them, else
/// today's figure, so a field added to a hot type shows up here.
/// </summary>
public class ObjectSizeTests(ITestOutputHelper output)
{
    private const int N = 20_000;

    private double Measure(string name, Func<int, object> make)
    {
        var keep = new object[N];
        for (var i = 0; i < 100; i++) keep[i] = make(i); // warm up (JIT, static constructors)
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++) keep[i] = make(i);
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)N;
        GC.KeepAlive(keep);
        output.WriteLine($"{name,-28} {bytes,6:0.0}");
        return bytes;
    }

    private static PyStr Key(string s) => new(s);

    [Fact]
    public void Common_objects_stay_small()
    {
        var ints = Enumerable.Range(0, N).Select(i => (PyObject)PyInt.From(100_000 + i)).ToArray();
        string[] names = ["id", "name", "price", "tags", "active", "meta"];
        var keys = names.Select(Key).ToArray();
        var (parent, score) = (Key("parent"), Key("score"));
        foreach (var k in keys.Append(parent).Append(score)) k.Hash();
        var cls = (PyType)ClassBuilder.Create(PyType.TypeType, "C", [], new PyDict(), [], null);

        Measure("int (beyond the cache)", i => PyInt.From(100_000 + i)).ShouldBeLessThanOrEqualTo(32);
        Measure("float", i => new PyFloat(i * 1.25)).ShouldBeLessThanOrEqualTo(24);
        Measure("str of 10 chars + text", i => new PyStr("item-" + (10_000 + i))).ShouldBeLessThanOrEqualTo(80);
        Measure("list of 3", i => new PyList([ints[i], ints[0], ints[1]])).ShouldBeLessThanOrEqualTo(80);
        Measure("tuple of 3", i => new PyTuple([ints[i], ints[0], ints[1]])).ShouldBeLessThanOrEqualTo(72);
        Measure("dict of 2 str keys", i => new PyDict().With(parent, ints[i]).With(score, ints[0])).ShouldBeLessThanOrEqualTo(168);
        Measure("dict of 6 str keys", i =>
        {
            var d = new PyDict();
            foreach (var k in keys) d.Set(k, ints[i]);
            return d;
        }).ShouldBeLessThanOrEqualTo(248);
        Measure("instance, 3 attributes", i =>
        {
            var o = new PyInstance(cls);
            Attributes.SetAttr(o, "a", ints[i]);
            Attributes.SetAttr(o, "b", ints[0]);
            Attributes.SetAttr(o, "c", ints[1]);
            return o;
        }).ShouldBeLessThanOrEqualTo(104);
    }
}
