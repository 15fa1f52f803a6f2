using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>Formats an exception as CPython 3.11's traceback module does, chained exceptions included.</summary>
public static class TracebackPrinter
{
    private const string CauseHeader = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextHeader = "\nDuring handling of the above exception, another exception occurred:\n\n";

    // traceback.py's limits for printing exception groups.
    private const int MaxGroupWidth = 15;
    private const int MaxGroupDepth = 10;

    /// <summary>The whole report, as the interpreter prints an uncaught exception (its marker-line rules, see CaretLine).</summary>
    public static string Format(PyBaseException exc)
    {
        var ctx = new PrintContext(null, true) { Interpreter = true };
        Append(exc, exc.Traceback, ctx);
        return string.Concat(ctx.Output);
    }

    /// <summary>
    /// traceback.format_exception: the pieces CPython's TracebackException.format yields (one per
    /// frame, per header, per line of the exception), starting from traceback <paramref name="tb"/>.
    /// </summary>
    public static List<string> FormatException(PyBaseException exc, TracebackEntry? tb, int? limit = null, bool chain = true)
    {
        var ctx = new PrintContext(limit, chain);
        Append(exc, tb, ctx);
        return ctx.Output;
    }

    /// <summary>traceback.format_tb: one piece per frame (and per "[Previous line repeated]" line).</summary>
    public static List<string> FormatFrames(TracebackEntry? entry, int? limit = null)
    {
        var frames = Frames(entry, limit);
        var output = new List<string>();
        AppendFrames(output, frames);
        return output;
    }

    /// <summary>The entries of a traceback, oldest first, cut to <paramref name="limit"/> as traceback.extract_tb does.</summary>
    public static List<TracebackEntry> Frames(TracebackEntry? entry, int? limit = null)
    {
        var all = new List<TracebackEntry>();
        for (; entry is not null; entry = entry.Next) all.Add(entry);
        if (limit is { } n)
        {
            var start = n >= 0 ? 0 : Math.Max(0, all.Count + n);
            all = all.GetRange(start, n >= 0 ? Math.Min(n, all.Count) : all.Count - start);
        }
        return all;
    }

    /// <summary>traceback.py's _ExceptionPrintContext: how deep in nested groups, and whether a box is open.</summary>
    private sealed class PrintContext(int? limit, bool chain)
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public readonly List<string> Output = [];
        public readonly int? Limit = limit;
        public readonly bool Chain = chain;
        public int Depth;
        public bool NeedClose;

        /// <summary>Marker lines by Python/traceback.c's rules rather than traceback.py's.</summary>
        public bool Interpreter;

        public string Indent => new(' ', 2 * Depth);

        /// <summary>Adds <paramref name="text"/> as one piece, every line behind the group margin (none at depth 0).</summary>
        public void Emit(string text, char margin = '|')
        {
            if (Depth == 0)
            {
                Output.Add(text);
                return;
            }
            var prefix = Indent + margin + " ";
            var sb = new StringBuilder();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                sb.Append(prefix).Append(text, start, end - start);
                start = end;
            }
            Output.Add(sb.ToString());
        }
    }

    /// <summary>TracebackException.format: the chain oldest first, then this exception (a group as a box of its members).</summary>
    private static void Append(PyBaseException exc, TracebackEntry? tb, PrintContext ctx)
    {
        var chain = new List<(string? Message, PyBaseException Exc)>();
        for (PyBaseException? e = exc; e is not null;)
        {
            ctx.Seen.Add(e);
            string? message = null;
            PyBaseException? next = null;
            if (!ctx.Chain)
            {
                // Only this exception.
            }
            else if (e.Cause is { } cause && !ctx.Seen.Contains(cause))
            {
                message = CauseHeader;
                next = cause;
            }
            else if (e.Cause is null && !e.SuppressContext && e.Context is { } context && !ctx.Seen.Contains(context))
            {
                message = ContextHeader;
                next = context;
            }
            chain.Add((message, e));
            e = next;
        }
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var (message, e) = chain[i];
            var frames = Frames(ReferenceEquals(e, exc) ? tb : e.Traceback, ctx.Limit);
            if (message is not null) ctx.Emit(message);
            if (e is not PyExceptionGroup group)
            {
                if (frames.Count > 0)
                {
                    ctx.Emit("Traceback (most recent call last):\n");
                    EmitFrames(frames, ctx);
                }
                EmitExceptionOnly(e, ctx);
            }
            else if (ctx.Depth > MaxGroupDepth)
            {
                ctx.Emit($"... (max_group_depth is {MaxGroupDepth})\n");
            }
            else
            {
                AppendGroup(group, frames, ctx);
            }
        }
    }

    private static void EmitFrames(List<TracebackEntry> frames, PrintContext ctx)
    {
        var pieces = new List<string>();
        AppendFrames(pieces, frames, ctx.Interpreter);
        foreach (var piece in pieces) ctx.Emit(piece);
    }

    private static void EmitExceptionOnly(PyBaseException e, PrintContext ctx)
    {
        foreach (var line in FormatExceptionOnlyLines(e, ctx.Interpreter)) ctx.Emit(line);
    }

    private static void AppendGroup(PyExceptionGroup group, List<TracebackEntry> frames, PrintContext ctx)
    {
        var topLevel = ctx.Depth == 0;
        if (topLevel) ctx.Depth++;
        if (frames.Count > 0)
        {
            ctx.Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            EmitFrames(frames, ctx);
        }
        EmitExceptionOnly(group, ctx);
        var count = group.Exceptions.Count;
        var shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < shown; i++)
        {
            var last = i == shown - 1;
            if (last) ctx.NeedClose = true;
            var truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ctx.Output.Add(ctx.Indent + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n");
            ctx.Depth++;
            if (!truncated)
            {
                var member = (PyBaseException)group.Exceptions[i];
                Append(member, member.Traceback, ctx);
            }
            else
            {
                var remaining = count - MaxGroupWidth;
                ctx.Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                ctx.Output.Add(ctx.Indent + "+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.Depth--;
        }
        if (topLevel) ctx.Depth = 0;
    }

    /// <summary>StackSummary.format: one piece per frame; runs of more than three identical frames collapse.</summary>
    private static void AppendFrames(List<string> output, List<TracebackEntry> frames, bool interpreter = false)
    {
        TracebackEntry? last = null;
        var repeats = 0;
        foreach (var entry in frames)
        {
            if (last is not null && last.Code == entry.Code && last.Line == entry.Line)
            {
                repeats++;
                if (repeats >= 3) continue;
            }
            else
            {
                FlushRepeats(output, repeats);
                repeats = 0;
            }
            last = entry;
            output.Add(FormatFrame(entry.Code, entry.Place, interpreter));
        }
        FlushRepeats(output, repeats);
    }

    /// <summary>One frame of compiled code at <paramref name="place"/> (a line or a position id).</summary>
    public static string FormatFrame(CodeInfo code, int place, bool interpreter = false)
    {
        var line = code.Source.LineOf(place);
        return FormatFrame(code.Source.FileName, line, code.Name, code.Source.GetLine(line), code.Source.PositionOf(place), interpreter);
    }

    /// <summary>One frame as FrameSummary formats it: the source line, and under it the marker line where there is one.</summary>
    public static string FormatFrame(string fileName, int line, string name, string? source, SourcePosition? position = null, bool interpreter = false)
    {
        var text = $"  File \"{fileName}\", line {line}, in {name}\n";
        var trimmed = source?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return text;
        // The interpreter's printer strips the indentation only: trailing blanks stay.
        text += "    " + (interpreter ? source!.TrimStart(' ', '\t', '\f') : trimmed) + "\n";
        return position is { } p && CaretLine.For(source!, p, interpreter) is { } markers ? text + markers : text;
    }

    private static void FlushRepeats(List<string> output, int repeats)
    {
        if (repeats < 3) return;
        var hidden = repeats - 2;
        output.Add($"  [Previous line repeated {hidden} more time{(hidden > 1 ? "s" : "")}]\n");
    }

    /// <summary>The last line(s): <c>Type: message</c>, then the notes.</summary>
    public static string FormatExceptionOnly(PyBaseException exc) => string.Concat(FormatExceptionOnlyLines(exc));

    /// <summary>traceback.format_exception_only: <c>Type: message</c>, then one piece per line of each note.</summary>
    public static List<string> FormatExceptionOnlyLines(PyBaseException exc, bool interpreter = false)
    {
        var type = exc.Type;
        var module = type.IsHeapType ? (type.GetOwn("__module__") as PyStr)?.Value : type.Module;
        var name = module is null or "builtins" or "__main__" ? type.QualName : $"{module}.{type.QualName}";
        if (exc is PySyntaxError && SyntaxErrorLocation.Format(exc, interpreter) is var (location, tail))
        {
            location.Add(name + tail + "\n");
            if (exc.Notes is { } syntaxNotes) location.AddRange(FormatNotes(syntaxNotes));
            return location;
        }
        string message;
        try
        {
            message = exc.Str();
        }
        catch (PyException)
        {
            message = "<exception str() failed>";
        }
        var line = message.Length == 0 ? name : $"{name}: {message}";
        // CPython 3.11 adds the NameError/AttributeError suggestion when printing, not to str(e).
        var lines = new List<string> { (Suggestions.For(exc) is { } suggestion ? $"{line}. Did you mean: '{suggestion}'?" : line) + "\n" };
        if (exc.Notes is { } notes) lines.AddRange(FormatNotes(notes));
        return lines;
    }

    /// <summary>The lines add_note() added, under the exception line.</summary>
    private static List<string> FormatNotes(PyObject notes)
    {
        var lines = new List<string>();
        if (notes is PyList or PyTuple)
        {
            foreach (var note in Operations.Iteration.ToArray(notes))
            {
                string text;
                try
                {
                    text = note.Str();
                }
                catch (PyException)
                {
                    text = "<note str() failed>";
                }
                foreach (var line in text.Split('\n')) lines.Add(line + "\n");
            }
            return lines;
        }
        try
        {
            lines.Add(notes.Repr() + "\n");
        }
        catch (PyException)
        {
            lines.Add("<__notes__ repr() failed>\n");
        }
        return lines;
    }
}
