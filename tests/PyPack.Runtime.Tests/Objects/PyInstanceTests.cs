using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Objects;

/// <summary>What an instance of a class costs, and deletion keeping the shared layout.</summary>
public class PyInstanceTests
{
    private static PyType Class(string name, PyDict? ns = null)
    {
        ns ??= new PyDict();
        ns.SetStr("__module__", new PyStr("tests")); // else type() asks the running interpreter
        return (PyType)ClassBuilder.TypeNew(PyType.TypeType, [new PyStr(name), PyTuple.Of(PyType.ObjectType), ns], null);
    }

    private static readonly string[] s_names = ["a0", "a1", "a2", "a3", "a4", "a5"];

    private static PyInstance Make(PyType type, int attributes)
    {
        var o = new PyInstance(type);
        for (var i = 0; i < attributes; i++) o.SetOwnAttribute(s_names[i], PyNone.Instance).ShouldBeTrue();
        return o;
    }

    private static long BytesPerInstance(PyType type, int attributes)
    {
        Make(type, attributes); // the class's layouts exist before measuring
        const int count = 1000;
        var keep = new PyInstance[count];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) keep[i] = Make(type, attributes);
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(keep);
        return (after - before) / count;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void An_instance_with_up_to_six_attributes_is_one_object_of_96_bytes(int attributes)
    {
        // Header and method table (16), class (8), layout or dict (8), six inline values (48), overflow
        // array (8), the private-float bits (4) and the id serial (4).
        BytesPerInstance(Class("P" + attributes), attributes).ShouldBe(96);
    }

    [Fact]
    public void A_slots_instance_is_one_object_of_96_bytes()
    {
        var ns = new PyDict();
        ns.SetStr("__slots__", PyTuple.Of(new PyStr("x"), new PyStr("y"), new PyStr("z")));
        var type = Class("S", ns);
        const int count = 1000;
        var keep = new PyInstance[count];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) keep[i] = new PyInstance(type);
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(keep);
        ((after - before) / count).ShouldBe(96);
    }

    [Fact]
    public void Deleting_an_attribute_keeps_the_instance_in_its_layout()
    {
        var type = Class("D");
        var a = Make(type, 4);
        var b = Make(type, 4);
        var shared = a.Layout.ShouldNotBeNull();
        a.DelOwnAttribute("a1").ShouldBeTrue();
        a.DelOwnAttribute("a1").ShouldBeFalse();
        a.Layout.ShouldBeSameAs(shared);
        b.Layout.ShouldBeSameAs(shared);
        a.GetOwnAttribute("a1").ShouldBeNull();
        b.GetOwnAttribute("a1").ShouldNotBeNull();
        // The last attributes set again keep their place; an earlier one goes last, through a dict.
        a.DelOwnAttribute("a3").ShouldBeTrue();
        a.SetOwnAttribute("a3", PyInt.From(30)).ShouldBeTrue();
        a.GetOwnAttribute("a3").ShouldBeOfType<PyInt>().Small.ShouldBe(30);
        a.Layout.ShouldBeSameAs(shared);
        a.SetOwnAttribute("a1", PyBool.True).ShouldBeTrue();
        a.Layout.ShouldBeNull();
        a.Dict.ShouldNotBeNull().Pairs.Select(p => ((PyStr)p.Key).Value).ShouldBe(["a0", "a2", "a3", "a1"]);
    }
}
