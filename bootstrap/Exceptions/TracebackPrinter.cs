using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>Formats an exception as CPython 3.11's traceback module does, chained exceptions included.</summary>
public static class TracebackPrinter
{
    private const string CauseHeader = "\nThe above exception was the direct cause of the following exception:\n\n";
    private const string ContextHeader = "\nDuring handling of the above exception, another exception occurred:\n\n";

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        Append(sb, exc, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, PyBaseException exc, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is { } cause && !seen.Contains(cause))
        {
            Append(sb, cause, seen);
            sb.Append(CauseHeader);
        }
        else if (exc.Cause is null && !exc.SuppressContext && exc.Context is { } context && !seen.Contains(context))
        {
            Append(sb, context, seen);
            sb.Append(ContextHeader);
        }
        if (exc.Traceback is not null)
        {
            sb.Append("Traceback (most recent call last):\n");
            AppendFrames(sb, exc.Traceback);
        }
        sb.Append(FormatExceptionOnly(exc));
    }

    private static void AppendFrames(StringBuilder sb, TracebackEntry? entry)
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
                repeats = 0;
            }
            last = entry;
            sb.Append("  File \"").Append(entry.Code.Source.FileName).Append("\", line ").Append(entry.Line)
              .Append(", in ").Append(entry.Code.Name).Append('\n');
            var text = entry.Code.Source.GetLine(entry.Line)?.Trim();
            if (!string.IsNullOrEmpty(text)) sb.Append("    ").Append(text).Append('\n');
        }
        FlushRepeats(sb, repeats);
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
        return Suggestions.For(exc) is { } suggestion ? $"{line}. Did you mean: '{suggestion}'?\n" : line + "\n";
    }
}
