using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// _pickle.UnpicklerEngine(file, fix_imports, encoding, errors, buffers): what pickle.Unpickler
/// keeps between load() calls (the file position and the memo). load(unpickler) calls that
/// object's find_class and persistent_load.
/// </summary>
internal sealed class UnpicklerEngine(PickleReader reader) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PickleReader Reader { get; } = reader;

    public override PyType Type => TypeObject;

    private static PyType CreateType()
    {
        var type = new PyType("UnpicklerEngine", null) { Module = "_pickle" };
        type.Constructor = static (args, kw) =>
        {
            var a = ModuleArgs.Bind("UnpicklerEngine", args, kw, ["file", "fix_imports", "encoding", "errors", "buffers"], 1);
            var file = a[0]!;
            if (Attributes.TryGetAttr(file, "read") is null || Attributes.TryGetAttr(file, "readline") is null)
            {
                throw Errors.TypeError("file must have 'read', 'readinto' and 'readline' attributes");
            }
            return new UnpicklerEngine(new PickleReader(file)
            {
                FixImports = a[1] is null || Truth.IsTrue(a[1]!),
                Encoding = a[2] is null ? "ASCII" : ModuleArgs.Str(a[2]!, "Unpickler", 3),
                ErrorHandler = a[3] is null ? "strict" : ModuleArgs.Str(a[3]!, "Unpickler", 4),
                Buffers = a[4] is null or PyNone ? null : Iteration.GetIter(a[4]!),
            });
        };
        type.Method("load", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("load", args, kw, ["unpickler"], 1);
            var reader = ((UnpicklerEngine)self).Reader;
            reader.Owner = a[0];
            return reader.Load();
        });
        type.Method("find_class", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("find_class", args, kw, ["module_name", "global_name"], 2);
            return ((UnpicklerEngine)self).Reader.DefaultFindClass(ModuleArgs.Str(a[0]!, "find_class", 1), ModuleArgs.Str(a[1]!, "find_class", 2));
        });
        return type;
    }
}
