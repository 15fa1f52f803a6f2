using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Objects;

/// <summary>A module's dict and its global cells stay one namespace, in CPython's insertion order.</summary>
public class ModuleGlobalsTests
{
    private static string[] Keys(PyDict d) => d.Pairs.Select(p => ((PyStr)p.Key).Value).ToArray();

    [Fact]
    public void Dict_lists_names_in_the_order_they_were_bound_not_the_order_cells_were_made()
    {
        var g = new ModuleGlobals();
        var late = g.Cell("late");
        var early = g.Cell("early");
        early.Value = PyInt.From(1);
        late.Value = PyInt.From(2);
        Keys(g.AsDict()).ShouldBe(["early", "late"]);
    }

    [Fact]
    public void Cell_stores_and_deletes_reach_the_dict_once_it_exists()
    {
        var g = new ModuleGlobals();
        var x = g.Cell("x");
        x.Value = PyInt.From(1);
        var dict = g.AsDict();
        x.Value = PyInt.From(5);
        g.Cell("y").Value = PyInt.From(6);
        ((PyInt)dict.TryGetStr("x")!).Small.ShouldBe(5);
        Keys(dict).ShouldBe(["x", "y"]);
        x.Value = null;
        Keys(dict).ShouldBe(["y"]);
    }

    [Fact]
    public void Dict_stores_deletes_and_clear_reach_the_cells()
    {
        var g = new ModuleGlobals();
        var dict = g.AsDict();
        dict.SetStr("z", PyInt.From(3));
        ((PyInt)g.Cell("z").Value!).Small.ShouldBe(3);
        dict.Set(new PyStr("w"), PyInt.From(4));
        ((PyInt)g.TryGet("w")!).Small.ShouldBe(4);
        dict.RemoveStr("z").ShouldBeTrue();
        g.Cell("z").Value.ShouldBeNull();
        dict.Clear();
        g.TryGet("w").ShouldBeNull();
    }

    [Fact]
    public void The_same_dict_is_returned_every_time()
    {
        var g = new ModuleGlobals();
        g.AsDict().ShouldBeSameAs(g.AsDict());
    }
}
