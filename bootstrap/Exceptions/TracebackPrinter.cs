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

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        Append(sb, exc, new PrintContext());
        return sb.ToString();
    }

    /// <summary>
    /// The traceback as the pieces CPython's traceback.format_exception returns (each header, each
    /// frame with its source line, the exception lines), for the traceback module. <paramref name="traceback"/>
    /// stands for the exception's own; <paramref name="chain"/> false leaves out causes and contexts.
    /// </summary>
    public static List<string> FormatParts(PyBaseException exc, TracebackEntry? traceback, bool chain)
    {
        var sb = new StringBuilder();
        var ctx = new PrintContext { Breaks = [], Chain = chain, Top = exc, TopTraceback = traceback };
        Append(sb, exc, ctx);
        var parts = new List<string>();
        var start = 0;
        foreach (var end in ctx.Breaks)
        {
            if (end > start) parts.Add(sb.ToString(start, end - start));
            start = end;
        }
        if (sb.Length > start) parts.Add(sb.ToString(start, sb.Length - start));
        return parts;
    }

    /// <summary>The frames part alone, as traceback.format_tb gives it.</summary>
    public static string FormatFrames(TracebackEntry? entry)
    {
        var sb = new StringBuilder();
        AppendFrames(sb, entry);
        return sb.ToString();
    }

    /// <summary>traceback.py's _ExceptionPrintContext: how deep in nested groups, and whether a box is open.</summary>
    private sealed class PrintContext
    {
        public readonly HashSet<PyBaseException> Seen = new(ReferenceEqualityComparer.Instance);
        public int Depth;
        public bool NeedClose;

        // For FormatParts: where each piece ends, whether to follow the chain, and the traceback
        // that stands for the top exception's own.
        public List<int>? Breaks;
        public bool Chain = true;
        public PyBaseException? Top;
        public TracebackEntry? TopTraceback;

        public TracebackEntry? TracebackOf(PyBaseException e) => ReferenceEquals(e, Top) ? TopTraceback : e.Traceback;

        public string Indent => new(' ', 2 * Depth);

        /// <summary>Appends every line of <paramref name="text"/> behind the group margin (none at depth 0).</summary>
        public void Emit(StringBuilder sb, string text, char margin = '|')
        {
            if (Depth == 0)
            {
                sb.Append(text);
                Breaks?.Add(sb.Length);
                return;
            }
            var prefix = Indent + margin + " ";
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end + 1;
                sb.Append(prefix).Append(text, start, end - start);
                start = end;
            }
            Breaks?.Add(sb.Length);
        }
    }

    /// <summary>TracebackException.format: the chain oldest first, then this exception (a group as a box of its members).</summary>
    private static void Append(StringBuilder sb, PyBaseException exc, PrintContext ctx)
    {
        var chain = new List<(string? Message, PyBaseException Exc)>();
        for (PyBaseException? e = exc; e is not null;)
        {
            ctx.Seen.Add(e);
            string? message = null;
            PyBaseException? next = null;
            if (!ctx.Chain)
            {
                // only the exception itself
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
            if (message is not null) ctx.Emit(sb, message);
            if (e is not PyExceptionGroup group)
            {
                if (ctx.TracebackOf(e) is { } traceback)
                {
                    ctx.Emit(sb, "Traceback (most recent call last):\n");
                    if (ctx.Breaks is null) ctx.Emit(sb, FormatFrames(traceback));
                    else foreach (var frame in FrameParts(traceback)) ctx.Emit(sb, frame);
                }
                ctx.Emit(sb, FormatExceptionOnly(e));
            }
            else if (ctx.Depth > MaxGroupDepth)
            {
                ctx.Emit(sb, $"... (max_group_depth is {MaxGroupDepth})\n");
            }
            else
            {
                AppendGroup(sb, group, ctx);
            }
        }
    }

    private static void AppendGroup(StringBuilder sb, PyExceptionGroup group, PrintContext ctx)
    {
        var topLevel = ctx.Depth == 0;
        if (topLevel) ctx.Depth++;
        if (group.Traceback is not null)
        {
            ctx.Emit(sb, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.Emit(sb, FormatFrames(group.Traceback));
        }
        ctx.Emit(sb, FormatExceptionOnly(group));
        var count = group.Exceptions.Count;
        var shown = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
        ctx.NeedClose = false;
        for (var i = 0; i < shown; i++)
        {
            var last = i == shown - 1;
            if (last) ctx.NeedClose = true;
            var truncated = i >= MaxGroupWidth;
            var title = truncated ? "..." : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(ctx.Indent).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
            ctx.Depth++;
            if (!truncated) Append(sb, (PyBaseException)group.Exceptions[i], ctx);
            else
            {
                var remaining = count - MaxGroupWidth;
                ctx.Emit(sb, $"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            if (last && ctx.NeedClose)
            {
                sb.Append(ctx.Indent).Append("+------------------------------------\n");
                ctx.NeedClose = false;
            }
            ctx.Depth--;
        }
        if (topLevel) ctx.Depth = 0;
    }

    /// <summary>Each frame's text (File line and source line), and the repeat notes, separately.</summary>
    private static List<string> FrameParts(TracebackEntry? entry)
    {
        var sb = new StringBuilder();
        var breaks = new List<int>();
        AppendFrames(sb, entry, breaks);
        var parts = new List<string>();
        var start = 0;
        foreach (var end in breaks)
        {
            if (end > start) parts.Add(sb.ToString(start, end - start));
            start = end;
        }
        return parts;
    }

    private static void AppendFrames(StringBuilder sb, TracebackEntry? entry, List<int>? breaks = null)
    {
        // CPython collapses runs of more than three identical frames (deep recursion).
        TracebackEntry? last = null;
        var repeats = 0;
        for (; entry is not null; entry = entry.Next)
        {
            if (last is not null && last.Code == entry.Code && last.Line == entry.Line)
            {
                repeats++;
                if (repeats >= 3) continue;
            }
            else
            {
                FlushRepeats(sb, repeats);
                breaks?.Add(sb.Length);
                repeats = 0;
            }
            last = entry;
            sb.Append("  File \"").Append(entry.Code.Source.FileName).Append("\", line ").Append(entry.Line)
              .Append(", in ").Append(entry.Code.Name).Append('\n');
            var text = entry.Code.Source.GetLine(entry.Line)?.Trim();
            if (!string.IsNullOrEmpty(text)) sb.Append("    ").Append(text).Append('\n');
            breaks?.Add(sb.Length);
        }
        FlushRepeats(sb, repeats);
        breaks?.Add(sb.Length);
    }

    private static void FlushRepeats(StringBuilder sb, int repeats)
    {
        if (repeats < 3) return;
        var hidden = repeats - 2;
        sb.Append("  [Previous line repeated ").Append(hidden).Append(" more time").Append(hidden > 1 ? "s" : "").Append("]\n");
    }

    /// <summary>The last line(s): <c>Type: message</c>.</summary>
    public static string FormatExceptionOnly(PyBaseException exc)
    {
        var type = exc.Type;
        var module = type.IsHeapType ? (type.GetOwn("__module__") as PyStr)?.Value : type.Module;
        var name = module is null or "builtins" or "__main__" ? type.QualName : $"{module}.{type.QualName}";
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
        var text = (Suggestions.For(exc) is { } suggestion ? $"{line}. Did you mean: '{suggestion}'?" : line) + "\n";
        return exc.Notes is { } notes ? text + FormatNotes(notes) : text;
    }

    /// <summary>The lines add_note() added, under the exception line.</summary>
    private static string FormatNotes(PyObject notes)
    {
        var sb = new StringBuilder();
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
                foreach (var line in text.Split('\n')) sb.Append(line).Append('\n');
            }
            return sb.ToString();
        }
        try
        {
            return notes.Repr() + "\n";
        }
        catch (PyException)
        {
            return "<__notes__ repr() failed>\n";
        }
    }
}
