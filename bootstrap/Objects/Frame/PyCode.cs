using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A code object as a frame shows it (<c>f_code</c>): the name, file, first line and local names
/// of a compiled function or module body. PyPack compiles code ahead of time, so there is no
/// bytecode behind it (co_code and the like are absent).
/// </summary>
public sealed class PyCode : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // One code object per compiled body, so `f.f_code is g.f_code` holds when they run the same code.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeInfo, PyCode> s_objects = new();

    private PyCode(CodeInfo info) => Info = info;

    public CodeInfo Info { get; }

    public static PyCode Of(CodeInfo info) => s_objects.GetValue(info, static i => new PyCode(i));

    public override PyType Type => TypeObject;

    public override string Repr() => $"<code object {Info.Name} at 0x{Identity.Of(this):x}, file \"{Info.Source.FileName}\", line {Info.FirstLine}>";

    private static PyType MakeType()
    {
        var t = new PyType("code", null);
        Attribute(t, "co_name", static c => new PyStr(c.Info.Name));
        Attribute(t, "co_filename", static c => new PyStr(c.Info.Source.FileName));
        Attribute(t, "co_firstlineno", static c => PyInt.From(c.Info.FirstLine));
        Attribute(t, "co_varnames", static c => new PyTuple(Sequences.Strs(c.Info.VarNames)));
        return t;
    }

    private static void Attribute(PyType t, string name, Func<PyCode, PyObject> get) =>
        t.SetAttribute(name, new PyGetSetDescriptor(t, name, o => get((PyCode)o)));
}
