using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// _pickle.PicklerEngine(protocol, fix_imports, buffer_callback): what pickle.Pickler keeps between
/// dump() calls (the protocol and the memo). dump(obj, pickler) takes the hooks a Pickler subclass
/// defines (persistent_id, reducer_override, dispatch_table) from <c>pickler</c>.
/// </summary>
internal sealed class PicklerEngine(PickleWriter writer) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PickleWriter Writer { get; } = writer;

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var type = new PyType("PicklerEngine", null) { Module = "_pickle" };
        type.Constructor = static (args, kw) =>
        {
            var a = ModuleArgs.Bind("PicklerEngine", args, kw, ["protocol", "fix_imports", "buffer_callback"], 0);
            var protocol = PickleModule.Protocol(a[0]);
            PickleModule.CheckBufferCallback(protocol, a[2]);
            return new PicklerEngine(new PickleWriter(protocol, a[1] is null || Truth.IsTrue(a[1]!)));
        };
        type.Method("dump", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("dump", args, kw, ["obj", "pickler"], 2);
            var writer = ((PicklerEngine)self).Writer;
            var owner = a[1]!;
            writer.PersistentId = Hook(owner, "persistent_id");
            writer.ReducerOverride = Hook(owner, "reducer_override");
            writer.DispatchTable = Hook(owner, "dispatch_table");
            return PyBytes.Of(writer.Dump(a[0]!));
        });
        type.Method("clear_memo", static (self, args, kw) =>
        {
            ((PicklerEngine)self).Writer.ClearMemo();
            return PyNone.Instance;
        });
        return type;
    }

    private static PyObject? Hook(PyObject owner, string name) =>
        Attributes.TryGetAttr(owner, name) is { } hook and not PyNone ? hook : null;
}
