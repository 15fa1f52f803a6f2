using System.Linq;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Traceback;

/// <summary>
/// The native core of the <c>traceback</c> module (Lib/traceback.py adds the classes): the same text the runtime prints for an uncaught exception
/// (<see cref="TracebackPrinter"/>), split into the pieces CPython's functions return, written to
/// sys.stderr or a file, and extracted frames (FrameSummary).
/// </summary>
[PythonModule("_traceback")]
[PythonExport("print_exc")]
[PythonExport("format_exc")]
[PythonExport("print_exception")]
[PythonExport("format_exception")]
[PythonExport("format_exception_only")]
[PythonExport("print_tb")]
[PythonExport("format_tb")]
[PythonExport("extract_tb")]
[PythonExport("format_list")]
[PythonExport("print_list")]
[PythonExport("FrameSummary")]
[PythonExport("extract_stack")]
[PythonExport("format_stack")]
[PythonExport("print_stack")]
[PythonExport("walk_stack")]
public static class TracebackModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("FrameSummary", PyFrameSummary.TypeObject);
        g.Set("print_exc", new PyBuiltinFunction("print_exc", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("print_exc", args, kw, ["limit", "file", "chain"], 0);
            Write(a[1], FormatCurrent(Limit(a[0]), ModuleArgs.Bool(a[2], true)));
            return PyNone.Instance;
        }));
        g.Set("format_exc", new PyBuiltinFunction("format_exc", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_exc", args, kw, ["limit", "chain"], 0);
            return new PyStr(string.Concat(FormatCurrent(Limit(a[0]), ModuleArgs.Bool(a[1], true))));
        }));
        g.Set("print_exception", new PyBuiltinFunction("print_exception", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("print_exception", args, kw, ["exc", "value", "tb", "limit", "file", "chain"], 1);
            var (value, tb) = ValueAndTraceback(a[0]!, a[1], a[2]);
            Write(a[4], Format(value, tb, Limit(a[3]), ModuleArgs.Bool(a[5], true)));
            return PyNone.Instance;
        }));
        g.Set("format_exception", new PyBuiltinFunction("format_exception", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_exception", args, kw, ["exc", "value", "tb", "limit", "chain"], 1);
            var (value, tb) = ValueAndTraceback(a[0]!, a[1], a[2]);
            return ToList(Format(value, tb, Limit(a[3]), ModuleArgs.Bool(a[4], true)));
        }));
        g.Set("format_exception_only", new PyBuiltinFunction("format_exception_only", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_exception_only", args, kw, ["exc", "value"], 1);
            var value = a[1] ?? a[0]!;
            return ToList(value is PyBaseException e ? TracebackPrinter.FormatExceptionOnlyLines(e) : [NoException(value)]);
        }));
        g.Set("print_tb", new PyBuiltinFunction("print_tb", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("print_tb", args, kw, ["tb", "limit", "file"], 1);
            Write(a[2], TracebackPrinter.FormatFrames(Entry(a[0]!), Limit(a[1])));
            return PyNone.Instance;
        }));
        g.Set("format_tb", new PyBuiltinFunction("format_tb", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_tb", args, kw, ["tb", "limit"], 1);
            return ToList(TracebackPrinter.FormatFrames(Entry(a[0]!), Limit(a[1])));
        }));
        g.Set("extract_tb", new PyBuiltinFunction("extract_tb", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("extract_tb", args, kw, ["tb", "limit"], 1);
            var frames = TracebackPrinter.Frames(Entry(a[0]!), Limit(a[1]));
            return new PyList(frames.Select(f => (PyObject)new PyFrameSummary(f.Code.Source.FileName, f.Line, f.Code.Name, f.Code.Source.GetLine(f.Line), f.Code.Source.PositionOf(f.Place))).ToArray());
        }));
        g.Set("extract_stack", new PyBuiltinFunction("extract_stack", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("extract_stack", args, kw, ["f", "limit"], 0);
            return new PyList([.. Stack(a[0], Limit(a[1])).Select(static f => (PyObject)Summary(f))]);
        }));
        g.Set("format_stack", new PyBuiltinFunction("format_stack", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_stack", args, kw, ["f", "limit"], 0);
            return ToList(FormatStack(Stack(a[0], Limit(a[1]))));
        }));
        g.Set("print_stack", new PyBuiltinFunction("print_stack", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("print_stack", args, kw, ["f", "limit", "file"], 0);
            Write(a[2], FormatStack(Stack(a[0], Limit(a[1]))));
            return PyNone.Instance;
        }));
        g.Set("walk_stack", new PyBuiltinFunction("walk_stack", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("walk_stack", args, kw, ["f"], 1);
            return new StackWalk(a[0] is PyNone ? null : StartFrame(a[0]));
        }));
        g.Set("format_list", new PyBuiltinFunction("format_list", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("format_list", args, kw, ["extracted_list"], 1);
            return ToList(FormatList(a[0]!));
        }));
        g.Set("print_list", new PyBuiltinFunction("print_list", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("print_list", args, kw, ["extracted_list", "file"], 1);
            Write(a[1], FormatList(a[0]!));
            return PyNone.Instance;
        }));
    }

    /// <summary>What print_exc and format_exc format: the exception being handled, or "NoneType: None".</summary>
    private static List<string> FormatCurrent(int? limit, bool chain) =>
        HandledExceptions.Current is { } e ? TracebackPrinter.FormatException(e, e.Traceback, limit, chain) : [NoException(PyNone.Instance)];

    private static List<string> Format(PyObject value, TracebackEntry? tb, int? limit, bool chain) =>
        value is PyBaseException e ? TracebackPrinter.FormatException(e, tb, limit, chain) : [NoException(value)];

    /// <summary>What TracebackException makes of a value that is not an exception (None, for one).</summary>
    private static string NoException(PyObject value) => $"{value.Type.Name}: {value.Str()}\n";

    /// <summary>traceback._parse_value_tb: <c>f(exc)</c>, or the old <c>f(type, value, tb)</c>.</summary>
    private static (PyObject Value, TracebackEntry? Tb) ValueAndTraceback(PyObject exc, PyObject? value, PyObject? tb)
    {
        if ((value is null) != (tb is null)) throw Errors.ValueError("Both or neither of value and tb must be given");
        if (value is null)
        {
            return exc switch
            {
                PyBaseException e => (e, e.Traceback),
                PyNone => (PyNone.Instance, null),
                _ => throw Errors.TypeError($"Exception expected for value, {exc.Type.TpName} found"),
            };
        }
        return (value, Entry(tb!));
    }

    private static TracebackEntry? Entry(PyObject tb) => tb switch
    {
        PyTraceback t => t.Entry,
        PyNone => null,
        _ => throw Errors.AttributeError($"'{tb.Type.TpName}' object has no attribute 'tb_frame'"),
    };

    private static int? Limit(PyObject? limit) => limit is null or PyNone ? null : (int)ModuleArgs.Int(limit);

    private static List<string> FormatList(PyObject extracted)
    {
        var output = new List<string>();
        foreach (var item in Iteration.ToArray(extracted))
        {
            if (item is PyFrameSummary f)
            {
                output.Add(TracebackPrinter.FormatFrame(f.FileName, f.Line, f.Name, f.OriginalSource, f.Position));
                continue;
            }
            var parts = Iteration.ToArray(item);
            if (parts.Length != 4) throw Errors.ValueError($"too many values to unpack (expected 4)");
            output.Add(TracebackPrinter.FormatFrame(parts[0].Str(), (int)ModuleArgs.Int(parts[1]), parts[2].Str(), parts[3] is PyNone ? null : parts[3].Str()));
        }
        return output;
    }

    /// <summary>The frame a stack function starts from: the one given, or its caller's.</summary>
    private static PyFrame StartFrame(PyObject? f) => f switch
    {
        null or PyNone => PyFrame.OfCaller(0) ?? throw Errors.ValueError("call stack is not deep enough"),
        PyFrame frame => frame,
        _ => throw Errors.AttributeError($"'{f.Type.TpName}' object has no attribute 'f_lineno'"),
    };

    /// <summary>
    /// The frames from the outermost to <paramref name="f"/> (the caller's by default); a positive
    /// limit keeps the innermost ones, a negative the outermost, as StackSummary.extract does.
    /// </summary>
    private static List<PyFrame> Stack(PyObject? f, int? limit)
    {
        var walked = StartFrame(f).Walk().ToList();
        if (limit is { } n) walked = n >= 0 ? walked.Take(n).ToList() : walked.TakeLast(-n).ToList();
        walked.Reverse();
        return walked;
    }

    private static PyFrameSummary Summary(PyFrame f) => new(f.Code.Source.FileName, f.Line, f.Code.Name, f.Code.Source.GetLine(f.Line));

    private static List<string> FormatStack(List<PyFrame> frames) =>
        [.. frames.Select(static f => TracebackPrinter.FormatFrame(f.Code.Source.FileName, f.Line, f.Code.Name, f.Code.Source.GetLine(f.Line)))];

    private static PyList ToList(List<string> pieces) => new(pieces.Select(p => (PyObject)new PyStr(p)).ToArray());

    /// <summary>Writes the pieces to <paramref name="file"/>, or to sys.stderr as it is now.</summary>
    private static void Write(PyObject? file, List<string> pieces)
    {
        var interpreter = Interpreter.Current;
        if (file is null or PyNone) file = interpreter.SysStderr?.Value is { } current and not PyNone ? current : null;
        foreach (var piece in pieces)
        {
            if (file is null) interpreter.Stderr.Write(piece);
            else if (file is PyTextStream stream) stream.Writer.Write(piece);
            else Attributes.CallMethod1(file, "write", new PyStr(piece));
        }
    }
}
