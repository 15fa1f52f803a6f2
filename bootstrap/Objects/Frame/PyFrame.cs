using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A frame object (<c>sys._getframe()</c>, <c>tb_frame</c>): the code a level of the call stack
/// runs, the line it was at when the frame was asked for, the module globals, and the caller's
/// frame. Compiled functions keep their variables in C# locals, so a function frame's
/// <c>f_locals</c> is refused (a module frame's locals are its globals, as in CPython).
/// </summary>
public sealed class PyFrame : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // The caller: a frame, None for the outermost, null when not made yet (see Back) or not known (a traceback's frame).
    private PyObject? _back;

    // The call stack as sys._getframe saw it (innermost first) and this frame's level in it: the
    // callers' frame objects are made when f_back asks for them, not all up front.
    private readonly CallDepth.FrameRecord[]? _stack;
    private readonly int _level;

    private PyFrame(CodeInfo code, int place, PyObject? back)
    {
        Code = code;
        Place = place;
        _back = back;
    }

    private PyFrame(CallDepth.FrameRecord[] stack, int level) : this(CodeInfo.FromId(stack[level].CodeId), stack[level].Place, null)
    {
        _stack = stack;
        _level = level;
    }

    /// <summary>f_back: the caller's frame (made once, so <c>f.f_back is f.f_back</c>), None for the outermost; null when not known.</summary>
    private PyObject? Back => _back ??= _stack is null ? null : _level + 1 < _stack.Length ? new PyFrame(_stack, _level + 1) : PyNone.Instance;

    public CodeInfo Code { get; }

    /// <summary>Where the frame was when this object was made: a line or a position id (see SourceInfo.LineOf).</summary>
    public int Place { get; }

    /// <summary>f_lineno: the line of <see cref="Place"/>.</summary>
    public int Line => Code.Source.LineOf(Place);

    public override PyType Type => TypeObject;

    /// <summary>sys._getframe(depth): the frame <paramref name="depth"/> levels above the caller's.</summary>
    public static PyFrame? OfCaller(int depth)
    {
        var stack = CallDepth.PythonFrameRecords();
        return depth < stack.Length ? new PyFrame(stack, depth) : null;
    }

    /// <summary>The frame a traceback entry passed through; its callers are not recorded there.</summary>
    public static PyFrame OfTraceback(TracebackEntry entry) => new(entry.Code, entry.Place, null);

    /// <summary>A suspended generator's or coroutine's frame (<c>cr_frame</c>): its code and line, no caller.</summary>
    public static PyFrame OfSuspended(CodeInfo code, int line) => new(code, line, null);

    /// <summary>This frame, then its callers outward (f_back until None).</summary>
    public IEnumerable<PyFrame> Walk()
    {
        var frame = this;
        while (true)
        {
            yield return frame;
            var back = frame.Back;
            if (back is null) throw Errors.NotImplemented("walking the callers of a traceback's frame");
            if (back is not PyFrame caller) yield break;
            frame = caller;
        }
    }

    public override string Repr() => $"<frame at 0x{Identity.Of(this):x}, file '{Code.Source.FileName}', line {Line}, code {Code.Name}>";

    private PyObject Globals() =>
        Code.Source.Module?.Globals.AsDict() ?? throw Errors.NotImplemented($"the globals of a frame of {Code.Source.FileName}, whose module has not started");

    private static PyType MakeType()
    {
        var t = new PyType("frame", null);
        Attribute(t, "f_code", static f => PyCode.Of(f.Code));
        Attribute(t, "f_lineno", static f => PyInt.From(f.Line));
        Attribute(t, "f_globals", static f => f.Globals());
        Attribute(t, "f_back", static f => f.Back ?? throw Errors.NotImplemented("f_back of a traceback's frame (the frames an exception passed through are recorded, not their callers)"));
        Attribute(t, "f_locals", static f => f.Code.Name == "<module>"
            ? f.Globals()
            : throw Errors.NotImplemented("f_locals of a function's frame (compiled functions keep their variables in native locals)"));
        return t;
    }

    private static void Attribute(PyType t, string name, Func<PyFrame, PyObject> get) =>
        t.SetAttribute(name, new PyGetSetDescriptor(t, name, o => get((PyFrame)o)));
}
